/**
 * The memo the rule pages (docs/rules/) start from: well-formed, so every rule
 * is quiet on it. Cases change it with `memo([from, to], …)`.
 */
export const BASE = [
  '2021-03-01',
  '',
  'Kommunledningskontoret',
  '',
  'Handläggare: Anna Berg',
  'Telefon: 0123-456 78',
  '',
  'Dnr KS 2021/17',
  '',
  '# Riktlinjer för representation',
  '',
  '## Ärendebeskrivning',
  '',
  'Riktlinjerna har setts över.',
  '',
  '## Förslag till beslut',
  '',
  '1. Kommunstyrelsen antar riktlinjerna.',
  '2. Riktlinjerna gäller från och med 2021-04-01.',
  '',
  'I tjänsten',
  '',
  'Karin Karlsson  ',
  'Kommundirektör',
  '',
  '## Beslutet skickas till',
  '',
  'Ekonomienheten',
  ''
].join('\n')

/** The base memo with each `from` (which must occur exactly once) replaced by `to`, in order. */
export function memo(...edits: Array<[from: string, to: string]>): string {
  let text = BASE
  for (const [from, to] of edits) {
    const count = text.split(from).length - 1
    if (count !== 1) throw new Error(`memo(): \`${from}\` occurs ${count} times, expected once`)
    text = text.replace(from, () => to)
  }
  return text
}

/** The base memo from its title on: no header lines. */
export const WITHOUT_HEADER = BASE.slice(BASE.indexOf('# Riktlinjer'))

/** The base memo with the body paragraph of `Ärendebeskrivning` (line 14) replaced. */
export const withBody = (paragraph: string) => memo(['Riktlinjerna har setts över.', paragraph])
