/**
 * GFM autolink literals (`anna.berg@exempelby.se`, `www.exempelby.se`, `https://exempelby.se/a`) as
 * micromark-extension-gfm-autolink-literal 2.1 finds them, for the fast path: the same states, on a
 * string instead of a stream of events. Memo letterheads and footers are full of e-mail addresses
 * and web sites, so a fast path that left every such memo to remark-parse would lose most of its use.
 *
 * A reader gives the character code at an offset, `EOF` past the end of the inline content and a
 * line feed past the end of a line that is not the content's last.
 */

export const EOF = -1
export type Reader = (offset: number) => number

const AT = 64
const DOT = 46
const DASH = 45
const UNDERSCORE = 95
const PLUS = 43
const SLASH = 47
const COLON = 58
const SEMICOLON = 59
const AMPERSAND = 38
const LEFT_PAREN = 40
const RIGHT_PAREN = 41
const LEFT_BRACKET = 91
const RIGHT_BRACKET = 93
const LESS_THAN = 60

const PUNCTUATION = /\p{P}|\p{S}/u
const WHITESPACE = /\s/

function asciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function asciiAlphanumeric(c: number): boolean {
  return asciiAlpha(c) || (c >= 48 && c <= 57)
}

/** micromark's classes work on UTF-16 code units, as these do. */
function whitespace(c: number): boolean {
  return c >= 0 && (c === 32 || c === 9 || c === 10 || c === 13 || WHITESPACE.test(String.fromCharCode(c)))
}

function punctuation(c: number): boolean {
  return c >= 0 && PUNCTUATION.test(String.fromCharCode(c))
}

function control(c: number): boolean {
  return c !== EOF && (c < 32 || c === 127)
}

/** The characters an e-mail address is made of before its `@`. */
export function atext(c: number): boolean {
  return c === PLUS || c === DASH || c === DOT || c === UNDERSCORE || asciiAlphanumeric(c)
}

/** Trailing punctuation that ends a link when only more of it, and then an end, follows. */
const TRAIL = new Set([33, 34, 39, RIGHT_PAREN, 42, 44, DOT, COLON, SEMICOLON, 63, UNDERSCORE, 126])
/** Punctuation in a path that may be trailing. */
const PATH_TRAIL = new Set([...TRAIL, AMPERSAND, LESS_THAN, RIGHT_BRACKET])

/** Whether the punctuation at `at` is a trail: followed, after more of it, by an end. */
function trail(read: Reader, at: number): boolean {
  let i = at
  for (;;) {
    const c = read(i)
    if (TRAIL.has(c)) i++
    else if (c === AMPERSAND) {
      // `&amp;` as a whole is trailing punctuation; `&` in any other form continues the link.
      i++
      if (!asciiAlpha(read(i))) return false
      while (asciiAlpha(read(i))) i++
      if (read(i) !== SEMICOLON) return false
      i++
    } else if (c === RIGHT_BRACKET) {
      i++
      const next = read(i)
      if (next === EOF || next === LEFT_PAREN || next === LEFT_BRACKET || whitespace(next)) return true
    } else return c === LESS_THAN || c === EOF || whitespace(c)
  }
}

/** A domain from `at`: where it ends, or -1. */
function domain(read: Reader, at: number): number {
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  let i = at
  for (;;) {
    const c = read(i)
    if (c === DOT || c === UNDERSCORE) {
      if (trail(read, i)) break
      if (c === UNDERSCORE) underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      i++
      continue
    }
    if (c === EOF || whitespace(c) || (c !== DASH && punctuation(c))) break
    seen = true
    i++
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i
}

/** A path from `at` (possibly empty): where it ends. */
function path(read: Reader, at: number): number {
  let open = 0
  let close = 0
  let i = at
  for (;;) {
    const c = read(i)
    if (c === LEFT_PAREN) open++
    else if (c === RIGHT_PAREN && close < open) close++
    else if (PATH_TRAIL.has(c)) {
      if (trail(read, i)) return i
      if (c === RIGHT_PAREN) close++
    } else if (c === EOF || whitespace(c)) return i
    i++
  }
}

function email(read: Reader, at: number, previous: number): number {
  if (!atext(read(at)) || previous === SLASH || atext(previous)) return -1
  let i = at
  while (atext(read(i))) i++
  if (read(i) !== AT) return -1
  i++
  let dot = false
  let data = false
  for (;;) {
    const c = read(i)
    if (c === DOT) {
      // A dot followed by a letter or digit is inside the domain; any other is after it.
      if (!asciiAlphanumeric(read(i + 1))) break
      dot = true
      i++
    } else if (c === DASH || c === UNDERSCORE || asciiAlphanumeric(c)) {
      data = true
      i++
    } else break
  }
  return data && dot && asciiAlpha(read(i - 1)) ? i : -1
}

function isW(c: number): boolean {
  return c === 87 || c === 119
}

function www(read: Reader, at: number, previous: number): number {
  const before =
    previous === EOF ||
    previous === LEFT_PAREN ||
    previous === 42 ||
    previous === UNDERSCORE ||
    previous === LEFT_BRACKET ||
    previous === RIGHT_BRACKET ||
    previous === 126 ||
    // Only a space, tab or line ending here, not any white space.
    previous === 32 ||
    previous === 9 ||
    previous === 10
  if (!before || !isW(read(at)) || !isW(read(at + 1)) || !isW(read(at + 2)) || read(at + 3) !== DOT) return -1
  if (read(at + 4) === EOF) return -1
  const end = domain(read, at)
  return end < 0 ? -1 : path(read, end)
}

function protocol(read: Reader, at: number, previous: number): number {
  if (asciiAlpha(previous)) return -1
  let scheme = ''
  let i = at
  while (scheme.length < 5 && asciiAlpha(read(i))) scheme += String.fromCharCode(read(i++))
  scheme = scheme.toLowerCase()
  if ((scheme !== 'http' && scheme !== 'https') || read(i) !== COLON || read(i + 1) !== SLASH || read(i + 2) !== SLASH)
    return -1
  i += 3
  const first = read(i)
  if (first === EOF || control(first) || whitespace(first) || punctuation(first)) return -1
  const end = domain(read, i)
  return end < 0 ? -1 : path(read, end)
}

export interface Autolink {
  end: number
  /** The prefix of its URL: `mailto:` for an address, `http://` for `www.…`, none for `http(s)://…`. */
  prefix: string
}

/** The autolink literal that starts at `at`, after the character `previous`, or null. */
export function autolinkAt(read: Reader, at: number, previous: number): Autolink | null {
  const c = read(at)
  const address = email(read, at, previous)
  if (address >= 0) return { end: address, prefix: 'mailto:' }
  if (c === 72 || c === 104) {
    const end = protocol(read, at, previous)
    if (end >= 0) return { end, prefix: '' }
  } else if (isW(c)) {
    const end = www(read, at, previous)
    if (end >= 0) return { end, prefix: 'http://' }
  }
  return null
}

/**
 * What mdast-util-gfm-autolink-literal's transform would still turn into a link in a text node (an
 * address after `/`, `www.` at the end, `mailto:…`): a superset of its patterns, so that the fast
 * path leaves any such text to remark-parse.
 */
const LEFT_FOR_TRANSFORM = [/(?<![\da-z])(?:https?:\/\/|www(?=\.))[\w-]*\.[\w\-.]*/i, /[\w+\-.]@[\w-]+\.[\w-]/]

export function transformWouldLink(value: string): boolean {
  return LEFT_FOR_TRANSFORM.some((re) => re.test(value))
}
