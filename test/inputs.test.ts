/** What a directory walk picks up, and what it says about the rest. */
import { describe, expect, it } from 'vitest'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeOtherTypes, expandInputs } from '../src/inputs.js'
import { parsed, seedPath } from './helpers.js'
import { cli } from './cli-helpers.js'

/** A Windows export: Markdown in every case of the extension, and scans beside it. */
function windowsExport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-walk-'))
  mkdirSync(join(dir, 'export', '2019'), { recursive: true })
  for (const name of ['a.md', 'B.MD', 'c.Md', '2019/d.markdown', '2019/E.MARKDOWN'])
    cpSync(seedPath, join(dir, 'export', name))
  for (const name of ['scan.pdf', '2019/scan.PDF', 'notes.txt', 'README'])
    writeFileSync(join(dir, 'export', name), 'x\n')
  return dir
}

describe('directory walks', () => {
  it('take .md and .markdown in any case, and count the files of other types by extension', async () => {
    const dir = windowsExport()
    const inputs = await expandInputs(['export'], dir, [])
    expect(inputs.files).toEqual([
      'export/2019/E.MARKDOWN',
      'export/2019/d.markdown',
      'export/B.MD',
      'export/a.md',
      'export/c.Md'
    ])
    expect(Object.fromEntries(inputs.otherTypes)).toEqual({ '.pdf': 2, '.txt': 1, '': 1 })
    expect(describeOtherTypes(inputs.otherTypes)).toBe(
      '4 files of other types left out (.pdf 2, no extension 1, .txt 1; a directory walk takes .md and .markdown)'
    )
    expect(describeOtherTypes(new Map())).toBeNull()
  })

  it('a directory with no Markdown in it is a missing input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-walk-'))
    writeFileSync(join(dir, 'scan.pdf'), 'x')
    expect((await expandInputs(['.'], dir, [])).missing).toEqual([
      { path: '.', reason: 'no Markdown files (`.md`, `.markdown`) in this directory' }
    ])
  })

  it('compile says in its summary how many files were left out, and writes a record for each memo', async () => {
    const dir = windowsExport()
    const r = await cli(['compile', 'export', '--out-dir', 'out'], dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'casefile: 5 inputs: 0 ok, 5 with warnings, 0 failed, 0 skipped; 4 files of other types left out (.pdf 2, ' +
        'no extension 1, .txt 1; a directory walk takes .md and .markdown); manifest:'
    )
    expect(existsSync(join(dir, 'out', 'B.json'))).toBe(true)
    expect(
      readFileSync(join(dir, 'out', 'manifest.jsonl'), 'utf8')
        .trim()
        .split('\n')
    ).toHaveLength(5)
  })

  it('check says on stderr how many files were left out (not with -q)', async () => {
    const dir = windowsExport()
    const r = await cli(['check', 'export', '-f', 'json'], dir)
    expect(parsed<Array<{ filePath: string }>>(r.stdout).map((f) => f.filePath)).toHaveLength(5)
    expect(r.stderr).toBe(
      'casefile: 4 files of other types left out (.pdf 2, no extension 1, .txt 1; a directory walk takes .md ' +
        'and .markdown)\n'
    )
    expect((await cli(['check', 'export', '-f', 'json', '-q'], dir)).stderr).toBe('')
  })
})
