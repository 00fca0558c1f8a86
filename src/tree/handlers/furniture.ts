/**
 * Page furniture in the body: page counters, address footers, and page headers
 * repeated from the first page (`Datum Vår beteckning 2 (2)` /
 * `2018-08-28 SN 18/0098`).
 */
import type { Block } from '../blocks.js'
import type { Furniture } from '../types.js'
import type { State } from '../state.js'
import {
  COUNTER_IN_LINE,
  isAddressLine,
  isContactLine,
  isPageCounter,
  isRule,
  isSignatureBox,
  stripCounters
} from '../../vocab/furniture.js'
import { findCaseNumbers } from '../../vocab/case-numbers.js'
import { findDates } from '../../vocab/dates.js'
import { UPPER_START, fold } from '../../vocab/text.js'
import { documentTypeOf, findDocumentType } from '../../vocab/documents.js'
import { afterOrganisation, isOrganisationName, isPersonName } from '../../vocab/people.js'

/**
 * `repeated-name`: a header line without digits printed again (`Avdelningen för vård och omsorg`). A page's running
 * header when it stands by the page's other furniture; alone, it is the memo's own text (a recipient, a signing body).
 * `repeated-line`: a shorter one (`Region Exempelland`), a running header only in a block of the page's furniture.
 */
type Reason = Furniture['reason'] | 'repeated-name' | 'repeated-line' | 'contact'

/** What marks a page's furniture is known: the memo's case number and its document type (a key, or null). */
interface Own {
  caseNumber: string | null
  documentType: string | null
}

function reasonFor(state: State, text: string, header: Set<string>, own: Own): Reason | null {
  if (isPageCounter(text)) return 'page-counter'
  if (isRule(text)) return 'rule'
  if (isSignatureBox(text)) return 'signature-box'
  if (isAddressLine(text)) return 'address'
  // A document type alone in the body (`TJÄNSTESKRIVELSE`) is a page header printed again: the memo's own type (or
  // any, when the header gives none). Another type (`Remissvar` in a remiss) names a matter of the text.
  const type = text.length <= 40 ? documentTypeOf(text) : null
  if (type && (own.documentType === null || type === own.documentType) && !state.headings.isSectionHeading(text))
    return 'repeated-header'
  // Repeated page headers are short lines of labels and values.
  if (text.length > 100) return null
  if (header.has(fold(text)) && !isPersonName(text)) {
    if (/\d/.test(text)) return 'repeated-header'
    return text.split(' ').length >= 3 ? 'repeated-name' : 'repeated-line'
  }
  // A line made only of labels, counters, dates and the memo's own case number.
  if (!/\d/.test(text) && text.split(' ').length < 2) return null
  let rest = stripCounters(text)
  const hadCounter = rest !== fold(text)
  const labels = state.labels.find(rest)
  for (const l of [...labels].reverse()) rest = rest.slice(0, l.index) + ' ' + rest.slice(l.end)
  // `Tjänsteskrivelse 2023-09-12 Dnr TN 2023/0145`, `TJÄNSTESKRIVELSE Sida 2 av 2`: the document type of a running
  // header.
  const typeIn = findDocumentType(rest)
  if (typeIn) rest = rest.slice(0, typeIn.index) + ' ' + rest.slice(typeIn.end)
  let values = 0
  for (const d of /\d/.test(rest) ? findDates(rest) : []) {
    rest = rest.replace(d.text, ' ')
    values++
  }
  let ownCase = false
  const ownNumber = own.caseNumber
  for (const c of ownNumber && /\d/.test(rest) ? findCaseNumbers(rest, { weak: true }) : []) {
    if (ownNumber && fold(c.value) === fold(ownNumber)) {
      rest = rest.replace(c.value, ' ')
      values++
      ownCase = true
    }
  }
  // Labels, a counter and a document type mark a running header; the memo's own case number with one of them does too.
  const markers = labels.length + (hadCounter ? 1 : 0) + (typeIn ? 1 : 0)
  const understood = markers >= 2 || (ownCase && markers >= 1) || (values >= 2 && labels.length === 0)
  const left = rest.replace(/[\s,;:]+/g, ' ').trim()
  // `Exempelby kommun Sida 2 (2)`, `Exempelby kommun Socialförvaltningen 2 (3)`: a page's running header names the
  // organisation (and its unit) beside the counter.
  const organisation =
    hadCounter && left !== '' && (isOrganisationName(left) || (typeIn === null && afterOrganisation(left) !== null))
  if (!understood && !organisation) return null
  // `Exempelby kommun Socialförvaltningen, tjänsteskrivelse 2 (3)`: a page's footer names the organisation beside its
  // counter and document type.
  if (left !== '' && !organisation && !(hadCounter && typeIn && isNameOfWords(left))) return null
  // A heading the vocabulary knows (`Protokollsutdrag till`) is the text's, whatever labels its words are.
  return state.headings.isSectionHeading(text) ? null : 'repeated-header'
}

/** A footer's organisation names it in words, each capitalised: six hold a region and its unit. */
const FOOTER_NAME_WORDS = 6

/** Capitalised words only, no more than a footer's name takes. */
function isNameOfWords(text: string): boolean {
  const words = text.split(' ')
  return words.length <= FOOTER_NAME_WORDS && words.every((w) => UPPER_START.test(w) && !/\d/.test(w))
}

/** For each body block, the furniture it is, when every line of it is furniture. */
export function furnitureOf(state: State, blocks: Block[], headerLines: string[], own: Own): Map<number, Furniture> {
  const header = new Set<string>()
  for (const line of headerLines) header.add(fold(line))
  const reasons = new Map<number, Reason>()
  const texts = new Map<number, string>()
  blocks.forEach((block, index) => {
    // A heading is the text's, unless it holds a page counter: a running header that a converter's rule under it
    // made a heading (`Exempelby kommun Sida 2 (2)` over a line of dashes).
    if (block.kind !== 'paragraph' && !(block.kind === 'heading' && block.text.search(COUNTER_IN_LINE) !== -1)) return
    // Most blocks are content: their first line already says so.
    let first: Reason | null = null
    let firm = false
    let short = false
    let address = false
    let contact = false
    for (const line of block.lines) {
      // A line of phone and e-mail (`Exempelby kommun Storgatan 4 0123-45 67 00 kommunen@exempelby.se`) is furniture
      // only in a block with an address line: a footer's.
      const reason = reasonFor(state, line.text, header, own) ?? (isContactLine(line.text) ? 'contact' : null)
      if (reason === null) return
      first ??= reason
      short ||= reason === 'repeated-line'
      address ||= reason === 'address'
      contact ||= reason === 'contact'
      firm ||= reason !== 'repeated-name' && reason !== 'repeated-line' && reason !== 'contact'
    }
    if (!first || (contact && !address)) return
    // A short repeated line (`Region Exempelland`) alone is a running header only beside the page's other furniture,
    // as the next block when a conversion set each of its lines apart.
    if (short && !firm) {
      if (block.lines.length !== 1) return
      reasons.set(index, 'repeated-line')
      texts.set(index, block.text)
      return
    }
    const weak = first === 'repeated-name' || first === 'repeated-line' || first === 'contact'
    reasons.set(index, contact ? 'address' : firm && weak ? 'repeated-header' : first)
    texts.set(index, block.text)
  })
  const found = new Map<number, Furniture>()
  for (const [index, reason] of reasons) {
    if ((reason === 'repeated-name' || reason === 'repeated-line') && !besideFurniture(reasons, index)) continue
    const block = blocks[index]!
    const kept =
      reason === 'contact'
        ? 'address'
        : reason === 'repeated-name' || reason === 'repeated-line'
          ? 'repeated-header'
          : reason
    found.set(index, { type: 'furniture', text: texts.get(index)!, reason: kept, position: block.position })
  }
  return found
}

/** Does a run of repeated names through `index` reach a block that is furniture by its own marks? */
function besideFurniture(reasons: Map<number, Reason>, index: number): boolean {
  for (const step of [-1, 1]) {
    let i = index + step
    while (reasons.get(i) === 'repeated-name' || reasons.get(i) === 'repeated-line') i += step
    if (reasons.has(i)) return true
  }
  return false
}
