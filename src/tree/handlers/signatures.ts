/**
 * The signature block: an optional formula (`I tjänsten`), then names, each
 * with a title on the next line or in the next paragraph. Handles titles that
 * wrap over lines and signature columns a conversion flattened: `Socialchef Ebba Lind`,
 * name-title pairs run together on one line or over several, a names line over a
 * titles line (in one paragraph or two), and tables read by columns or by rows.
 * Without a formula, a block is only taken
 * when a title reads as a job title, so a capitalised phrase in the text is not
 * taken for a person.
 */
import { isContactLine } from '../../vocab/furniture.js'
import { filledRows, joinLines, sliceLine, type Block, type Cell } from '../blocks.js'
import type { Line, SignatureBlock, Signatory } from '../types.js'
import {
  isPersonName,
  isUnitName,
  isSignatureClause,
  mayOpenWithName,
  politicianName,
  splitNameAndTitle,
  splitNames,
  splitTitleAndName,
  startsWithJobTitle
} from '../../vocab/people.js'
import { UPPER, allMatches, atMostWords, endsSentence, fold, wordCount } from '../../vocab/text.js'

/** The start of a line, or a space, before a capital: where a capitalised word begins. */
const WORD_BEFORE_CAPITAL = new RegExp(String.raw`(?:^|\s)(?=[${UPPER}])`, 'g')

export interface FoundSignatures {
  /** Indices of the blocks the signature block is made of. */
  indices: number[]
  node: SignatureBlock
}

function signatory(name: Line, titleLines: Line[]): Signatory {
  const person: Signatory = { type: 'signatory', name: name.text, title: null, position: name.position }
  if (titleLines.length > 0) setTitle(person, titleLines)
  return person
}

function setTitle(person: Signatory, written: Line[]): void {
  // The phone and e-mail printed under a title (`Miljöinspektör` / `0123-45 67 89` / `ebba.lind@exempelby.se`) are
  // how to reach the signatory, not the title: it ends where they begin.
  const contact = written.findIndex((l) => isContactLine(l.text))
  const lines = contact < 0 ? written : written.slice(0, contact)
  if (lines.length === 0) return
  const first = lines[0]!.position
  const last = lines.at(-1)!.position
  person.title = fold(joinLines(lines))
  person.titlePosition = { start: first.start, end: last.end }
  person.position = { start: person.position!.start, end: last.end }
}

/**
 * The most words a line of a signature block has: four signatories side by side, each a name of up to three
 * words and a title of up to five (`Enhetschef individ- och familjeomsorgen`).
 */
const SIGNATURE_LINE_WORDS = 32

function tryAt(blocks: Block[], start: number, skip: Set<number>): FoundSignatures | null {
  const indices: number[] = []
  let i = start
  let clause: Line | null = null
  const paragraph = (at: number) => {
    const b = blocks[at]
    return b?.kind === 'paragraph' ? b : null
  }
  // The next paragraph after `at`, past page furniture, when it opens with a signatory's name (a unit's line heads
  // them); -1 otherwise.
  const namedAfter = (at: number) => {
    let n = at + 1
    while (skip.has(n)) n++
    const head = paragraph(n)?.lines[0]
    return head && (isPersonName(head.text) || politicianName(head.text)) ? n : -1
  }
  // `REGIONSTYRELSEN` above the names: the body that signs, set in capitals; or the unit whose people sign, on a line
  // of its own over the first name (`Enheten för parker` / `Ebba Lind` / `Enhetschef`).
  let body: Line | null = null
  const top = paragraph(i)
  const topLine = top?.lines.length === 1 ? top.lines[0]! : null
  if (topLine && (isSigningBody(topLine.text) || (isUnitName(topLine.text) && namedAfter(i) >= 0))) {
    body = topLine
    indices.push(i)
    i++
    while (skip.has(i)) i++
  }
  const first = paragraph(i)
  if (first?.lines.length === 1 && isSignatureClause(first.lines[0]!.text)) {
    clause = first.lines[0]!
    indices.push(i)
    i++
  }
  const people: Signatory[] = []
  while (i < blocks.length) {
    if (skip.has(i)) {
      i++
      continue
    }
    const b = paragraph(i)
    if (!b) break
    const head = b.lines[0]!
    // Running text: no line of a signature (a name, a title, four name-and-title pairs side by side) is that long.
    if (!b.rows && !atMostWords(head.text, SIGNATURE_LINE_WORDS)) break
    // The first signatory's paragraph opens with a name (in every reading below), or is a table, or a title over a
    // name: one cheap test rules out the text's paragraphs, each tried here in turn.
    if (people.length === 0 && !b.rows && !mayOpenWithName(head.text)) {
      if (b.lines.length !== 2 || !startsWithJobTitle(head.text)) break
    }
    const last = people.at(-1)
    // Repeated blocks, each under its signatory's unit (`Enheten för parker` / `Ebba Lind` / `Enhetschef`): the unit's
    // line between two signatories is stepped over, as a signing body's at the top is.
    if (last && b.lines.length === 1 && !b.rows && (isUnitName(head.text) || isSigningBody(head.text))) {
      const named = namedAfter(i)
      if (named >= 0) {
        indices.push(i)
        i = named
        continue
      }
    }
    // Signature columns that a conversion flattened: a table, a names line over a titles line, pairs on one line.
    const flattened = flattenedColumns(b.lines, b.rows)
    if (flattened) {
      for (const p of flattened) people.push(signatory(p.name, p.title))
      indices.push(i)
      i++
      continue
    }
    // The names line and the titles line as two paragraphs: the same columns with a blank line between them.
    if (b.lines.length === 1 && !b.rows) {
      let n = i + 1
      while (skip.has(n)) n++
      const next = paragraph(n)
      const columns = next?.lines.length === 1 && !next.rows ? namesOverTitles(head, next.lines[0]!) : null
      if (columns) {
        for (const p of columns) people.push(signatory(p.name, p.title))
        indices.push(i, n)
        i = n + 1
        continue
      }
    }
    // `Regiondirektör` over `Nils Wiklund`: the title printed above the name.
    if (
      b.lines.length === 2 &&
      startsWithJobTitle(head.text) &&
      !isPersonName(head.text) &&
      isPersonName(b.lines[1]!.text)
    ) {
      people.push(signatory(b.lines[1]!, [head]))
      indices.push(i)
      i++
      continue
    }
    if (isPersonName(head.text) || politicianName(head.text)) {
      // Several signatories in one paragraph: a name line after title lines starts the next one.
      let titleLines: Line[] = []
      let name = head
      for (const line of b.lines.slice(1)) {
        if (
          titleLines.length > 0 &&
          (isPersonName(line.text) || politicianName(line.text)) &&
          !startsWithJobTitle(line.text)
        ) {
          people.push(signatory(name, titleLines))
          name = line
          titleLines = []
        } else titleLines.push(line)
      }
      people.push(signatory(name, titleLines))
      indices.push(i)
      i++
      if (people.at(-1)!.title === null) {
        let n = i
        while (skip.has(n)) n++
        const next = paragraph(n)
        const nextHead = next?.lines[0]
        if (next && nextHead && startsWithJobTitle(nextHead.text)) {
          const split = splitTitleAndName(nextHead.text)
          const self = people.at(-1)!
          if (split) {
            setTitle(self, [{ text: split.title, position: nextHead.position }])
            people.push(signatory({ text: split.name, position: nextHead.position }, next.lines.slice(1)))
          } else setTitle(self, next.lines)
          indices.push(n)
          i = n + 1
        }
      }
      continue
    }
    // `Ebba Lind, förvaltningschef`, `Nils Wiklund Utredare`: name and title on one line.
    const both = splitNameAndTitle(head.text)
    if (both) {
      const at = head.position
      people.push(
        signatory({ text: both.name, position: at }, [{ text: both.title, position: at }, ...b.lines.slice(1)])
      )
      indices.push(i)
      i++
      continue
    }
    const split = last?.title === null ? splitTitleAndName(head.text) : null
    if (split && last) {
      setTitle(last, [{ text: split.title, position: head.position }])
      people.push(signatory({ text: split.name, position: head.position }, b.lines.slice(1)))
      indices.push(i)
      i++
      continue
    }
    if (last?.title === null && startsWithJobTitle(head.text)) {
      setTitle(last, b.lines)
      indices.push(i)
      i++
      continue
    }
    break
  }
  if (people.length === 0) return null
  // A job title, a formula or a politician's party letters say that names are signatories, not text.
  if (!clause && !people.some((p) => (!!p.title && startsWithJobTitle(p.title)) || politicianName(p.name))) return null
  const firstPos = (body ?? clause ?? { position: people[0]!.position! }).position
  const lastPos = people.at(-1)!.position!
  return {
    indices,
    node: {
      type: 'signatures',
      clause: clause ? clause.text : null,
      body: body ? body.text : null,
      ...(body ? { bodyPosition: body.position } : {}),
      children: people,
      position: { start: firstPos.start, end: lastPos.end }
    }
  }
}

interface Person {
  name: Line
  /** The title's pieces, one per line it is set on; empty for none. */
  title: Line[]
}

/**
 * `Kommunchef Ekonomichef`, `Förvaltningschef Rektor gymnasiet`: titles side by side, each from a capitalised title
 * word.
 */
function titlesSideBySide(line: Line): Line[] | null {
  // A titles line begins with a title: one test rules out the other lines before the scan of their words.
  if (!startsWithJobTitle(line.text)) return null
  const starts: number[] = []
  for (const m of line.text.matchAll(WORD_BEFORE_CAPITAL)) {
    const at = m.index + (m[0].length > 0 ? 1 : 0)
    if (startsWithJobTitle(line.text.slice(at))) starts.push(at)
  }
  // Columns need at least two starts, the first at the margin: one start is a single line, not a flattened table.
  if (starts.length < 2 || starts[0] !== 0) return null
  return starts.map((at, k) => sliceLine(line, at, starts[k + 1] ?? line.text.length))
}

/** `Nils Wiklund Ebba Lind` over `n` titles: the names, or null. */
function namesSideBySide(line: Line, n: number): Line[] | null {
  return splitNames(line.text, n)?.map((s) => sliceLine(line, s.index, s.end)) ?? null
}

/**
 * `Nils Wiklund Ebba Lind` over `Kommundirektör Ekonomichef`: two signature columns whose names a conversion set on
 * one line and whose titles on the next, in one paragraph or in two. Null when the lines are not that.
 */
function namesOverTitles(names: Line, titles: Line): Person[] | null {
  // Two short lines that end no sentence: at most four names over as many titles, twelve words each.
  if (!mayOpenWithName(names.text) || !atMostWords(names.text, 12) || !atMostWords(titles.text, 12)) return null
  if (endsSentence(titles.text)) return null
  const columns = titlesSideBySide(titles)
  const people = columns ? namesSideBySide(names, columns.length) : null
  return people && columns ? people.map((name, k) => ({ name, title: [columns[k]!] })) : null
}

/** A word and where it stands: the line (of a paragraph's lines) and its span in that line's text. */
interface Word {
  line: number
  index: number
  end: number
}

const WORD = /\S+/g

/** Name-title pairs run together hold the words of one line of a signature block, wherever their lines break. */
const MOST_PAIR_WORDS = SIGNATURE_LINE_WORDS
/** A title between two names is short: six words at most, as a title after a name on its own line. */
const MOST_TITLE_WORDS = 6
/** How many ways to read the rest counted: more than one is all that matters (two readings are no reading). */
const AMBIGUOUS = 2

/**
 * A reading of the words from one place on: how many signatories, in how many ways (none: no reading), and its next
 * step.
 */
interface Reading {
  people: number
  ways: number
  step: number
}
const NO_READING: Reading = { people: 0, ways: 0, step: 0 }
/** A title that ends the words: the reading is complete, with no signatory after it. */
const LAST_TITLE: Reading = { people: 0, ways: 1, step: 0 }

/** Of two readings, the one with more signatories; as many in both, their ways together. */
function better(a: Reading, b: Reading): Reading {
  if (a.ways === 0 || b.ways === 0) return a.ways === 0 ? b : a
  if (b.people !== a.people) return b.people > a.people ? b : a
  return { people: a.people, ways: Math.min(a.ways + b.ways, AMBIGUOUS), step: a.step }
}

/**
 * `Ebba Lind Socialchef Nils Wiklund Enhetschef`, on one line or broken anywhere but inside a name
 * (`Ebba Lind` / `Socialchef Nils Wiklund` / `Enhetschef`), with or without commas after the names: two or more
 * signatories, each a name of two or three words and a title that starts with a job title. Only the one way to read
 * the words as such pairs is taken; none, or more than one, is null.
 */
function pairsInLines(lines: Line[]): Person[] | null {
  // A paragraph of pairs opens with a name: one cheap test rules out most of the text's short paragraphs.
  if (!mayOpenWithName(lines[0]!.text)) return null
  let total = 0
  for (const line of lines) {
    total += wordCount(line.text, MOST_PAIR_WORDS)
    if (total > MOST_PAIR_WORDS) return null
  }
  const words: Word[] = []
  for (let k = 0; k < lines.length; k++)
    for (const m of allMatches(WORD, lines[k]!.text))
      words.push({ line: k, index: m.index, end: m.index + m[0].length })
  const n = words.length
  /** A name of `size` words from word `w`, within one line, without the comma after it; null when it is none. */
  const nameAt = (w: number, size: number): Line | null => {
    const first = words[w]
    const last = words[w + size - 1]
    if (!first || last?.line !== first.line) return null
    const line = lines[first.line]!
    const end = line.text[last.end - 1] === ',' ? last.end - 1 : last.end
    const name = sliceLine(line, first.index, end)
    return isPersonName(name.text) ? name : null
  }
  // A paragraph of pairs opens with a name: one test rules out the text's short paragraphs before the reading.
  if (!nameAt(0, 2) && !nameAt(0, 3)) return null
  /** The title from word `w` up to word `end`, one piece per line, without a comma after it; null when it is none. */
  const titleAt = (w: number, end: number): Line[] | null => {
    const pieces: Line[] = []
    for (let k = w; k < end;) {
      let last = k
      while (last + 1 < end && words[last + 1]!.line === words[k]!.line) last++
      const line = lines[words[k]!.line]!
      const stop = words[last]!.end
      // The comma that parts the title from the next name goes; one where the title wraps stays.
      const parting = last === end - 1 && (line.text[stop - 1] === ',' || line.text[stop - 1] === ';')
      const to = parting ? stop - 1 : stop
      pieces.push(sliceLine(line, words[k]!.index, to))
      k = last + 1
    }
    const text = joinLines(pieces)
    return startsWithJobTitle(text) && !endsSentence(text) ? pieces : null
  }
  // The best reading of words w… as `name title name title …`, from the end (linear in the words): the most
  // signatories, each title as short as it can be (a title ends where the next name begins), and how many readings
  // give that (capped at AMBIGUOUS: names cut two ways). `step` is where the reading goes on: the name's size, or the
  // word after the title.
  const fromName: Reading[] = new Array<Reading>(n + 1).fill(NO_READING)
  const fromTitle: Reading[] = new Array<Reading>(n + 1).fill(NO_READING)
  for (let w = n - 1; w >= 0; w--) {
    let best = NO_READING
    for (let end = w + 1; end <= Math.min(n, w + MOST_TITLE_WORDS); end++) {
      const rest = end === n ? LAST_TITLE : fromName[end]!
      // As many signatories either way, the shorter title: it ends where the next name begins.
      if (rest.ways > 0 && (best.ways === 0 || rest.people > best.people) && titleAt(w, end))
        best = { people: rest.people, ways: rest.ways, step: end }
    }
    fromTitle[w] = best
    best = NO_READING
    for (const size of [2, 3]) {
      const rest = fromTitle[w + size]
      if (rest && rest.ways > 0 && nameAt(w, size))
        best = better(best, { people: rest.people + 1, ways: rest.ways, step: size })
    }
    fromName[w] = best
  }
  // Two signatories at least, and one way to read them.
  const whole = fromName[0]!
  if (whole.people < 2 || whole.ways !== 1) return null
  const people: Person[] = []
  for (let w = 0; w < n;) {
    const at = w + fromName[w]!.step
    const end = fromTitle[at]!.step
    people.push({ name: nameAt(w, at - w)!, title: titleAt(at, end)! })
    w = end
  }
  return people
}

/** A table of signature columns: a names row over a titles row or under it, or `Name<br>Title` cells. */
function tableColumns(rows: Cell[][]): Person[] | null {
  const width = rows[0]?.length ?? 0
  if (width === 0 || rows.some((r) => r.length !== width)) return null
  const people: Person[] = []
  for (let c = 0; c < width; c++) {
    const column = rows.flatMap((r) => r[c]!.lines)
    // A signature column is a name, and at most a title under it or over it (a head row of titles over a row of
    // names): a third line is text, not a signatory.
    if (column.length < 1 || column.length > 2) return null
    const [first, second] = column
    if (isPersonName(first!.text)) {
      if (second && !startsWithJobTitle(second.text)) return null
      people.push({ name: first!, title: second ? [second] : [] })
    } else if (second && startsWithJobTitle(first!.text) && isPersonName(second.text)) {
      people.push({ name: second, title: [first!] })
    } else return null
  }
  return people
}

/**
 * A table of signatories a row each (`| Ebba Lind | Socialchef |`): a name cell and the title cell beside it. A first
 * row that is none is the table's head (`| Namn | Titel |`, or empty).
 */
function tableRows(rows: Cell[][]): Person[] | null {
  const people: Person[] = []
  for (let r = 0; r < rows.length; r++) {
    const [name, title, ...rest] = rows[r]!
    const person =
      name?.lines.length === 1 &&
      rest.length === 0 &&
      isPersonName(name.text) &&
      (!title || startsWithJobTitle(title.text))
    if (!person) {
      if (r === 0) continue
      return null
    }
    people.push({ name: name.lines[0]!, title: title?.lines ?? [] })
  }
  return people.length > 0 ? people : null
}

/**
 * Signature columns that a PDF conversion flattened into one paragraph: a table (by columns or by rows), a line of
 * names over a line of titles, or name-title pairs run together (`Ebba Lind Socialchef Nils Wiklund Enhetschef`).
 * Null when the paragraph is none of these.
 */
function flattenedColumns(lines: Line[], table: Cell[][] | undefined): Person[] | null {
  if (table) {
    const rows = filledRows(table)
    return tableColumns(rows) ?? tableRows(rows)
  }
  return (lines.length === 2 ? namesOverTitles(lines[0]!, lines[1]!) : null) ?? pairsInLines(lines)
}

/** Four capitals in a row. */
const CAPITALS = new RegExp(`[${UPPER}]{4}`)

/**
 * A signing body as a signature block sets it: one to four words in capitals,
 * no digits, no sentence (`TEKNIK OCH SERVICE`, `REGIONSTYRELSEN`, `SOCIALFÖRVALTNINGEN IFO`).
 */
function isSigningBody(text: string): boolean {
  // Four capitals in a row first: the one test most lines fail, and folding white space leaves such a run as it is.
  if (!CAPITALS.test(text)) return false
  const t = fold(text)
  return atMostWords(t, 4) && t.length >= 4 && !/[\d.!?:;@]/.test(t) && t === t.toUpperCase()
}

/** The first signature block among the body's blocks; `skip` are furniture blocks to step over. */
export function findSignatures(blocks: Block[], skip: Set<number>): FoundSignatures | null {
  for (let i = 0; i < blocks.length; i++) {
    if (skip.has(i) || blocks[i]!.kind !== 'paragraph') continue
    const found = tryAt(blocks, i, skip)
    if (found) return found
  }
  return null
}
