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
