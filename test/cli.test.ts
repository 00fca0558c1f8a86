/**
 * The CLI end to end through the built binary (bin/casefile.cjs → dist/), and
 * in-process through `main`.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { load } from 'js-yaml'
import { main } from '../src/cli/main.js'
import type { CaseRoot } from '../src/index.js'
import { parsed, root } from './helpers.js'

const bin = join(root, 'bin', 'casefile.cjs')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('entry points', () => {
  it('package.json and the GitHub Action run the same bin, and it exists', () => {
    const bins = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin
    expect(bins).toEqual({ casefile: 'bin/casefile.cjs' })
    const action = readFileSync(join(root, 'action.yml'), 'utf8')
    expect([...action.matchAll(/\/(bin\/[\w.-]+)/g)].map((m) => m[1])).toEqual(['bin/casefile.cjs'])
    expect(existsSync(join(root, 'bin', 'casefile.cjs'))).toBe(true)
  })
})

describe('casefile (built binary)', () => {
  it('compiles the seed to JSON on stdout, diagnostics on stderr', () => {
    const r = run(['compile', 'fixtures/RUN-24-2020.md'])
    expect(r.code).toBe(0)
    const record = parsed(r.stdout)
    expect(record.metadata.caseNumber).toBe('RUN/24/2020')
    expect(record.source.path).toBe('fixtures/RUN-24-2020.md')
    expect(r.stdout.startsWith('{\n  "recordVersion": 2,\n  "metadata": {\n')).toBe(true)
    expect(r.stderr).toContain('fixtures/RUN-24-2020.md')
    expect(r.stderr).toMatch(
      new RegExp(
        String.raw`11:1-11:8\s+warning\s+Unexpected empty \`E-post:\` field, expected an address or no label; ` +
          String.raw`fill it in or remove the label\s+empty-field`
      )
    )
  })

  it('compiles to YAML that agrees with the JSON', () => {
    const yaml = run(['compile', 'fixtures/RUN-24-2020.md', '--format', 'yaml'])
    const json = run(['compile', 'fixtures/RUN-24-2020.md', '--format', 'json'])
    expect(yaml.code).toBe(0)
    expect(load(yaml.stdout)).toEqual(JSON.parse(json.stdout))
  })

  it('reads standard input with -', () => {
    const r = run(['compile', '-'], readFileSync(join(root, 'fixtures/RUN-24-2020.md')))
    expect(r.code).toBe(0)
    expect(parsed(r.stdout).source.path).toBe('-')
  })

  it('writes -o FILE whole, and nothing else in its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-'))
    const out = join(dir, 'record.json')
    const r = run(['compile', 'fixtures/RUN-24-2020.md', '-o', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(parsed(readFileSync(out, 'utf8')).metadata.date).toBe('2020-08-28')
    expect(readdirSync(dir)).toEqual(['record.json'])
  })

  it('exits 2 with a positioned message when the input is not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-'))
    const file = join(dir, 'latin1.md')
    writeFileSync(file, Buffer.from('# V\xe4lf\xe4rd\n', 'latin1'))
    const r = run(['compile', file])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/1:4\s+error\s+Unexpected byte sequence at byte 3 that is not UTF-8/)
  })

  it('exits 2 when the file does not exist, naming it', () => {
    const r = run(['compile', 'nope.md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('casefile: cannot read `nope.md`: no such file\n')
  })

  it('exits 2 on bad usage', () => {
    const r = run(['compile', 'fixtures/RUN-24-2020.md', '--format', 'xml'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/argument 'xml' is invalid. Allowed choices are json, yaml/)
  })

  it('prints the case tree with positions', () => {
    const r = run(['ast', 'fixtures/RUN-24-2020.md'])
    expect(r.code).toBe(0)
    const tree = parsed<CaseRoot>(r.stdout)
    expect(tree.type).toBe('caseDocument')
    expect(tree.children.map((n) => n.type)).toEqual(['header', 'title', 'section', 'section', 'section', 'references'])
    expect(tree.children[1]!.position!.start).toEqual({ line: 15, column: 1, offset: 102 })
  })

  it('prints the JSON Schema, the version and help', () => {
    const schema = run(['schema'])
    expect(parsed<{ $schema: string }>(schema.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`)
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('$ casefile compile fixtures/RUN-24-2020.md')
  })
})

describe('main (in-process)', () => {
  it('returns the exit code and writes to the streams it is given', async () => {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let out = ''
    stdout.on('data', (d) => (out += String(d)))
    const code = await main({
      argv: ['compile', 'fixtures/RUN-24-2020.md', '-f', 'yaml', '-q'],
      stdin: new PassThrough(),
      stdout,
      stderr,
      cwd: root,
      env: {}
    })
    expect(code).toBe(0)
    expect((load(out) as { metadata: { caseNumber: string } }).metadata.caseNumber).toBe('RUN/24/2020')
  })
})
