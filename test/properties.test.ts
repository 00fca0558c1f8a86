/**
 * Properties of the compiler on generated memos (fast-check, fixed seed): made
 * from fragments of real memos, Markdown markup, conversion debris, random
 * Unicode and random bytes. For each: no exception escapes (a file that cannot
 * be read is a positioned CasefileError); the record validates against the
 * JSON Schema; every word of the input is in the record; two runs give the
 * same bytes; YAML and JSON agree; every diagnostic lies inside the file.
 *
 * The normal suite runs PROPERTY_RUNS (default 200) inputs; `npm run
 * test:properties` runs 100,000.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { load } from 'js-yaml'
import { compile, CasefileError, recordSchema, toJson, toYaml } from '../src/index.js'
import { allFixtures, recordText } from './helpers.js'

const runs = Number(process.env.PROPERTY_RUNS ?? 200)
const validate = new Ajv2020({ strict: true }).compile(recordSchema)

const lines = [
  ...new Set(
    allFixtures()
      .flatMap(([, abs]) => readFileSync(abs, 'utf8').split('\n'))
      .map((l) => l.trim())
      .filter(Boolean)
  )
]
const markup = [
  '# ',
  '## ',
  '### ',
  '**',
  '*',
  '_',
  '1. ',
  '2. ',
  '- ',
  '* ',
  '> ',
  '`',
  '```',
  '---',
  '***',
  '[',
  '](http://x)',
  '<b>',
  '  ',
  'I tjänsten',
  'Enligt uppdrag',
  'Sida 2 av 5',
  '1(2)',
  '(2)',
  'Dnr KS 2020/1',
  'Diarienummer',
  'Datum',
  '2020-02-30',
  'E-post:',
  'Tfn: 08-123 45',
  'Handläggare',
  'Till Kommunstyrelsen',
  'Utdrag till',
  'Förslag till beslut',
  'Ärendebeskrivning',
  'att godkänna',
  'Regiondirektörens förslag',
  'Beslut',
  'Expedieras till: A, B och C',
  'Anna Andersson',
  'Kommundirektör',
  'VÃ¤lfÃ¤rd',
  '121212-1212',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\uf0b7 ',
  '§ 12',
  '| a | b |'
]
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...lines) },
  { weight: 4, arbitrary: fc.constantFrom(...markup) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }
)
const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '', '  \n', '\n\n\n')
const memo = fc
  .array(fc.tuple(piece, separator), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''))
  // Front matter that cannot be used is reported but not kept; the lossless property is about the document.
  .map((text) => (text.startsWith('---') ? `x ${text}` : text))
const input = fc.oneof(
  { weight: 9, arbitrary: memo.map((text) => ({ bytes: new TextEncoder().encode(text), text })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ bytes, text: null as string | null })) }
)

function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

function check({ bytes, text }: { bytes: Uint8Array; text: string | null }): void {
  let result
  try {
    result = compile(bytes, { path: 'memo.md' })
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    expect(error.place ?? error.ruleId === 'too-large').toBeTruthy()
    return
  }
  const { record, messages } = result
  expect(validate(record)).toBe(true)
  const json = toJson(record)
  expect(toJson(compile(bytes, { path: 'memo.md' }).record)).toBe(json)
  expect(load(toYaml(record))).toEqual(JSON.parse(json))

  const source = text ?? new TextDecoder().decode(bytes)
  const sourceLines = source.split(/\r\n|\r|\n/)
  for (const m of messages) {
    const place =
      m.place && 'start' in m.place
        ? m.place
        : { start: { line: m.line ?? 1, column: m.column ?? 1 }, end: { line: m.line ?? 1, column: m.column ?? 1 } }
    for (const point of [place.start, place.end]) {
      expect(point.line).toBeGreaterThanOrEqual(1)
      expect(point.line).toBeLessThanOrEqual(sourceLines.length)
      expect(point.column).toBeGreaterThanOrEqual(1)
      expect(point.column).toBeLessThanOrEqual((sourceLines[point.line - 1]?.length ?? 0) + 2)
    }
  }

  const have = recordText(record)
  const haveWords = new Set(have.match(/[\p{L}\p{N}]+/gu) ?? [])
  const lost = words(source.replace(/^\ufeff/, '')).filter((w) => !haveWords.has(w) && !have.includes(w))
  expect(lost).toEqual([])
}

describe('properties of generated memos', () => {
  it(`hold for ${runs} inputs (seed ${process.env.PROPERTY_SEED ?? 20261127})`, () => {
    fc.assert(fc.property(input, check), {
      numRuns: runs,
      seed: Number(process.env.PROPERTY_SEED ?? 20261127),
      endOnFailure: true
    })
  }, 600_000_000)
})
