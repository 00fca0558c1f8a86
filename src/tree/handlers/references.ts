/**
 * Other case numbers mentioned in the body (`(RUN/66/2019)`), in order of first
 * mention, without duplicates and without the memo's own number. Only formats
 * with a series count, or a bare number right after `Dnr`/`diarienummer`.
 */
import type { CaseReference, Line } from '../types.js'
import { findCaseNumbers, parseCaseNumber } from '../../vocab/case-numbers.js'
import { LETTER, allMatches } from '../../vocab/text.js'

const DNR_LABEL = new RegExp(String.raw`(?<![${LETTER}])(?:dnr|diarienummer|diarienr|ärendenummer)\.?:?\s*`, 'gi')

/** A case number whatever its separators: `KS-2022/118.912` and `KS 2022/118.912` are one case. */
function caseKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g

/**
 * Other cases of the memo's own register, written as its own number is (`N165-1187/18` beside `N165-0412/19`,
 * `21RS5132` beside `22RS4417`), in a form casefile may not know: the same letters (the register's series) and
 * separators, digits where it has digits. Built once a memo. Null for a number without letters (digits alone are too
 * like a date or a phone number) or one that does not end in a digit (a stub, `KS 2019/`).
 */
function sameRegister(own: string | null): RegExp | null {
  if (own === null || !/\d$/.test(own) || !LETTER_IN.test(own)) return null
  const source = own.replace(REGEXP_SPECIAL, '\\$&').replace(/\d+/g, '\\d+')
  let found = registers.get(source)
  if (!found) {
    // A batch's memos come from a few registers: their patterns are compiled once, not once a memo.
    if (registers.size >= REGISTERS_KEPT) registers.clear()
    found = new RegExp(`(?<![${LETTER}0-9/-])${source}(?![${LETTER}0-9]|[/:-]\\d)`, 'g')
    registers.set(source, found)
  }
  return found
}

/** The register patterns made so far, by source; at most this many (an archive has a few dozen registers). */
const registers = new Map<string, RegExp>()
const REGISTERS_KEPT = 256

const LETTER_IN = new RegExp(`[${LETTER}]`)

export function findReferences(lines: Line[], own: string | null, extra: RegExp[] = []): CaseReference[] {
  const seen = new Set<string>(own ? [caseKey(own)] : [])
  const out: CaseReference[] = []
  const register = sameRegister(own)
  for (const line of lines) {
    if (!/\d/.test(line.text)) continue
    const matches = findCaseNumbers(line.text, { extra })
    if (register)
      for (const m of allMatches(register, line.text))
        if (!matches.some((f) => m.index < f.end && f.index < m.index + m[0].length))
          matches.push({
            value: m[0],
            index: m.index,
            end: m.index + m[0].length,
            ref: parseCaseNumber(m[0], extra),
            strength: 'weak'
          })
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
