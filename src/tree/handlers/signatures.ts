/**
 * The signature block: an optional formula (`I tjänsten`), then names, each
 * with a title on the next line or in the next paragraph. Handles titles that
 * wrap over lines and two signature columns flattened into one line
 * (`Socialchef Ebba Lind`). Without a formula, a block is only taken
 * when a title reads as a job title, so a capitalised phrase in the text is not
 * taken for a person.
 */
import { filledRows, joinLines, sliceLine, type Block, type Cell } from '../blocks.js'
import type { Line, SignatureBlock, Signatory } from '../types.js'
import {
  isPersonName,
  isSignatureClause,
  politicianName,
  splitNameAndTitle,
  splitNames,
  splitTitleAndName,
  startsWithJobTitle
} from '../../vocab/people.js'
import { UPPER, atMostWords, endsSentence, fold } from '../../vocab/text.js'

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

function setTitle(person: Signatory, lines: Line[]): void {
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
  // `REGIONSTYRELSEN` above the names: the body that signs, set in capitals.
  let body: Line | null = null
  const top = paragraph(i)
  if (top?.lines.length === 1 && isSigningBody(top.lines[0]!.text)) {
    body = top.lines[0]!
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
    const [head, ...rest] = b.lines as [Line, ...Line[]]
    // Running text: no line of a signature (a name, a title, four name-and-title pairs side by side) is that long.
    if (!b.rows && !atMostWords(head.text, SIGNATURE_LINE_WORDS)) break
    const last = people.at(-1)
    // Signature columns that a conversion flattened: a table, a names line over a titles line, pairs on one line.
    const flattened = flattenedColumns(b.lines, b.rows)
    if (flattened) {
      for (const p of flattened) people.push(signatory(p.name, p.title ? [p.title] : []))
      indices.push(i)
      i++
      continue
    }
    // `Regiondirektör` over `Nils Wiklund`: the title printed above the name.
    if (
      b.lines.length === 2 &&
      startsWithJobTitle(head.text) &&
      !isPersonName(head.text) &&
      isPersonName(rest[0]!.text)
    ) {
      people.push(signatory(rest[0]!, [head]))
      indices.push(i)
      i++
      continue
    }
    if (isPersonName(head.text) || politicianName(head.text)) {
      // Several signatories in one paragraph: a name line after title lines starts the next one.
      let titleLines: Line[] = []
      let name = head
      for (const line of rest) {
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
      people.push(signatory({ text: both.name, position: at }, [{ text: both.title, position: at }, ...rest]))
      indices.push(i)
      i++
      continue
    }
    const split = splitTitleAndName(head.text)
    if (split && last?.title === null) {
      setTitle(last, [{ text: split.title, position: head.position }])
      people.push(signatory({ text: split.name, position: head.position }, rest))
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
  title: Line | null
}

/**
 * `Kommunchef Ekonomichef`, `Förvaltningschef Rektor gymnasiet`: titles side by side, each from a capitalised title
 * word.
 */
function titlesSideBySide(line: Line): Line[] | null {
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
 * Signature columns that a PDF conversion flattened into one paragraph: a table (a names row over
 * a titles row, or `Name<br>Title` cells), a line of names over a line of titles, or
 * `Name, title Name, title` on one line. Null when the paragraph is none of these.
 */
function flattenedColumns(lines: Line[], table: Cell[][] | undefined): Person[] | null {
  if (table) {
    const rows = filledRows(table)
    const width = rows[0]?.length ?? 0
    if (width === 0 || rows.some((r) => r.length !== width)) return null
    const people: Person[] = []
    for (let c = 0; c < width; c++) {
      const column = rows.flatMap((r) => r[c]!.lines)
      // A signature column is a name, and at most a title under it: a third line is text, not a signatory.
      if (column.length < 1 || column.length > 2 || !isPersonName(column[0]!.text)) return null
      if (column[1] && !startsWithJobTitle(column[1].text)) return null
      people.push({ name: column[0]!, title: column[1] ?? null })
    }
    return people
  }
  // Two short lines that end no sentence: at most four names over as many titles.
  if (
    lines.length === 2 &&
    atMostWords(lines[0]!.text, 12) &&
    atMostWords(lines[1]!.text, 12) &&
    !endsSentence(lines[1]!.text)
  ) {
    const titles = titlesSideBySide(lines[1]!)
    const names = titles ? namesSideBySide(lines[0]!, titles.length) : null
    return names && titles ? names.map((name, k) => ({ name, title: titles[k]! })) : null
  }
  if (lines.length === 1) {
    // `Nils Wiklund, kommundirektör Ebba Lind, ekonomichef`: name, then (title + next name)…, then a title.
    const line = lines[0]!
    const commas = [...line.text.matchAll(/, /g)].map((m) => m.index)
    if (commas.length < 2) return null
    const first = sliceLine(line, 0, commas[0]!)
    if (!isPersonName(first.text)) return null
    const people: Person[] = []
    let name = first
    for (let k = 0; k < commas.length; k++) {
      const from = commas[k]! + 2
      const to = commas[k + 1] ?? line.text.length
      const segment = sliceLine(line, from, to)
      if (k === commas.length - 1) {
        if (!startsWithJobTitle(segment.text)) return null
        people.push({ name, title: segment })
        break
      }
      const split = splitTitleAndName(segment.text)
      if (!split) return null
      const titleEnd = line.text.indexOf(split.name, from)
      people.push({ name, title: sliceLine(line, from, titleEnd) })
      name = sliceLine(line, titleEnd, to)
    }
    return people
  }
  return null
}

/** Four capitals in a row. */
const CAPITALS = new RegExp(`[${UPPER}]{4}`)

/**
 * A signing body as a signature block sets it: one to four words in capitals,
 * no digits, no sentence (`TEKNIK OCH SERVICE`, `REGIONSTYRELSEN`, `SOCIALFÖRVALTNINGEN IFO`).
 */
function isSigningBody(text: string): boolean {
  const t = fold(text)
  return atMostWords(t, 4) && t.length >= 4 && !/[\d.!?:;@]/.test(t) && t === t.toUpperCase() && CAPITALS.test(t)
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
