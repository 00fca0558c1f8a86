/**
 * The title (ärendemening): the first heading or bold line that is not a
 * header value, a document type or a section heading of the vocabulary.
 */
import type { Block } from '../blocks.js'
import type { Line } from '../types.js'
import type { State } from '../state.js'
import { documentTypeOf } from '../../vocab/documents.js'
import { isOrganName, isOrganisationName, isPersonName, isUnitName } from '../../vocab/people.js'
import { findDates } from '../../vocab/dates.js'
import { areHeaderLines, isHeaderLine } from '../../vocab/header-lines.js'
import { LETTER, atMostWords, endsSentence, fold, key } from '../../vocab/text.js'

/** `regiondirektörens förslag (till beslut)`: someone's proposal, as a heading's key. */
const SOMEONES_PROPOSAL = new RegExp(String.raw`^[${LETTER}][${LETTER}-]*s förslag(?: till beslut)?$`)

const INLINE = /^([^:]{3,40}):\s+(\S.*)$/

export interface HeadingOf {
  text: string
  depth: number
  rest?: Line[]
}

/**
 * Would this block be taken as a section heading in the body? `rest` is content
 * that stood on the heading's own line (`Expedieras till: Ekonomienheten`).
 */
export function headingOf(state: State, block: Block): HeadingOf | null {
  // Found once per block: the tree builder asks about every block several times.
  let reading = state.readings.get(block) as HeadingOf | null | undefined
  if (reading === undefined) {
    reading = readHeading(state, block)
    state.readings.set(block, reading)
  }
  return reading
}

function readHeading(state: State, block: Block): HeadingOf | null {
  if (block.kind === 'heading') return { text: block.text, depth: block.depth }
  if (block.kind === 'list') {
    // `1. Sammanfattning`: a numbered heading that Markdown read as a one-item list.
    const only = block.items.length === 1 ? block.items[0]! : null
    if (only && block.ordered && only.lines.length === 1 && state.headings.knows(only.text))
      return { text: `${only.number ?? 1}. ${only.text}`, depth: 0 }
    return null
  }
  const text = block.text
  const first = block.lines[0]!
  const inline = INLINE.exec(first.text)
  if (inline && !block.bold && state.headings.knows(inline[1]!)) {
    const role = state.headings.roleOf(inline[1]!)
    // `Bilaga: Läsårstider` alone on its line notes one attachment; over more lines, the list is a section's.
    const lists = role === 'attachments' || role === 'decisionBasis' ? block.lines.length > 1 : false
    if (role === 'distribution' || lists) {
      const offset = first.text.length - inline[2]!.length
      const start = { ...first.position.start, column: first.position.start.column + offset }
      return {
        text: `${inline[1]}:`,
        depth: 0,
        rest: [{ text: inline[2]!, position: { start, end: first.position.end } }, ...block.lines.slice(1)]
      }
    }
  }
  // A bold line is a heading when it is short: two lines and 14 words hold the longest section headings seen;
  // a plain line must be shorter still (eight words) and known to the vocabulary.
  if (block.bold && block.lines.length <= 2 && atMostWords(text, 14) && !endsSentence(text)) return { text, depth: 0 }
  if (block.lines.length === 1 && atMostWords(text, 8) && !endsSentence(text)) {
    if (
      (state.marksHeadings ? state.headings.knows(text) : state.headings.isSectionHeading(text)) ||
      SOMEONES_PROPOSAL.test(key(text))
    )
      return { text, depth: 0 }
  }
  return null
}

/**
 * The heading of a meeting or of a period, not of a case: `Sammanträde 2004-05-25`,
 * `Kommunstyrelsens sammanträde den 3 mars 2020`, `Maj 2022`.
 */
function isMeetingHeading(text: string): boolean {
  if (!atMostWords(text, 6)) return false
  if (MONTH_YEAR.test(text)) return true
  return /sammanträde|möte\b|mötet\b/i.test(text) && findDates(text).length > 0
}

const MONTH_YEAR =
  /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) (?:19|20)\d{2}$/i

/** Header matter that may be printed as a heading or in bold: not a title. */
function isHeaderMatter(state: State, text: string): boolean {
  const t = fold(text)
  if (isHeaderLine(state.labels, t) || isMeetingHeading(t)) return true
  // `# Exempelby kommun` over the letterhead's lines: the organisation's name heads the letterhead, it is no title.
  if (isPersonName(t) || (isOrganName(t) && atMostWords(t, 4)) || isOrganisationName(t)) return true
  // A unit printed in the letterhead: `SOCIALFÖRVALTNINGEN`, `Avdelningen för ekonomi och styrning`.
  return isUnitName(t) && (t === t.toUpperCase() || atMostWords(t, 2) || isUnitName(t.split(' ')[0]!))
}

export interface TitleCandidate {
  index: number
  text: string
  source: 'heading' | 'bold'
  /** The title stands above the header lines (`**Title**` / `Dnr …` / `Datum …`): the header runs on after it. */
  headerAfter: boolean
}

/**
 * The title block, or null. A title comes before the first section heading the
 * vocabulary knows, and after the header: a candidate followed by header lines
 * (labels, dates, case numbers) is letterhead, not the title.
 */
export function findTitle(state: State, blocks: Block[]): TitleCandidate | null {
  let found: TitleCandidate | null = null
  // A candidate followed by header lines: letterhead, or a title printed above the header.
  let above: TitleCandidate | null = null
  const drop = () => {
    above ??= found ? { ...found, headerAfter: true } : null
    found = null
  }
  // Running text after the candidate: a deeper heading after it heads a part of the memo, unless it is an item of a
  // page of decisions.
  let textSince = false
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const heading = headingOf(state, block)
    // A bold title runs to three lines and 30 words at most (long ärendemeningar); longer bold text is emphasis.
    const bold = block.kind === 'paragraph' && block.bold && block.lines.length <= 3 && atMostWords(block.text, 30)
    if (!heading && !bold) {
      if (found && block.kind !== 'list' && block.lines.some((l) => isHeaderLine(state.labels, l.text))) drop()
      // A sentence of more than four words is body text; a short one (`Bilaga 1.`) is not.
      else if (block.kind === 'paragraph' && endsSentence(block.text) && !atMostWords(block.text, 4)) textSince = true
      continue
    }
    const text = heading?.text ?? (block.kind === 'list' ? '' : block.text)
    if (state.headings.isSectionHeading(text)) {
      if (isLetterheadType(state, block, blocks[i + 1])) continue
      return found ?? above
    }
    if (isHeaderMatter(state, text)) {
      if (found && isHeaderLine(state.labels, text)) drop()
      continue
    }
    const candidate: TitleCandidate = {
      index: i,
      text,
      source: block.kind === 'heading' ? 'heading' : 'bold',
      headerAfter: false
    }
    // A deeper heading under a page's or a meeting's heading is the item's own: a web page of
    // decisions (`# Beslut i nämnden` / `### Belys grusvägen`), an agenda (`# Sammanträde` / `## 3 Förskolelokal`).
    // After running text, only an item that carries its own header lines (`Behandlat på …`, `Diarienummer: …`).
    const item = !textSince || opensHeader(state, blocks[i + 1])
    const deeper = found !== null && item && block.kind === 'heading' && isDeeper(blocks[found.index]!, block)
    if (!found || deeper) {
      found = candidate
      textSince = false
    }
  }
  return found ?? above
}

/**
 * `BESLUT` over `Dnr …`: a document type that is also a section's heading, as the letterhead prints it above the
 * header's lines, on a line of its own or as a heading (`## YTTRANDE` over `Datum: …`).
 */
function isLetterheadType(state: State, block: Block, next: Block | undefined): boolean {
  return (
    block.kind !== 'list' &&
    documentTypeOf(block.text) !== null &&
    next?.kind === 'paragraph' &&
    areHeaderLines(
      state.labels,
      next.lines.map((l) => l.text)
    )
  )
}

/** Does the block hold header lines (a label and its value, a date, a case number)? */
function opensHeader(state: State, block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && block.lines.some((l) => isHeaderLine(state.labels, l.text))
}

function isDeeper(outer: Block, inner: Block & { kind: 'heading' }): boolean {
  return outer.kind === 'heading' && inner.depth > outer.depth
}
