/** The manifest describes the out dir: merged by input, each entry's last real result with its findings. */
import { describe, expect, it } from 'vitest'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corpus, seedPath } from './helpers.js'
import { cli } from './cli-helpers.js'

interface Entry {
  path: string
  status: string
  skipped: boolean
  output: string | null
  findings: Array<{ ruleId: string | null; severity: string; line: number; column: number; message: string }>
}

function manifest(dir: string): Entry[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Entry)
}

function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-merge-'))
  mkdirSync(join(dir, 'arkiv', 'a'), { recursive: true })
  mkdirSync(join(dir, 'arkiv', 'b'))
  cpSync(seedPath, join(dir, 'arkiv', 'a', 'RUN-24-2020.md'))
  cpSync(join(corpus, 'huddinge-KS-2015-lokalprojekt.md'), join(dir, 'arkiv', 'b', 'huddinge.md'))
  return dir
}

describe('the manifest', () => {
  it('keeps every finding with its rule, severity, place and message', async () => {
    const dir = archive()
    expect((await cli(['compile', 'arkiv', '--out-dir', 'out', '-q'], dir)).code).toBe(0)
    const huddinge = manifest(join(dir, 'out')).find((e) => e.path === 'b/huddinge.md')!
    expect(huddinge.status).toBe('warnings')
    expect(huddinge.findings).toContainEqual({
      ruleId: 'case-number-format',
      severity: 'warning',
      line: 5,
      column: 1,
      message:
        'Unexpected case number `KS-2015/` that is incomplete or in no known format, expected a series, a year ' +
        "and a number such as `KS 2015/112`; complete it, or add your organisation's format to " +
        '`vocabulary.caseNumbers`'
    })
  })

  it('a run over a subset keeps the entries of the inputs it did not touch', async () => {
    const dir = archive()
    expect((await cli(['compile', 'arkiv', '--out-dir', 'out', '-q'], dir)).code).toBe(0)
    expect((await cli(['compile', 'arkiv/a', '--root', 'arkiv', '--out-dir', 'out', '-q'], dir)).code).toBe(0)
    expect(manifest(join(dir, 'out')).map((e) => [e.path, e.status])).toEqual([
      ['a/RUN-24-2020.md', 'warnings'],
      ['b/huddinge.md', 'warnings']
    ])
  })

  it('a no-op --incremental run marks inputs skipped and keeps the result and findings they had', async () => {
    const dir = archive()
    expect((await cli(['compile', 'arkiv', '--out-dir', 'out', '-q'], dir)).code).toBe(0)
    const first = manifest(join(dir, 'out'))
    const r = await cli(['compile', 'arkiv', '--out-dir', 'out', '--incremental', '-q'], dir)
    expect(r.code).toBe(0)
    const again = manifest(join(dir, 'out'))
    expect(again.map((e) => [e.path, e.status, e.skipped])).toEqual([
      ['a/RUN-24-2020.md', 'warnings', true],
      ['b/huddinge.md', 'warnings', true]
    ])
    expect(again.map((e) => e.findings)).toEqual(first.map((e) => e.findings))
  })
  it('a memo with an error: status error, record written, exit 1; a no-op --incremental run keeps both', async () => {
    const dir = archive()
    cpSync(join(corpus, 'stockholm-UTBF-inhyrning-polygonen.md'), join(dir, 'arkiv', 'b', 'no-case-number.md'))
    const first = await cli(['compile', 'arkiv', '--out-dir', 'out', '-q'], dir)
    expect(first.code).toBe(1)
    const entry = manifest(join(dir, 'out')).find((e) => e.path === 'b/no-case-number.md')!
    expect([entry.status, entry.output]).toEqual(['error', 'b/no-case-number.json'])
    expect(existsSync(join(dir, 'out', 'b', 'no-case-number.json'))).toBe(true)
    const again = await cli(['compile', 'arkiv', '--out-dir', 'out', '--incremental', '-q'], dir)
    expect(again.code).toBe(1)
    expect(again.stderr).toBe(
      'casefile: 1 unchanged input keeps the errors of an earlier run (`status: "error"` in the manifest); ' +
        '`casefile check` lists them\n'
    )
  })
  // A typo in the input path (nothing found) leaves it as it was: test/usage.test.ts, exit codes.
})

describe('records that belong to no input', () => {
  it('are listed: a record written again in another format, one whose input is gone; --prune drops them', async () => {
    const dir = archive()
    expect((await cli(['compile', 'arkiv', '--out-dir', 'out', '-q'], dir)).code).toBe(0)
    rmSync(join(dir, 'arkiv', 'b', 'huddinge.md'))
    const listed = await cli(['compile', 'arkiv', '--out-dir', 'out', '--format', 'yaml', '-q'], dir)
    expect(listed.code).toBe(0)
    expect(listed.stderr).toBe(
      'casefile: 2 records in the out dir belong to no input of this run (a/RUN-24-2020.json, b/huddinge.json); ' +
        '--prune removes them\n'
    )
    expect(existsSync(join(dir, 'out', 'b', 'huddinge.json'))).toBe(true)
    expect(manifest(join(dir, 'out')).map((e) => e.path)).toEqual(['a/RUN-24-2020.md', 'b/huddinge.md'])

    const pruned = await cli(['compile', 'arkiv', '--out-dir', 'out', '--format', 'yaml', '--prune', '-q'], dir)
    expect(pruned.code).toBe(0)
    expect(pruned.stderr).toBe('casefile: pruned 2 records that belonged to no input of this run\n')
    expect(existsSync(join(dir, 'out', 'b', 'huddinge.json'))).toBe(false)
    expect(existsSync(join(dir, 'out', 'a', 'RUN-24-2020.json'))).toBe(false)
    expect(existsSync(join(dir, 'out', 'a', 'RUN-24-2020.yaml'))).toBe(true)
    expect(manifest(join(dir, 'out')).map((e) => e.path)).toEqual(['a/RUN-24-2020.md'])
    expect((await cli(['compile', 'arkiv', '--out-dir', 'out', '--format', 'yaml', '--prune', '-q'], dir)).stderr).toBe(
      ''
    )
  })
})
