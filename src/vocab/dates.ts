/**
 * Dates as Swedish documents print them: ISO (`2020-08-28`) and in words
 * (`28 augusti 2020`, `den 5 mars 2024`, `28 aug. 2020`).
 */
import { LETTER, allMatches } from './text.js'

export interface DateMatch {
  /** The date as written. */
  text: string
  index: number
  end: number
  /** `YYYY-MM-DD`, or null when the written date does not exist (`2020-02-30`). */
  iso: string | null
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
}

/**
 * `2020-08-28`, and `28 augusti 2020`: a day of one or two digits, the month in words, a year of this or the last
 * century.
 */
const ISO = /(?<![0-9\-/.])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![0-9]|-\d)/g
const WORDS = new RegExp(
  String.raw`(?<![${LETTER}0-9])(\d{1,2})\.?[ \u00a0]+(${Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\.?[ \u00a0]+((?:19|20)\d{2})(?![0-9])`,
  'gi'
)

export function isoDate(year: number, month: number, day: number): string | null {
  // The calendar's own limits (the day's upper limit is checked by the date itself).
  if (month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > days) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Every date in `text`, in order. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = []
  for (const m of allMatches(ISO, text)) {
    found.push({
      text: m[0],
      index: m.index,
      end: m.index + m[0].length,
      iso: isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
    })
  }
  for (const m of allMatches(WORDS, text)) {
    const month = MONTHS[m[2]!.toLowerCase()]!
    found.push({
      text: m[0],
      index: m.index,
      end: m.index + m[0].length,
      iso: isoDate(Number(m[3]), month, Number(m[1]))
    })
  }
  return found.sort((a, b) => a.index - b.index)
}

/** A whole string that is one date, as ISO; null otherwise. */
export function parseDate(value: string): string | null {
  const text = value.trim()
  const [first] = findDates(text)
  return first?.index === 0 && first.end === text.length ? first.iso : null
}
