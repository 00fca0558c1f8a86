/**
 * CLI scenarios: each folder under test/scenarios holds input files, maybe a
 * configuration, `args.json` (the arguments, and a file to pipe to stdin), and
 * the expected `expected.json` (exit code), `stdout.txt` and `stderr.txt`.
 * Each runs in-process through `main` and through the built binary, in a
 * copy of its folder.
 *
 * Changing an expectation is a deliberate step, never part of an ordinary run:
 * `npm run test:update-scenarios` (UPDATE_SCENARIOS=1) rewrites the expected
 * files from the in-process run, names each file it changed, and then fails,
 * so that the run that wrote them is not mistaken for one that checked them;
 * read `git diff test/scenarios` and commit what is right, then run the tests
 * again. On CI (`CI=true`) UPDATE_SCENARIOS is refused.
 */
import { describe, expect, it } from 'vitest'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from './cli-helpers.js'
import { version } from '../src/index.js'
import { root } from './helpers.js'

const scenarios = join(root, 'test', 'scenarios')
const bin = join(root, 'bin', 'casefile.cjs')
const EXPECTATIONS = new Set(['args.json', 'expected.json', 'stdout.txt', 'stderr.txt'])

interface Outcome {
  exitCode: number
  stdout: string
  stderr: string
}

function normalise(text: string, cwd: string): string {
  return text.split(cwd).join('<cwd>').split(version).join('<version>')
}

function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `casefile-${name}-`))
  for (const entry of readdirSync(join(scenarios, name)))
    if (!EXPECTATIONS.has(entry)) cpSync(join(scenarios, name, entry), join(dir, entry), { recursive: true })
  return dir
}

async function inProcess(args: string[], cwd: string, stdin: Buffer | null): Promise<Outcome> {
  const r = await cli(args, cwd, stdin ?? '')
  return { exitCode: r.code, stdout: normalise(r.stdout, cwd), stderr: normalise(r.stderr, cwd) }
}

function binary(args: string[], cwd: string, stdin: Buffer | null): Outcome {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }
  })
  return { exitCode: r.status ?? -1, stdout: normalise(r.stdout, cwd), stderr: normalise(r.stderr, cwd) }
}

const names = readdirSync(scenarios)
  .filter((n) => existsSync(join(scenarios, n, 'args.json')))
  .sort()
const UPDATE = process.env.UPDATE_SCENARIOS === '1'
if (process.env.UPDATE_SCENARIOS !== undefined && !UPDATE)
  throw new Error('UPDATE_SCENARIOS takes `1` (rewrite the expectations) or nothing')
if (UPDATE && process.env.CI === 'true')
  throw new Error('UPDATE_SCENARIOS=1 rewrites expectations; CI only checks them')

it('has 17 scenarios', () => {
  expect(names).toHaveLength(17)
})

/** Write an expectation file; true when that changed it. */
function update(dir: string, file: string, text: string): boolean {
  const path = join(dir, file)
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false
  writeFileSync(path, text)
  process.stderr.write(`[UPDATE_SCENARIOS] rewrote test/scenarios/${dir.split('/').pop()}/${file}\n`)
  return true
}

describe.each(names)('scenario %s', (name) => {
  const dir = join(scenarios, name)
  const { args, stdin } = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as { args: string[]; stdin?: string }
  const input = stdin ? readFileSync(join(dir, stdin)) : null
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '')

  it('in-process', async () => {
    const got = await inProcess(args, copy(name), input)
    if (UPDATE) {
      const changed = [
        update(dir, 'expected.json', `${JSON.stringify({ exitCode: got.exitCode })}\n`),
        update(dir, 'stdout.txt', got.stdout),
        update(dir, 'stderr.txt', got.stderr)
      ]
      expect.fail(
        `UPDATE_SCENARIOS=1: expectations written (${changed.filter(Boolean).length} changed); review \`git ` +
          `diff test/scenarios/${name}\`, then run without it`
      )
    }
    const expected = JSON.parse(read('expected.json')) as { exitCode: number }
    expect(got).toEqual({ exitCode: expected.exitCode, stdout: read('stdout.txt'), stderr: read('stderr.txt') })
  })

  it('through the built binary', () => {
    const got = binary(args, copy(name), input)
    const expected = JSON.parse(read('expected.json')) as { exitCode: number }
    expect(got).toEqual({ exitCode: expected.exitCode, stdout: read('stdout.txt'), stderr: read('stderr.txt') })
  })
})
