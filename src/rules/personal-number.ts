import { defineRule } from './types.js'
import { isoDate } from '../vocab/dates.js'
import { allMatches, LETTER } from '../vocab/text.js'

/**
 * `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDD-NNNN`, or twelve digits `YYYYMMDDNNNN`; the hyphen also
 * as a converter writes it (`19121212\-1212`, Markdown's escape), spaced (`19121212 - 1212`) or as
 * an en dash (`19121212–1212`). Not: digits glued to letters, a date followed by a time or a
 * page, ten digits without a separator (as many phone numbers have).
 */
const CANDIDATE = new RegExp(
  String.raw`(?<![0-9${LETTER}\-/.:])` +
    String.raw`(?:(\d{6}|\d{8})(\\?[-+]| ?[-–] ?)(\d{4})|((?:19|20)\d{10}))` +
    String.raw`(?![0-9${LETTER}]|[-/.:]\d)`,
  'g'
)

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i])
    if (i % 2 === 0) {
      d *= 2
      // Luhn: a doubled digit over 9 counts as the sum of its digits (16 → 7), which is 9 less.
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** Is this a valid personnummer or samordningsnummer (day + 60)? */
export function isPersonalNumber(
  datePart: string,
  separator: string,
  serial: string
): 'personnummer' | 'samordningsnummer' | null {
  const short = datePart.slice(-6)
  if (!luhn(short + serial)) return null
  const yy = Number(short.slice(0, 2))
  const month = Number(short.slice(2, 4))
  let day = Number(short.slice(4, 6))
  // A samordningsnummer is a personnummer whose day has 60 added (Skatteverket's rule).
  const kind = day > 60 ? 'samordningsnummer' : 'personnummer'
  if (day > 60) day -= 60
  // Ten digits give no century: `+` before the serial means 100 years or more ago, else this century (checked
  // below against the last one too).
  const year = datePart.length === 8 ? Number(datePart.slice(0, 4)) : (separator === '+' ? 1900 : 2000) + yy
  const valid = isoDate(year, month, day) ?? isoDate(year - 100, month, day)
  return valid ? kind : null
}

/** A candidate that is a valid number: its kind, and how it looks with its last four digits hidden. */
function maskOf(m: RegExpExecArray): { kind: 'personnummer' | 'samordningsnummer'; masked: string } | null {
  const datePart = m[1] ?? m[4]!.slice(0, 8)
  // `\-`, ` - ` and `–` are the hyphen as written by a converter or a typist.
  const separator = (m[2] ?? '').replace(/[\\ ]/g, '').replace('–', '-')
  const kind = isPersonalNumber(datePart, separator, m[3] ?? m[4]!.slice(8))
  return kind ? { kind, masked: `${datePart}${separator}XXXX` } : null
}

/**
 * Text with every valid personnummer and samordningsnummer masked
 * (`19121212-1212` → `19121212-XXXX`): what every reporter and the manifest
 * print, whatever message carried the number.
 */
export function maskPersonalNumbers(text: string): string {
  if (!/\d{6}/.test(text)) return text
  let out = ''
  let from = 0
  for (const m of allMatches(CANDIDATE, text)) {
    const found = maskOf(m)
    if (found === null) continue
    out += text.slice(from, m.index) + found.masked
    from = m.index + m[0].length
  }
  return from === 0 ? text : out + text.slice(from)
}

export default defineRule({
  meta: {
    id: 'personal-number',
    type: 'problem',
    category: 'privacy',
    severity: 'error',
    description: 'A Swedish personal identity number or coordination number in the text (must never be published).',
    messages: {
      // The data holds the number masked, never the number itself.
      found:
        'Unexpected {{kind}} `{{masked}}` in the text, expected no personal identity numbers in a document that ' +
        'may be published; remove it before the document is published (a name or a case number identifies the ' +
        'person instead)'
    }
  },
  check({ text, place }, report) {
    for (const m of allMatches(CANDIDATE, text)) {
      const found = maskOf(m)
      if (found === null) continue
      report({
        messageId: 'found',
        data: { kind: found.kind, masked: found.masked },
        place: place(m.index, m.index + m[0].length)
      })
    }
  }
})
