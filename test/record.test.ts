/**
 * Properties every record has, on every fixture: valid against the JSON Schema,
 * YAML and JSON agree, two runs give the same bytes, no word of the source is lost.
 */
import { describe, expect, it } from 'vitest'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { load } from 'js-yaml'
import { readFileSync } from 'node:fs'
import { compile, recordSchema, toJson, toYaml } from '../src/index.js'
import { allFixtures, recordText } from './helpers.js'

const ajv = new Ajv2020({ allErrors: true, strict: true })
const validate = ajv.compile(recordSchema)

function sourceWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

describe.each(allFixtures())('%s', (relative, absolute) => {
  const bytes = readFileSync(absolute)
  const { record } = compile(bytes, { path: relative })

  it('validates against the JSON Schema', () => {
    const ok = validate(record)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('gives YAML that parses back to the same object as the JSON', () => {
    expect(load(toYaml(record))).toEqual(JSON.parse(toJson(record)))
  })

  it('gives byte-identical output on a second run', () => {
    const again = compile(bytes, { path: relative }).record
    expect(toJson(again)).toBe(toJson(record))
    expect(toYaml(again)).toBe(toYaml(record))
  })

  it('keeps every word of the source somewhere in the record', () => {
    const text = recordText(record)
    const have = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])
    const lost = sourceWords(bytes.toString('utf8')).filter((w) => !have.has(w) && !text.includes(w))
    expect(lost).toEqual([])
  })
})

it('the schema rejects a record that breaks the contract', () => {
  const { record } = compile(readFileSync(allFixtures()[0]![1]), { path: 'x.md' })
  expect(validate({ ...record, metadata: { ...record.metadata, date: '28 augusti 2020' } })).toBe(false)
  expect(validate({ ...record, recordVersion: 1 })).toBe(false)
  expect(
    validate({
      ...record,
      provenance: { '/metadata/title': { start: { line: 0, column: 1 }, end: { line: 1, column: 1 } } }
    })
  ).toBe(false)
})

it('keeps the number of an ordered item that stands in the header (found by the property test)', () => {
  const { record } = compile('3. Kostnader för infrastruktur.\n## Ändring i reglemente\n')
  expect(record.metadata.headerLines).toEqual(['3. Kostnader för infrastruktur.'])
  expect(record.metadata.title).toBe('Ändring i reglemente')
})

it('keeps the numbers of nested ordered items and the text of code inside items (found by the property test)', () => {
  const header = compile(
    '2.  3. Kostnader för infrastruktur.\n\n- ```\n  kod i en punkt\n  ```\n\n## Bakgrund\n\nText.\n'
  )
  expect(header.record.metadata.headerLines).toEqual(['2. 3. Kostnader för infrastruktur.'])
  // The last unexplained line before the first section is taken as a plain title.
  expect(header.record.metadata.title).toBe('kod i en punkt')
  const nested = compile('# T\n\n## Förslag till beslut\n\n1. Första\n   1. Under ett\n   2. Under två\n2. Andra\n')
  expect(nested.record.proposals?.items).toEqual([
    { number: 1, text: 'Första 1. Under ett 2. Under två' },
    { number: 2, text: 'Andra' }
  ])
})
