/**
 * `casefile report` and `casefile diff` on real out dirs made by `casefile compile`
 * (in-process; the 100,000-entry report runs the built binary, under a heap limit of its
 * own): the report's numbers, its structure, --with-reviews, the diff of records and of
 * out dirs, and bad input (exit 2, one line, no crash).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readReport } from '../src/review/report-model.js'
import { diff, diffRecords, flatten } from '../src/review/diff.js'
import { cli } from './cli-helpers.js'
import { corpus, parsed, root, seedPath } from './helpers.js'

const inputs = ['trosa-MN-2020-8.md', 'knivsta-KS-2015-112.md', 'stockholm-UTBF-inhyrning-polygonen.md']
let dir: string

/** archive/: the seed, three corpus memos and a binary file; records/: its run. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-report-'))
  mkdirSync(join(dir, 'archive'))
  copyFileSync(seedPath, join(dir, 'archive', 'RUN-24-2020.md'))
  for (const f of inputs) copyFileSync(join(corpus, f), join(dir, 'archive', f))
  writeFileSync(join(dir, 'archive', 'broken.md'), Buffer.from([0x41, 0x00, 0x42]))
  const r = await cli(['compile', 'archive', '--out-dir', 'records', '-q', '--jobs', '1'], dir)
  expect(r.code).toBe(1)
})

describe('the report model', () => {
  it('counts the run from the manifest and the records', async () => {
    const model = await readReport(join(dir, 'records'))
    expect(model.entries).toBe(5)
    // The rules' findings decide each status, as check would: the memo with no case number has an error.
    expect(model.totals).toEqual({ ok: 0, warnings: 3, errors: 1, failed: 1, skipped: 0 })
    expect(model.hasFindings).toBe(true)
    expect(model.records).toBe(4)
    expect(model.coverage).toEqual({
      caseNumber: 3,
      date: 3,
      title: 4,
      unit: 3,
      officer: 4,
      proposals: 4,
      signatories: 2,
      distribution: 0,
      references: 1
    })
    expect(model.series).toEqual([
      { series: 'KS', count: 1, years: [[2015, 1]] },
      { series: 'MN', count: 1, years: [[2020, 1]] },
      { series: 'RUN', count: 1, years: [[2020, 1]] }
    ])
    expect(model.years).toEqual([
      [2015, 1],
      [2020, 2]
    ])
    expect(model.failures).toEqual([
      { path: 'broken.md', reason: expect.stringContaining('NUL byte at byte 1') as string }
    ])
    expect(model.files.map((f) => [f.path, f.status, f.caseNumber, f.source])).toEqual([
      ['RUN-24-2020.md', 'warnings', 'RUN/24/2020', 'archive/RUN-24-2020.md'],
      ['broken.md', 'failed', null, null],
      ['knivsta-KS-2015-112.md', 'warnings', 'KS-2015/112', 'archive/knivsta-KS-2015-112.md'],
      ['stockholm-UTBF-inhyrning-polygonen.md', 'error', null, 'archive/stockholm-UTBF-inhyrning-polygonen.md'],
      ['trosa-MN-2020-8.md', 'warnings', 'MN 2020/8', 'archive/trosa-MN-2020-8.md']
    ])
    const rule = model.rules.find((r) => r.ruleId === 'empty-field')!
    expect(rule).toEqual({
      ruleId: 'empty-field',
      count: 2,
      severities: { error: 0, warning: 2, info: 0 },
      files: ['RUN-24-2020.md', 'stockholm-UTBF-inhyrning-polygonen.md'],
      url: 'https://github.com/casefile/casefile/blob/main/docs/rules/empty-field.md'
    })
    // Every id in a manifest is a rule's now, with its page.
    expect(model.rules.find((r) => r.ruleId === 'unit-from-position')?.url).toBe(
      'https://github.com/casefile/casefile/blob/main/docs/rules/unit-from-position.md'
    )
    expect(model.timeMs).not.toBe(null)
  })
})

describe('casefile report', () => {
  it('writes the page: totals, rules, coverage bars, series, failures and files, linked to review pages', async () => {
    const r = await cli(['report', 'records', '-o', 'records/report.html', '--with-reviews'], dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('casefile: wrote 4 review pages into records/review\ncasefile: wrote records/report.html\n')
    expect(readdirSync(join(dir, 'records', 'review')).sort()).toEqual([
      'RUN-24-2020.html',
      'knivsta-KS-2015-112.html',
      'stockholm-UTBF-inhyrning-polygonen.html',
      'trosa-MN-2020-8.html'
    ])
    const html = readFileSync(join(dir, 'records', 'report.html'), 'utf8')
    expect(html.startsWith('<!doctype html><html lang="sv">')).toBe(true)
    expect(html).toContain(
      '<li><span class="n">5</span>Indata</li><li><span class="n">0</span>ok</li><li><span ' +
        'class="n">3</span>med varningar</li><li><span class="n">1</span>med fel</li><li><span ' +
        'class="n">1</span>misslyckade</li>'
    )
    expect(html).toContain('<td><a href="review/trosa-MN-2020-8.html">trosa-MN-2020-8.md</a></td>')
    expect(html).toContain('<td>broken.md</td>')
    // Nine coverage rows, each a bar: the title is in every record.
    expect(html.match(/<svg class="bar"/g)).toHaveLength(9 + 2)
    expect(html).toContain(
      '<th scope="row">Ärendemening</th><td><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" ' +
        'aria-hidden="true" focusable="false"><rect x="0" y="0" width="100" height="10" ' +
        'fill="#e5e7eb"></rect><rect x="0" y="0" width="100" height="10" fill="#6d28d9"></rect></svg></td><td ' +
        'class="num">4</td><td class="num">100 %</td>'
    )
    expect(html).not.toMatch(/<(link|img|iframe)[\s>]|src="/)
    const review = readFileSync(join(dir, 'records', 'review', 'RUN-24-2020.html'), 'utf8')
    expect(review).toContain('<title>Granskning: archive/RUN-24-2020.md</title>')
  })

  it('puts the files table JSON beyond the reach of </script>', () => {
    const html = readFileSync(join(dir, 'records', 'report.html'), 'utf8')
    const data = /<script type="application\/json" id="files-table-data">([^<]*)<\/script>/.exec(html)![1]!
    expect(parsed<{ rows: unknown[] }>(data).rows).toHaveLength(5)
  })

  it('in English with --lang en, on stdout without -o', async () => {
    const r = await cli(['report', 'records', '--lang', 'en'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('<h2 id="coverage-h">Field coverage</h2>')
  })

  it('refuses what is not an out dir with one line and exit 2', async () => {
    writeFileSync(join(dir, 'plain.txt'), 'x')
    mkdirSync(join(dir, 'empty'), { recursive: true })
    mkdirSync(join(dir, 'corrupt'), { recursive: true })
    writeFileSync(join(dir, 'corrupt', 'manifest.jsonl'), 'this is not json\n')
    mkdirSync(join(dir, 'cut'), { recursive: true })
    writeFileSync(join(dir, 'cut', 'manifest.jsonl'), '{"path": "a.md", "sta\n')
    expect(await cli(['report', 'nowhere'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'casefile: cannot read `nowhere`: no such directory\n'
    })
    expect(await cli(['report', 'plain.txt'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'casefile: `plain.txt` is not a directory, expected the out dir of `casefile compile --out-dir`\n'
    })
    expect(await cli(['report', 'empty'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'casefile: no `manifest.jsonl` in `empty`, expected the out dir of `casefile compile --out-dir`\n'
    })
    expect(await cli(['report', 'corrupt'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `casefile: \`${join(dir, 'corrupt', 'manifest.jsonl')}\` is not a casefile manifest: line 1 is ` +
        `not a JSON object\n`
    })
    expect(await cli(['report', 'cut'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `casefile: \`${join(dir, 'cut', 'manifest.jsonl')}\` is not a casefile manifest: none of its 1 ` +
        `lines is an entry\n`
    })
  })
})

describe('a 100,000-entry manifest', () => {
  it('is reported within a 96 MB heap: the records are read one at a time, never all at once', () => {
    const big = join(dir, 'big')
    mkdirSync(big)
    // 98,000 records and 2,000 failures; all entries point at one record file. The record keeps what the report
    // reads (metadata and the lists it counts), not the memo's text and provenance, which only made each read slower:
    // 2.5 KB of JSON, over 200 MB were they all held, well over the heap.
    const full = parsed(readFileSync(join(dir, 'records', 'RUN-24-2020.json'), 'utf8'))
    const record = JSON.stringify({ ...full, provenance: {}, sections: [], description: null }, null, 2)
    // What makes the heap's limit the test: the records, were they all held, would not fit.
    expect(record.length * 98_000).toBeGreaterThan(200 * 1024 * 1024)
    writeFileSync(join(big, 'record.json'), record)
    const lines: string[] = []
    for (let i = 0; i < 100_000; i++) {
      const failed = i % 50 === 0
      lines.push(
        JSON.stringify({
          path: `m/${String(i).padStart(6, '0')}.md`,
          sha256: null,
          bytes: 3107,
          status: failed ? 'failed' : 'ok',
          output: failed ? null : 'record.json',
          diagnostics: failed ? 0 : 1,
          reason: failed ? 'cannot read: no such file' : null,
          version: '0.1.0',
          config: 'c',
          findings: failed
            ? []
            : [
                {
                  ruleId: 'empty-field',
                  severity: 'info',
                  line: 11,
                  column: 1,
                  message: 'Empty labelled field `E-post:`; its value is null'
                }
              ]
        })
      )
    }
    writeFileSync(join(big, 'manifest.jsonl'), `${lines.join('\n')}\n`)
    expect(lines).toHaveLength(100_000)
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'casefile.cjs'), 'report', 'big', '-o', 'big/report.html'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=96' }
      }
    )
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: 'casefile: wrote big/report.html\n' })
    const html = readFileSync(join(big, 'report.html'), 'utf8')
    expect(html).toContain('<li><span class="n">100000</span>Indata</li><li><span class="n">98000</span>ok</li>')
    expect(html).toContain('<td><code>empty-field</code></td><td class="num">98000</td>')
    // One page of rows in the HTML, all of them in the pager's data.
    const files = /<table id="files-table"[\s\S]*?<\/table>/.exec(html)![0]
    expect(files.match(/<tr>/g)).toHaveLength(101)
    const data = parsed<{ rows: unknown[] }>(
      /<script type="application\/json" id="files-table-data">([^<]*)<\/script>/.exec(html)![1]!
    )
    expect(data.rows).toHaveLength(100_000)
  }, 180_000)
})

describe('diff', () => {
  it('flattens a record under JSON pointers, leaving out generator and provenance', () => {
    const map = flatten({
      metadata: { a: 1, list: [], 'x/y': 'z' },
      generator: { version: '1' },
      provenance: {},
      items: ['p', 'q']
    })
    expect([...flatten({})]).toEqual([])
    expect([...map]).toEqual([
      ['/metadata/a', 1],
      ['/metadata/list', []],
      ['/metadata/x~1y', 'z'],
      ['/items/0', 'p'],
      ['/items/1', 'q']
    ])
    expect(diffRecords({ a: 1, b: [1, 2] }, { a: 2, b: [1], c: null })).toEqual([
      { pointer: '/a', change: 'changed', before: 1, after: 2 },
      { pointer: '/b/1', change: 'removed', before: 2 },
      { pointer: '/c', change: 'added', after: null }
    ])
  })

  it('compares two records: exit 0 identical, 1 different, the change old → new', async () => {
    const a = join(dir, 'a.json')
    const b = join(dir, 'b.json')
    const record = readFileSync(join(dir, 'records', 'RUN-24-2020.json'), 'utf8')
    writeFileSync(a, record)
    writeFileSync(
      b,
      record
        .replace('"unit": "Välfärd, klimat och kompetens"', '"unit": "Välfärd"')
        .replace('"version": "', '"version": "9')
    )
    expect(await cli(['diff', a, a], dir)).toEqual({ code: 0, stdout: 'identical records\n', stderr: '' })
    expect(await cli(['diff', a, b], dir)).toEqual({
      code: 1,
      stdout: `changed ${b}\n  ~ /metadata/unit: "Välfärd, klimat och kompetens" → "Välfärd"\n1 field differs\n`,
      stderr: ''
    })
    const json = await cli(['diff', a, b, '--format', 'json'], dir)
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual({
      identical: false,
      kind: 'records',
      a,
      b,
      compared: 1,
      unchanged: 0,
      files: [
        {
          path: b,
          change: 'changed',
          inputChanged: null,
          fields: [
            { pointer: '/metadata/unit', change: 'changed', before: 'Välfärd, klimat och kompetens', after: 'Välfärd' }
          ]
        }
      ]
    })
  })

  it('compares two out dirs: inputs changed, added and removed', async () => {
    copyFileSync(join(corpus, 'uppsala-MHN-2015-5613.md'), join(dir, 'archive', 'uppsala-MHN-2015-5613.md'))
    writeFileSync(
      join(dir, 'archive', 'knivsta-KS-2015-112.md'),
      readFileSync(join(corpus, 'knivsta-KS-2015-112.md'), 'utf8').replaceAll('KS-2015/112', 'KS-2015/113')
    )
    writeFileSync(join(dir, 'archive', 'broken.md'), readFileSync(seedPath))
    const r = await cli(['compile', 'archive', '--out-dir', 'after', '-q', '--jobs', '1'], dir)
    // Exit 1: the memo with no case number has an error finding (its record is written).
    expect(r.code).toBe(1)
    const result = await diff(join(dir, 'records'), join(dir, 'after'), 'records', 'after')
    expect(result.compared).toBe(6)
    expect(result.unchanged).toBe(3)
    expect(result.files.map((f) => [f.path, f.change, f.inputChanged])).toEqual([
      ['broken.md', 'changed', true],
      ['knivsta-KS-2015-112.md', 'changed', true],
      ['uppsala-MHN-2015-5613.md', 'added', null]
    ])
    expect(result.files[0]!.status).toEqual({
      before: expect.stringMatching(/^failed: .*NUL byte/) as string,
      after: 'warnings'
    })
    expect(result.files[0]!.fields).toEqual([])
    expect(result.files[1]!.fields.filter((f) => f.pointer.startsWith('/metadata/case'))).toEqual([
      { pointer: '/metadata/caseNumber', change: 'changed', before: 'KS-2015/112', after: 'KS-2015/113' },
      { pointer: '/metadata/caseRef/sequence', change: 'changed', before: 112, after: 113 }
    ])
    const text = await cli(['diff', 'records', 'after'], dir)
    expect(text.code).toBe(1)
    expect(text.stdout.split('\n').filter((l) => !l.startsWith('  '))).toEqual([
      'changed broken.md (input changed)',
      'changed knivsta-KS-2015-112.md (input changed)',
      'added uppsala-MHN-2015-5613.md',
      '6 inputs: 3 identical, 2 changed, 1 added, 0 removed',
      ''
    ])
    expect((await cli(['diff', 'after', 'records'], dir)).stdout).toContain('removed uppsala-MHN-2015-5613.md\n')
    expect(await cli(['diff', 'records', 'records'], dir)).toEqual({
      code: 0,
      stdout: '5 inputs: 5 identical, 0 changed, 0 added, 0 removed\n',
      stderr: ''
    })
    const html = await cli(['diff', 'records', 'after', '--format', 'html', '-o', 'diff.html'], dir)
    expect(html.code).toBe(1)
    const page = readFileSync(join(dir, 'diff.html'), 'utf8')
    expect(page).toContain(
      '<td>knivsta-KS-2015-112.md</td><td>ändrade</td><td>/metadata/caseNumber</td>' +
        '<td>"KS-2015/112"</td><td>"KS-2015/113"</td>'
    )
  })

  it('refuses what is not a record or an out dir with one line and exit 2', async () => {
    writeFileSync(join(dir, 'corrupt.json'), '{"metadata": ')
    writeFileSync(join(dir, 'other.json'), '{"name": "x"}')
    const a = join(dir, 'a.json')
    copyFileSync(join(dir, 'records', 'RUN-24-2020.json'), a)
    expect(existsSync(a)).toBe(true)
    expect(await cli(['diff', a, 'nope.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'casefile: cannot read `nope.json`: no such file or directory\n'
    })
    expect(await cli(['diff', a, 'corrupt.json'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^casefile: `corrupt\.json` is not a record: .*JSON/) as string
    })
    expect(await cli(['diff', a, 'other.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'casefile: `other.json` is not a casefile record: expected an object with `recordVersion` and `metadata`\n'
    })
    expect(await cli(['diff', a, 'records'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `casefile: compare two records or two out dirs: \`records\` is a directory, \`${a}\` is not\n`
    })
    expect(await cli(['diff', 'records', 'empty'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'casefile: no `manifest.jsonl` in `empty`, expected the out dir of `casefile compile --out-dir`\n'
    })
    expect((await cli(['diff', a], dir)).code).toBe(2)
    expect((await cli(['diff', a, a, '--format', 'xml'], dir)).code).toBe(2)
  })
})
