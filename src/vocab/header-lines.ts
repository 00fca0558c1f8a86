/**
 * What a header line is: the one definition that the title, the header's end and the
 * split of glued blocks all ask (`src/tree`).
 */
import { documentTypeOf, findDocumentType } from './documents.js'
import { isAddressLine, isPageCounter } from './furniture.js'
import { isOrganName, isUnitName } from './people.js'
import { findCaseNumbers } from './case-numbers.js'
import { findDates } from './dates.js'
import type { LabelVocabulary } from './labels.js'
import { fold } from './text.js'

/**
 * Longer than this, a line is text, not a header line: the longest header lines (a unit, a label and
 * its value, a phone and an e-mail side by side) stay well under 160 characters.
 */
const MAX_HEADER_LINE = 160

/**
 * A line that only a header holds: a label with its value, a date, a case number, a document type, a page
 * counter or an address line; `labels` is the vocabulary's (an organisation's own labels included).
 */
export function isHeaderLine(labels: LabelVocabulary, text: string): boolean {
  if (text.length > MAX_HEADER_LINE) return false
  const t = fold(text)
  if (documentTypeOf(t) || isPageCounter(t) || isAddressLine(t)) return true
  if (labels.leading(t)) return true
  // `Samhällsbyggnadsförvaltningen Handläggare: …`: a unit's name, then a label.
  const label = t.includes(' ') ? labels.find(t)[0] : undefined
  if (label && (isUnitName(t.slice(0, label.index).trim()) || isOrganName(t.slice(0, label.index).trim()))) return true
  if (!/\d/.test(t)) return false
  // What is left when a leading document type (`Tjänsteskrivelse 2021-02-17`), the dates and then the case numbers are
  // taken out.
  const type = findDocumentType(t)
  let rest = type?.index === 0 ? t.slice(type.end) : t
  for (const d of findDates(t)) rest = rest.replace(d.text, '')
  for (const c of findCaseNumbers(t, { weak: true })) rest = rest.replace(c.value, '')
  return rest.replace(/[\s,;:–-]/g, '') === ''
}

/** `Datum Diarienummer Ert datum Handläggare`: two labels or more and nothing else, their values on the next line. */
export function isLabelRow(labels: LabelVocabulary, text: string): boolean {
  const t = fold(text)
  // A row opens with a label: the cheap test rules out every other line before the search for all of them.
  if (text.length > MAX_HEADER_LINE || labels.leading(t) === null) return false
  const hits = labels.find(t)
  if (hits.length < 2) return false
  let rest = ''
  let from = 0
  for (const h of hits) {
    rest += t.slice(from, h.index)
    from = h.end
  }
  return (rest + t.slice(from)).replace(/[\s|:]/g, '') === ''
}

/**
 * Lines that only a header holds: each a header line, or the value row under a row of labels (a label row and its
 * values as a conversion sets them, `2022-09-14 KS-2031-77 Nils Wiklund` under `Datum Diarienummer Handläggare`).
 */
export function areHeaderLines(labels: LabelVocabulary, texts: string[]): boolean {
  return texts.every((text, i) => isHeaderLine(labels, text) || (i > 0 && isLabelRow(labels, texts[i - 1]!)))
}
