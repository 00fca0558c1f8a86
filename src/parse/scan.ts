/**
 * A fast path to the mdast that remark-parse would give, for the plain Markdown
 * case documents are made of: paragraphs, ATX headings, flat lists of
 * paragraphs, `**strong**` spans and hard line breaks. It reads the text line by
 * line and returns `null` the moment it meets anything else (a tab that is not
 * between two characters of text, a backslash, a code span, a link, HTML, an
 * entity, `_` outside a word, a lone `*`, a block quote, a fence, a thematic
 * break, a setext underline, a nested list, …); the caller then parses with
 * remark-parse, which stays the reference.
 *
 * What it returns is the tree remark-parse returns, positions and all: the
 * tests compare the two on every fixture and on generated documents. Parsing
 * with micromark costs a memo ≈ 1.3 ms and ≈ 850 kB of garbage; this costs a
 * small fraction of that.
 */
import type { Heading, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Text } from 'mdast'
import type { Point } from 'unist'
import { EOF, atext, autolinkAt, transformWouldLink } from './autolink.js'

/** A character reference (`&amp;`, `&#8211;`): outside the fast path wherever it stands. */
const REFERENCE = /&(?:#|[A-Za-z][A-Za-z0-9]{0,31};)/

/**
 * Anything outside the fast path wherever it stands: NUL, escapes, code, HTML and autolinks, inline links and
 * character references. Searched as literals: one pattern of alternatives, run over every document, cost more.
 */
function outside(text: string): boolean {
  return (
    text.includes('\0') ||
    text.includes('\\') ||
    text.includes('`') ||
    text.includes('<') ||
    text.includes('](') ||
    (text.includes('&') && REFERENCE.test(text))
  )
}
/**
 * A tab between two characters of text is text (one column, as for micromark);
 * after white space or a character that can end a marker (`-`, `+`, `*`, `#`,
 * `.`, `)`, …), or before white space or `#`, it may be indentation, a marker's
 * spacing or a closing sequence's: outside.
 */
const TAB_OUTSIDE = /(?:^|[\s\-+*#.)=_~>])\t|\t(?:$|[\s#])/
const THEMATIC = /^([-*_])(?: *\1){2,} *$/
const SETEXT = /^(?:=+|-+) *$/
const FENCE = /^(?:~~~|```)/
const ORDERED = /^(\d{1,9})([.)])/
/** micromark's classes for the characters around a delimiter run. */
const WHITESPACE = /\s/
const PUNCTUATION = /[\p{P}\p{S}]/u
/** What every autolink literal holds: an `@`, `://` or `www.` (in any case). */
const LINKY = /@|:\/\/|www\./gi
const WWW = /www\./i

/**
 * With GFM: a table needs a pipe, strikethrough a tilde, a footnote `[^`; the fast path leaves them
 * to remark-parse. (A task list item starts with `[`, which is outside already.) Searched as literals:
 * a pattern's alternation, run over every document, cost more.
 */
function gfmOutside(text: string): boolean {
  return text.includes('|') || text.includes('~') || text.includes('[^')
}
const LINE_FEED = 10

class Outside extends Error {}

/**
 * Whether every run of `_` stands inside a word (`Bilaga_1`, `anna_berg@kommun.se`):
 * with neither white space nor punctuation on either side, a run can neither
 * open nor close emphasis, and is text. Any other `_` is outside.
 */
function underscoresInWords(text: string): boolean {
  for (let at = text.indexOf('_'); at >= 0; at = text.indexOf('_', at)) {
    let end = at
    while (text[end] === '_') end++
    const before = text[at - 1]
    const after = text[end]
    if (before === undefined || after === undefined) return false
    if (WHITESPACE.test(before) || PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after))
      return false
    at = end
  }
  return true
}

const enum Kind {
  Blank,
  Text,
  Heading,
  Bullet,
  Ordered,
  /** `[`: a link definition at the start of a block, text inside a paragraph. */
  Bracket
}

interface LineInfo {
  kind: Kind
  /** Offset of the line's first character that is not a space. */
  first: number
  /**
   * Spaces before it: with four or more, the line is indented code at the start of a block, text inside a paragraph.
   */
  indent: number
  /** List items: the marker (`-`, `*`, `+`, or the delimiter `.` / `)`), the number, and where the content starts. */
  marker: string
  digits: string
  content: number
  /** Headings: the depth. */
  depth: number
}

/** A line of a paragraph: its content without leading and trailing spaces. */
interface ParagraphLine {
  line: number
  start: number
  end: number
}

export interface ScanOptions {
  /** Whether the processor reads GFM (remark-gfm): its syntax is outside, or read as GFM reads it. */
  gfm?: boolean
}

export function scanMarkdown(text: string, options: ScanOptions = {}): Root | null {
  const gfm = options.gfm === true
  if (
    outside(text) ||
    (gfm && gfmOutside(text)) ||
    text.charCodeAt(0) === 0xfeff ||
    (text.includes('\t') && TAB_OUTSIDE.test(text)) ||
    !underscoresInWords(text)
  )
    return null
  try {
    return new Scanner(text, gfm).root()
  } catch (error) {
    if (error instanceof Outside) return null
    throw error
  }
}

class Scanner {
  readonly text: string
  /** Offset where each line starts, and where its content ends (before the line ending). */
  readonly starts: number[] = []
  readonly ends: number[] = []
  /** The next `*` at or after `star.from`, -1 for none: found once, not once a line. */
  private star = { from: 0, at: -2 }
  /** The next autolink hint (`@`, `://`, `www.`) at or after `link.from`, -1 for none: found once, not once a line. */
  private link = { from: 0, at: -2 }
  private last: { line: number; info: LineInfo } | null = null
  /** GFM is on and the text may hold an autolink literal. */
  readonly links: boolean

  constructor(text: string, gfm: boolean) {
    this.text = text
    // Searched as literals first: the alternation, run over every document, cost more than the rest of the check.
    this.links =
      gfm &&
      (text.includes('@') || text.includes('://') || ((text.includes('w.') || text.includes('W.')) && WWW.test(text)))
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || c === 13) {
        this.starts.push(start)
        this.ends.push(i)
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++
        start = i + 1
      }
    }
    this.starts.push(start)
    this.ends.push(text.length)
  }

  point(line: number, offset: number): Point {
    return { line: line + 1, column: offset - this.starts[line]! + 1, offset }
  }

  root(): Root {
    const children: RootContent[] = []
    const count = this.starts.length
    let i = 0
    while (i < count) {
      const info = this.classify(i)
      if (info.kind === Kind.Blank) i++
      else if (info.indent >= 4) throw new Outside()
      else if (info.kind === Kind.Heading) children.push(this.heading(i++, info))
      else if (info.kind === Kind.Bullet || info.kind === Kind.Ordered) i = this.list(i, info, children)
      else if (info.kind === Kind.Text) i = this.topParagraph(i, info, children)
      else throw new Outside()
    }
    const last = count - 1
    return {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: 0 }, end: this.point(last, this.text.length) }
    }
  }

  /**
   * What a line starts. The line that ends a paragraph or a list is asked about
   * again by the loop that goes on from it: the last answer is kept.
   */
  classify(line: number): LineInfo {
    if (this.last?.line === line) return this.last.info
    const start = this.starts[line]!
    const end = this.ends[line]!
    let p = start
    while (p < end && this.text.charCodeAt(p) === 32) p++
    const info = this.classifyAt(p, end, p - start)
    this.last = { line, info }
    return info
  }

  /**
   * What the text from `p` (not a space) to `end` would start. `inner`: the
   * content of a list item, whose own markers are only noted, not followed (a
   * line of a hundred thousand `- ` must not take a hundred thousand frames).
   */
  classifyAt(p: number, end: number, indent: number, inner = false): LineInfo {
    const text = this.text
    const info: LineInfo = { kind: Kind.Text, first: p, indent, marker: '', digits: '', content: p, depth: 0 }
    if (p === end) {
      info.kind = Kind.Blank
      return info
    }
    const c = text[p]!
    if (c === '#') {
      let h = 1
      while (h < 7 && text[p + h] === '#') h++
      if (h <= 6 && (p + h === end || text[p + h] === ' ')) {
        info.kind = Kind.Heading
        info.depth = h
      }
    } else if (c === '>') throw new Outside()
    else if (c === '[') info.kind = Kind.Bracket
    else if (c === '=' || c === '-' || c === '*' || c === '+' || c === '~') {
      const rest = text.slice(p, end)
      if (THEMATIC.test(rest) || SETEXT.test(rest) || FENCE.test(rest)) throw new Outside()
      if (c !== '=' && c !== '~' && (p + 1 === end || text[p + 1] === ' ')) {
        if (inner) info.kind = Kind.Bullet
        else this.item(info, Kind.Bullet, c, '', p + 1, end)
      }
    } else if (c >= '0' && c <= '9') {
      const m = ORDERED.exec(text.slice(p, Math.min(end, p + 11)))
      if (m && (p + m[0].length === end || text[p + m[0].length] === ' ')) {
        if (inner) info.kind = Kind.Ordered
        else this.item(info, Kind.Ordered, m[2]!, m[1]!, p + m[0].length, end)
      }
    }
    return info
  }

  /** A list item's marker ends at `after`; its content starts after one to four spaces. */
  item(info: LineInfo, kind: Kind, marker: string, digits: string, after: number, end: number): void {
    let q = after
    while (q < end && this.text.charCodeAt(q) === 32) q++
    // An empty item, or one whose content is indented code: outside.
    if (q === end || q - after > 4) throw new Outside()
    // Its content must be a paragraph's first line: no heading, no nested list, no definition.
    if (this.classifyAt(q, end, 0, true).kind !== Kind.Text) throw new Outside()
    info.kind = kind
    info.marker = marker
    info.digits = digits
    info.content = q
  }

  heading(line: number, info: LineInfo): Heading {
    const text = this.text
    let start = info.first + info.depth
    let end = Math.max(start, this.contentEnd(line))
    // The closing sequence: spaces and `#`s at the end, or the whole content.
    let hashes = end
    while (hashes > start && text[hashes - 1] === '#') hashes--
    if (hashes < end && (hashes === start || text.charCodeAt(hashes - 1) === 32)) {
      end = hashes
      while (end > start && text.charCodeAt(end - 1) === 32) end--
    }
    while (start < end && text.charCodeAt(start) === 32) start++
    const children = start < end ? this.phrasing([{ line, start, end }], false) : []
    return {
      type: 'heading',
      depth: info.depth as Heading['depth'],
      children,
      position: { start: this.point(line, info.first), end: this.point(line, this.ends[line]!) }
    }
  }

  contentEnd(line: number): number {
    let end = this.ends[line]!
    while (end > this.starts[line]! && this.text.charCodeAt(end - 1) === 32) end--
    return end
  }

  /** A paragraph at the top level: lines until a blank line or a block that may interrupt it. */
  topParagraph(first: number, info: LineInfo, into: RootContent[]): number {
    const lines: ParagraphLine[] = [{ line: first, start: info.first, end: this.contentEnd(first) }]
    let i = first + 1
    for (; i < this.starts.length; i++) {
      const next = this.classify(i)
      if (!this.continues(next)) break
      lines.push({ line: i, start: next.first, end: this.contentEnd(i) })
    }
    into.push(this.paragraph(lines))
    return i
  }

  /**
   * Whether a line continues the paragraph before it: text does; a blank line,
   * a heading, a bullet item and an item numbered `1` end it, unless indented
   * by four spaces or more (`indent`, relative to the paragraph's container).
   */
  continues(next: LineInfo, indent = next.indent): boolean {
    if (indent >= 4) return next.kind !== Kind.Blank
    switch (next.kind) {
      case Kind.Blank:
      case Kind.Heading:
      case Kind.Bullet:
        return false
      case Kind.Ordered:
        if (next.digits === '1') return false
        if (/^0*1$/.test(next.digits)) throw new Outside()
        return true
      default:
        return true
    }
  }

  paragraph(lines: ParagraphLine[]): Paragraph {
    const first = lines[0]!
    const last = lines[lines.length - 1]!
    return {
      type: 'paragraph',
      children: this.phrasing(lines, true),
      // The paragraph ends where its last line does, trailing spaces and all; its text without them.
      position: { start: this.point(first.line, first.start), end: this.point(last.line, this.ends[last.line]!) }
    }
  }

  /**
   * A list at the top level, flat: items of the same kind and marker, each one
   * or more paragraphs. Returns the line after it.
   */
  list(first: number, info: LineInfo, into: RootContent[]): number {
    const ordered = info.kind === Kind.Ordered
    const items: ListItem[] = []
    let spread = false
    let i = first
    let current: LineInfo = info
    const count = this.starts.length
    for (;;) {
      // One item, from its marker line `i`.
      const width = current.content - this.starts[i]!
      const paragraphs: Paragraph[] = []
      let lines: ParagraphLine[] = [{ line: i, start: current.content, end: this.contentEnd(i) }]
      let itemSpread = false
      let blank = false
      let next: LineInfo | null = null
      let j = i + 1
      for (; j < count; j++) {
        const line = this.classify(j)
        if (line.kind === Kind.Blank) {
          blank = true
          continue
        }
        const sameList =
          line.kind === current.kind && line.marker === current.marker && line.indent < Math.min(width, 4)
        if (!blank) {
          if (line.indent >= width) {
            // Inside the item: text continues its paragraph; anything that starts a block is outside.
            if (
              line.indent - width < 4 &&
              line.kind !== Kind.Text &&
              line.kind !== Kind.Bracket &&
              !(line.kind === Kind.Ordered && this.continues(line, line.indent - width))
            )
              throw new Outside()
          } else if (sameList) {
            next = line
            break
          } else if (
            !this.continues(line) ||
            (line.indent < 4 && (line.kind === Kind.Bullet || line.kind === Kind.Ordered))
          )
            // Another kind of list item ends the list here, whatever its number: outside.
            throw new Outside()
          // A lazy continuation line.
          lines.push({ line: j, start: line.first, end: this.contentEnd(j) })
          continue
        }
        if (line.indent >= width) {
          // A further paragraph of the item.
          if (line.indent - width >= 4 || line.kind !== Kind.Text) throw new Outside()
          paragraphs.push(this.paragraph(lines))
          lines = [{ line: j, start: line.first, end: this.contentEnd(j) }]
          itemSpread = true
          blank = false
          continue
        }
        if (sameList) {
          next = line
          spread = true
        }
        break
      }
      const paragraph = this.paragraph(lines)
      paragraphs.push(paragraph)
      items.push({
        type: 'listItem',
        spread: itemSpread,
        checked: null,
        children: paragraphs,
        position: { start: this.point(i, current.first), end: paragraph.position!.end }
      })
      if (!next) {
        const end = items[items.length - 1]!.position!.end
        into.push({
          type: 'list',
          ordered,
          start: ordered ? Number.parseInt(info.digits, 10) : null,
          spread,
          children: items,
          position: { start: this.point(first, info.first), end }
        } satisfies List)
        return j
      }
      current = next
      i = j
    }
  }

  /**
   * The inline content of a paragraph's or heading's lines: text, `**strong**`, hard breaks and,
   * with GFM, autolink literals. `paragraph`: a heading's content ends where its text does; a
   * paragraph's line goes on to its trailing spaces, and only its last line ends the content.
   */
  phrasing(lines: ParagraphLine[], paragraph: boolean): PhrasingContent[] {
    const text = this.text
    const out: PhrasingContent[] = []
    let into = out
    let value = ''
    let from: Point | null = null
    let to: Point | null = null
    const flush = () => {
      if (from && to) {
        // Text that mdast-util-gfm-autolink-literal's transform would still link: remark-parse's.
        if (this.links && transformWouldLink(value)) throw new Outside()
        into.push({ type: 'text', value, position: { start: from, end: to } } satisfies Text)
      }
      value = ''
      from = null
      to = null
    }
    const add = (line: number, start: number, end: number) => {
      if (start === end) return
      from ??= this.point(line, start)
      value += text.slice(start, end)
      to = this.point(line, end)
    }
    const contentStart = lines[0]!.start
    // An autolink after an unmatched `[` is not one (micromark's previousUnbalanced): outside.
    let bracket: boolean | null = null
    /** Text from `start` to `end` of line `index`, with the autolink literals in it. */
    const addLinked = (index: number, start: number, end: number) => {
      const l = lines[index]!
      const hint = this.links ? this.nextLink(start) : -1
      if (hint < 0 || hint >= end) {
        add(l.line, start, end)
        return
      }
      const limit = paragraph ? this.ends[l.line]! : l.end
      const last = index === lines.length - 1
      const read = (offset: number) => (offset < limit ? text.charCodeAt(offset) : last ? EOF : LINE_FEED)
      let at = start
      for (let p = start; p < end; p++) {
        const c = text.charCodeAt(p)
        if (!atext(c)) continue
        const previous = p === contentStart ? EOF : p === l.start ? LINE_FEED : text.charCodeAt(p - 1)
        const link = autolinkAt(read, p, previous)
        if (!link) continue
        bracket ??= lines.some((x) => text.slice(x.start, x.end).includes('['))
        if (link.end > end || bracket) throw new Outside()
        add(l.line, at, p)
        flush()
        const literal = text.slice(p, link.end)
        const position = () => ({ start: this.point(l.line, p), end: this.point(l.line, link.end) })
        into.push({
          type: 'link',
          title: null,
          url: link.prefix + literal,
          children: [{ type: 'text', value: literal, position: position() }],
          position: position()
        } satisfies Link)
        at = link.end
        p = link.end - 1
      }
      add(l.line, at, end)
    }
    lines.forEach((l, index) => {
      let at = l.start
      let star = this.nextStar(at)
      while (star >= 0 && star < l.end) {
        const close = this.strongEnd(star, l.start, l.end)
        addLinked(index, at, star)
        flush()
        const strong: Strong = {
          type: 'strong',
          children: [],
          position: { start: this.point(l.line, star), end: this.point(l.line, close + 2) }
        }
        into = strong.children
        addLinked(index, star + 2, close)
        flush()
        into = out
        out.push(strong)
        at = close + 2
        star = this.nextStar(at)
      }
      addLinked(index, at, l.end)
      if (index === lines.length - 1) return
      const ending = this.ends[l.line]!
      const next = this.starts[l.line + 1]!
      if (paragraph && ending - l.end >= 2) {
        flush()
        out.push({ type: 'break', position: { start: this.point(l.line, l.end), end: this.point(l.line + 1, next) } })
      } else {
        from ??= this.point(l.line, ending)
        value += text.slice(ending, next)
        to = this.point(l.line + 1, next)
      }
    })
    flush()
    return out
  }

  nextLink(from: number): number {
    const cached = this.link
    if (cached.at === -2 || from < cached.from || (cached.at >= 0 && cached.at < from)) {
      LINKY.lastIndex = from
      cached.at = LINKY.exec(this.text)?.index ?? -1
      LINKY.lastIndex = 0
    }
    cached.from = from
    return cached.at
  }

  nextStar(from: number): number {
    const cached = this.star
    if (cached.at === -2 || from < cached.from || (cached.at >= 0 && cached.at < from)) {
      cached.at = this.text.indexOf('*', from)
    }
    cached.from = from
    return cached.at
  }

  /**
   * `**` at `open` must open a strong span that closes on the same line with
   * `**`, both delimiter runs unambiguous (not both left- and right-flanking);
   * returns where the closing run starts.
   */
  strongEnd(open: number, start: number, end: number): number {
    const text = this.text
    const before = open > start ? text[open - 1]! : ''
    const after = text[open + 2] ?? ''
    if (text[open + 1] !== '*' || open + 2 >= end || after === '*' || WHITESPACE.test(after)) throw new Outside()
    if (before !== '' && !WHITESPACE.test(before) && !(PUNCTUATION.test(before) && !PUNCTUATION.test(after)))
      throw new Outside()
    const close = text.indexOf('*', open + 2)
    if (close < 0 || close >= end || text[close + 1] !== '*') throw new Outside()
    const last = text[close - 1]!
    const following = close + 2 < end ? text[close + 2]! : ''
    if (following === '*' || WHITESPACE.test(last)) throw new Outside()
    if (following !== '' && !WHITESPACE.test(following) && !(PUNCTUATION.test(following) && !PUNCTUATION.test(last)))
      throw new Outside()
    return close
  }
}
