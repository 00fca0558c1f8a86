/**
 * mdast → case tree. Reads the header (everything before the title), the title,
 * and the body as sections; finds the signature block wherever it stands, the
 * proposals and the distribution list in their sections, and the case numbers
 * the body mentions.
 */
import type { Root } from 'mdast'
import type { Block, SourceIndex } from './blocks.js'
import type {
  CaseRoot,
  CaseRootContent,
  FrontMatter,
  HeaderFieldName,
  HeaderLine,
  HeaderSummary,
  Line,
  Position,
  Preamble,
  ProposalList,
  Section,
  SectionContent,
  Title
} from './types.js'
import type { State } from './state.js'
import { blockLines, filledRows, joinLines, sliceLine, toBlocks, type Cell } from './blocks.js'
import { buildHeader } from './handlers/header.js'
import { summarizeHeader } from './handlers/header-summary.js'
import { findTitle, headingOf, type HeadingOf } from './handlers/title.js'
import { areHeaderLines, isHeaderLine } from '../vocab/header-lines.js'
import { isTitleLabel } from '../vocab/labels.js'
import { findSignatures } from './handlers/signatures.js'
import { furnitureOf } from './handlers/furniture.js'
import { LEAD_IN, SUB_HEADING, buildProposals } from './handlers/proposals.js'
import { buildDistribution, subSections } from './handlers/distribution.js'
import { findReferences } from './handlers/references.js'
import { LETTER, LOWER, UPPER, UPPER_START, allMatches, atMostWords, endsSentence, fold } from '../vocab/text.js'
import { isOrganName, isPersonName, isSignatureClause, isUnitName } from '../vocab/people.js'
import { findCaseNumbers, type CaseNumberMatch } from '../vocab/case-numbers.js'
import { titleText, type TitleText } from './handlers/title-text.js'
import { findDates } from '../vocab/dates.js'
import { documentTypeOf, isGuidanceText } from '../vocab/documents.js'
import { isContactLine } from '../vocab/furniture.js'

export interface BuildResult {
  tree: CaseRoot
}

function contentOf(block: Block): SectionContent {
  if (block.kind === 'list')
    return {
      type: 'list',
      ordered: block.ordered,
      children: block.items.map((i) => ({ type: 'listItem', number: i.number, text: i.text, position: i.position })),
      position: block.position
    }
  return { type: 'paragraph', text: block.text, lines: block.lines, bold: block.bold, position: block.position }
}

/** Fields that may share a line with a title: its case number, its paragraph or agenda reference. */
const TITLE_COMPANIONS = new Set<HeaderFieldName>(['caseNumber', 'paragraph', 'theirReference'])

/** At most this many header lines (a case number, a date, the officer) may stand between a plain title and the body. */
const LINES_AFTER_TITLE = 4

/**
 * A header line that could be a plain title: its unexplained text (the whole line, or what is left
 * beside a case number or a paragraph reference), a phrase rather than a sentence, a label, a name
 * or a code, with its agenda number and trailing reference taken off.
 */
function titleOfLine(line: HeaderLine): { text: TitleText; whole: boolean } | null {
  if (line.residual === null || line.kind === 'furniture' || line.kind === 'labels') return null
  const whole = line.kind === 'unclassified' && line.residual === line.text
  if (!whole && (line.children.length === 0 || !line.children.every((f) => TITLE_COMPANIONS.has(f.name)))) return null
  const raw = whole ? line.text : line.residual
  // A title is a phrase: over 25 words (three lines of a memo) a header line is running text, not a title.
  if (/@|:$/.test(raw) || !atMostWords(raw, 25) || isPersonName(raw)) return null
  const text = titleText(raw)
  const value = text.value
  // A sentence is body text; a title ends in a question mark at most, or in a full stop before its reference.
  if (/[.!]$/.test(value) && whole) return null
  const words = value.match(WORDS) ?? []
  // Two words, one of them of letters (`Kor och får`, `Årsredovisning 2018`), or one long word of
  // letters that stood after an agenda number (`KSAU 1 Informationer`).
  const many = !atMostWords(value, 1) && words.length > 0
  if (!many && !(words.length === 1 && words[0].length >= 6 && text.stripped.length > 0)) return null
  return { text, whole }
}

// Words of three letters or more: shorter ones (`av`, `och`, initials) say nothing about what a line is.
const WORDS = new RegExp(`[${LETTER}]{3,}`, 'g')

/** `Hastighetsplan för Exempelby –` over `antagande`: a line that runs on, by its dash or comma at the end. */
const RUNS_ON = /[–,-]$/
const LOWER_START = new RegExp(`^[${LOWER}]`)

/**
 * A plain title whose last line alone reads as no title (`antagande`, one word in lower case): the line above it runs
 * on into it, by a dash or comma at its end, or it goes on in lower case. Both lines unexplained, one after the other.
 */
function wrappedTitle(lines: HeaderLine[], i: number): { lines: HeaderLine[]; text: TitleText } | null {
  const [above, line] = [lines[i - 1], lines[i]!]
  // Unexplained whole (its residual is the line, a dash at its end cleaned off).
  const whole = (l: HeaderLine) => l.kind === 'unclassified' && l.residual !== null && l.position !== undefined
  if (!above || !whole(line) || !whole(above) || above.position!.end.line !== line.position!.start.line - 1) return null
  if (!RUNS_ON.test(above.text) && !LOWER_START.test(line.text)) return null
  const text = `${above.text} ${line.text}`
  const found = titleOfLine({ ...line, text, residual: text })
  return found ? { lines: [above, line], text: found.text } : null
}

/** A labelled title wraps over this many lines at most (a title of 25 words, three lines of a letterhead's column). */
const TITLE_LABEL_LINES = 3

/**
 * `Ärende` over `Yttrande över remiss av förslag till regionalt` / `trafikförsörjningsprogram för Exempellän`: a title
 * under its label, on the unexplained lines right below it, wherever the header's other labels stand.
 */
function labelledTitle(lines: HeaderLine[]): { lines: HeaderLine[]; text: TitleText } | null {
  const at = lines.findIndex((l) => l.kind === 'unclassified' && isTitleLabel(l.text))
  if (at < 0) return null
  const taken: HeaderLine[] = []
  let previous = lines[at]!
  for (const line of lines.slice(at + 1, at + 1 + TITLE_LABEL_LINES)) {
    if (line.kind !== 'unclassified' || line.residual !== line.text || !line.position || !previous.position) break
    if (line.position.start.line !== previous.position.end.line + 1) break
    taken.push(line)
    previous = line
  }
  if (taken.length === 0) return null
  const text = taken.map((l) => l.text).join(' ')
  const found = titleOfLine({ ...taken.at(-1)!, text, residual: text })
  return found ? { lines: taken, text: found.text } : null
}

/**
 * The plain title of a memo without a marked one: the last header line that reads like a title,
 * with the lines of one paragraph above it when it wraps (at most three), and after it only lines
 * the header explained (its case number, `Dnr`, a date) — never a line nobody understood.
 */
function plainTitle(lines: HeaderLine[]): { lines: HeaderLine[]; text: TitleText } | null {
  let after = 0
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!
    if (line.kind === 'furniture') continue
    const wrapped = wrappedTitle(lines, i)
    if (wrapped) return wrapped
    const found = titleOfLine(line)
    if (!found) {
      if (line.kind === 'unclassified' || ++after > LINES_AFTER_TITLE) return null
      continue
    }
    const taken = [line]
    // A title that wraps: unexplained lines directly above, on consecutive source lines.
    for (let j = i - 1; found.whole && j >= 0 && taken.length < 3; j--) {
      const above = lines[j]!
      if (above.kind !== 'unclassified' || above.residual !== above.text || !above.position) break
      if (above.position.end.line !== taken[0]!.position!.start.line - 1 || above.text.endsWith(':')) break
      taken.unshift(above)
    }
    if (taken.length === 1) return { lines: taken, text: found.text }
    return { lines: taken, text: titleText(taken.map((l) => l.text).join(' ')) }
  }
  return null
}

/**
 * Does a block read as running text, so that the body has begun: a paragraph that ends a sentence
 * and has five words or more (a title is a phrase; `Se bilaga.` is too short to tell), and does not
 * open with a header label.
 */
/** A paragraph of one line that reads as a title: a phrase, not a header line, a name or a body. */
function isPhrase(state: State, block: Block): boolean {
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || block.bold) return false
  const text = block.text
  if (!isPhraseLine(state, text)) return false
  return !isPersonName(text) && !isOrganName(text) && !isUnitName(text) && state.labels.leading(text) === null
}

/** A block of header lines only: labels with values, dates, case numbers, a document type (at most four lines). */
function isHeaderBlock(state: State, block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.lines.length <= 4 &&
    areHeaderLines(
      state.labels,
      block.lines.map((l) => l.text)
    )
  )
}

/** A page's facts stand right after its lead: the lead is one or two paragraphs (a web page's ingress). */
const LEAD_BLOCKS = 2

/**
 * The index of a block of header lines that follows a page's lead paragraph, before any heading (`# Title` / lead /
 * `Beslutande organ: Kommunfullmäktige` / `Diarienummer: KS 2031/77`); -1 when there is none.
 */
function factsAfterLead(state: State, blocks: Block[], from: number): number {
  for (let i = from; i < blocks.length && i <= from + LEAD_BLOCKS; i++) {
    const block = blocks[i]!
    if (block.kind !== 'paragraph' || headingOf(state, block) !== null) return -1
    // Facts are labels and values, no sentence (`Ansvarig handläggare är Ebba Lind, tfn …`.).
    if (i > from && isHeaderBlock(state, block) && !block.lines.some((l) => endsSentence(l.text))) return i
  }
  return -1
}

function isRunningText(state: State, block: Block): boolean {
  // Running text is sentences: an item or a paragraph of four words or fewer that ends in a point is a label or a
  // heading (`Bilagor.`), not text that ends a header.
  if (block.kind === 'list') return block.items.some((i) => endsSentence(i.text) && !atMostWords(i.text, 4))
  if (block.kind !== 'paragraph' || block.bold || !/[.!]["'”)]?$/.test(block.text) || atMostWords(block.text, 4))
    return false
  return state.labels.leading(block.lines[0]!.text) === null
}

/**
 * A paragraph in which a conversion lost the blank lines around a plain heading (`BAKGRUND` on
 * its own line, its text on the next, or between two pieces of text) is split around the
 * heading, so that the heading stands alone as Markdown would have read it.
 */
function splitAtHeadings(state: State, blocks: Block[]): Block[] {
  const out: Block[] = []
  // Before the first section, a title's last line may carry the heading that followed it.
  let beforeSections = true
  for (const whole of blocks) {
    const glued = beforeSections ? splitGluedHeading(state, whole) : null
    if (glued) {
      out.push(glued.before, glued.heading)
      beforeSections = false
      continue
    }
    const block = whole
    if (beforeSections && block.kind !== 'list' && state.headings.isSectionHeading(block.text)) beforeSections = false
    // Only a paragraph of two lines or more can hold a heading that lost its blank lines.
    if (block.kind !== 'paragraph' || block.lines.length < 2) {
      out.push(block)
      continue
    }
    const { lines } = block
    let widest = 0
    for (const line of lines) widest = Math.max(widest, line.text.length)
    // A transcript that collapsed its line breaks sets each block on one line: there, a line is a block of its own.
    if (widest > COLLAPSED_LINE) {
      for (const line of lines)
        for (const part of inlineHeadings(state, line)) {
          if (beforeSections && headsCollapsedLine(state, part.text)) beforeSections = false
          out.push(paragraphOf(block, [part]))
        }
      continue
    }
    let from = 0
    for (let i = 0; i < lines.length - 1; i++) {
      // A heading the vocabulary knows, or one by its layout: a short line after a sentence with text under it, or,
      // among the sections, a first line shorter than the text it heads.
      const opens =
        opensSection(state, block, i, beforeSections) ||
        headingByLayout(state, block, i, widest) ||
        (i === 0 && !beforeSections && !state.marksHeadings && headsParagraph(state, block))
      if (!opens) continue
      beforeSections = false
      if (i > from) out.push(paragraphOf(block, lines.slice(from, i)))
      out.push(paragraphOf(block, [lines[i]!]))
      from = i + 1
    }
    out.push(from === 0 ? block : paragraphOf(block, lines.slice(from)))
  }
  return out
}

/**
 * A line longer than this (in characters) was not wrapped by a page: a printed memo's line holds about a hundred
 * characters, and a paragraph that keeps its source's lines (pdftotext) stays under that; a Markdown paragraph written
 * on one line stands between blank lines. A paragraph of several lines with one this long is a transcript that
 * collapsed its line breaks and kept a break only between blocks (docplayer).
 */
const COLLAPSED_LINE = 300

/**
 * In a collapsed transcript, does a line head the blocks after it: a heading the vocabulary lists, on a line of its
 * own, capitalised and no sentence. What stands before it does not matter there: each line is a block.
 */
function headsCollapsedLine(state: State, text: string): boolean {
  return UPPER_START.test(text) && atMostWords(text, 8) && !endsSentence(text) && state.headings.isSectionHeading(text)
}

/** Where a sentence ends inside a line and the next begins with a capital. */
const SENTENCE_BREAK = new RegExp(`[.!?:]\\s+(?=[${UPPER}])`, 'g')

const WORD = /\S+/g

/** The words of a heading run into a line: the longest listed headings have five. */
const INLINE_HEADING_WORDS = 5

/**
 * A collapsed transcript's line cut at the headings run into it (`… under 2031. Bakgrund Nämnden har …`, `Nils
 * Wiklund Socialchef Beslutet skickas till`): a listed heading at the line's start or after a sentence's end, or one of
 * two words or more after any word, each followed by a capital or the line's end. The line whole when none stands in
 * it.
 */
function inlineHeadings(state: State, line: Line): Line[] {
  const text = line.text
  const starts = new Set([0])
  for (const m of allMatches(SENTENCE_BREAK, text)) starts.add(m.index + m[0].length)
  const cuts: Array<[number, number]> = []
  for (const m of allMatches(WORD, text)) {
    const at = m.index
    const afterSentence = starts.has(at)
    if (!UPPER_START.test(m[0]) || (cuts.length > 0 && at < cuts.at(-1)![1])) continue
    const end = headingAt(state, text, at, afterSentence ? 1 : 2)
    if (end <= 0 || (at === 0 && end === text.length)) continue
    // A heading of one word heads running text to the line's end (`Bilaga Prislista …` is an item that names its kind).
    if (!text.slice(at, end).includes(' ') && end < text.length && !endsSentence(text)) continue
    cuts.push([at, end])
  }
  if (cuts.length === 0) return [line]
  const parts: Line[] = []
  let from = 0
  for (const [at, end] of cuts) {
    if (at > from) parts.push(sliceLine(line, from, at))
    parts.push(sliceLine(line, at, end))
    from = end
  }
  if (from < text.length) parts.push(sliceLine(line, from, text.length))
  return parts.filter((p) => p.text !== '')
}

/**
 * The end of the longest listed heading of at least `fewest` words at `at`, followed by a capital or the line's end;
 * 0 when none stands there.
 */
function headingAt(state: State, text: string, at: number, fewest: number): number {
  let end = at
  const ends: number[] = []
  for (let n = 0; n < INLINE_HEADING_WORDS && end < text.length; n++) {
    const space = text.indexOf(' ', end + 1)
    end = space < 0 ? text.length : space
    ends.push(end)
  }
  for (let n = ends.length; n >= fewest; n--) {
    const stop = ends[n - 1]!
    const rest = text.slice(stop).trimStart()
    if (rest !== '' && !UPPER_START.test(rest)) continue
    if (state.headings.knows(text.slice(at, stop))) return stop
  }
  return 0
}

/**
 * Does a paragraph open with a heading by layout that lost the blank line under it (`Bedömning ur ekonomisk dimension`
 * over its text, as pdftotext sets it)? Its first line reads as a heading and is shorter than the line under it, which
 * begins the running text that follows; not a letterhead's document type or header line, nor a decision's lead-in.
 */
function headsParagraph(state: State, block: Extract<Block, { kind: 'paragraph' }>): boolean {
  const [first, second] = block.lines as [Line, Line]
  if (block.bold || first.text.length >= second.text.length || !UPPER_START.test(second.text)) return false
  const text = first.text
  if (!headingLike(state, text) || LEAD_IN.test(text) || documentTypeOf(text) !== null) return false
  if (isHeaderLine(state.labels, text)) return false
  const rest = block.text.slice(text.length + 1)
  return endsSentence(rest) || !atMostWords(rest, TEXT_WORDS)
}

/** Does the memo mark its headings (`#`, or a bold line of its own) rather than set them as plain lines? */
function marksHeadings(state: State, blocks: Block[]): boolean {
  return blocks.some(
    (b) =>
      (b.kind === 'heading' || (b.kind === 'paragraph' && b.bold && b.lines.length === 1)) &&
      state.headings.isSectionHeading(b.text)
  )
}

/**
 * Is line `i` of a paragraph a section heading that has text after it? The first line when it is certainly one
 * (listed, or of a form that always heads: `Expediera till`, `Nämndens bedömning`); a later line only when it is
 * exactly a listed heading, begins with a capital and follows the end of a sentence, a colon or an upper-case line
 * (a title): inside a sentence a heading word is text.
 */
function opensSection(
  state: State,
  block: Extract<Block, { kind: 'paragraph' }>,
  i: number,
  beforeSections: boolean
): boolean {
  const line = block.lines[i]!.text
  // `BESLUT` over `Datum …` and `Dnr …`: a letterhead's document type, not the heading of a section.
  if (i === 0 && documentTypeOf(line) !== null && isHeaderLine(state.labels, block.lines[1]!.text)) return false
  // A heading on a paragraph's first line is short (eight words hold the longest known headings) and no sentence;
  // a one- or two-word capitalised line before it (`BAKGRUND`) is itself a heading, not a break.
  if (i === 0)
    return !block.bold && atMostWords(line, 8) && !endsSentence(line) && state.headings.isSectionHeading(line)
  const before = block.lines[i - 1]!.text
  const breaks =
    endsSentence(before) || before.endsWith(':') || (before === before.toUpperCase() && !atMostWords(before, 2))
  // Before the first section, a title on the line above (`Skolskjutsar till Exempelby skola` / `Ärendet` / text).
  const afterTitle = beforeSections && i === 1 && !RUNS_ON.test(before) && isPhraseLine(state, before)
  return (breaks || afterTitle) && UPPER_START.test(line) && state.headings.knows(line)
}

/** A line that reads as a title: a phrase of a few words, no sentence, not a header line. */
function isPhraseLine(state: State, text: string): boolean {
  return !endsSentence(text) && atMostWords(text, 25) && !atMostWords(text, 1) && !isHeaderLine(state.labels, text)
}

/**
 * A line that a wrapped paragraph fills is at least this share of its widest line: a line shorter than this (under
 * three fifths of the width) ends a paragraph or stands alone, as a heading does.
 */
const SHORT_LINE_SHARE = 0.6

/**
 * Is line `i` of a paragraph a heading nobody listed, found by its layout: a short line of its own, after the end of
 * a sentence (or first), that reads as a heading (as `layoutHeading` reads a block), with running text after it.
 */
function headingByLayout(
  state: State,
  block: Extract<Block, { kind: 'paragraph' }>,
  i: number,
  widest: number
): boolean {
  if (state.marksHeadings || block.bold) return false
  const line = block.lines[i]!.text
  const next = block.lines[i + 1]!.text
  if (line.length > widest * SHORT_LINE_SHARE || (i > 0 && !endsSentence(block.lines[i - 1]!.text))) return false
  // Running text after it: a sentence, or a line longer than a heading, that begins with a capital.
  if (!UPPER_START.test(next) || (!endsSentence(next) && atMostWords(next, LAYOUT_HEADING_WORDS))) return false
  return headingLike(state, line) && !isSignatureClause(line)
}

/**
 * A heading by layout has at most this many words (the longest headings nobody listed, `Samverkan med fackliga
 * organisationer`, have five).
 */
const LAYOUT_HEADING_WORDS = 7

/**
 * `Bolagets plan omfattar följande åtgärder:`, `Remissvar skickas till:`: a line that leads into what follows it, its
 * `följande` or `nedan`, or a colon, at the end. An unlisted heading stands without a colon; the headings that carry
 * one (`Ärendebeskrivning:`, `Beslutet expedieras till:`) are the vocabulary's.
 */
const LIST_LEAD_IN = new RegExp(`\\s(?:följande|nedan|nedanstående)(?: [${LOWER}]+)?:?$|:$`, 'i')

/**
 * `Kommunen vill särskilt ha synpunkter på`: a line that stops on a preposition, a conjunction or `att`, `som` runs on
 * into what follows it (a list, as a rule); a heading ends in what it names.
 */
const OPEN_END =
  /\s(?:på|om|för|till|av|med|att|som|och|samt|eller|i|vid|från|mot|över|under|hos|inom|genom|enligt|kring)$/i

/** Does the line lead into what follows it rather than head it? */
function leadsIn(text: string): boolean {
  return LIST_LEAD_IN.test(text) || OPEN_END.test(text)
}

/**
 * Does a line read as a heading by itself: short, no sentence end, capitalised, neither a lead-in, a label, a name, an
 * organ nor a number.
 */
function headingLike(state: State, text: string): boolean {
  if (!atMostWords(text, LAYOUT_HEADING_WORDS) || endsSentence(text) || !UPPER_START.test(text)) return false
  return !(
    /[\d,;@]|:./.test(text) ||
    leadsIn(text) ||
    isPersonName(text) ||
    isOrganName(text) ||
    isUnitName(text) ||
    state.labels.leading(text)
  )
}

/** Running text after a heading has at least this many words when it does not end a sentence (a wrapped line). */
const TEXT_WORDS = 12

/**
 * Does text follow, so that a heading-like line before it heads it: a list, a paragraph of running text (a sentence,
 * or a line too long for a heading), a template's placeholder (`Text`), or a lead-in with its list after it.
 */
function textFollows(next: Block | undefined, after: Block | undefined): boolean {
  if (next === undefined) return false
  if (next.kind === 'list') return true
  if (next.kind !== 'paragraph' || next.bold) return false
  // A template's placeholder (`Text`) under it stands for the text a heading would head.
  if (next.lines.length === 1 && isGuidanceText(next.text)) return true
  if (endsSentence(next.text) || !atMostWords(next.text, TEXT_WORDS)) return true
  return after?.kind === 'list' && leadsIn(next.text)
}

/**
 * A heading found by its layout, not by the vocabulary (which only gives it a role): a line of its
 * own that reads as a heading (`headingLike`), followed by text (`textFollows`). Not among recipients.
 */
function layoutHeading(state: State, blocks: Block[], index: number, within: Preamble | Section): HeadingOf | null {
  const block = blocks[index]!
  if (state.marksHeadings || block.kind !== 'paragraph' || block.bold || block.lines.length !== 1) return null
  if (within.type === 'section' && within.role === 'distribution') return null
  const text = block.text
  // A decision's lead-in (`Kommunstyrelsen föreslår kommunfullmäktige besluta`) or proposer line belongs to the
  // decision: in its section, or before any section, where a decision without a heading stands.
  const decides = within.type === 'section' && (within.role === 'proposals' || within.role === 'decision')
  if ((decides || within.type === 'preamble') && LEAD_IN.test(text)) return null
  if (decides && SUB_HEADING.test(text)) return null
  if (!headingLike(state, text) || !textFollows(blocks[index + 1], blocks[index + 2])) return null
  return { text, depth: 0 }
}

/** Header lines that make a heading of several lines a letterhead: two (a label with its value, a date, a code). */
const LETTERHEAD_LINES = 2

/**
 * A letterhead that a rule under it made a heading: pandoc writes a two-column letterhead as a simple
 * table between dashed rules, and Markdown reads its lines with the closing rule as one setext heading
 * (`Exempelby kommun TJÄNSTESKRIVELSE` / `Handläggare: Nils Wiklund Dnr: KS 2031/77` / `------`). A title
 * wraps, but holds no header lines: a heading of several lines, two of them header lines, is a paragraph
 * of header lines.
 */
function letterheadsUnderlined(state: State, blocks: Block[]): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'heading' || block.lines.length < LETTERHEAD_LINES) return block
    let header = 0
    for (const line of block.lines) if (isHeaderLine(state.labels, line.text)) header++
    if (header < LETTERHEAD_LINES) return block
    return { kind: 'paragraph', lines: block.lines, text: block.text, bold: false, position: block.position }
  })
}

/**
 * `Ändring i föredragningslistan / Förslag till beslut`: a known heading after a space (or ` / `, ` – `) at a line's
 * end.
 */
const GLUE = /^(.*?\S)(?:\s+[/–-])?\s+$/

/**
 * A title whose last line runs on into the heading that followed it, as a conversion that lost the
 * line break leaves it (`Ansökan om bidrag till hembygdsföreningen Förslag till beslut`, in a `##`
 * heading, bold or plain): split into the title and a heading block of the same kind. Only a
 * listed heading, capitalised, at the end of a short block that is not a sentence.
 */
function splitGluedHeading(state: State, block: Block): { before: Block; heading: Block } | null {
  if (block.kind === 'list' || block.lines.length > 3 || !atMostWords(block.text, 30) || endsSentence(block.text))
    return null
  const last = block.lines.at(-1)!
  const words = last.text.split(' ')
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ')
    if (!UPPER_START.test(tail) || !state.headings.knows(tail)) continue
    const glue = GLUE.exec(last.text.slice(0, last.text.length - tail.length))
    if (!glue) continue
    const head = glue[1]!
    const at = last.text.length - tail.length
    const { start, end } = last.position
    const split = start.line === end.line && last.text.length === end.offset! - start.offset!
    // Positions by column where the line is written as its text; else the tail keeps the line's place.
    const tailStart = split ? { line: start.line, column: start.column + at, offset: start.offset! + at } : start
    const headEnd = split
      ? { line: start.line, column: start.column + head.length, offset: start.offset! + head.length }
      : end
    const lines = [...block.lines.slice(0, -1), { text: head, position: { start, end: headEnd } }]
    const tailLine: Line = { text: tail, position: { start: tailStart, end } }
    const text = fold(joinLines(lines))
    const position = { start: block.position.start, end: headEnd }
    if (block.kind === 'heading')
      return {
        before: { ...block, lines, text, position },
        heading: {
          kind: 'heading',
          depth: block.depth,
          lines: [tailLine],
          text: tail,
          bold: block.bold,
          position: tailLine.position
        }
      }
    return {
      before: { ...block, lines, text, position },
      heading: { kind: 'paragraph', lines: [tailLine], text: tail, bold: block.bold, position: tailLine.position }
    }
  }
  return null
}

/**
 * `… kan ni kontakta Ebba Lind, utredare, telefon 0650-191 11.`, `Handläggare är Nils Wiklund, tfn …`, `Frågor
 * besvaras av Ebba Lind …`: where running text names the person to ask, before their name.
 */
const CONTACT = new RegExp(
  `(?:\\bkontakta|\\b[Hh]andläggare\\b[^.]{0,60}? är|\\b[Kk]ontaktperson(?:en)? är|` +
    // `Frågor om remissen besvaras av …`, `Upplysningar lämnas av …`: within a clause (40 characters) of the word.
    `\\b(?:[Ff]rågor|[Uu]pplysningar)\\b[^.]{0,40}? (?:besvaras|lämnas) av)\\s+(?=[${UPPER}])`
)

/** The end of a sentence: a full stop before white space or the line's end (not the dots of an e-mail address). */
const SENTENCE_END = /\.(?=\s|$)/

/**
 * The person a sentence of the body names as the one to ask, with what stands after the name up to the sentence's
 * end (a title, a phone, an e-mail), as a labelled officer line to read as the header's are; null when there is none.
 */
function officerInSentence(line: Line): Line | null {
  const m = CONTACT.exec(line.text)
  if (!m) return null
  const from = m.index + m[0].length
  const end = SENTENCE_END.exec(line.text.slice(from))
  const part = sliceLine(line, from, end ? from + end.index : line.text.length)
  return { text: `Handläggare: ${part.text}`, position: part.position }
}

/** A contact block's lines under the name: a title, a phone, an e-mail (`Ebba Lind` / `Utredare` / `0123-…` / …). */
const CONTACT_BLOCK_LINES = 3
/** A line of a contact block is short: a title, a phone number or an address, never a sentence (60 characters). */
const CONTACT_BLOCK_WIDTH = 60

/**
 * `Nils Wiklund` on a line of its own with his title, phone and e-mail on the lines under it (a signature or a
 * contact block): the name as a labelled officer line and the lines under it, as a header reads them (each value at
 * its own line), when one of them is a phone or an e-mail; null otherwise.
 */
function contactBlock(lines: Line[], at: number, name: string): Line[] | null {
  if (fold(lines[at]!.text) !== name) return null
  const under: Line[] = []
  for (const line of lines.slice(at + 1, at + 1 + CONTACT_BLOCK_LINES)) {
    if (line.text.length > CONTACT_BLOCK_WIDTH || endsSentence(line.text)) break
    under.push(line)
  }
  if (!under.some((l) => isContactLine(l.text))) return null
  return [{ text: `Handläggare: ${name}`, position: lines[at]!.position }, ...under]
}

/**
 * The officer a labelled line or a contact sentence of the body names, read as a header line is; null when there is
 * none. With `name` (the header's officer), only a line that names that officer: it gives what the header left out,
 * also as a name over its contact lines.
 */
function officerInBody(state: State, body: Block[], furniture: Set<number>, name: string | null): HeaderSummary | null {
  for (let i = 0; i < body.length; i++) {
    const block = body[i]!
    if (furniture.has(i) || block.kind !== 'paragraph') continue
    for (const [j, line] of block.lines.entries()) {
      if (name !== null && !line.text.includes(name)) continue
      // A labelled line first; a sentence (`Ansvarig handläggare på enheten är …`) when the label opens one.
      const labelled = state.labels.leading(line.text)?.field === 'officer' ? line : null
      const sentence = officerInSentence(line)
      const contact = name !== null ? contactBlock(block.lines, j, name) : null
      for (const read of [labelled && [labelled], sentence && [sentence], contact]) {
        if (!read) continue
        const summary = summarizeHeader(state, buildHeader(state, read), null)
        if (summary.officer.name !== null && (name === null || summary.officer.name === name)) return summary
      }
    }
  }
  return null
}

/** The header's officer's title, phone and e-mail that the header left out, from the body's line that names them. */
function completeOfficer(summary: HeaderSummary, found: HeaderSummary): void {
  const officer = summary.officer
  const first = summary.officers[0]?.name === officer.name ? summary.officers[0] : undefined
  for (const k of ['title', 'phone', 'email'] as const) {
    const value = found.officer[k]
    const source = found.sources[`officer.${k}`]
    if (officer[k] !== null || value === null) continue
    officer[k] = value
    if (first) first[k] = value
    if (source) summary.sources[`officer.${k}`] = source
  }
}

/** `Exempelby den 3 mars 2022`, `Exempelby 2022-03-03`: a place and a date, a line of its own. */
const PLACE_AND_DATE = new RegExp(`^[${UPPER}][${LETTER}-]+(?: [${UPPER}][${LETTER}-]+)?,? (?:den )?(?=\\d)`)

/** A line of a label and a case number is short: the longest label and case number stay under 60 characters. */
const CASE_NUMBER_LINE = 60

/**
 * The case number a body's line gives under its label and nothing else (`Dnr KS 2031/77`, `Diarienummer: 1187-2031`),
 * the first such line, alone or among a memo's header lines after a cover page; null when there is none. A label in
 * running text (`vårt dnr KS 2030/12`) names another case.
 */
function caseNumberInBody(
  state: State,
  body: Block[],
  furniture: Set<number>
): { match: CaseNumberMatch; position: Position } | null {
  for (let i = 0; i < body.length; i++) {
    const block = body[i]!
    if (furniture.has(i) || block.kind !== 'paragraph') continue
    for (const line of block.lines) {
      if (line.text.length > CASE_NUMBER_LINE || !/\d/.test(line.text)) continue
      const label = state.labels.leading(line.text)
      if (label?.field !== 'caseNumber') continue
      const rest = line.text.slice(label.end).trimStart()
      const [match] = findCaseNumbers(rest, { weak: true, extra: state.caseNumbers })
      if (match?.index === 0 && match.end === rest.length) return { match, position: line.position }
    }
  }
  return null
}

/** The date of the last place-and-date line in the body, the way a letter closes; null when there is none. */
function closingDate(body: Block[], furniture: Set<number>): { iso: string; position: Position } | null {
  for (let i = body.length - 1; i >= 0; i--) {
    const block = body[i]!
    if (furniture.has(i) || block.kind !== 'paragraph') continue
    for (const line of block.lines) {
      const place = PLACE_AND_DATE.exec(line.text)
      if (!place || isPersonName(place[0].replace(/,? (?:den )?$/, ''))) continue
      const [date] = findDates(line.text.slice(place[0].length))
      if (date?.iso && place[0].length + date.end === line.text.length)
        return { iso: date.iso, position: line.position }
    }
  }
  return null
}

/**
 * A header block's lines. A table (a letterhead that pandoc, docling or marker wrote as a pipe table)
 * is read by its cells: a row of labels over a row of values gives `label value` lines, column by
 * column, several values in a cell (`Name<br>Name`) joined by commas, and so does a label cell beside
 * its value cell in one row (`| Datum | 2023-05-08 |`); any other cell gives its
 * lines (`Datum<br>2021-11-23`) one by one, so that labels, values and names stand as in a
 * letterhead set in lines.
 */
function headerLinesOf(state: State, block: Block): Line[] {
  if (block.kind !== 'paragraph' || !block.rows) return blockLines(block)
  // Empty cells are left out; a cell a converter repeated for a merged cell
  // (`| Exempelby kommun | Exempelby kommun |`) counts once.
  const rows = filledRows(block.rows).map((row) => row.filter((cell, c) => c === 0 || cell.text !== row[c - 1]!.text))
  const isLabel = (cell: Cell) => {
    const hit = state.labels.leading(cell.text)
    return hit !== null && cell.text.slice(hit.end).trim() === ''
  }
  const out: Line[] = []
  let r = 0
  while (r < rows.length) {
    const row = rows[r]!
    const values = rows[r + 1]
    // A row below that holds labels where this row's stand is the next row of label | value pairs, no value row.
    if (
      values?.length === row.length &&
      row.some(isLabel) &&
      !row.some((cell, c) => isLabel(cell) && isLabel(values[c]!))
    ) {
      row.forEach((cell, c) => {
        const value = values[c]!
        const parts = value.lines.map((p) => p.text)
        if (isLabel(cell))
          out.push(
            parts.length > 0
              ? { text: `${cell.text} ${parts.join(', ')}`, position: value.position }
              : { text: cell.text, position: cell.position }
          )
        else {
          out.push(...cell.lines)
          // A cell repeated in the row below (a merged cell again) counts once.
          if (value.text !== cell.text) out.push(...value.lines)
        }
      })
      r += 2
      continue
    }
    // `| Datum | 2023-05-08 |`: a label cell and its value in the next cell, side by side.
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!
      const value = row[c + 1]
      if (value && isLabel(cell) && !isLabel(value)) {
        out.push({ text: `${cell.text} ${value.lines.map((p) => p.text).join(', ')}`, position: value.position })
        c++
      } else out.push(...cell.lines)
    }
    r++
  }
  return out
}

function paragraphOf(block: Extract<Block, { kind: 'paragraph' }>, lines: Line[]): Block {
  return {
    kind: 'paragraph',
    lines,
    text: fold(joinLines(lines)),
    bold: block.bold,
    position: { start: lines[0]!.position.start, end: lines.at(-1)!.position.end }
  }
}

export function buildTree(state: State, mdast: Root, frontMatter: FrontMatter | null): BuildResult {
  const raw = letterheadsUnderlined(state, toBlocks(mdast, state.source))
  // Whether the memo marks its headings (`#`, bold) is known before paragraphs are split at plain ones: a memo that
  // marks them has no plain heading to find by layout.
  state.marksHeadings = marksHeadings(state, raw)
  const blocks = splitAtHeadings(state, raw)
  state.marksHeadings ||= marksHeadings(state, blocks)
  const title = findTitle(state, blocks)
  // The header: the blocks before the title, or, for a title printed above the header, the
  // blocks around it up to the first section.
  let headerEnd: number
  if (!title) {
    // No marked title: the header runs to the first section heading or the first running text.
    headerEnd = blocks.findIndex((b) => headingOf(state, b) !== null || isRunningText(state, b))
    if (headerEnd < 0) headerEnd = blocks.length
    // `Yttrande över motion …` / `Motionens innehåll` / text: of two phrases before the text, the
    // first is the title and the second the heading of the text (nobody listed it).
    const [upper, lower] = [blocks[headerEnd - 2], blocks[headerEnd - 1]]
    if (
      upper &&
      lower &&
      isPhrase(state, upper) &&
      layoutHeading(state, blocks, headerEnd - 1, { type: 'preamble', children: [] }) !== null
    )
      headerEnd--
  } else if (!title.headerAfter) headerEnd = title.index
  else {
    // … a section heading the vocabulary knows, a marked heading below the title, or running text.
    const first = blocks.findIndex((b, i) => {
      if (i <= title.index) return false
      const heading = headingOf(state, b)
      if (heading !== null && (state.headings.isSectionHeading(heading.text) || b.kind === 'heading')) return true
      // A decision's lead-in (`Beredningen föreslår kommunstyrelsen besluta följande`) is body text too.
      return (
        heading === null &&
        (isRunningText(state, b) || (b.kind === 'paragraph' && LEAD_IN.test(b.text) && !isHeaderBlock(state, b)))
      )
    })
    headerEnd = first < 0 ? blocks.length : first
  }
  // Header lines right after a marked title (`## 7. Taxa …` / `Tjänsteskrivelse 2021-02-17` / `Handläggare: …`) are the
  // header's too.
  let bodyStart = title && !title.headerAfter ? title.index + 1 : headerEnd
  const after: Block[] = []
  if (title && !title.headerAfter)
    while (
      bodyStart < blocks.length &&
      headingOf(state, blocks[bodyStart]!) === null &&
      isHeaderBlock(state, blocks[bodyStart]!)
    )
      after.push(blocks[bodyStart++]!)
  // A web page's facts after its lead paragraph (`Beslutande organ: …` / `Diarienummer: …`), before its first section.
  const facts = title ? factsAfterLead(state, blocks, bodyStart) : -1
  if (facts >= 0) after.push(blocks[facts]!)
  const headerBlocks = [...blocks.slice(0, headerEnd).filter((_, i) => i !== title?.index), ...after]
  const header = buildHeader(
    state,
    headerBlocks.flatMap((b) => headerLinesOf(state, b))
  )
  const marked = title ? titleText(title.text) : null
  let titleNode: Title | null = title
    ? {
        type: 'title',
        value: marked!.value,
        written: title.text,
        source: title.source,
        position: blocks[title.index]!.position
      }
    : null

  // No marked-up title: the last header line that reads like one (a title that wraps, taken whole).
  let titleCaseNumber: CaseNumberMatch | null = marked?.caseNumber ?? null
  if (!titleNode) {
    const plain = labelledTitle(header.children) ?? plainTitle(header.children)
    if (plain) {
      const { lines, text } = plain
      const position = { start: lines[0]!.position!.start, end: lines.at(-1)!.position!.end }
      titleNode = { type: 'title', value: text.value, written: joinLines(lines as Line[]), source: 'plain', position }
      titleCaseNumber = text.caseNumber
      const last = lines.at(-1)!
      if (last.kind === 'fields') last.residual = null
      header.children = header.children.filter((l) => !lines.includes(l) || l.kind === 'fields')
    }
  }
  const summary = summarizeHeader(
    state,
    header,
    titleCaseNumber && titleNode ? { match: titleCaseNumber, position: titleNode.position } : null
  )
  header.summary = summary

  const body = facts < 0 ? blocks.slice(bodyStart) : blocks.slice(bodyStart).filter((_, i) => i !== facts - bodyStart)
  const titleBlock = title ? blocks[title.index] : undefined
  const second = body[0]
  if (
    titleBlock &&
    second &&
    !title!.headerAfter &&
    titleBlock.kind === second.kind &&
    (second.kind !== 'heading' || (titleBlock.kind === 'heading' && second.depth === titleBlock.depth))
  ) {
    const heading = headingOf(state, second)
    if (heading && !state.headings.isSectionHeading(heading.text))
      state.note('duplicate-title', 'second', { second: heading.text, first: title!.text }, second.position)
  }
  const headerTexts: string[] = []
  for (const line of header.children) headerTexts.push(line.text)
  const furniture = furnitureOf(state, body, headerTexts, {
    caseNumber: summary.caseNumber,
    documentType: summary.documentType === null ? null : (documentTypeOf(summary.documentType) ?? summary.documentType)
  })
  const furnitureAt = new Set(furniture.keys())
  const signatures = findSignatures(body, furnitureAt)
  const signatureAt = signatures ? new Set(signatures.indices) : new Set<number>()
  // A memo whose header names no officer: a labelled officer line in the body (`Handläggare: …` under an agenda item's
  // text).
  // One the header names without a phone or an e-mail: the body's sentence that names them (`Frågor besvaras av
  // Ebba Lind, utredare, telefon …`).
  const { officer } = summary
  if (officer.name !== null && (officer.phone === null || officer.email === null)) {
    const found = officerInBody(state, body, furnitureAt, officer.name)
    if (found) completeOfficer(summary, found)
  } else if (officer.name === null) {
    const found = officerInBody(state, body, furnitureAt, null)
    if (found) {
      summary.officer = found.officer
      summary.officers = found.officers
      for (const k of ['officer.name', 'officer.title', 'officer.phone', 'officer.email'] as const) {
        const source = found.sources[k]
        if (source) summary.sources[k] = source
      }
    }
  }
  // A memo whose header gives no case number: the labelled one on a line of its own in the body, under its item's
  // heading (`## § 47 Markanvisning …` / `Dnr KS 2031/77`), as an extract of minutes prints it.
  if (summary.caseNumber === null) {
    const own = caseNumberInBody(state, body, furnitureAt)
    if (own) {
      summary.caseNumber = own.match.value
      summary.caseRef = own.match.ref
      summary.sources.caseNumber = { position: own.position, why: 'labelled' }
    }
  }
  // A memo whose header gives no date: the place and date it closes with (`Exempelby den 3 mars 2022`).
  if (summary.date === null) {
    const closing = closingDate(body, furnitureAt)
    if (closing) {
      summary.date = closing.iso
      summary.sources.date = { position: closing.position, why: 'closing' }
    }
  }
  // A memo whose header names no unit: the body its signature block names is the one that writes.
  const signingBody = signatures?.node.body ?? null
  if (summary.unit === null && signingBody !== null) {
    summary.unit = signingBody
    summary.sources.unit = {
      ...(signatures!.node.bodyPosition ? { position: signatures!.node.bodyPosition } : {}),
      why: 'signature'
    }
  }

  const preamble: Preamble = { type: 'preamble', children: [] }
  const sections: Section[] = []
  let current: Preamble | Section = preamble
  body.forEach((block, index) => {
    const piece = furniture.get(index)
    if (piece) {
      current.children.push(piece)
      return
    }
    if (signatureAt.has(index)) {
      if (index === signatures!.indices[0]) current.children.push(signatures!.node)
      return
    }
    const heading = headingOf(state, block) ?? layoutHeading(state, body, index, current)
    if (heading) {
      const role = state.headings.roleOf(heading.text)
      current = {
        type: 'section',
        heading: heading.text,
        depth: heading.depth,
        role: role ?? 'other',
        known: role !== null,
        headingPosition: block.position,
        children: [],
        position: { start: block.position.start, end: block.position.end }
      }
      sections.push(current)
      if (heading.rest) {
        const text = joinLines(heading.rest)
        const position = { start: heading.rest[0]!.position.start, end: heading.rest.at(-1)!.position.end }
        current.children.push({ type: 'paragraph', text, lines: heading.rest, bold: false, position })
      }
      return
    }
    current.children.push(contentOf(block))
    if (current.position) current.position = { start: current.position.start, end: block.position.end }
  })

  const chosen = chooseProposalSection(sections, summary.documentType)
  if (chosen) chosen.section.proposals = chosen.list
  else {
    const decision = decisionWithoutHeading(preamble)
    if (decision) preamble.proposals = decision
  }
  for (let i = 0; i < sections.length; i++) {
    if (sections[i]!.role !== 'distribution') continue
    const subs = subSections(sections, i)
    sections[i]!.distribution = buildDistribution(sections[i]!, subs)
    i += subs.length
  }

  const bodyLines: Line[] = []
  for (const container of [preamble, ...sections]) {
    if (container.type === 'section' && container.headingPosition)
      bodyLines.push({ text: container.heading, position: container.headingPosition })
    for (const node of container.children) {
      if (node.type === 'paragraph') bodyLines.push(...node.lines)
      else if (node.type === 'list')
        for (const li of node.children) bodyLines.push({ text: li.text, position: li.position! })
    }
  }
  const references = findReferences(bodyLines, summary.caseNumber, state.caseNumbers)

  const children: CaseRootContent[] = [header]
  if (titleNode) children.push(titleNode)
  if (preamble.children.length > 0) {
    preamble.position = { start: preamble.children[0]!.position!.start, end: preamble.children.at(-1)!.position!.end }
    children.push(preamble)
  }
  children.push(...sections)
  children.push({ type: 'references', children: references })
  const tree: CaseRoot = {
    type: 'caseDocument',
    frontMatter,
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: endPoint(state.source)
    }
  }
  return { tree }
}

/** The end of the document, from the line index the source already has. */
function endPoint(source: SourceIndex) {
  const lastStart = source.lineStarts.at(-1)!
  return { line: source.lineStarts.length, column: source.text.length - lastStart + 1, offset: source.text.length }
}

/** `Kommunstyrelsen beslutar att …`, `Nämnden beslutar om …`: a body's decision in one sentence. */
const DECISION_SENTENCE = new RegExp(`^[${UPPER}][${LETTER}-]*(?: [${LETTER}-]+){0,4} beslutar (?:att|om) `)

/** `Förteckningen över delegationsbeslut anmäls.`: a decision in the passive, one sentence that ends in its verb. */
const PASSIVE_DECISION =
  /\s(?:anmäls|godkänns|antas|fastställs|noteras|beviljas|avslås|bifalls|besvaras|läggs till handlingarna)\.$/

/** `att bevilja …`: an att-clause of a decision, opening its paragraph. */
const ATT_CLAUSE = new RegExp(`^att [${LOWER}]`)

/** A sentence end followed by another sentence: a paragraph of more than one sentence. */
const NEXT_SENTENCE = new RegExp(`[.!?] [${UPPER}]`)

/**
 * A decision in the text before any section, when no section holds one: a lead-in (`Nämnden
 * föreslås besluta följande`) with the list after it, or a decision in one sentence. Its items as
 * a proposals section would give them; null when there is none.
 */
function decisionWithoutHeading(preamble: Preamble): ProposalList | null {
  const content = preamble.children
  for (let i = 0; i < content.length; i++) {
    const parts = decisionParts(content, i)
    if (!parts) continue
    const position = { start: parts[0]!.position!.start, end: parts.at(-1)!.position!.end }
    const list = buildProposals({
      type: 'section',
      heading: '',
      depth: 0,
      known: true,
      role: 'proposals',
      children: parts,
      position
    })
    if (list.children.length > 0) return list
  }
  return null
}

/**
 * The blocks of a decision without a heading that opens at `content[i]`: a lead-in with the list after it, or with its
 * att-clauses one paragraph each (`att bevilja …,` / `att finansiera …`), or a decision in one sentence; null for none.
 */
function decisionParts(content: SectionContent[], i: number): SectionContent[] | null {
  const node = content[i]!
  if (node.type !== 'paragraph') return null
  if (!LEAD_IN.test(node.text)) {
    const decides =
      (DECISION_SENTENCE.test(node.text) || PASSIVE_DECISION.test(node.text)) &&
      endsSentence(node.text) &&
      !NEXT_SENTENCE.test(node.text)
    return decides ? [node] : null
  }
  const next = content[i + 1]
  if (next?.type === 'list') return [node, next]
  let end = i + 1
  for (let c = content[end]; c?.type === 'paragraph' && ATT_CLAUSE.test(c.text); c = content[end]) end++
  return end > i + 1 ? content.slice(i, end) : null
}

/** For minutes and decisions, the decision; otherwise the first proposals section that has items. */
function chooseProposalSection(
  sections: Section[],
  documentType: string | null
): { section: Section; list: ProposalList } | null {
  const decided = documentType !== null && /protokoll|beslut/.test(documentType)
  const proposals = sections.filter((s) => s.role === 'proposals')
  const decisions = sections.filter((s) => s.role === 'decision')
  const ordered = decided ? [...decisions, ...proposals] : [...proposals, ...decisions]
  let first: { section: Section; list: ProposalList } | null = null
  for (const section of ordered) {
    const list = buildProposals(section)
    if (list.children.length > 0) return { section, list }
    first ??= { section, list }
  }
  return first
}
