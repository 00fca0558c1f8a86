/**
 * Page furniture in the body: page counters, address footers, and page headers
 * repeated from the first page (`Datum Vår beteckning 2 (2)` /
 * `2018-08-28 SN 18/0098`).
 */
import type { Block } from '../blocks.js'
import type { Furniture } from '../types.js'
import type { State } from '../state.js'
import { isAddressLine, isPageCounter, isRule, isSignatureBox, stripCounters } from '../../vocab/furniture.js'
import { findCaseNumbers } from '../../vocab/case-numbers.js'
import { findDates } from '../../vocab/dates.js'
import { fold } from '../../vocab/text.js'
import { documentTypeOf, findDocumentType } from '../../vocab/documents.js'
import { isPersonName } from '../../vocab/people.js'

/**
 * `repeated-name`: a header line without digits printed again (`Avdelningen för vård och omsorg`). A page's running
 * header when it stands by the page's other furniture; alone, it is the memo's own text (a recipient, a signing body).
 */
type Reason = Furniture['reason'] | 'repeated-name'

function reasonFor(state: State, text: string, header: Set<string>, own: string | null): Reason | null {
  if (isPageCounter(text)) return 'page-counter'
  if (isRule(text)) return 'rule'
  if (isSignatureBox(text)) return 'signature-box'
  if (isAddressLine(text)) return 'address'
  // A document type alone in the body (`TJÄNSTESKRIVELSE`) is a page header printed again.
  if (text.length <= 40 && documentTypeOf(text) && !state.headings.isSectionHeading(text)) return 'repeated-header'
  // Repeated page headers are short lines of labels and values.
  if (text.length > 100) return null
  if (header.has(fold(text)) && (text.split(' ').length >= 3 || /\d/.test(text)) && !isPersonName(text))
    return /\d/.test(text) ? 'repeated-header' : 'repeated-name'
  // A line made only of labels, counters, dates and the memo's own case number.
  if (!/\d/.test(text) && text.split(' ').length < 2) return null
  let rest = stripCounters(text)
  const hadCounter = rest !== fold(text)
  const labels = state.labels.find(rest)
  for (const l of [...labels].reverse()) rest = rest.slice(0, l.index) + ' ' + rest.slice(l.end)
  // `Tjänsteskrivelse 2023-09-12 Dnr TN 2023/0145`, `TJÄNSTESKRIVELSE Sida 2 av 2`: the document type of a running
  // header.
  const type = findDocumentType(rest)
  if (type) rest = rest.slice(0, type.index) + ' ' + rest.slice(type.end)
  let values = 0
  for (const d of /\d/.test(rest) ? findDates(rest) : []) {
    rest = rest.replace(d.text, ' ')
    values++
  }
  let ownCase = false
  for (const c of own && /\d/.test(rest) ? findCaseNumbers(rest, { weak: true }) : []) {
    if (own && fold(c.value) === fold(own)) {
      rest = rest.replace(c.value, ' ')
      values++
      ownCase = true
    }
  }
  // Labels, a counter and a document type mark a running header; the memo's own case number with one of them does too.
  const markers = labels.length + (hadCounter ? 1 : 0) + (type ? 1 : 0)
  const understood = markers >= 2 || (ownCase && markers >= 1) || (values >= 2 && labels.length === 0)
  return understood && rest.replace(/[\s,;:]/g, '') === '' ? 'repeated-header' : null
}

/** For each body block, the furniture it is, when every line of it is furniture. */
export function furnitureOf(
  state: State,
  blocks: Block[],
  headerLines: string[],
  own: string | null
): Map<number, Furniture> {
  const header = new Set<string>()
  for (const line of headerLines) header.add(fold(line))
  const reasons = new Map<number, Reason>()
  const texts = new Map<number, string>()
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return
    // Most blocks are content: their first line already says so.
    let first: Reason | null = null
    let firm = false
    for (const line of block.lines) {
      const reason = reasonFor(state, line.text, header, own)
      if (reason === null) return
      first ??= reason
      firm ||= reason !== 'repeated-name'
    }
    if (!first) return
    reasons.set(index, firm && first === 'repeated-name' ? 'repeated-header' : first)
    texts.set(index, block.text)
  })
  const found = new Map<number, Furniture>()
  for (const [index, reason] of reasons) {
    if (reason === 'repeated-name' && !besideFurniture(reasons, index)) continue
    const block = blocks[index]!
    const kept = reason === 'repeated-name' ? 'repeated-header' : reason
    found.set(index, { type: 'furniture', text: texts.get(index)!, reason: kept, position: block.position })
  }
  return found
}

/** Does a run of repeated names through `index` reach a block that is furniture by its own marks? */
function besideFurniture(reasons: Map<number, Reason>, index: number): boolean {
  for (const step of [-1, 1]) {
    let i = index + step
    while (reasons.get(i) === 'repeated-name') i += step
    if (reasons.has(i)) return true
  }
  return false
}
