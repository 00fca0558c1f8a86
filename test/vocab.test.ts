import { describe, expect, it } from 'vitest'
import { findCaseNumbers, parseCaseNumber } from '../src/vocab/case-numbers.js'
import { findDates, parseDate } from '../src/vocab/dates.js'
import { HeadingVocabulary, proposerFromHeading } from '../src/vocab/headings.js'
import {
  afterOrganisation,
  isOrganName,
  isPersonName,
  isPlaceName,
  isUnitName,
  splitTitleAndName,
  splitUnitAndName,
  startsWithJobTitle
} from '../src/vocab/people.js'
import { isAddressLine, isPageCounter, isSiteChrome } from '../src/vocab/furniture.js'
import { documentTypeOf, findDocumentType, isGuidanceText } from '../src/vocab/documents.js'
import { allMatches, atMostWords, fold, withoutColon, wordCount } from '../src/vocab/text.js'
import { LabelVocabulary } from '../src/vocab/labels.js'
import { joinLines } from '../src/tree/blocks.js'
import fc from 'fast-check'

describe('case numbers', () => {
  it.each([
    ['RUN/24/2020', { series: 'RUN', year: 2020, sequence: 24 }],
    ['KS 2017/421', { series: 'KS', year: 2017, sequence: 421 }],
    ['KS-2015/112', { series: 'KS', year: 2015, sequence: 112 }],
    ['BN-2024-00241', { series: 'BN', year: 2024, sequence: 241 }],
    ['KULN/2019:58 - 800', { series: 'KULN', year: 2019, sequence: 58, class: '800' }],
    ['SN 18/0098', { series: 'SN', year: 2018, sequence: 98 }],
    ['2015-5613', { series: null, year: 2015, sequence: 5613 }],
    ['2018/KS 0290 10', { series: 'KS', year: 2018, sequence: 290, class: '10' }],
    ['2017/0118 KS-1', { series: 'KS-1', year: 2017, sequence: 118 }],
    ['MN 2020/8', { series: 'MN', year: 2020, sequence: 8 }],
    ['3101187', { series: null, year: 2031, sequence: 1187 }],
    ['SBN 1187-2031', { series: 'SBN', year: 2031, sequence: 1187 }],
    ['SN.2031.77', { series: 'SN', year: 2031, sequence: 77 }],
    ['KS 2031-00077 2.4.1', { series: 'KS', year: 2031, sequence: 77, class: '2.4.1' }]
  ])('parses %s', (value, ref) => {
    expect(parseCaseNumber(value)).toEqual(ref)
  })

  it.each([
    '2020-08-28',
    '063146619',
    '0156-523 32',
    '2015-2020',
    'EU 2014-2020',
    'KS-2015/',
    '2014 – 2030',
    '§ 26/2017',
    'KF 2031-04-16',
    'KS 2030-2031'
  ])('does not take %s for a case number', (value) => {
    expect(parseCaseNumber(value)).toBeNull()
  })

  it('finds strong formats in running text, weak ones only under a label', () => {
    expect(findCaseNumbers('uppföljning av styrdokument (RUN/66/2019) under år 2019').map((m) => m.value)).toEqual([
      'RUN/66/2019'
    ])
    expect(findCaseNumbers('Lars Wedlin 2015-11-30 2015-5613').map((m) => m.value)).toEqual([])
    expect(findCaseNumbers('Lars Wedlin 2015-11-30 2015-5613', { weak: true }).map((m) => m.value)).toEqual([
      '2015-5613'
    ])
    expect(findCaseNumbers('(KSAU 24, 2014-02-09) och 2014 – 2030 samt RUS 2030').map((m) => m.value)).toEqual([])
    // A two-digit year glued to a five-digit serial: a case number under a label, a number anywhere else.
    expect(findCaseNumbers('Dnr 3101187').map((m) => m.value)).toEqual([])
    expect(findCaseNumbers('Dnr 3101187', { weak: true }).map((m) => m.value)).toEqual(['3101187'])
    expect(findCaseNumbers('310118 31011870', { weak: true }).map((m) => m.value)).toEqual([])
  })
})

describe('dates', () => {
  it('reads ISO dates and Swedish dates in words', () => {
    expect(parseDate('2020-08-28')).toBe('2020-08-28')
    expect(parseDate('28 augusti 2020')).toBe('2020-08-28')
    expect(parseDate('5 mars 2024')).toBe('2024-03-05')
    expect(parseDate('28 aug. 2020')).toBe('2020-08-28')
  })
  it('finds an impossible date but gives it no ISO value', () => {
    expect(findDates('Datum 2020-02-30')).toEqual([{ text: '2020-02-30', index: 6, end: 16, iso: null }])
  })
  it('does not read a year range or a case number as a date', () => {
    expect(findDates('2015-2020 och BN-2024-00241')).toEqual([])
  })
})

describe('headings', () => {
  const vocabulary = new HeadingVocabulary({ proposals: ['Presidiets ställningstagande'] })
  it.each([
    ['Ärendebeskrivning', 'description'],
    ['Ärendet', 'description'],
    ['Sammanfattning av ärendet', 'summary'],
    ['Bakgrund', 'background'],
    ['Beslutsunderlag', 'decisionBasis'],
    ['Förslag till beslut:', 'proposals'],
    ['Förslag till beslut i byggnadsnämnden', 'proposals'],
    ['Regiondirektörens förslag', 'proposals'],
    ['Kommunstyrelsens beslut', 'decision'],
    ['Utdrag till', 'distribution'],
    ['Beslut sänds till', 'distribution'],
    ['Bilagor', 'attachments'],
    ['Barnperspektiv', 'consequences'],
    ['Presidiets ställningstagande', 'proposals'],
    ['Allmänt om arbetsutskott', null],
    ['Expediera till', 'distribution'],
    ['Beslutet ska sändas till', 'distribution'],
    ['Kopia av beslutet till', 'distribution'],
    ['Remissvar skickas till:', null],
    ['Proposition', 'proceedings'],
    ['Bedömning ur social dimension', 'assessment']
  ])('%s → %s', (heading, role) => {
    expect(vocabulary.roleOf(heading)).toBe(role)
  })
  it('takes the proposer from the heading only', () => {
    expect(proposerFromHeading('Regiondirektörens förslag')).toBe('Regiondirektören')
    expect(proposerFromHeading('Förvaltningens förslag till beslut')).toBe('Förvaltningen')
    expect(proposerFromHeading('Förslag till beslut i byggnadsnämnden')).toBeNull()
    expect(proposerFromHeading('Förslag till beslut')).toBeNull()
  })
})

describe('people and page furniture', () => {
  it('tells names from titles and units', () => {
    expect(isPersonName('Marina Gregorsson')).toBe(true)
    expect(isPersonName('Söderquist, Mari')).toBe(true)
    expect(isPersonName('Välfärd, klimat och kompetens')).toBe(false)
    expect(isPersonName('KOMMUNSTYRELSENS FÖRVALTNING')).toBe(false)
    // `Samråd` (a consultation) ends as a council's name does and is none; `Pensionärsrådet` is one.
    expect([isOrganName('Samråd'), isOrganName('Samrådet'), isOrganName('Pensionärsrådet')]).toEqual([
      false,
      false,
      true
    ])
    // The title word is among the first four words; up to three prefixes may come before it.
    const titles: Array<[string, boolean]> = [
      ['Områdeschef Valfärd, klimat och kompetens', true],
      ['Vik. kommunsekreterare', true],
      ['Kommunsekreterare: Anna Berg', true],
      ['t.f. vice förste kommunsekreterare', true],
      ['t.f. vice förste senior kommunsekreterare', false],
      ['Vik.', false],
      ['', false],
      ['  \u00a0 ', false],
      ['Anna Berg, kommunsekreterare', false]
    ]
    for (const [text, starts] of titles) expect(startsWithJobTitle(text), text).toBe(starts)
    expect(splitTitleAndName('Socialchef Elisabeth Rågård')).toEqual({ title: 'Socialchef', name: 'Elisabeth Rågård' })
  })
  it('knows page counters, footers and guidance text', () => {
    for (const c of ['Sida 2 av 5', '1(2)', '2 (2)', '(2)', 'Sidan 1 av 1', 'Page 1 of 2', 'Sida 1 (6)'])
      expect(isPageCounter(c)).toBe(true)
    expect(isPageCounter('2018-08-28')).toBe(false)
    expect(isAddressLine('Postadress: Trosa kommun, 619 80 Trosa • Tel: 0156-520 00 • Fax: 0156-520 17')).toBe(true)
    expect(isAddressLine('lena.bergstrom@upplands-bro.se')).toBe(false)
    // A web page's controls and breadcrumb; a title with a slash, a name, a label line are none.
    for (const line of [
      'Meny Sök',
      'Hoppa till huvudinnehållet',
      'Start / Kommun och politik / Beslut i korthet',
      'Du är här: Startsida > Kommun och politik > Aktuella beslut'
    ])
      expect(isSiteChrome(line), line).toBe(true)
    for (const line of [
      'Bygglov / förhandsbesked',
      'Socialförvaltningen / Individ- och familjeomsorgen / Barn och unga',
      'Nils Wiklund',
      'Till kommunstyrelsen',
      'Start / 2031 / 2032'
    ])
      expect(isSiteChrome(line), line).toBe(false)
    expect(isGuidanceText('Organisation/person som protokollsutdrag och/eller yttrande ska skickas till.')).toBe(true)
    expect(isGuidanceText('Diariet')).toBe(false)
  })
})

describe('what is not the officer or the unit', () => {
  it('a company or a series is not a person', () => {
    expect(isPersonName('Huge Fastigheter AB')).toBe(false)
    expect(isPersonName('Karin Ek')).toBe(true)
    // A word that ends in what an organisation is: `-regionen`, `-förening`.
    expect(isPersonName('Norra Exempelregionen')).toBe(false)
    expect(isPersonName('Exempelby Idrottsförening')).toBe(false)
  })
})

describe('units, places and letterheads', () => {
  it('a unit word after a preposition is what a title is about, not a unit', () => {
    expect(isUnitName('Avdelningen för ekonomi och styrning')).toBe(true)
    expect(isUnitName('Stadsdelsförvaltningen Västra Exempelby')).toBe(true)
    expect(isUnitName('Avgifter inom funktionshinderområdet')).toBe(false)
    expect(isUnitName('Detaljplan för Exempelby centrum')).toBe(false)
  })

  it('a district opens with a word of place and is no person; a name may hold Latin Extended letters', () => {
    expect(isPlaceName('Västra Exempelby')).toBe(true)
    expect(isPlaceName('Nils Wiklund')).toBe(false)
    expect(isPersonName('Västra Exempelby')).toBe(false)
    expect(isPersonName('Lejla Kovačević')).toBe(true)
    expect(isPersonName('Łukasz Wójcik')).toBe(true)
    // A capital inside the word is no name's.
    expect(isPersonName('Lejla KovačeVić')).toBe(false)
  })

  it("splits a unit from a name and its title, and an organisation's name from its body's", () => {
    expect(splitUnitAndName('Omsorgsförvaltningen Ebba Lind, avgiftshandläggare')).toEqual({
      unit: 'Omsorgsförvaltningen',
      name: 'Ebba Lind',
      title: 'avgiftshandläggare'
    })
    expect(splitUnitAndName('Socialkontoret Nils Wiklund')).toEqual({
      unit: 'Socialkontoret',
      name: 'Nils Wiklund',
      title: null
    })
    expect(afterOrganisation('EXEMPELBY KOMMUN Socialförvaltningen')).toBe('Socialförvaltningen')
    expect(afterOrganisation('Region Västra Exempelland Koncernkontoret')).toBe('Koncernkontoret')
    expect(afterOrganisation('Exempelby kommun Kommunstyrelsen')).toBe('Kommunstyrelsen')
    expect(afterOrganisation('Exempelby kommun')).toBeNull()
  })

  it('document types of several words, and two joined by a slash', () => {
    expect(findDocumentType('Kommunstyrelsen MEDDELANDE OM BESLUT')).toEqual({
      type: 'meddelande om beslut',
      index: 16,
      end: 36
    })
    expect(documentTypeOf('KALLELSE/FÖREDRAGNINGSLISTA')).toBe('kallelse/föredragningslista')
    expect(documentTypeOf('KALLELSE/Nils')).toBeNull()
  })

  it("an officer's e-mail and phone are no address footer; a web address and a postcode are", () => {
    expect(isAddressLine('Telefon 0587-811 37 E-post nils.wiklund@exempelby.se')).toBe(false)
    expect(isAddressLine('Box 77, 123 45 Exempelby, www.exempelby.se')).toBe(true)
  })
})

describe('text helpers', () => {
  it('counts the words of the folded text without folding it', () => {
    expect(wordCount('  Regiondirektörens\u00a0 förslag\u200b till\tbeslut ')).toBe(4)
    expect(wordCount('\u200b \ufeff')).toBe(0)
    expect(wordCount('ett\u200btvå')).toBe(1)
    const piece = fc.constantFrom(
      'a',
      'Ö',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2007',
      '\u200b',
      '\ufeff',
      '\u3000',
      '\u2028',
      '.',
      '-'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const folded = fold(text)
        expect(wordCount(text)).toBe(folded === '' ? 0 : folded.split(' ').length)
      }),
      { seed: 20261127, numRuns: 2000 }
    )
  })

  it('takes the colon off a label, with the white space before it', () => {
    expect(withoutColon('Datum :')).toBe('Datum')
    expect(withoutColon('Dnr::')).toBe('Dnr:')
    expect(withoutColon('E-post:\u00a0')).toBe('E-post:\u00a0')
    expect(withoutColon('Tfn')).toBe('Tfn')
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', ':', '\t', '\u00a0', '\n', 'Ö'), { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(withoutColon(text)).toBe(text.replace(/\s*:$/, ''))
      }),
      { seed: 20261127, numRuns: 2000 }
    )
  })

  it('stops counting words past a limit, and tells whether a text has at most so many', () => {
    expect(wordCount('ett två tre fyra fem', 2)).toBe(3)
    expect(wordCount('ett två', 2)).toBe(2)
    expect(atMostWords('Regiondirektörens  förslag', 2)).toBe(true)
    expect(atMostWords('Regiondirektörens förslag till beslut', 2)).toBe(false)
    expect(atMostWords('\u200b ', 0)).toBe(true)
    const piece = fc.constantFrom('a', 'Ö', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '.')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(8), (parts, most) => {
        const text = parts.join('')
        expect(atMostWords(text, most)).toBe(wordCount(text) <= most)
        expect(wordCount(text, most)).toBe(Math.min(wordCount(text), most + 1))
      }),
      { seed: 20261127, numRuns: 2000 }
    )
  })

  it('finds every match of a global pattern as matchAll does, and refuses a pattern that is not global', () => {
    const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], ...m.slice(1)])
    const ISO = /(\d{4})-(\d{2})-(\d{2})/g
    expect(shape(allMatches(ISO, 'Datum 2020-08-28, ändrad 2021-01-05'))).toEqual([
      [6, '2020-08-28', '2020', '08', '28'],
      [25, '2021-01-05', '2021', '01', '05']
    ])
    expect(ISO.lastIndex).toBe(0)
    // Empty matches step over one character, and over a whole surrogate pair under /u.
    expect(shape(allMatches(/x*/g, 'axb'))).toEqual(shape([...'axb'.matchAll(/x*/g)]))
    expect(shape(allMatches(/(?:)/gu, 'a😀b'))).toEqual([
      [0, ''],
      [1, ''],
      [3, ''],
      [4, '']
    ])
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError)
    const patterns = [/[a-ö]+/g, /\d+/g, /\s*/g, /(?:)/gu, /(ö)|(\d)/giu, /.(?=x)/gs]
    const piece = fc.constantFrom('a', 'Ö', 'ö', '1', '23', ' ', '\n', 'x', '😀', '\ud800', '.')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.constantFrom(...patterns), (parts, pattern) => {
        const text = parts.join('')
        expect(shape(allMatches(pattern, text))).toEqual(shape([...text.matchAll(pattern)]))
      }),
      { seed: 20261127, numRuns: 2000 }
    )
  })

  it('finds a label at the start of a line, and only there', () => {
    const labels = new LabelVocabulary()
    expect(labels.leading('Diarienummer: KS 2017/421')).toEqual({
      field: 'caseNumber',
      label: 'Diarienummer:',
      index: 0,
      end: 13
    })
    expect(labels.leading('DATUM 2024-08-20')).toMatchObject({ field: 'date', label: 'DATUM' })
    expect(labels.leading('Vår beteckning KS 2017/421')).toMatchObject({ field: 'caseNumber', end: 14 })
    expect(labels.leading('Enligt datum 2024-08-20')).toBeNull()
    expect(labels.leading('Datumet är satt')).toBeNull()
  })
})

describe('joinLines', () => {
  const line = (text: string) => ({ text, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })
  it('joins the texts of lines with one space, in order', () => {
    expect(joinLines([line('Regiondirektör'), line('Region Gävleborg')])).toBe('Regiondirektör Region Gävleborg')
    expect(joinLines([line('ett')])).toBe('ett')
    expect(joinLines([])).toBe('')
  })
  it('gives what map and join give', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (texts) => {
        expect(joinLines(texts.map(line))).toBe(texts.join(' '))
      }),
      { numRuns: 500, seed: 7 }
    )
  })
})
