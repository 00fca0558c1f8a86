/**
 * The memo's text cut into pieces for the review page: one list of pieces per
 * physical line, each piece a run of text that the same record values cover.
 * Ranges overlap and nest (a reference inside the description, a signatory's
 * title inside the signatory), so instead of nesting highlights the text is cut
 * at every range's ends: each character lands in exactly one piece, and the
 * page shows every text of the memo exactly once.
 */
import type { Provenance } from '../record/types.js'
import { rank } from './fields.js'

/** A line ends at `\r\n`, `\r` or `\n`, as unist positions count lines. */
const LINE_END = /\r\n|\r|\n/g

export interface Piece {
  text: string
  /** Offsets into the memo's text. */
  start: number
  end: number
  /** Every pointer whose range covers this piece, the shown one (`primary`) first. */
  pointers: string[]
  /** The pointer the highlight shows, or null for text no value was read from. */
  primary: string | null
  /** Pointers whose range begins in this piece: the piece is where their links lead. */
  anchors: string[]
}

export interface SourceLine {
  /** 1-based, as in diagnostics. */
  number: number
  start: number
  text: string
  pieces: Piece[]
}

interface Range {
  pointer: string
  start: number
  end: number
  /** Position in the provenance map, for a stable order. */
  order: number
}

/** The lines of a text, with their start offsets (line endings not included). */
export function splitLines(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = []
  let from = 0
  for (const m of text.matchAll(LINE_END)) {
    out.push({ start: from, text: text.slice(from, m.index) })
    from = m.index + m[0].length
  }
  out.push({ start: from, text: text.slice(from) })
  return out
}

/** Which of two ranges covering the same piece the highlight shows. */
function before(a: Range, b: Range): number {
  return rank(a.pointer) - rank(b.pointer) || a.end - a.start - (b.end - b.start) || a.order - b.order
}

export function segment(text: string, provenance: Provenance): SourceLine[] {
  const lines = splitLines(text)
  const ranges: Range[] = Object.entries(provenance)
    .map(([pointer, position], order) => ({
      pointer,
      start: position.start.offset ?? 0,
      end: position.end.offset ?? 0,
      order
    }))
    .filter((r) => r.end > r.start)
  // Ranges by the lines they touch, so a long memo is not cut against every range on every line.
  const byLine: Range[][] = lines.map(() => [])
  for (const r of ranges) {
    for (let i = lineIndex(lines, r.start); i < lines.length && lines[i]!.start < r.end; i++) byLine[i]!.push(r)
  }
  const anchored = new Set<string>()
  return lines.map((line, i) => {
    const end = line.start + line.text.length
    const touching = byLine[i]!.filter((r) => r.start < end && r.end > line.start)
    const cuts = new Set<number>([line.start, end])
    for (const r of touching) {
      cuts.add(Math.max(line.start, r.start))
      cuts.add(Math.min(end, r.end))
    }
    const points = [...cuts].sort((a, b) => a - b)
    const pieces: Piece[] = []
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!
      const to = points[k + 1]!
      const covering = touching.filter((r) => r.start <= from && r.end >= to).sort(before)
      const anchors = covering.filter((r) => !anchored.has(r.pointer)).map((r) => r.pointer)
      for (const a of anchors) anchored.add(a)
      pieces.push({
        text: text.slice(from, to),
        start: from,
        end: to,
        pointers: covering.map((r) => r.pointer),
        primary: covering[0]?.pointer ?? null,
        anchors
      })
    }
    return { number: i + 1, start: line.start, text: line.text, pieces }
  })
}

/** The index of the line that holds an offset. */
function lineIndex(lines: Array<{ start: number }>, offset: number): number {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lines[mid]!.start <= offset) low = mid
    else high = mid - 1
  }
  return low
}
