/**
 * What PDF conversion leaves behind that is not the document's content: page
 * counters, page footers with the organisation's address, signature-box rules.
 */
import { LETTER, fold } from './text.js'
import { EMAIL_PATTERN, PHONE_PATTERN } from './contacts.js'

/**
 * A whole line that is a page counter: `Sida 2 av 5`, `Sidan 1 av 1`, `1(2)`, `2 (2)`, `(2)`, `Page 1 of 2`, `Sida 1
 * (6)`.
 */
const COUNTER_LINE = new RegExp(
  '^(?:' +
    [
      String.raw`(?:sida|sidan|page|s\.)\s*\d{1,4}\s*(?:av|of|\/|\(\s*)\s*\d{1,4}\s*\)?`, // Sida 1 av 2, s. 3/4
      String.raw`\d{1,4}\s*\(\s*\d{1,4}\s*\)`, // 1 (2)
      String.raw`\(\s*\d{1,4}\s*\)`, // (6)
      String.raw`\d{1,4}\s*(?:av|of)\s*\d{1,4}` // 1 av 2
    ].join('|') +
    ')$',
  'i'
)

/** A page counter inside a line: `TJÄNSTESKRIVELSE 1 (2)`, `2018-11-14 Sida 1 av 2 Dnr …`, `Nils Wiklund (1)`. */
export const COUNTER_IN_LINE = new RegExp(
  '(?:' +
    [
      String.raw`(?<![${LETTER}0-9])(?:sida|sidan|sid\.?|page)\s*\d{1,4}\s*(?:av|of|\()\s*\d{1,4}\s*\)?`, // Sida 1 av 2
      String.raw`(?<![${LETTER}0-9/\-])\d{1,4}\s?\(\s*\d{1,4}\s*\)`, // 1 (2)
      String.raw`(?<=\s)\(\s*\d{1,4}\s*\)$` // (1) at the end
    ].join('|') +
    ')',
  'gi'
)

const ADDRESS_MARKERS = [
  /\bpostadress\b/i,
  /\bbesöksadress\b/i,
  /\bväxel\b|\(vx\)/i,
  /\bfax\b/i,
  /\bwww\./i,
  // A web address read whole from its first part (`www.exempelby.se`), so that the domain of an e-mail address
  // (`ebba.lind@exempelby.se`, the officer's) is none: no part may start after `@` or inside another.
  new RegExp(String.raw`(?<![@.${LETTER}0-9-])[${LETTER}-]+(?:\.[${LETTER}-]+)*\.se\b(?!@)`, 'i'),
  /\bhemsida\b|\bwebb\b/i,
  /\borg\.?\s?nr\b|\borganisationsnummer\b/i,
  /\bbox \d+|\bbox\b/i,
  // A postcode before the town's name, not the last groups of a phone number (`0587-811 37 E-post`).
  new RegExp(String.raw`(?<![\d-])\b\d{3} \d{2} [${LETTER}]`),
  /\bbankgiro\b|\bplusgiro\b/i
]

export function isPageCounter(line: string): boolean {
  // `Sida 2 av 5`, `2 (5)`, with a date or a name beside it: a counter line is short; 40 characters leave room
  // for a running header's date, not for a sentence.
  return line.length <= 40 && COUNTER_LINE.test(fold(line))
}

/** Rows of dots or rules (`... ... ...`, `_____`): signature lines and boxes. */
export function isRule(line: string): boolean {
  if (!/^[\s.…_\-–=*·|:]/.test(line)) return false
  const t = fold(line)
  if (t.length === 0 || !/^[.\s…_\-–=*·|:]+$/.test(t)) return false
  // `|---|---|` or `| | |`: a table's separator row, or a row of empty cells (an attestation box left blank).
  return /[.…_=-]{3}|(?:\.\s){2,}/.test(t) || /^\|(?:\s*\|)+$/.test(t)
}

/**
 * The signature and attestation boxes of minutes: `Justerandes sign`, `Utdragsbestyrkande`, `Sign. Ordf. Justerare`.
 */
export function isSignatureBox(line: string): boolean {
  return /justerandes? sign|utdragsbestyrkande|ordförandes sign|^sign\.? |\bjusterare\b.*\bsign\.?$/i.test(fold(line))
}

/** A page footer or letterhead with the organisation's address, phone and web. */
/** Any of the address markers at all: most lines have none, and are done with one test. */
const ANY_ADDRESS_MARKER = new RegExp(
  String.raw`postadress|besöksadress|växel|\(vx\)|fax|www\.|\.se\b|hemsida|webb|org\.? ?nr|organisationsnummer|` +
    String.raw`box|bankgiro|plusgiro|\d{3} \d{2} `,
  'i'
)

export function isAddressLine(line: string): boolean {
  if (!ANY_ADDRESS_MARKER.test(line)) return false
  const t = fold(line)
  let hits = 0
  for (const marker of ADDRESS_MARKERS) if (marker.test(t)) hits++
  // One marker (`Box`, a postcode) can stand in a sentence; two on one line make it an address.
  return hits >= 2
}

const EMAIL_IN_LINE = new RegExp(EMAIL_PATTERN)
const PHONE_IN_LINE = new RegExp(PHONE_PATTERN)

/**
 * A line with a way to reach someone: an e-mail address or a phone number (`Exempelby kommun Storgatan 4 0123-45 67 00
 * kommunen@exempelby.se`). Beside an address line it is the rest of a page's footer; alone it is anybody's contact.
 */
export function isContactLine(line: string): boolean {
  // An address needs its `@`, a number its digits: each pattern only where it can match.
  return (line.includes('@') && EMAIL_IN_LINE.test(line)) || (/\d/.test(line) && PHONE_IN_LINE.test(line))
}

export function stripCounters(line: string): string {
  if (!/\d/.test(line)) return fold(line)
  return fold(line.replace(COUNTER_IN_LINE, ' '))
}

/** The words of a web site's controls (`Hoppa till huvudinnehåll`, `Meny Sök`, `Logga in`, `Lyssna`, `Dela`). */
// prettier-ignore
const SITE_CONTROLS = new Set([
  'hoppa', 'till', 'huvudinnehåll', 'huvudinnehållet', 'innehåll', 'innehållet', 'meny', 'menyn', 'sök', 'stäng',
  'logga', 'in', 'ut', 'lyssna', 'läs', 'upp', 'dela', 'skriv', 'english', 'startsida', 'tillbaka', 'kontakt'
])

/** A line of controls has at most this many words (`Hoppa till huvudinnehållet`, `Meny Sök Logga in`). */
const SITE_CONTROL_WORDS = 6

/**
 * `Start / Kommun och politik / Beslut i korthet`, `Du är här: Startsida > …`: a breadcrumb, from the site's home page,
 * three places or more between ` / `, ` > `, ` › `, each the name of a page (40 characters hold the longest,
 * `Kommunledningsförvaltningen och kansliet`). A unit's path in a letterhead (`Socialförvaltningen / Barn och unga`)
 * does not start at a home page.
 */
const BREADCRUMB = /^(?:du är här:? )?(?:start|startsida|hem|home)(?: [/>›] [^/>›]{1,40}){2,}$/i

/**
 * A web page's own furniture, copied with the text of a page: its controls (`Meny Sök`, `Hoppa till huvudinnehåll`)
 * and its breadcrumb (`Start / Kommun och politik / Beslut i korthet`), no text of the document.
 */
export function isSiteChrome(line: string): boolean {
  // Five places of at most 40 characters and their separators: a longer line is text.
  if (line.length > 200) return false
  if (/\s[/>›]\s/.test(line)) return BREADCRUMB.test(line) && !/\d/.test(line)
  // Most lines open with a word that is no control, and are done with one look-up.
  const space = line.indexOf(' ')
  if (!SITE_CONTROLS.has((space < 0 ? line : line.slice(0, space)).toLowerCase())) return false
  const words = line.toLowerCase().split(' ')
  if (words.length > SITE_CONTROL_WORDS) return false
  for (const word of words) if (!SITE_CONTROLS.has(word)) return false
  return true
}
