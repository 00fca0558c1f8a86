/**
 * A title as a clerk reads it off the line it stands on: without the agenda or item number in
 * front (`2 Mål och budget`, `Ärende 1 Kor och får`, `KSAU 1 Informationer`, `§ 12 Taxor`) and
 * without a reference in parentheses after it (`(TEF/2019:263)`, `(AU 349)`). A case number
 * found there is kept, so that it can be the memo's when its header names none.
 */
import { findCaseNumbers, type CaseNumberMatch } from '../../vocab/case-numbers.js'
import { LETTER, UPPER, fold } from '../../vocab/text.js'

/** Two letters in a row: what is left of a title is still words. */
const TWO_LETTERS = new RegExp(`[${LETTER}]{2}`)

export interface TitleText {
  /** The title without its numbers and references. */
  value: string
  /** What was taken off, in order: `2`, `(TEF/2019:263)`. */
  stripped: string[]
  /** A case number that stood in the title, if any. */
  caseNumber: CaseNumberMatch | null
}

/** `2 `, `7. `, `3) ` before a capital: an agenda item's number (one to three digits, never a year). */
const ITEM_NUMBER = new RegExp(String.raw`^(\d{1,3}[.)]?)\s+(?=[${UPPER}])`)
/** `Ärende 1 `, `Punkt 4: `, `§ 12 `: an agenda item named as such. */
const ITEM_WORD = /^((?:ärende|punkt|p\.)(?:\s+nr\.?)?\s*\d{1,3}[.:]?|§\s?\d{1,4}(?:\/\d{4})?)\s+/i
/**
 * `KSAU 1 `, `KS 261 `: a paragraph numbered in the organ's own series (two to six capitals; one to three digits, never
 * a year).
 */
const SERIES_NUMBER = new RegExp(String.raw`^([${UPPER}]{2,6}\s\d{1,3})\s+(?=\S)`)
/** A last part in parentheses: `(TEF/2019:263)`, `(AU 349)`, `(dnr KS 2020/12)`. */
const LAST_PARENS = /\s*\(([^()]{1,40})\)\s*$/
/** What may stand in such parentheses: a case number, or a series and a number (`AU 349`). */
const REFERENCE = new RegExp(String.raw`^(?:dnr\.?:?\s*)?(?:[${UPPER}]{1,8}\s?\d{1,5}|\S*\d\S*)$`, 'i')

export function titleText(written: string, options: { agendaPrefix?: boolean } = {}): TitleText {
  let value = fold(written)
  const stripped: string[] = []
  let caseNumber: CaseNumberMatch | null = null
  const take = (pattern: RegExp) => {
    const m = pattern.exec(value)
    if (!m) return false
    const rest = value.slice(m[0].length)
    // Never strip a title down to nothing, or to something that is no longer words.
    if (!TWO_LETTERS.test(rest)) return false
    stripped.push(m[1]!)
    value = rest
    return true
  }
  const parens = LAST_PARENS.exec(value)
  if (parens && REFERENCE.test(parens[1]!.trim())) {
    const inner = parens[1]!.trim()
    const rest = value.slice(0, parens.index)
    if (TWO_LETTERS.test(rest)) {
      const found = findCaseNumbers(inner, { weak: true })[0]
      if (found && found.value.length >= inner.replace(/^dnr\.?:?\s*/i, '').length) caseNumber = found
      stripped.push(`(${inner})`)
      value = rest
    }
  }
  if (!take(ITEM_WORD)) take(ITEM_NUMBER)
  if (options.agendaPrefix !== false) take(SERIES_NUMBER)
  return { value: value.trim(), stripped, caseNumber }
}
