/**
 * Other case numbers mentioned in the body (`(RUN/66/2019)`), in order of first
 * mention, without duplicates and without the memo's own number. Only formats
 * with a series count, or a bare number right after `Dnr`/`diarienummer`.
 */
import type { CaseReference, Line } from '../types.js'
import { findCaseNumbers } from '../../vocab/case-numbers.js'
import { LETTER, allMatches } from '../../vocab/text.js'

const DNR_LABEL = new RegExp(String.raw`(?<![${LETTER}])(?:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*`, 'gi')

/** A case number whatever its separators: `KS-2022/118.912` and `KS 2022/118.912` are one case. */
function caseKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

export function findReferences(lines: Line[], own: string | null, extra: RegExp[] = []): CaseReference[] {
  const seen = new Set<string>(own ? [caseKey(own)] : [])
  const out: CaseReference[] = []
  for (const line of lines) {
    if (!/\d/.test(line.text)) continue
    const matches = findCaseNumbers(line.text, { extra })
    for (const label of allMatches(DNR_LABEL, line.text)) {
      const after = label.index + label[0].length
      const [weak] = findCaseNumbers(line.text.slice(after), { weak: true })
      if (weak?.index === 0) matches.push({ ...weak, index: weak.index + after, end: weak.end + after })
    }
    matches.sort((a, b) => a.index - b.index)
    for (const m of matches) {
      const k = caseKey(m.value)
      if (seen.has(k)) continue
      seen.add(k)
      const column = line.position.start.column + m.index
      out.push({
        type: 'caseReference',
        caseNumber: m.value,
        caseRef: m.ref,
        position: {
          start: { line: line.position.start.line, column },
          end: { line: line.position.start.line, column: column + m.value.length }
        }
      })
    }
  }
  return out
}
