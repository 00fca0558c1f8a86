/**
 * mdast → a flat list of blocks with their physical lines. PDF conversions put
 * meaning in line breaks (a name and a title on two lines of one paragraph), so
 * every paragraph keeps its lines with their positions. Walks are iterative:
 * deeply nested input must not overflow the stack.
 */
import type {
  Definition,
  Nodes,
  Root,
  RootContent,
  PhrasingContent,
  ListItem as MdListItem,
  Table,
  TableCell
} from 'mdast'
import type { Position } from 'unist'
import type { Line } from './types.js'
import { fold, visible } from '../vocab/text.js'

export interface SourceIndex {
  text: string
  /** Offset of the start of each line (0-based index = line - 1). */
  lineStarts: number[]
}

export function indexSource(text: string): SourceIndex {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) lineStarts.push(i + 1)
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1)
  }
  return { text, lineStarts }
}

/** Position of a whole physical source line, from its first to its last visible character. */
function linePosition(source: SourceIndex, line: number, startColumn?: number): Position {
  const start = source.lineStarts[line - 1] ?? source.text.length
  const next = source.lineStarts[line] ?? source.text.length + 1
  const raw = source.text.slice(start, Math.max(start, next - 1)).replace(/\r$/, '')
  const first = startColumn ?? raw.length - raw.trimStart().length + 1
  const last = raw.trimEnd().length + 1
  return {
    start: { line, column: first, offset: start + first - 1 },
    end: { line, column: Math.max(last, first), offset: start + Math.max(last, first) - 1 }
  }
}

/**
 * A table cell: its lines (a converter writes a line break in a cell as `<br>`), their text joined
 * by spaces, and where the cell's text stands.
 */
export interface Cell {
  lines: Line[]
  text: string
  position: Position
}

/**
 * A table is a paragraph whose lines are its rows (each row's cells side by side, as a letterhead set
 * in lines reads them), with the rows of cells beside them for the code that reads tables by column.
 */
export type Block =
  | { kind: 'heading'; depth: number; lines: Line[]; text: string; bold: boolean; position: Position }
  | { kind: 'paragraph'; lines: Line[]; text: string; bold: boolean; position: Position; rows?: Cell[][] }
  | { kind: 'list'; ordered: boolean; items: BlockListItem[]; position: Position }

export interface BlockListItem {
  number: number | null
  text: string
  lines: Line[]
  position: Position
}

/** `<br>`, `<br/>`, `<BR />`: the line break a converter writes in HTML. */
const BR = /^<br\s*\/?>$/i

const EMPTY: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

/**
 * The texts of lines joined by spaces. A loop rather than `map` and `join`: line arrays come
 * from several places with different element kinds, and an inlined `map` that meets a kind it
 * has not seen throws its caller's optimized code away (a "wrong map" deoptimization).
 */
export function joinLines(lines: readonly Line[]): string {
  let text = ''
  for (let i = 0; i < lines.length; i++) text += i === 0 ? lines[i]!.text : ` ${lines[i]!.text}`
  return text
}

/** The text of inline content as lines, with whether every visible character is bold. */
export function phrasingLines(
  children: PhrasingContent[],
  at: Position | undefined,
  source: SourceIndex
): { lines: Line[]; bold: boolean } {
  const parts: Array<{ text: string; line: number; column: number; bold: boolean }> = []
  let line = at?.start.line ?? 1
  let column = at?.start.column ?? 1
  const stack: Array<{ node: PhrasingContent; bold: boolean } | { suffix: string; bold: boolean }> = []
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, bold: false })
  while (stack.length > 0) {
    const entry = stack.pop()!
    if ('suffix' in entry) {
      parts.push({ text: entry.suffix, line, column, bold: entry.bold })
      continue
    }
    const { node, bold } = entry
    if (node.position) {
      line = node.position.start.line
      column = node.position.start.column
    }
    switch (node.type) {
      case 'html':
        // `Name<br>Title`: a converter's line break inside a paragraph, as in a table cell, ends the line there.
        if (BR.test(node.value.trim())) {
          parts.push({ text: '\n', line, column, bold })
          break
        }
      // falls through: other inline HTML is text as written
      case 'text':
      case 'inlineCode': {
        const pieces = node.value.split(/\r\n|\r|\n/)
        pieces.forEach((piece, i) => {
          if (i > 0) parts.push({ text: '\n', line: line + i, column: 1, bold })
          parts.push({ text: piece, line: line + i, column: i === 0 ? column : 0, bold })
        })
        break
      }
      case 'break':
        parts.push({ text: '\n', line: line + 1, column: 0, bold })
        break
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const strong = bold || node.type === 'strong'
        if (node.type === 'link') {
          const label = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0].value : null
          const title = node.title ? ` "${node.title}"` : ''
          // An address or a web site written out (GFM links it: `mailto:`, `http://` added) reads as written.
          const written = label !== null && [label, `mailto:${label}`, `http://${label}`].includes(node.url)
          if ((!written && node.url !== '') || title) stack.push({ suffix: ` (${node.url}${title})`, bold: strong })
        }
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, bold: strong })
        break
      }
      case 'image':
      case 'imageReference':
        parts.push({ text: node.alt ?? '', line, column, bold })
        if (node.type === 'image' && (node.url || node.title))
          parts.push({ text: ` (${node.url}${node.title ? ` "${node.title}"` : ''})`, line, column, bold })
        break
      case 'footnoteReference':
        parts.push({ text: `[^${node.identifier}]`, line, column, bold })
        break
      default:
        break
    }
  }
  const lines: Line[] = []
  let current: { text: string; line: number; column: number } | null = null
  let allBold = true
  let anyText = false
  /** `endColumn`: where a break within the physical line (`<br>`) ends the line before it. */
  const flush = (endColumn?: number) => {
    const text = current ? fold(current.text) : ''
    if (current && text !== '') {
      const position = linePosition(source, current.line, current.column > 0 ? current.column : undefined)
      if (endColumn !== undefined && current.line === position.end.line) {
        const from = position.start.offset ?? 0
        const end =
          position.start.column + source.text.slice(from, from + endColumn - position.start.column).trimEnd().length
        position.end = { line: current.line, column: end, offset: from + end - position.start.column }
      }
      lines.push({ text, position })
    }
    current = null
  }
  for (const part of parts) {
    if (part.text === '\n') {
      flush(part.column > 0 && current?.line === part.line ? part.column : undefined)
      continue
    }
    if (visible(part.text)) {
      anyText = true
      if (!part.bold) allBold = false
    }
    current ??= { text: '', line: part.line, column: part.column }
    current.text += part.text
  }
  flush()
  return { lines, bold: anyText && allBold }
}

function itemNumber(item: MdListItem, ordered: boolean, source: SourceIndex): number | null {
  if (!ordered || !item.position) return null
  const offset = item.position.start.offset ?? 0
  // A list marker is at most nine digits and its `.` or `)` (CommonMark), with indentation: 12 characters hold it.
  const m = /^\s*(\d{1,9})[.)]/.exec(source.text.slice(offset, offset + 12))
  return m ? Number(m[1]) : null
}

function definitionText(node: Definition): string {
  return `[${node.label ?? node.identifier}]: ${node.url}${node.title ? ` "${node.title}"` : ''}`
}

/**
 * The text of a list item: its paragraphs, then nested items as their own
 * paragraphs, each nested ordered item with its number (`3. …`). Every piece
 * of text also becomes a line, so nothing of an item in the header is lost.
 */
function itemContent(item: MdListItem, source: SourceIndex): { text: string; lines: Line[] } {
  const paragraphs: string[] = []
  const lines: Line[] = []
  const add = (found: Line[], prefix: string) => {
    if (found.length === 0) return
    if (prefix) found[0] = { ...found[0]!, text: `${prefix}${found[0]!.text}` }
    lines.push(...found)
    const text = fold(joinLines(found))
    if (text) paragraphs.push(text)
  }
  const stack: Array<{ node: Nodes; prefix: string }> = []
  for (let k = item.children.length - 1; k >= 0; k--) stack.push({ node: item.children[k]!, prefix: '' })
  while (stack.length > 0) {
    const { node, prefix } = stack.pop()!
    const at = node.position ?? EMPTY
    if (node.type === 'paragraph' || node.type === 'heading') {
      add(phrasingLines(node.children, node.position, source).lines, prefix)
    } else if (node.type === 'code' || node.type === 'html') {
      const info = node.type === 'code' ? [node.lang, node.meta].filter(Boolean).join(' ') : ''
      const text = fold(`${info} ${node.value}`)
      if (text) add([{ text, position: at }], prefix)
    } else if (node.type === 'definition') {
      add([{ text: definitionText(node), position: at }], prefix)
    } else if (node.type === 'list') {
      for (let k = node.children.length - 1; k >= 0; k--) {
        const child = node.children[k]!
        const n = itemNumber(child, node.ordered === true, source)
        stack.push({ node: child, prefix: n !== null ? `${n}. ` : '' })
      }
    } else if ('children' in node) {
      const children = node.children as Nodes[]
      for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]!, prefix: k === 0 ? prefix : '' })
    }
  }
  return { text: paragraphs.join('\n\n'), lines }
}

/** A point on `line` at `offset`. */
function pointAt(source: SourceIndex, line: number, offset: number) {
  return { line, column: offset - source.lineStarts[line - 1]! + 1, offset }
}

/** A cell's lines, split where a converter wrote `<br>`, each placed from its first to its last visible character. */
function cellOf(cell: TableCell, source: SourceIndex): Cell {
  const groups: PhrasingContent[][] = [[]]
  for (const child of cell.children) {
    if ((child.type === 'html' && BR.test(child.value.trim())) || child.type === 'break') groups.push([])
    else groups.at(-1)!.push(child)
  }
  const lines: Line[] = []
  for (const group of groups) {
    const first = group[0]?.position
    const last = group.at(-1)?.position
    if (!first || !last) continue
    const text = fold(joinLines(phrasingLines(group, first, source).lines))
    if (text === '') continue
    let start = first.start.offset!
    let end = last.end.offset!
    while (start < end && /\s/.test(source.text[start]!)) start++
    while (end > start && /\s/.test(source.text[end - 1]!)) end--
    lines.push({
      text,
      position: { start: pointAt(source, first.start.line, start), end: pointAt(source, last.end.line, end) }
    })
  }
  const position =
    lines.length > 0 ? { start: lines[0]!.position.start, end: lines.at(-1)!.position.end } : (cell.position ?? EMPTY)
  return { lines, text: fold(joinLines(lines)), position }
}

/** A table as a paragraph of its rows, with its cells; null when no cell holds text. */
function tableBlock(node: Table, source: SourceIndex): Block | null {
  const rows = node.children.map((row) => row.children.map((cell) => cellOf(cell, source)))
  const lines: Line[] = []
  for (const row of rows) {
    const filled = row.filter((cell) => cell.text !== '')
    if (filled.length === 0) continue
    lines.push({
      text: fold(filled.map((cell) => cell.text).join(' ')),
      position: { start: filled[0]!.position.start, end: filled.at(-1)!.position.end }
    })
  }
  if (lines.length === 0) return null
  return { kind: 'paragraph', lines, text: fold(joinLines(lines)), bold: false, position: node.position ?? EMPTY, rows }
}

/** A table's rows without their empty cells, and without the rows that are left empty. */
export function filledRows(rows: Cell[][]): Cell[][] {
  return rows.map((row) => row.filter((cell) => cell.text !== '')).filter((row) => row.length > 0)
}

/** The document's blocks in order. Blockquotes are unwrapped; front matter is left out. */
export function toBlocks(tree: Root, source: SourceIndex): Block[] {
  const blocks: Block[] = []
  const stack: RootContent[] = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position ?? EMPTY
    switch (node.type) {
      case 'heading': {
        const { lines, bold } = phrasingLines(node.children, node.position, source)
        if (lines.length > 0)
          blocks.push({ kind: 'heading', depth: node.depth, lines, text: fold(joinLines(lines)), bold, position })
        break
      }
      case 'paragraph': {
        const { lines, bold } = phrasingLines(node.children, node.position, source)
        if (lines.length > 0) blocks.push({ kind: 'paragraph', lines, text: fold(joinLines(lines)), bold, position })
        break
      }
      case 'code':
      case 'html': {
        const info = node.type === 'code' ? [node.lang, node.meta].filter(Boolean).join(' ') : ''
        const value = info ? `${info}\n${node.value}` : node.value
        // A fenced block's text starts on the line after its fence (the info is on the fence); an indented one's on
        // its first line.
        // (A fence may be indented by up to three spaces.)
        const from = position.start.offset ?? 0
        const opening = source.text.slice(from, from + 6).trimStart()
        const fenced = opening.startsWith('```') || opening.startsWith('~~~')
        const fenceLine = node.type === 'code' && !info && fenced ? 1 : 0
        const lines = value
          .split(/\r\n|\r|\n/)
          .map((text, i) => ({ text: fold(text), position: linePosition(source, position.start.line + i + fenceLine) }))
          .filter((l) => l.text !== '')
        if (lines.length > 0) blocks.push({ kind: 'paragraph', lines, text: fold(value), bold: false, position })
        break
      }
      case 'list': {
        const items: BlockListItem[] = node.children.map((item) => ({
          number: itemNumber(item, node.ordered === true, source),
          ...itemContent(item, source),
          position: item.position ?? position
        }))
        blocks.push({ kind: 'list', ordered: node.ordered === true, items, position })
        break
      }
      case 'table': {
        const block = tableBlock(node, source)
        if (block) blocks.push(block)
        break
      }
      case 'blockquote':
      case 'footnoteDefinition':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
        break
      case 'definition': {
        const text = definitionText(node)
        blocks.push({ kind: 'paragraph', lines: [{ text, position }], text, bold: false, position })
        break
      }
      default:
        break
    }
  }
  return blocks
}

/** The part of a line from `from` to `to`, with its place where the line is written as its text. */
export function sliceLine(line: Line, from: number, to: number): Line {
  const text = line.text.slice(from, to).trim()
  const at = from + (line.text.slice(from, to).length - line.text.slice(from, to).trimStart().length)
  const { start, end } = line.position
  if (start.line !== end.line || end.offset! - start.offset! !== line.text.length)
    return { text, position: line.position }
  return {
    text,
    position: {
      start: { line: start.line, column: start.column + at, offset: start.offset! + at },
      end: { line: start.line, column: start.column + at + text.length, offset: start.offset! + at + text.length }
    }
  }
}

/** The physical lines of a block; an ordered item's first line keeps its number (`3. …`). */
export function blockLines(block: Block): Line[] {
  if (block.kind !== 'list') return block.lines
  return block.items.flatMap((item) =>
    item.number === null || item.lines.length === 0
      ? item.lines
      : [{ ...item.lines[0]!, text: `${item.number}. ${item.lines[0]!.text}` }, ...item.lines.slice(1)]
  )
}
