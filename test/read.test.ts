import { describe, expect, it } from 'vitest'
import { compile, CasefileError } from '../src/index.js'

function failure(bytes: Uint8Array): CasefileError {
  try {
    compile(bytes, { path: 'x.md' })
  } catch (error) {
    if (error instanceof CasefileError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('reading bytes', () => {
  it('refuses bytes that are not UTF-8, with the line and column', () => {
    const latin1 = Buffer.from('Dnr KS 2017/1\n\nV\xe4lf\xe4rd\n', 'latin1')
    const error = failure(latin1)
    expect(error.ruleId).toBe('invalid-utf8')
    expect(error.place?.start).toMatchObject({ line: 3, column: 2 })
    expect(error.message).toMatch(/^Unexpected byte sequence at byte 16 that is not UTF-8/)
  })
  it('refuses a binary file', () => {
    const error = failure(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))
    expect(error.ruleId).toBe('binary')
    expect(error.message).toMatch(/NUL byte at byte 4/)
  })
  it('refuses a file over the size limit', () => {
    expect(() => compile('a'.repeat(100), { maxBytes: 10 })).toThrow(/100 bytes, expected at most 10 bytes/)
  })
  it('compiles an empty file to an empty record with a message', () => {
    const { record, messages } = compile('')
    expect(record.metadata.caseNumber).toBeNull()
    expect(record.sections).toEqual([])
    expect(messages.map((m) => m.ruleId)).toEqual(['empty-document'])
  })
  it('takes front matter as explicit metadata that wins over the header', () => {
    const { record, messages } = compile(
      '---\ndiarienummer: KS 2021/7\ndatum: 2021-03-01\nhandläggare: Anna Berg\nprojekt: ' +
        'X\n---\n\n2020-08-28\n\nRUN/24/2020\n\n# Titel här\n'
    )
    expect(record.metadata.caseNumber).toBe('KS 2021/7')
    expect(record.metadata.caseRef).toEqual({ series: 'KS', year: 2021, sequence: 7 })
    expect(record.metadata.date).toBe('2021-03-01')
    expect(record.metadata.officer.name).toBe('Anna Berg')
    expect(record.metadata.frontMatter).toEqual({ projekt: 'X' })
    expect(messages.filter((m) => m.ruleId === 'front-matter').map((m) => m.messageId)).toEqual(['unknownKey'])
  })
  it('never lets front matter reach a prototype', () => {
    const { record } = compile('---\n__proto__:\n  polluted: yes\nconstructor: x\n---\n\n# T\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(record.metadata.frontMatter).toBeUndefined()
  })
})

describe('header values that belong to the organisation, not the officer or the unit', () => {
  it('an unlabelled organisation mailbox is not the officer e-mail; an organisation name is not the unit', () => {
    const { record } = compile(
      '2021-03-01\n\nRegion Jämtland Härjedalen\n\nAnna Berg\n\nregistrator@regionjh.se\n\nDnr RS 2021/12\n\n# Titel\n'
    )
    expect(record.metadata.officer).toMatchObject({ name: 'Anna Berg', email: null })
    expect(record.metadata.unit).toBeNull()
    const labelled = compile('Handläggare: Anna Berg\n\nE-post: registrator@regionjh.se\n\n# Titel\n')
    expect(labelled.record.metadata.officer.email).toBe('registrator@regionjh.se')
  })
})

describe('conversion mess in the body', () => {
  const { record } = compile(
    'Ert dnr: LST 2019/44\n\nDnr KS 2019/110\n\nDatum 2019-05-05\n\n# KS 2019/110 Yttrande om vindkraft\n\n## ' +
      'Förslag till beslut\n\n1. Nämnden godkänner yttrandet. 2. Nämnden överlämnar det till länsstyrelsen. 3. ' +
      'Paragrafen justeras omedelbart.\n\n**TJÄNSTESKRIVELSE**\n\n## Beslutet skickas ' +
      'till\n\nLänsstyrelsen\n\nDetta beslut kan överklagas enligt kommunallagen inom tre veckor från den dag ' +
      'då beslutet anslogs.\n'
  )
  it('takes our case number, not theirs, and strips it from the start of the title', () => {
    expect(record.metadata.caseNumber).toBe('KS 2019/110')
    expect(record.metadata.title).toBe('Yttrande om vindkraft')
  })
  it('splits a numbered list run into one item, and keeps a repeated document type out of the sections', () => {
    expect(record.proposals?.items).toEqual([
      { number: 1, text: 'Nämnden godkänner yttrandet.' },
      { number: 2, text: 'Nämnden överlämnar det till länsstyrelsen.' },
      { number: 3, text: 'Paragrafen justeras omedelbart.' }
    ])
    expect(record.sections.map((s) => s.heading)).toEqual(['Förslag till beslut', 'Beslutet skickas till'])
    expect(record.pageFurniture).toEqual(['TJÄNSTESKRIVELSE'])
  })
  it('does not take a long sentence for a recipient', () => {
    expect(record.distribution?.recipients).toEqual(['Länsstyrelsen'])
  })
})
