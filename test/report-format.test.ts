/** How findings read: stylish (wrapped to a terminal, never padded), compact, and a batch's tally. */
import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFile } from '../src/check/run.js'
import { defaultConfig } from '../src/check/config.js'
import { reporters } from '../src/check/reporters/index.js'
import type { CheckResult } from '../src/check/reporters/types.js'
import { corpus, seedPath } from './helpers.js'
import { cli, workspace } from './cli-helpers.js'

/** The seed's warnings: its one info finding (unit-from-position) is off, these tests are about laying out warnings. */
const config = defaultConfig()
config.rules['unit-from-position'] = { severity: 'off', options: {} }
const seed: CheckResult = {
  path: 'fixtures/RUN-24-2020.md',
  file: checkFile(readFileSync(seedPath), 'fixtures/RUN-24-2020.md', config),
  ioError: null
}
const missing: CheckResult = { path: 'gone.md', file: null, ioError: 'cannot read: no such file' }
const options = { color: false, version: '9.9.9' }

describe('stylish', () => {
  it('aligns place and severity, and does not pad the message to the longest one', () => {
    expect(reporters.stylish([seed], options).split('\n').slice(0, 4)).toEqual([
      'fixtures/RUN-24-2020.md',
      '  11:1-11:8    warning  Unexpected empty `E-post:` field, expected an address or no label; fill it in or ' +
        'remove the label  empty-field',
      '  38:13-39:10  warning  Unexpected two spellings of the unit, `Välfärd, klimat och kompetens` in the header ' +
        'and `Valfärd, klimat och kompetens` in the title of `Marina Gregorsson`, as often each; which is right? ' +
        'Correct the other  unit-mismatch',
      '  43:1-43:78   warning  Unexpected template guidance text `Organisation/person som protokollsutdrag ' +
        'och/eller yttran…` in `Utdrag till`, expected recipients; replace it with the recipients or remove the ' +
        'section  template-text'
    ])
  })

  it("wraps to a terminal's width under the message column, the rule id after the last word", () => {
    const report = reporters.stylish([seed], { ...options, width: 80 })
    const lines = report.split('\n')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80)
    expect(lines.slice(0, 3)).toEqual([
      'fixtures/RUN-24-2020.md',
      '  11:1-11:8    warning  Unexpected empty `E-post:` field, expected an address or',
      '                        no label; fill it in or remove the label  empty-field'
    ])
    // Nothing of a message is lost to the wrapping.
    const rows = report
      .split('\n\n')[0]!
      .split(/\n(?= {2}\d)/)
      .slice(1)
      .map((row) => row.replace(/\s+/g, ' ').trim())
    expect(rows.map((row) => row.split(' ').at(-1))).toEqual(['empty-field', 'unit-mismatch', 'template-text'])
    expect(rows[1]).toContain(seed.file!.messages[1]!.reason)
  })

  it('does not wrap into a column too narrow to read', () => {
    const lines = reporters.stylish([seed], { ...options, width: 40 }).split('\n')
    expect(lines[1]).toBe(
      '  11:1-11:8    warning  Unexpected empty `E-post:` field, expected an address or no label; fill it in or ' +
        'remove the label  empty-field'
    )
  })
})

describe('compact', () => {
  it('writes file:line:col: severity message [rule], one line each', () => {
    expect(reporters.compact([seed, missing], options)).toBe(
      [
        'fixtures/RUN-24-2020.md:11:1: warning Unexpected empty `E-post:` field, expected an address or no ' +
          'label; fill it in or remove the label [empty-field]',
        'fixtures/RUN-24-2020.md:38:13: warning Unexpected two spellings of the unit, `Välfärd, klimat och ' +
          'kompetens` in the header and `Valfärd, klimat och kompetens` in the title of `Marina Gregorsson`, as ' +
          'often each; which is right? Correct the other [unit-mismatch]',
        'fixtures/RUN-24-2020.md:43:1: warning Unexpected template guidance text `Organisation/person som ' +
          'protokollsutdrag och/eller yttran…` in `Utdrag till`, expected recipients; replace it with the ' +
          'recipients or remove the section [template-text]',
        'gone.md:1:1: error cannot read: no such file',
        ''
      ].join('\n')
    )
    expect(reporters.compact([], options)).toBe('')
  })

  it('is what `check --format compact` prints', async () => {
    const r = await cli(['check', 'memo.md', '--format', 'compact'], workspace())
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'memo.md:5:1: info Unexpected unit `Välfärd, klimat och kompetens` without a label or a unit word, expected ' +
        "one; it was taken as the unit from its place before the case officer's name, label it (`Förvaltning: …`) " +
        'to be sure [unit-from-position]',
      'memo.md:11:1: warning Unexpected empty `E-post:` field, expected an address or no label; fill it in or ' +
        'remove the label [empty-field]'
    ])
  })
})

describe('a batch on stderr', () => {
  it('prints the first warnings one a line, then a tally per rule, not hundreds of near-identical lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-tally-'))
    for (let i = 1; i <= 30; i++)
      cpSync(join(corpus, 'huddinge-KS-2015-lokalprojekt.md'), join(dir, `memo-${String(i).padStart(2, '0')}.md`))
    const r = await cli(['compile', '.', '--out-dir', 'out'], dir)
    expect(r.code).toBe(0)
    const lines = r.stderr.trim().split('\n')
    // Each copy has four warnings (as `casefile check` gives them): the first 20 of the 120 are shown.
    expect(
      lines.filter((l) => / \((case-number-format|missing-date|missing-signature|page-furniture)\)$/.test(l))
    ).toHaveLength(20)
    expect(lines.at(-2)).toBe(
      'casefile: 120 warnings by rule: case-number-format 30, missing-date 30, missing-signature 30, ' +
        "page-furniture 30; the first 20 are shown above, and `casefile check FILE` lists a file's"
    )
    expect(lines).toHaveLength(22)
    expect((await cli(['compile', '.', '--out-dir', 'out2', '-q'], dir)).stderr).toBe('')
  })
})
