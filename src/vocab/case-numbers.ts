/**
 * Swedish case numbers (diarienummer) in the formats real organisations print,
 * told apart from dates, phone numbers and year ranges.
 *
 * Strong formats carry a series (`RUN/24/2020`, `KS 2017/421`, `BN-2024-00241`,
 * `SN 18/0098`, `2018/KS 0290 10`) and are recognised anywhere. Weak formats
 * (`2015-5613`, `2017/0118 KS-1`) are only taken where a label or a label row says
 * a case number stands there.
 */
import { LETTER, UPPER, allMatches } from './text.js'

/** Capitals, digits, spaces and `/:.-` only, from a capital, a digit or a slash. */
const STUB_CHARACTERS = new RegExp(String.raw`^[${UPPER}\d/][${UPPER}\d /:.-]*$`)

/** A separator or a capital: more than a bare number. */
const STUB_MARK = new RegExp(String.raw`[/:-]|[${UPPER}]`)

export interface CaseRef {
  series: string | null
  year: number
  sequence: number
  class?: string
}

export interface CaseNumberMatch {
  /** The case number as written. */
  value: string
  /** Offset of the match in the searched text. */
  index: number
  end: number
  /** Parsed parts; null for a match of an organisation's own pattern that names no year and sequence. */
  ref: CaseRef | null
  strength: 'strong' | 'weak'
}

interface Format {
  name: string
  strength: 'strong' | 'weak'
  pattern: RegExp
}

/**
 * The lengths in every format below: a series is one to eight capitals (`KS`, `SBN`, `KSF-TEKN`'s first part), a
 * sequence one to six digits (registers restart each year and stay under a million), a filing-plan class groups of
 * one to four digits (`1.2.3`), a part one to three digits (`KS 2014/251/1`).
 */
const SERIES = String.raw`[A-ZÅÄÖ]{1,8}`
/**
 * A series in mixed case, only before a slash (`Ks/2013:45`, `Bn/2019:12`): in running text a capitalised word is no
 * series.
 */
const MIXED_SERIES = String.raw`[A-ZÅÄÖ][a-zåäö]{1,2}(?=/)`
/**
 * A series in mixed case before a space and serial/year (`Ks 178/2031`, `Bn 12/2030`): a register's two-letter
 * abbreviation, a capital and one lower-case letter. A longer word is text, and so are the two-letter words that open
 * a sentence or number a thing (`Nr 4/2030`, `Om 3/4 …`, `Ca 10/2030`).
 */
const MIXED_SERIES_SPACED = String.raw`(?!Nr|Om|Av|Se|Vi|Ca|Ex)[A-ZÅÄÖ][a-zåäö](?= \d)`
/**
 * Designations that have the shape of a case number and are none: statutes and their series
 * (`SFS 2017:725`, `AFS 2001:1`), government reports and bills (`SOU 2018:47`, `Prop. 2016/17:1`, `Ds 2019:3`),
 * EU acts (`(EU) 2016/679`).
 */
// prettier-ignore
const NOT_SERIES = new Set([
  'SFS', 'SOU', 'DS', 'PROP', 'EU', 'EG', 'EEG', 'EUT', 'EES', 'AFS', 'BFS', 'NFS', 'SKOLFS', 'HSLF', 'TSFS', 'LVFS',
  'SOSFS', 'KIFS', 'FFFS', 'RF', 'BET', 'SKR'
])
const YEAR = String.raw`(?:19|20)\d{2}`
/**
 * `KF 2009-04-16`: a capitalised word before a full date is a date after a word, never a series, a year, a serial and a
 * class. Tried at a series' end, before its year.
 */
const NOT_DATE = String.raw`(?!(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d))`
/**
 * A filing-plan class after a case number: after ` - ` or a point or hyphen (`KS 2021/0877-3.5.1`), or after a space
 * when it has groups (`FFN 2023-00456 3.1.2.1`; a lone number after a space is the next word's, `KS 2023/12 3 st`).
 */
const CLASS = String.raw`(?:(?: [-–] |[.-])|\s(?=\d{1,4}\.\d))(?<class>\d{1,4}(?:\.\d{1,4})*)`
const BEFORE = String.raw`(?<![${LETTER}0-9/\-])`
const AFTER = String.raw`(?![${LETTER}0-9]|[/:\-.]\d)`

const formats: Format[] = [
  {
    name: 'series/sequence/year',
    strength: 'strong',
    pattern: new RegExp(`${BEFORE}(?<series>${SERIES})/(?<seq>\\d{1,6})/(?<year>${YEAR})${AFTER}`, 'g')
  },
  {
    name: 'year/series sequence class',
    strength: 'strong',
    pattern: new RegExp(
      `${BEFORE}(?<year>${YEAR})/(?<series>${SERIES})[ -]?(?<seq>\\d{1,6})` +
        `(?: (?<class>\\d{1,4}(?:\\.\\d{1,4})*))?${AFTER}`,
      'g'
    )
  },
  {
    name: 'series year/sequence',
    strength: 'strong',
    pattern: new RegExp(
      // `KS.2023.145`: points between series, year and serial, as some registers print them.
      `${BEFORE}(?<series>${SERIES}(?:-[A-ZÅÄÖ]{1,4})?|${MIXED_SERIES})[ /.-]?${NOT_DATE}` +
        `(?<year>${YEAR})(?<sep>[/:.-])(?<seq>\\d{1,6})` +
        `(?:/(?<part>\\d{1,3})|${CLASS})?${AFTER}`,
      'g'
    )
  },
  {
    name: 'series yy/sequence',
    strength: 'strong',
    pattern: new RegExp(`${BEFORE}(?<series>${SERIES})[ -](?<yy>\\d{2})/(?<seq>\\d{2,6})${AFTER}`, 'g')
  },
  {
    // `MSN: 5/2014`, `KS 12/2019`, `D742/2002`: a series (or a letter glued to the serial), then serial/year.
    name: 'series sequence/year',
    strength: 'strong',
    pattern: new RegExp(
      `${BEFORE}(?<series>${SERIES}|${MIXED_SERIES_SPACED})(?::\\s?|\\s|-)?(?<seq>\\d{1,6})/(?<year>${YEAR})${AFTER}`,
      'g'
    )
  },
  {
    // `RUN 1156-2023`: a series, then serial-year (a serial that is itself a year is a range, `KS 2019-2020`).
    name: 'series sequence-year',
    strength: 'strong',
    pattern: new RegExp(
      `${BEFORE}(?<series>${SERIES})[ -](?<seq>(?!(?:19|20)\\d{2}-)\\d{1,6})-(?<year>${YEAR})(?:${CLASS})?${AFTER}`,
      'g'
    )
  },
  {
    // `LD12/01796`: a series glued to a two-digit year, then the serial.
    name: 'series+yy/sequence',
    strength: 'strong',
    pattern: new RegExp(`${BEFORE}(?<series>[A-ZÅÄÖ]{1,4})(?<yy>\\d{2})/(?<seq>\\d{3,6})${AFTER}`, 'g')
  },
  {
    // `G 255/81`: a series, a serial of three digits or more, a two-digit year.
    name: 'series sequence/yy',
    strength: 'strong',
    pattern: new RegExp(`${BEFORE}(?<series>${SERIES})[ -](?<seq>\\d{3,6})/(?<yy>\\d{2})${AFTER}`, 'g')
  },
  {
    // `152-643/2016`: a department, a serial and the year (older city administrations).
    name: 'department-sequence/year',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<dept>\\d{3})-(?<seq>\\d{1,6})/(?<year>${YEAR})${AFTER}`, 'g')
  },
  {
    // `303-225-04`: a department, a serial and a two-digit year.
    name: 'department-sequence-yy',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<dept>\\d{3})-(?<seq>\\d{1,6})-(?<yy>\\d{2})${AFTER}`, 'g')
  },
  {
    // `BUN1204`: a series glued to a serial, only where a case number is expected.
    name: 'series+sequence',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<series>[A-ZÅÄÖ]{2,5})(?<seq>\\d{3,6})${AFTER}`, 'g')
  },
  {
    // `4468-2017`: a serial and the year, only where a case number is expected.
    name: 'sequence-year',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<seq>(?!(?:19|20)\\d{2}-)\\d{3,6})-(?<year>${YEAR})${AFTER}`, 'g')
  },
  {
    name: 'year/sequence series',
    strength: 'weak',
    pattern: new RegExp(
      `${BEFORE}(?<year>${YEAR})(?<sep>[/:])(?<seq>\\d{1,6})` +
        `(?: (?<suffix>[A-ZÅÄÖ]{1,6}(?:-\\d{1,3})?)(?![${LETTER}0-9]))?${AFTER}`,
      'g'
    )
  },
  {
    name: 'sequence/year',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<seq>\\d{1,6})/(?<year>${YEAR})${AFTER}`, 'g')
  },
  {
    // `2019.0456`: the year and a serial of three digits or more after a point, under a label only (not the
    // end of a longer code, `ÄR.2021.0017`).
    name: 'year.sequence',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<![.])(?<year>${YEAR})\\.(?<seq>\\d{3,6})${AFTER}`, 'g')
  },
  {
    // `2301187`: a two-digit year glued to a five-digit serial, as some regions number cases; under a label only.
    name: 'yy+sequence',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<yy>\\d{2})(?<seq>\\d{5})${AFTER}`, 'g')
  },
  {
    name: 'year-sequence',
    strength: 'weak',
    pattern: new RegExp(`${BEFORE}(?<year>${YEAR})(?<sep>-)(?<seq>\\d{1,6})${AFTER}`, 'g')
  }
]

/** `2015-2020`: a year range, not a case number. */
function isYearRange(sep: string | undefined, year: number, seq: string): boolean {
  if (sep !== '-' && sep !== '–') return false
  if (!/^(?:19|20)\d{2}$/.test(seq)) return false
  const end = Number(seq)
  // A plan or a strategy spans years, at most a few decades (`2015-2060`); a serial is rarely a year after it.
  return end >= year && end - year <= 50
}

/**
 * A statute's series, not a register's: a designation of `NOT_SERIES` (`SOSFS 2011:9`), or a författningssamling's,
 * which ends in FS and numbers its statutes year:serial (`HVMFS 2016:17`), its hyphenated form included
 * (`HSLF-FS 2017:37`, whose first part `HSLF` is one too).
 */
function isStatuteSeries(series: string, sep: string | undefined): boolean {
  const upper = series.toUpperCase()
  if (NOT_SERIES.has(upper)) return true
  const hyphen = upper.indexOf('-')
  if (hyphen > 0 && NOT_SERIES.has(upper.slice(0, hyphen))) return true
  return sep === ':' && /^[A-ZÅÄÖ]+-?FS$/.test(series)
}

const NOT_SERIES_BEFORE = /\b(?:SFS|SOU|Ds|[Pp]rop\.?|\(?EU\)?|EG|AFS)\s*$/

function toMatch(format: Format, m: RegExpExecArray): CaseNumberMatch | null {
  const g = m.groups ?? {}
  const seqText = g.seq ?? ''
  let year: number
  if (g.year) year = Number(g.year)
  // Two-digit years: 00–69 are this century, 70–99 the last (digital case files begin in the 1970s).
  else if (g.yy) year = Number(g.yy) + (Number(g.yy) <= 69 ? 2000 : 1900)
  // `BUN1204`: a format without a year gives the number, but no parts a year would complete.
  else if (g.series && !NOT_SERIES.has(g.series.toUpperCase()))
    return { value: m[0], index: m.index, end: m.index + m[0].length, ref: null, strength: format.strength }
  else return null
  if (isYearRange(g.sep, year, seqText)) return null
  if (g.series && isStatuteSeries(g.series, g.sep)) return null
  // A statute's designation in front: `SFS 2017:725` is read as `2017:725` by the weak formats otherwise.
  if (format.strength === 'weak' && NOT_SERIES_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index)))
    return null
  const ref: CaseRef = {
    series: g.series ?? g.suffix ?? null,
    year,
    sequence: Number(seqText)
  }
  if (g.class) ref.class = g.class
  return { value: m[0], index: m.index, end: m.index + m[0].length, ref, strength: format.strength }
}

/**
 * Every case number in `text`, in order, without overlaps. Weak formats are only
 * included when `weak` is true (the text stands under a case-number label).
 */
export function findCaseNumbers(text: string, options: { weak?: boolean; extra?: RegExp[] } = {}): CaseNumberMatch[] {
  const found: CaseNumberMatch[] = []
  for (const pattern of options.extra ?? []) {
    for (const m of allMatches(pattern, text)) {
      if (m[0] === '' || found.some((f) => m.index < f.end && f.index < m.index + m[0].length)) continue
      const g = m.groups ?? {}
      const year = Number(g.year)
      const sequence = Number(g.seq ?? g.sequence)
      const ref =
        Number.isInteger(year) && Number.isInteger(sequence) ? { series: g.series ?? null, year, sequence } : null
      found.push({ value: m[0], index: m.index, end: m.index + m[0].length, ref, strength: 'strong' })
    }
  }
  for (const format of formats) {
    if (format.strength === 'weak' && !options.weak) continue
    for (const m of allMatches(format.pattern, text)) {
      const match = toMatch(format, m)
      if (!match) continue
      if (found.some((f) => match.index < f.end && f.index < match.end)) continue
      found.push(match)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** Parse a whole string as one case number; null when its format is not recognised. */
export function parseCaseNumber(value: string, extra: RegExp[] = []): CaseRef | null {
  const text = value.trim()
  const [first] = findCaseNumbers(text, { weak: true, extra })
  return first?.index === 0 && first.end === text.length ? first.ref : null
}

/**
 * An organisation's own case-number pattern from configuration, as a global
 * regular expression. Named groups `series`, `year` and `seq` (or `sequence`)
 * fill `caseRef`. Throws on a pattern that is not a valid regular expression.
 */
export function compileCaseNumberPattern(source: string): RegExp {
  const pattern = new RegExp(source.replace(/^\^|\$$/g, ''), 'gu')
  if (pattern.test('')) throw new Error(`the pattern \`${source}\` matches the empty string`)
  return pattern
}

/**
 * What a case-number label is followed by, when it is no complete case number:
 * a stub such as `KS-2015/` or `KSF 2015/` left by a converter. Taken as written.
 */
export function looksLikeCaseNumberStub(value: string): boolean {
  const text = value.trim()
  return (
    text.length > 0 &&
    // The longest series and year with separators (`KSF-TEKN 2015/`) fit in 24 characters; a longer word is text.
    text.length <= 24 &&
    // `/2002`: a serial a conversion dropped in front of the year.
    STUB_CHARACTERS.test(text) &&
    /[\d/]/.test(text) &&
    (!text.startsWith('/') || /\d/.test(text)) &&
    STUB_MARK.test(text)
  )
}

/**
 * Another authority's case number in its own style, read only right after a `dnr` label (`dnr A412.537/2022`,
 * `dnr 5000-K123456-22`): a run of capitals, digits and `/.:-` that begins with a capital or a digit, ends in a digit
 * and has two groups of digits at least, one of three digits or more, and is no date. The run's length, or 0 when
 * none stands at the start of `text`.
 */
export function foreignCaseNumberLength(text: string): number {
  const m = FOREIGN.exec(text)
  if (!m) return 0
  const token = m[0]
  // The longest register numbers other authorities print (`5000-K123456-22`, `521-12345-2022`) fit in 24 characters.
  if (token.length > 24 || ISO_DATE.test(token) || !TWO_DIGIT_GROUPS.test(token)) return 0
  // A register numbers its cases in a run of three digits or more (a serial, a year); groups of one or two digits
  // alone are a filing class or a section (`dnr 1.2`, `3.1.4`).
  if (!SERIAL.test(token)) return 0
  return token.length
}

const SERIAL = /\d{3}/

/** Capitals or digits first, a separator between two digit groups at least, a digit last, then no word character. */
const FOREIGN = new RegExp(String.raw`^[${UPPER}\d][${UPPER}\d]*(?:[/.:-][${UPPER}\d]+)+(?<=\d)(?![${LETTER}0-9])`)
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const TWO_DIGIT_GROUPS = /\d\D+\d/
