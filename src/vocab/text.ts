/**
 * Small text helpers shared by the recognisers: white-space folding and the
 * normalised form used to compare words against a vocabulary.
 */

/**
 * The letters of the Latin scripts Swedish text is written in (ASCII, Latin-1 and Latin
 * Extended-A/B, without × and ÷), for character classes: `[${LETTER}]`. Spelled out rather
 * than `\p{L}`: a Unicode-aware pattern is slower to compile and to run on every line.
 */
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`
/** Capitals of ASCII and Latin-1 (`A`–`Z`, `À`–`Þ` without `×`): the Latin Extended capitals are not in it. */
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE`
/** Small letters of ASCII and Latin-1 (`a`–`z`, `ß`–`ÿ` without `÷`): the Latin Extended ones are not in it. */
export const LOWER = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF`

/** `T J Ä N S T E`: four or more letters, each but the last followed by a space. */
const LETTER_SPACED = new RegExp(String.raw`^(?:[${LETTER}] ){3,}[${LETTER}]$`)

/** A small letter, a hyphen and a space, then a small letter: a word a converter split. */
const HYPHENATED_SPLIT = new RegExp(String.raw`([${LOWER}])- ([${LOWER}])`, 'g')

/** A capital first. */
export const UPPER_START = new RegExp(String.raw`^[${UPPER}]`)

/** Fold runs of white space (including no-break and zero-width spaces) to one space and trim. */
const NEEDS_FOLDING =
  /[\u200b-\u200d\u2060\ufeff\t\n\r\f\v\u00a0\u2007\u2009\u202f\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]| {2}/

export function fold(value: string): string {
  if (!NEEDS_FOLDING.test(value)) return value.trim()
  return value
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    .trim()
}

/** Whether `fold(value)` would keep anything: a character that is neither white space nor zero-width. */
const VISIBLE = /[^\s\u200b-\u200d\u2060]/

export function visible(value: string): boolean {
  return VISIBLE.test(value)
}

/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, without the copy
 * of the pattern that `matchAll` makes on every call (a RegExp construction and a cache
 * lookup each time: 2 % of a batch's CPU). The pattern's `lastIndex` is left at 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`)
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m)
    // An empty match: step over one character (a whole surrogate pair under /u), as matchAll does.
    if (m[0] === '') {
      const at = pattern.lastIndex
      const astral = (pattern.unicode || pattern.flags.includes('v')) && (text.codePointAt(at) ?? 0) > 0xffff
      pattern.lastIndex = at + (astral ? 2 : 1)
    }
  }
  pattern.lastIndex = 0
  return found
}

/** Lower-case, NFC, folded, without a trailing colon: the form vocabularies are keyed by. */
export function key(value: string): string {
  const composed = /[\u0300-\u036f]/.test(value) ? value.normalize('NFC') : value
  return withoutColon(fold(composed)).toLowerCase()
}

/** `Datum :` → `Datum`: a label without its final colon and the white space before it. */
export function withoutColon(value: string): string {
  return value.endsWith(':') ? value.slice(0, -1).trimEnd() : value
}

/** `T J Ä N S T E S K R I V E L S E` → `TJÄNSTESKRIVELSE`; other text unchanged. */
export function collapseLetterSpacing(value: string): string {
  const trimmed = fold(value)
  return LETTER_SPACED.test(trimmed) ? trimmed.replace(/ /g, '') : trimmed
}

/** `Sammanträdes- protokoll` → `Sammanträdesprotokoll` (a word split by a converter's hyphenation). */
export function joinHyphenated(value: string): string {
  return value.replace(HYPHENATED_SPLIT, '$1$2')
}

/** Does the text end like a sentence? */
export function endsSentence(value: string): boolean {
  return /[.!?]["'”)]?$/.test(value.trim())
}

/** Is this code unit white space as `fold` sees it (`\\s` and the no-break spaces)? */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

/** Zero-width characters, which `fold` removes. */
function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff
}

/**
 * The number of words of `fold(value)`, counted without building it. With `limit`, counting
 * stops at the word after it (the answer is then `limit + 1`): a test of a short heading need
 * not walk a long paragraph.
 */
export function wordCount(value: string, limit = Infinity): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (isZeroWidth(c)) continue
    if (isSpace(c)) inWord = false
    else if (!inWord) {
      inWord = true
      if (++words > limit) break
    }
  }
  return words
}

/** Does `fold(value)` have at most `most` words? */
export function atMostWords(value: string, most: number): boolean {
  return wordCount(value, most) <= most
}

/** Levenshtein distance, iterative, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  // Two rows of the table, numbers in place: the rules measure windows of every signatory's title in every memo.
  let previous = new Uint32Array(b.length + 1)
  let current = new Uint32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const c = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    const done = previous
    previous = current
    current = done
  }
  return previous[b.length]!
}
