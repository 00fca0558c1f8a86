import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { VFile } from 'vfile'
import ajvDraft04 from 'ajv-draft-04'
import { checkFile } from '../src/check/run.js'
import { defaultConfig } from '../src/check/config.js'
import { reporters } from '../src/check/reporters/index.js'
import { escapeData, escapeProperty } from '../src/check/reporters/github.js'
import type { CheckResult } from '../src/check/reporters/types.js'
import { allFixtures, parsed, seedPath } from './helpers.js'

/** ajv-draft-04 is CommonJS: its class is the module's `default` (and the module itself). */
const Ajv04 = ajvDraft04.default

/** The parts of a SARIF log the tests read. */
interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } }
    results: Array<{
      ruleId: string
      level: string
      ruleIndex: number
      locations: Array<{ physicalLocation: unknown }>
    }>
  }>
}

/** The parts of the json reporter's output the tests read. */
interface JsonFile {
  filePath: string
  warningCount: number
  errorCount: number
  messages: unknown[]
}

const require = createRequire(import.meta.url)
const sarifSchema = parsed<object>(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
)

const seed: CheckResult = {
  path: 'fixtures/RUN-24-2020.md',
  file: checkFile(readFileSync(seedPath), 'fixtures/RUN-24-2020.md', defaultConfig()),
  ioError: null
}
const missing: CheckResult = { path: 'gone.md', file: null, ioError: 'cannot read: no such file' }
const options = { color: false, version: '9.9.9' }

describe('sarif', () => {
  const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false })
  const validate = ajv.compile(sarifSchema)

  it('is valid SARIF 2.1.0 for the seed, an unreadable file and every fixture', () => {
    const results = [
      seed,
      missing,
      ...allFixtures().map(([rel, abs]) => ({
        path: rel,
        file: checkFile(readFileSync(abs), rel, defaultConfig()),
        ioError: null
      }))
    ]
    const log = parsed<SarifLog>(reporters.sarif(results, options))
    const ok = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('locates each result with its rule', () => {
    const run = parsed<SarifLog>(reporters.sarif([seed], options)).runs[0]!
    expect(run.tool.driver.name).toBe('casefile')
    expect(run.tool.driver.version).toBe('9.9.9')
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['unit-from-position', 'note'],
      ['empty-field', 'warning'],
      ['unit-mismatch', 'warning'],
      ['template-text', 'warning']
    ])
    expect(run.results[2]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/RUN-24-2020.md' },
      region: { startLine: 38, startColumn: 13, endLine: 39, endColumn: 10 }
    })
    expect(run.tool.driver.rules[run.results[2]!.ruleIndex]!.id).toBe('unit-mismatch')
  })
})

describe('github', () => {
  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b')
    expect(escapeProperty('dir:a,b/100%.md\n')).toBe('dir%3Aa%2Cb/100%25.md%0A')
  })

  it('writes one workflow command a message', () => {
    const file = new VFile({ path: 'a,b:c.md' })
    const m = file.message('50% done,\nreally: yes', {
      place: { start: { line: 2, column: 3 }, end: { line: 4, column: 5 } },
      ruleId: 'x-rule',
      source: 'casefile'
    })
    m.fatal = true
    expect(reporters.github([{ path: 'a,b:c.md', file, ioError: null }], options)).toBe(
      '::error file=a%2Cb%3Ac.md,line=2,endLine=4,col=3,endColumn=5,title=casefile (x-rule)::50%25 ' +
        'done,%0Areally: yes\n'
    )
  })

  it('reports the seed as a notice and three warnings', () => {
    expect(
      reporters
        .github([seed], options)
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' ')[0])
    ).toEqual(['::notice', '::warning', '::warning', '::warning'])
  })
})

describe('json and stylish', () => {
  it('json lists messages with severities and counts', () => {
    const file = parsed<JsonFile[]>(reporters.json([seed], options))[0]!
    expect(file.filePath).toBe('fixtures/RUN-24-2020.md')
    expect(file.warningCount).toBe(3)
    expect(file.errorCount).toBe(0)
    expect(file.messages[1]).toMatchObject({
      ruleId: 'empty-field',
      severity: 'warning',
      line: 11,
      column: 1,
      endLine: 11,
      endColumn: 8
    })
  })

  it('stylish without colour has no escape codes and ends with a summary', () => {
    const out = reporters.stylish([seed, missing], options)
    expect(out).not.toMatch(/\u001b\[/)
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 5 problems (1 error, 3 warnings, 1 info)')
    expect(reporters.stylish([seed], { ...options, color: true })).toMatch(/\u001b\[/)
  })
})

describe('every fixture', () => {
  it('shows the seed its known findings and no personal-number false positive anywhere', () => {
    expect(seed.file!.messages.map((m) => m.ruleId)).toEqual([
      'unit-from-position',
      'empty-field',
      'unit-mismatch',
      'template-text'
    ])
    // The seed, 10 corpus memos and 10 variants.
    expect(allFixtures()).toHaveLength(21)
    for (const [rel, abs] of allFixtures()) {
      const file = checkFile(readFileSync(abs), rel, defaultConfig())
      expect(file.messages.filter((m) => m.ruleId === 'personal-number' || m.ruleId === 'mojibake')).toEqual([])
    }
  })
})
