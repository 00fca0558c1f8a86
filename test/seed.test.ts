import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { compile, version } from '../src/index.js'
import { seedPath } from './helpers.js'

const bytes = readFileSync(seedPath)
const { record, messages } = compile(bytes, { path: 'fixtures/RUN-24-2020.md' })

const description = [
  'Region Jämtland Härjedalen har som regional tillväxtansvarig en viktig roll att samordna och leda det ' +
    'regionala utvecklingsarbetet så att integrationsfrågorna lyfts in och samordnas med övriga strategier och ' +
    'handlingsprogram. I arbetet med att ta fram integrationsstrategin har samtliga kommuner, ' +
    'Arbetsförmedlingen och andra berörda myndigheter och organisationer medverkat. Dialogen med dessa samt ' +
    'aktuella dokument på nationell och EU nivå har ingått i underlaget för arbetet, bl.a. EU2020, den ' +
    'regionala utvecklingsstrategin för Jämtlands län 2014 – 2030 (RUS 2030) och Integration – beskrivande ' +
    'statistik och analys i Region Jämtland Härjedalen.',
  'Den regionala strategin för ökad inflyttning och förbättrad integration har ett brett anslag och ska belysa ' +
    'hur integrationen ska förbättras och därmed minska utflyttning, öka inflyttning och i förlängningen öka ' +
    'länets befolkning. Den är härigenom en del i den övergripande regionala utvecklingsstrategin RUS och en ' +
    'angelägenhet för hela regionen. Syftet har varit att nå en samsyn, att visa vilken riktning regionen tar ' +
    'och vad som är viktigt att prioritera. Den ska ge stöd och vägledning till politiker och tjänstemän och ' +
    'även ge inspiration till berörda aktörer genom förslag på aktiviteter. Alla som vistas i länet oavsett ' +
    'uppehållstillstånd eller inte, om man är född i Sverige av svenska föräldrar eller om man flyttat till ' +
    'länet senare i livet med annan etnisk bakgrund ska integreras med varandra. Den regionala strategins ' +
    'insatser och aktiviteter riktar sig därför till kvinnor, män, flickor och pojkar som är utrikes födda och ' +
    'svenskfödda.',
  'I samband med regionala utvecklingsnämndens uppföljning av länsövergripande styrdokument (RUN/66/2019) under ' +
    'år 2019 framgår att integration mellan utrikes och inrikes födda är en del av samhällsutmaningarna och ska ' +
    'genom hållbarhetsperspektiven tydligt integreras i en reviderad RUS. Utifrån det beslutade ' +
    'regionfullmäktige i oktober 2019, § 111, att ungdomsstrategin inte ska förnyas efter 2020.',
  'Bifogad uppföljningsrapport är den sista som görs av den regionala strategin för ökad inflyttning och ' +
    'förbättrad integration.'
].join('\n\n')

const item1 =
  'Uppföljningen av Regional strategi för ökad inflyttning och förbättrad integration (Integrationsstrategi) ' +
  '2015-2020 godkänns.'
const item2 =
  'Regiondirektören får i uppdrag att säkerställa att hållbarhetsperspektiven innehållandes bland andra ' +
  'integration mellan inrikes- och utrikesfödda inkluderas i alla beslut och verksamheter som ligger inom ' +
  'regionala utvecklingsnämndens ansvarsområden.'

describe('the reference memo RUN/24/2020', () => {
  it('has the whole record that docs/record.md describes', () => {
    const { provenance, ...rest } = record
    expect(Object.keys(provenance ?? {}).length).toBeGreaterThan(0)
    expect(rest).toEqual({
      recordVersion: 2,
      metadata: {
        documentType: null,
        caseNumber: 'RUN/24/2020',
        caseRef: { series: 'RUN', sequence: 24, year: 2020 },
        date: '2020-08-28',
        title:
          'Uppföljning: Regional strategi för ökad inflyttning och förbättrad integration ' +
          '(Integrationsstrategi) 2015-2020',
        unit: 'Välfärd, klimat och kompetens',
        addressee: null,
        officer: { name: 'Marina Gregorsson', phone: '063146619', email: null, title: null },
        officers: [{ name: 'Marina Gregorsson', phone: '063146619', email: null, title: null }],
        titleWritten: null,
        filingCode: null,
        paragraph: null,
        unclassified: [],
        headerLines: [
          '2020-08-28',
          'Välfärd, klimat och kompetens',
          'Marina Gregorsson',
          'Tfn: 063146619',
          'E-post:',
          'RUN/24/2020'
        ]
      },
      description: { heading: 'Ärendebeskrivning', text: description },
      proposals: {
        heading: 'Regiondirektörens förslag',
        proposer: 'Regiondirektören',
        items: [
          { number: 1, text: item1 },
          { number: 2, text: item2 }
        ]
      },
      signatures: {
        clause: 'I tjänsten',
        signatories: [
          { name: 'Hans Svensson', title: 'Regiondirektör' },
          { name: 'Marina Gregorsson', title: 'Områdeschef Valfärd, klimat och kompetens' }
        ]
      },
      distribution: { heading: 'Utdrag till', recipients: [] },
      sections: [
        { heading: 'Ärendebeskrivning', role: 'description', text: description },
        { heading: 'Regiondirektörens förslag', role: 'proposals', text: `1. ${item1}\n\n2. ${item2}` },
        {
          heading: 'Utdrag till',
          role: 'distribution',
          text: 'Organisation/person som protokollsutdrag och/eller yttrande ska skickas till.'
        }
      ],
      references: [{ caseNumber: 'RUN/66/2019', caseRef: { series: 'RUN', sequence: 66, year: 2019 } }],
      preamble: null,
      pageFurniture: [],
      source: {
        path: 'fixtures/RUN-24-2020.md',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: 3107
      },
      generator: { name: 'casefile', version }
    })
  })

  it('gives what check gives: the unit inferred, the empty field, the misspelt unit, the guidance text', () => {
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['unit-from-position', 5, 1],
      ['empty-field', 11, 1],
      ['unit-mismatch', 38, 13],
      ['template-text', 43, 1]
    ])
    expect(messages.every((m) => m.source === 'casefile')).toBe(true)
    expect(messages[1]!.reason).toBe(
      'Unexpected empty `E-post:` field, expected an address or no label; fill it in or remove the label'
    )
    expect(messages.map((m) => m.fatal)).toEqual([undefined, false, false, false])
  })

  it('reads the same record from CRLF line endings and a BOM', () => {
    const text = bytes.toString('utf8')
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))])
    const other = compile(crlf, { path: 'fixtures/RUN-24-2020.md' })
    expect({ ...other.record, source: null, provenance: lineColumns(other.record.provenance) }).toEqual({
      ...record,
      source: null,
      provenance: lineColumns(record.provenance)
    })
    expect(other.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['unit-from-position', 5, 1],
      ['empty-field', 11, 1],
      ['unit-mismatch', 38, 13],
      ['template-text', 43, 1]
    ])
  })
})

/** Provenance without offsets: a BOM and CRLF line endings move every offset, not a line or column. */
function lineColumns(
  provenance:
    Record<string, { start: { line: number; column: number }; end: { line: number; column: number } }> | undefined
) {
  return Object.fromEntries(
    Object.entries(provenance ?? {}).map(([k, p]) => [
      k,
      { start: [p.start.line, p.start.column], end: [p.end.line, p.end.column] }
    ])
  )
}

describe('provenance of the reference memo', () => {
  it('points every metadata value at the line that holds it', () => {
    const lines = bytes.toString('utf8').split('\n')
    const at = (pointer: string) => {
      const p = record.provenance?.[pointer]
      expect(p, pointer).toBeDefined()
      return lines.slice(p!.start.line - 1, p!.end.line).join(' ')
    }
    expect(at('/metadata/caseNumber')).toContain('RUN/24/2020')
    expect(at('/metadata/date')).toContain('2020-08-28')
    expect(at('/metadata/unit')).toContain('Välfärd, klimat och kompetens')
    expect(at('/metadata/officer/name')).toContain('Marina Gregorsson')
    expect(at('/metadata/officer/phone')).toContain('063146619')
    expect(at('/metadata/title')).toContain('Uppföljning: Regional strategi')
    expect(at('/proposals/items/0/text')).toContain('Uppföljningen av Regional strategi')
    expect(at('/proposals/items/1/text')).toContain('Regiondirektören får i uppdrag')
    expect(at('/signatures/signatories/0/name')).toContain('Hans Svensson')
    expect(at('/signatures/signatories/1/name')).toContain('Marina Gregorsson')
    expect(at('/sections/0/heading')).toContain('Ärendebeskrivning')
  })

  it('points only at places inside the source, and every pointer resolves in the record', () => {
    const text = bytes.toString('utf8')
    const pointers = Object.keys(record.provenance ?? {})
    expect(pointers.length).toBe(25)
    for (const pointer of pointers) {
      const p = record.provenance![pointer]!
      expect(p.start.offset! <= p.end.offset!, pointer).toBe(true)
      expect(p.end.offset! <= text.length, pointer).toBe(true)
      let value: unknown = record
      for (const part of pointer.slice(1).split('/')) value = (value as Record<string, unknown>)[part]
      expect(value, pointer).not.toBeNull()
      expect(value, pointer).not.toBeUndefined()
    }
  })

  it('is left out with provenance: false (--no-provenance)', () => {
    expect(compile(bytes, { path: 'fixtures/RUN-24-2020.md', provenance: false }).record).not.toHaveProperty(
      'provenance'
    )
  })
})
