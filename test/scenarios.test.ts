/**
 * CLI scenarios: each folder under test/scenarios holds input files, maybe a
 * configuration, `args.json` (the arguments, and a file to pipe to stdin), and
 * the expected `expected.json` (exit code), `stdout.txt` and `stderr.txt`.
 * Each runs in-process through `main` and through the built binary, in a
 * copy of its folder. `UPDATE_SCENARIOS=1` rewrites the expectations (review
 * the diff before committing it).
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
  for (const entry of readdirSync(join(scenarios, name))) if (!EXPECTATIONS.has(entry)) cpSync(join(scenarios, name, entry), join(dir, entry), { recursive: true })
  return dir
}

async function inProcess(args: string[], cwd: string, stdin: Buffer | null): Promise<Outcome> {
  const r = await cli(args, cwd, stdin ?? '')
  return { exitCode: r.code, stdout: normalise(r.stdout, cwd), stderr: normalise(r.stderr, cwd) }
}

function binary(args: string[], cwd: string, stdin: Buffer | null): Outcome {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input: stdin ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } })
  return { exitCode: r.status ?? -1, stdout: normalise(r.stdout, cwd), stderr: normalise(r.stderr, cwd) }
}

const names = readdirSync(scenarios).filter((n) => existsSync(join(scenarios, n, 'args.json'))).sort()

describe.each(names)('scenario %s', (name) => {
  const dir = join(scenarios, name)
  const { args, stdin } = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as { args: string[]; stdin?: string }
  const input = stdin ? readFileSync(join(dir, stdin)) : null
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '')

  it('in-process', async () => {
    const got = await inProcess(args, copy(name), input)
    if (process.env.UPDATE_SCENARIOS) {
      writeFileSync(join(dir, 'expected.json'), `${JSON.stringify({ exitCode: got.exitCode })}\n`)
      writeFileSync(join(dir, 'stdout.txt'), got.stdout)
      writeFileSync(join(dir, 'stderr.txt'), got.stderr)
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
