/**
 * Every real memo in fixtures/corpus, and every constructed variant in
 * fixtures/variants, is a test: each field its expect file names is asserted,
 * exactly (white space folded).
 */
import { describe, expect, it } from 'vitest'
import { compileFile, corpus, corpusNames, expectationOf, variants } from './helpers.js'
import { join } from 'node:path'

const fold = (s: string | null | undefined) => (s == null ? null : s.normalize('NFC').replace(/\s+/g, ' ').trim())

const cases = [
  ...corpusNames().map((name) => ({ name, dir: corpus, folder: 'corpus' })),
  ...corpusNames(variants).map((name) => ({ name, dir: variants, folder: 'variants' }))
]

describe.each(cases)('$folder/$name', ({ name, dir, folder }) => {
  const expected = expectationOf(name, dir)
  const { record } = compileFile(`fixtures/${folder}/${name}.md`, join(dir, `${name}.md`))
  const m = record.metadata

  it('metadata', () => {
    expect({
      caseNumber: m.caseNumber,
      date: m.date,
      title: fold(m.title),
      unit: fold(m.unit),
      officer: { name: m.officer.name, phone: m.officer.phone, email: m.officer.email }
    }).toEqual({
      caseNumber: expected.caseNumber,
      date: expected.date,
      title: fold(expected.title),
      unit: fold(expected.unit),
      officer: expected.officer
    })
  })

  it('proposals and proposer', () => {
    expect(record.proposals?.items.map((i) => i.text) ?? []).toEqual(expected.proposals.map(fold))
    expect(record.proposals?.proposer ?? null).toBe(expected.proposer)
  })

  it('signatories', () => {
    expect(record.signatures?.signatories ?? []).toEqual(expected.signatories)
  })

  it('distribution, sections and references', () => {
    expect(record.distribution?.recipients ?? []).toEqual(expected.distribution)
    expect(record.sections.map((s) => s.heading)).toEqual(expected.sections)
    expect(record.references.map((r) => r.caseNumber)).toEqual(expected.references)
  })
})
