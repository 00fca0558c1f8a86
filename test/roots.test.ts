/**
 * Where a batch's records land: under each input root's own relative paths
 * (like `babel src --out-dir lib` and tsc's rootDir), or under --root,
 * whatever the working directory.
 */
import { describe, expect, it } from 'vitest'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commonDirectory, staticBase } from '../src/inputs.js'
import { parsed, seedPath } from './helpers.js'
import { cli } from './cli-helpers.js'

/** /data/arkiv/2019/KS/…, /data/arkiv/2020/…, and a clone beside it to run from. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-roots-'))
  for (const name of ['arkiv/2019/KS/KS-2019-1.md', 'arkiv/2019/KS/KS-2019-2.md', 'arkiv/2020/RUN-24-2020.md']) {
    mkdirSync(join(dir, 'data', name, '..'), { recursive: true })
    cpSync(seedPath, join(dir, 'data', name))
  }
  mkdirSync(join(dir, 'clone'))
  return dir
}

function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}

function manifestPaths(dir: string): string[] {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { path: string }).path)
}

const RECORDS = ['2019/KS/KS-2019-1.json', '2019/KS/KS-2019-2.json', '2020/RUN-24-2020.json', 'manifest.jsonl']

describe('records relative to the input root', () => {
  it('a directory input gives its contents, from any working directory', async () => {
    const dir = archive()
    expect(
      (
        await cli(
          ['compile', join(dir, 'data', 'arkiv'), '--out-dir', join(dir, 'data', 'records'), '-q'],
          join(dir, 'clone')
        )
      ).code
    ).toBe(0)
    expect((await cli(['compile', 'arkiv', '--out-dir', 'records2', '-q'], join(dir, 'data'))).code).toBe(0)
    expect(tree(join(dir, 'data', 'records'))).toEqual(RECORDS)
    expect(tree(join(dir, 'data', 'records2'))).toEqual(RECORDS)
    expect(manifestPaths(join(dir, 'data', 'records'))).toEqual(manifestPaths(join(dir, 'data', 'records2')))
  })

  it('a glob gives the part after its fixed folders; files named alone their common folder', async () => {
    const dir = archive()
    const data = join(dir, 'data')
    expect((await cli(['compile', 'arkiv/20*/**/*.md', '--out-dir', 'g', '-q'], data)).code).toBe(0)
    expect(tree(join(data, 'g'))).toEqual(RECORDS)
    expect(
      (await cli(['compile', 'arkiv/2019/KS/KS-2019-1.md', 'arkiv/2020/RUN-24-2020.md', '--out-dir', 'f', '-q'], data))
        .code
    ).toBe(0)
    expect(tree(join(data, 'f'))).toEqual(['2019/KS/KS-2019-1.json', '2020/RUN-24-2020.json', 'manifest.jsonl'])
  })

  it('--root sets it; an input outside it is reported and the rest compiled (exit 2)', async () => {
    const dir = archive()
    const data = join(dir, 'data')
    expect((await cli(['compile', 'arkiv', '--root', '.', '--out-dir', 'r', '-q'], data)).code).toBe(0)
    expect(tree(join(data, 'r'))).toEqual(RECORDS.map((p) => (p === 'manifest.jsonl' ? p : `arkiv/${p}`)))
    const outside = await cli(['compile', 'arkiv', '--root', 'arkiv/2019', '--out-dir', 'r2', '-q'], data)
    expect(outside.code).toBe(2)
    expect(outside.stderr).toBe('casefile: arkiv/2020/RUN-24-2020.md: not under --root `arkiv/2019`\n')
    expect(tree(join(data, 'r2'))).toEqual(['KS/KS-2019-1.json', 'KS/KS-2019-2.json', 'manifest.jsonl'])
  })

  it('--incremental gives the same result from any working directory', async () => {
    const dir = archive()
    expect((await cli(['compile', 'arkiv', '--out-dir', 'records', '-q'], join(dir, 'data'))).code).toBe(0)
    const again = await cli(
      ['compile', join(dir, 'data', 'arkiv'), '--out-dir', join(dir, 'data', 'records'), '--incremental'],
      join(dir, 'clone')
    )
    expect(again.stderr).toContain('casefile: 3 inputs: 0 ok, 0 with warnings, 0 failed, 3 skipped')
  })

  it(
    '--ignore-pattern matches names under the input root, so it works for inputs outside the working directory ' +
      '(compile and check)',
    async () => {
      const dir = archive()
      const r = await cli(
        ['compile', join(dir, 'data', 'arkiv'), '--out-dir', 'out', '--ignore-pattern', '2019/', '-q'],
        join(dir, 'clone')
      )
      expect(r.code).toBe(0)
      expect(tree(join(dir, 'clone', 'out'))).toEqual(['2020/RUN-24-2020.json', 'manifest.jsonl'])
      const checked = await cli(
        ['check', join(dir, 'data', 'arkiv'), '--ignore-pattern', '2019/', '-f', 'json'],
        join(dir, 'clone')
      )
      expect(parsed<Array<{ filePath: string }>>(checked.stdout).map((f) => f.filePath)).toEqual([
        join(dir, 'data', 'arkiv', '2020', 'RUN-24-2020.md')
      ])
    }
  )

  it('a 0.1 manifest (paths from the working directory) is read, and says why nothing in it is reused', async () => {
    const dir = archive()
    const data = join(dir, 'data')
    mkdirSync(join(data, 'records'))
    const old = ['arkiv/2019/KS/KS-2019-1.md', 'arkiv/2019/KS/KS-2019-2.md', 'arkiv/2020/RUN-24-2020.md'].map((path) =>
      JSON.stringify({
        path,
        sha256: 'x',
        bytes: 1,
        status: 'ok',
        output: path.replace(/\.md$/, '.json'),
        diagnostics: 0,
        reason: null,
        version: '0.1.0',
        config: 'x'
      })
    )
    writeFileSync(join(data, 'records', 'manifest.jsonl'), `${old.join('\n')}\n`)
    const r = await cli(['compile', 'arkiv', '--out-dir', 'records', '--incremental', '-q'], data)
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(
      new RegExp(
        '^casefile: the manifest in `.*records` names inputs by their path from the working directory ' +
          '\\(casefile 0\\.1\\), not from their input root; nothing in it is reused'
      )
    )
    // The new entries, and the old ones, which still describe records in the out dir.
    expect(manifestPaths(join(data, 'records'))).toEqual([
      '2019/KS/KS-2019-1.md',
      '2019/KS/KS-2019-2.md',
      '2020/RUN-24-2020.md',
      'arkiv/2019/KS/KS-2019-1.md',
      'arkiv/2019/KS/KS-2019-2.md',
      'arkiv/2020/RUN-24-2020.md'
    ])
  })
})

describe('roots', () => {
  it("a glob's static base and files' common directory", () => {
    expect(staticBase('arkiv/20*/KS/*.md')).toBe('arkiv')
    expect(staticBase('*.md')).toBe('.')
    expect(staticBase('/data/arkiv/**/*.md')).toBe('/data/arkiv')
    expect(commonDirectory(['/data/a/x.md', '/data/a/b/y.md', '/data/c/z.md'])).toBe('/data')
    expect(commonDirectory(['/data/a/x.md'])).toBe('/data/a')
    expect(commonDirectory([])).toBeNull()
  })
})
