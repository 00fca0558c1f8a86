/**
 * Bad, hostile and odd input: each gets a clear, positioned message or a
 * correct record, never a crash or a hang.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compile, CasefileError } from '../src/index.js'
import { parsed, root, seedPath } from './helpers.js'

const bin = join(root, 'bin', 'casefile.cjs')
const seed = readFileSync(seedPath, 'utf8')

function failure(bytes: Uint8Array, options = {}): CasefileError {
  try {
    compile(bytes, { path: 'x.md', ...options })
  } catch (error) {
    if (error instanceof CasefileError) return error
    throw error
  }
  throw new Error('expected a failure')
}

function cli(args: string[], files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-hard-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  const started = Date.now()
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, dir }
}

describe('empty and nearly empty files', () => {
  it.each([
    ['an empty file', ''],
    ['only white space', ' \n\t\n  \r\n']
  ])('%s: an empty record and one message at 1:1', (_, text) => {
    const { record, messages } = compile(text)
    expect(record.metadata.headerLines).toEqual([])
    expect(record.sections).toEqual([])
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['empty-document', 1, 1]])
  })
  it('only front matter: its values and messages for what is missing', () => {
    const { record, messages } = compile('---\ndnr: KS 2021/7\ndatum: 2021-03-01\n---\n')
    expect(record.metadata.caseNumber).toBe('KS 2021/7')
    expect(record.metadata.date).toBe('2021-03-01')
    // What check says of it: the memo has no text after its front matter.
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([
      ['missing-description', 1, false],
      ['missing-proposals', 1, true],
      ['missing-title', 1, true],
      ['missing-signature', 5, false]
    ])
  })
})

describe('encodings', () => {
  const swedish = 'Dnr KS 2021/7\n\n# Välfärd och överförmyndare\n'
  it('names Windows-1252 / Latin-1 and reads it with --encoding', () => {
    const bytes = Buffer.from(swedish, 'latin1')
    const error = failure(bytes)
    expect(error.ruleId).toBe('invalid-utf8')
    expect(error.place?.start).toMatchObject({ line: 3, column: 4 })
    expect(error.message).toContain('It looks like Windows-1252 or Latin-1')
    expect(compile(bytes, { encoding: 'windows-1252' }).record.metadata.title).toBe('Välfärd och överförmyndare')
    expect(compile(bytes, { encoding: 'latin1' }).record.metadata.title).toBe('Välfärd och överförmyndare')
  })
  it('names UTF-16 with and without a byte order mark, and reads it with --encoding utf-16le', () => {
    const plain = Buffer.from(swedish, 'utf16le')
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), plain])
    expect(failure(plain).message).toBe(
      'Unexpected UTF-16 text, expected UTF-8. It looks like UTF-16LE; read it with `--encoding utf-16le` or ' +
        'convert it to UTF-8'
    )
    expect(failure(bom).message).toContain('It looks like UTF-16LE (it starts with a byte order mark)')
    expect(failure(bom).ruleId).toBe('wrong-encoding')
    expect(compile(bom, { encoding: 'utf-16le' }).record.metadata.title).toBe('Välfärd och överförmyndare')
    expect(compile(plain, { encoding: 'utf-16le' }).record.metadata.caseNumber).toBe('KS 2021/7')
  })
  it('refuses binary files with the offset of the first NUL', () => {
    const error = failure(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0])]))
    expect(error.ruleId).toBe('binary')
    expect(error.message).toMatch(/^Unexpected NUL byte at byte 9/)
    expect(error.place?.start).toMatchObject({ line: 2, column: 1 })
  })
  it('the CLI reads an archive on purpose with --encoding windows-1252', () => {
    const r = cli(['compile', 'old.md', '--encoding', 'windows-1252', '-q'], {
      'old.md': Buffer.from(swedish, 'latin1')
    })
    // Exit 1 for the rules' error in this short memo (it has no proposals); the record is written all the same.
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(/mojibake|invalid-utf8/)
    expect(parsed(r.stdout).metadata.title).toBe('Välfärd och överförmyndare')
  })
})

describe('line endings and invisible characters', () => {
  // Without provenance: line endings of two characters move every offset after them (lines and columns are compared in
  // seed.test.ts).
  const expected = compile(seed, { path: 'x.md', provenance: false }).record
  const same = (text: string) => {
    const { record } = compile(text, { path: 'x.md', provenance: false })
    expect({ ...record, source: null }).toEqual({ ...expected, source: null })
  }
  it('reads CR-only and mixed line endings as the same memo', () => {
    same(seed.replace(/\n/g, '\r'))
    same(
      seed
        .split('\n')
        .map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'))
        .join('')
    )
  })
  it('normalises zero-width, no-break spaces and a stray BOM in values, and keeps positions', () => {
    const text = seed
      .replace('RUN/24/2020', 'RUN/2\u200b4/2020')
      .replace('Marina Gregorsson\n', 'Marina\u00a0Gregorsson\n')
      .replace('Tfn: 063146619', 'Tfn:\u00a0063146619')
      .replace('## Regiondirektörens', '## \ufeffRegiondirektörens')
    const { record, messages } = compile(text)
    expect(record.metadata.caseNumber).toBe('RUN/24/2020')
    expect(record.metadata.caseRef).toEqual({ series: 'RUN', year: 2020, sequence: 24 })
    expect(record.metadata.officer.name).toBe('Marina Gregorsson')
    expect(record.metadata.officer.phone).toBe('063146619')
    expect(record.proposals?.heading).toBe('Regiondirektörens förslag')
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['unit-from-position', 5, 1],
      ['empty-field', 11, 1],
      ['unit-mismatch', 38, 13],
      ['template-text', 43, 1]
    ])
  })
})

describe('size, time and depth', () => {
  it('stops a 50 MB file at the size guard at once', () => {
    const r = cli(['compile', 'big.md'], { 'big.md': Buffer.alloc(50 * 1024 * 1024, 'a') })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Unexpected file of 52428800 bytes, expected at most 1000000 bytes')
    expect(r.ms).toBeLessThan(10000)
  })
  it('compiles a 1 MB single line in bounded time (with the size guard raised)', () => {
    const started = Date.now()
    const { record } = compile(`# Titel\n\n## Bakgrund\n\n${'ord '.repeat(262_144)}\n`, { maxBytes: 2_000_000 })
    expect(record.sections[0]!.text.length).toBe(1_048_575)
    expect(Date.now() - started).toBeLessThan(15000)
  })
  // Each input has one outcome: these three compile (in about 0.5-3 s here), whole, as one unclassified header line.
  it.each([
    ['40,000 runs of `*a`', `${'*a '.repeat(40000)}\n`],
    ['40,000 runs of `_a`', `${'_a '.repeat(40000)}\n`],
    ['10,000 unclosed links', `${'[a'.repeat(10000)}\n`]
  ])('%s: compiles in bounded time, the line kept whole', (_, text) => {
    const started = Date.now()
    const { record } = compile(text)
    expect(Date.now() - started).toBeLessThan(20000)
    expect(record.metadata.headerLines).toEqual([text.trim()])
    expect(record.metadata.unclassified).toEqual([text.trim()])
  })
  // …and this one takes remark-parse far longer than any budget (45 s in-process here): the time guard stops it.
  it('a one-line list 5,000 deep: stopped at --timeout with a clear message', () => {
    const r = cli(['compile', 'p.md', '--timeout', '1000', '-q'], { 'p.md': `${'- '.repeat(5000)}a\n` })
    expect(r.ms).toBeLessThan(20000)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('p.md: failed: took longer than --timeout 1000 ms; stopped\n')
  })
  it('survives 10,000 nested blockquotes and a 2,500-level list in compile and ast', () => {
    const quotes = `${'>'.repeat(10000)} Bakgrund\n`
    const list = `${'- '.repeat(2500)}a\n`
    // The blockquotes' text is a plain heading: one section `Bakgrund`, in a tree of ordinary depth.
    const q = compile(quotes)
    expect(q.tree.children.map((c) => c.type)).toEqual(['header', 'section', 'references'])
    expect(q.record.sections.map((s) => [s.heading, s.text])).toEqual([['Bakgrund', '']])
    expect(parsed<{ children: Array<{ heading?: string }> }>(JSON.stringify(q.tree)).children[1]!.heading).toBe(
      'Bakgrund'
    )
    // The list's one word is a header line, at the column after 2,500 markers.
    const l = compile(list)
    expect(l.record.metadata.headerLines).toEqual(['a'])
    expect(l.record.sections).toEqual([])
    const header = l.tree.children[0]
    expect(header?.type === 'header' && header.children[0]?.position?.start).toEqual({
      line: 1,
      column: 5001,
      offset: 5000
    })
    const r = cli(['ast', 'q.md'], { 'q.md': quotes })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({
      type: 'caseDocument',
      children: [{ type: 'header' }, { type: 'section', heading: 'Bakgrund' }, { type: 'references' }]
    })
  })
  it('stops 100,000 link definitions at the memory guard', () => {
    const defs = Array.from({ length: 100_000 }, (_, i) => `[l${i}]: http://example.com/${i}`).join('\n')
    const r = cli(
      [
        'compile',
        'links.md',
        'ok.md',
        '--out-dir',
        'out',
        '--max-bytes',
        '10000000',
        '--max-memory',
        '64',
        '--timeout',
        '60000',
        '-q'
      ],
      { 'links.md': defs, 'ok.md': seed }
    )
    expect(r.code).toBe(1)
    const lines = readFileSync(join(r.dir, 'out', 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => parsed<Record<string, unknown>>(l))
    expect(lines.find((l) => l.path === 'links.md')).toMatchObject({
      status: 'failed',
      reason: 'needed more memory than --max-memory 64 MB; the worker was stopped'
    })
    expect(lines.find((l) => l.path === 'ok.md')).toMatchObject({ status: 'warnings', output: 'ok.json' })
  })
})

describe('hostile front matter', () => {
  it('stops aliases that expand exponentially', () => {
    let yaml = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n'
    let previous = 'a'
    for (const name of 'bcdefghij') {
      yaml += `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]\n`
      previous = name
    }
    const started = Date.now()
    const { record, messages } = compile(`---\n${yaml}---\n\n# Titel\n`)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(record.metadata.frontMatter).toBeUndefined()
    expect(messages.find((m) => m.ruleId === 'front-matter')?.reason).toContain('expands to more than 10000 values')
  })
  it('drops __proto__ and constructor keys, never polluting objects', () => {
    const { record, messages } = compile(
      '---\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\ndnr: KS 2020/1\n---\n\n# T\n'
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(record.metadata.caseNumber).toBe('KS 2020/1')
    expect(messages.filter((m) => m.messageId === 'dropped').map((m) => m.reason)).toEqual([
      "Unexpected front matter key `__proto__`, which could reach an object's prototype; it is ignored",
      "Unexpected front matter key `constructor`, which could reach an object's prototype; it is ignored"
    ])
  })
  it('converts or ignores non-string values with a message, and refuses 1 MB of front matter', () => {
    const typed = compile('---\ndnr: 2020\ntitle: [1, 2]\nhandläggare: { namn: Eva Ek, telefon: 123 }\n---\n\n# T\n')
    expect(typed.record.metadata.caseNumber).toBe('2020')
    expect(typed.record.metadata.title).toBe('T')
    expect(typed.record.metadata.officer).toMatchObject({ name: 'Eva Ek', phone: '123' })
    expect(typed.messages.filter((m) => m.ruleId === 'front-matter').map((m) => m.messageId)).toEqual([
      'converted',
      'notText',
      'converted'
    ])
    const big = compile(`---\nk: ${'v'.repeat(1_000_000)}\n---\n\n# T\n`)
    expect(big.messages.find((m) => m.ruleId === 'front-matter')?.reason).toContain(
      'more than the 65536 front matter may hold'
    )
    expect(big.record.metadata.frontMatter).toBeUndefined()
  })
  it('does not execute YAML tags', () => {
    const { record, messages } = compile('---\nx: !!js/function "function () { process.exit(1) }"\n---\n\n# T\n')
    expect(record.metadata.frontMatter).toBeUndefined()
    expect(messages.find((m) => m.ruleId === 'front-matter')?.reason).toMatch(/cannot be used/)
  })
})

describe('duplicates in the header', () => {
  it('keeps the first case number, date and title, and says so', () => {
    const { record, messages } = compile(
      'Dnr KS 2020/1\n\nDnr KS 2020/2\n\n2020-01-01\n\n2020-02-02\n\n# Titel ett\n\n# Titel två\n\n## ' +
        'Bakgrund\n\nText.\n'
    )
    expect([record.metadata.caseNumber, record.metadata.date, record.metadata.title]).toEqual([
      'KS 2020/1',
      '2020-01-01',
      'Titel ett'
    ])
    expect(messages.filter((m) => m.ruleId?.startsWith('duplicate-')).map((m) => [m.ruleId, m.line])).toEqual([
      ['duplicate-case-number', 3],
      ['duplicate-date', 7],
      ['duplicate-title', 11]
    ])
  })
})

describe('plain text that a conversion left', () => {
  const memo = (titleLines: string) =>
    `Kommunledningskontoret\n2019-04-02\nDnr KS 2019/87\n\n${titleLines}\n\nÄrendebeskrivning\nFöreningen har ` +
    `ansökt om bidrag.\n`

  it(
    'takes a plain title that wraps over lines of one paragraph whole, and a heading whose text follows on the ' +
      'next line',
    () => {
      const { record, messages } = compile(memo('Ansökan om bidrag till\nföreningen Bygdegården'))
      expect(record.metadata.title).toBe('Ansökan om bidrag till föreningen Bygdegården')
      expect(record.metadata.unclassified).toEqual([])
      expect(messages.find((m) => m.ruleId === 'title-from-plain-line')?.place).toMatchObject({
        start: { line: 5, column: 1 },
        end: { line: 6, column: 23 }
      })
      expect(record.description).toEqual({ heading: 'Ärendebeskrivning', text: 'Föreningen har ansökt om bidrag.' })
    }
  )

  it('reads a document type that stands in a column of its own on a line set in columns', () => {
    const columns =
      'KOMMUNLEDNINGSFÖRVALTNINGEN   Tjänsteskrivelse   Sida 1 av 2\nEkonomiavdelningen            2019-04-02   ' +
      '      Dnr KS 2019/87\n\n'
    const { record } = compile(
      `${columns}# Ansökan om bidrag\n\n## Ärendebeskrivning\n\nFöreningen har ansökt om bidrag.\n`
    )
    expect(record.metadata.documentType).toBe('tjänsteskrivelse')
    expect(record.metadata.unit).toBe('KOMMUNLEDNINGSFÖRVALTNINGEN, Ekonomiavdelningen')
    expect(record.metadata.caseNumber).toBe('KS 2019/87')
    expect(record.metadata.unclassified).toEqual([])
    // One space either side is prose, not a column: the line stays as written.
    const prose = compile(
      'Svar på tjänsteskrivelse om bidrag\n\n' + memo('Ansökan om bidrag till föreningen Bygdegården')
    ).record
    expect(prose.metadata.documentType).toBeNull()
  })

  it('splits a paragraph before a plain heading whose blank lines a conversion lost', () => {
    const text = [
      'MILJÖFÖRVALTNINGEN\n2018-02-20\nDnr MN 2018/12\n',
      'YTTRANDE ÖVER DETALJPLAN FÖR KV. ASPEN\nFÖRSLAG TILL BESLUT\nMiljönämnden lämnar yttrande enligt ' +
        'förvaltningens förslag.\nBAKGRUND\nSamhällsbyggnadsförvaltningen har remitterat detaljplanen.\n'
    ].join('\n')
    const { record } = compile(text)
    expect(record.metadata.caseNumber).toBe('MN 2018/12')
    expect(record.metadata.title).toBe('YTTRANDE ÖVER DETALJPLAN FÖR KV. ASPEN')
    expect(record.proposals?.items.map((i) => i.text)).toEqual([
      'Miljönämnden lämnar yttrande enligt förvaltningens förslag.'
    ])
    expect(record.sections.map((s) => s.heading)).toEqual(['FÖRSLAG TILL BESLUT', 'BAKGRUND'])
    // Inside a sentence a heading word is text: `Analys` after `en` does not open a section.
    const prose = compile(`${text}\nFörvaltningen redovisar nedan en\nAnalys\nav kostnaderna för planen.\n`).record
    expect(prose.sections.map((s) => s.heading)).toEqual(['FÖRSLAG TILL BESLUT', 'BAKGRUND'])
    expect(prose.sections[1]!.text).toBe(
      'Samhällsbyggnadsförvaltningen har remitterat detaljplanen.\n\nFörvaltningen redovisar nedan en Analys av ' +
        'kostnaderna för planen.'
    )
  })

  it('does not join lines of separate paragraphs into a title', () => {
    const { record } = compile(memo('Ekonomiavdelningen kvartal 3\n\nAnsökan om bidrag till föreningen Bygdegården'))
    expect(record.metadata.title).toBe('Ansökan om bidrag till föreningen Bygdegården')
    expect(record.metadata.unclassified).toEqual(['Ekonomiavdelningen kvartal 3'])
  })
})
