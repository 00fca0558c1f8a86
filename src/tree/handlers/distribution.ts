/**
 * The distribution list (`Utdrag till`, `Expedieras till`, `Beslut sänds till`):
 * one recipient a line or list item. Template guidance text left in the section
 * is kept apart: it is not a recipient.
 */
import type { DistributionList, Line, Recipient, Section } from '../types.js'
import { isGuidanceText } from '../../vocab/documents.js'
import { isOrganName, isOrganisationName, isUnitName } from '../../vocab/people.js'
import { BULLET_MARK, UPPER_START, fold } from '../../vocab/text.js'

/** Where an inline list parts: a comma, a semicolon, an `och` (not the `och` of `Miljö- och byggförvaltningen`). */
const INLINE_JOINERS = /(\s*[,;]\s*|(?<!-)\s+och\s+)/
/** Where a line of a list set one recipient a line parts: only an `och` (`Kommunstyrelsen och Revisorerna`). */
const LINE_JOINERS = /((?<!-)\s+och\s+)/

/**
 * `Ekonomienheten, Revisorerna och Kommunstyrelsen` → three recipients, when every part is a short name. On a line of
 * a list set one recipient a line (`inline` false), a comma joins a unit to its organisation instead
 * (`Kommunledningsförvaltningen, Ekonomi`), and only `och` parts.
 */
export function splitRecipients(value: string, inline = true): string[] {
  const pieces = value.split(inline ? INLINE_JOINERS : LINE_JOINERS)
  const parts: string[] = []
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!
    if (!part) continue
    // `Region Exempellän, Hälso- och sjukvårdsförvaltningen`: an organisation and its unit are one recipient;
    // `Exempelby Vatten och Avfall AB`: a company's name goes on over its `och`.
    const previous = parts.at(-1)
    const joiner = pieces[i - 1]?.trim()
    if (
      previous !== undefined &&
      ((joiner === ',' && partOf(previous, part)) || (joiner === 'och' && sharesCompanyName(previous, part)))
    )
      parts[parts.length - 1] = `${previous}${pieces[i - 1]!}${part}`
    else parts.push(part)
  }
  const names =
    // Recipients on one line are names of bodies or units, each at most four words (`Kultur- och fritidsförvaltningen`,
    // `Region Norrby`); longer parts are a sentence with commas.
    parts.length > 1 && parts.every((p) => UPPER_START.test(p) && p.split(' ').length <= 4 && !/[.!?]$/.test(p))
  return names ? parts : [value]
}

/** `AB`, `HB`, `KB`, `ek. för.`: the form of a company, at the end of its name. */
const COMPANY_FORM = /\s(?:AB|HB|KB|ek\. ?för\.?|ekonomisk förening)$/

/**
 * Is `before och after` one company's name (`Exempelby Vatten och Avfall AB`): `after` ends in a company's form and
 * `before` names no recipient of its own, being neither a body, a unit, an organisation, a company nor one word.
 */
function sharesCompanyName(before: string, after: string): boolean {
  if (!COMPANY_FORM.test(after) || COMPANY_FORM.test(before) || !before.includes(' ')) return false
  return !isOrganName(before) && !isUnitName(before) && !isOrganisationName(before)
}

/**
 * Is `unit` a unit of the recipient before it: a förvaltning or an enhet after an organisation (`Region Norrby`,
 * `Exempelby kommun`), a company (`Exempelby Energi AB`) or an authority named in one word (`Lantmäteriet`). Not
 * after a nämnd, another unit or an association (`Exempelby hembygdsförening, Ekonomienheten`): each of those is
 * a recipient of its own beside the organisation's own unit.
 */
function partOf(before: string, unit: string): boolean {
  if (!isUnitName(unit) || isUnitName(before) || isOrganName(before)) return false
  return isOrganisationName(before) || before.endsWith(' AB') || !before.includes(' ')
}

/**
 * The recipients' lines of a distribution section. The list ends where the signature block begins, and a list set as
 * a Markdown list ends with it: a paragraph right after it (the unit above the signatures) is no recipient. Page
 * furniture between the pieces of a list (a page break) is stepped over.
 */
function recipientLines(section: Section): Line[] {
  const lines: Line[] = []
  let afterList = false
  for (const node of section.children) {
    if (node.type === 'signatures' || (node.type === 'paragraph' && afterList)) break
    if (node.type === 'paragraph') lines.push(...node.lines)
    else if (node.type === 'list')
      for (const li of node.children) lines.push({ text: li.text, position: li.position ?? section.position! })
    afterList = node.type === 'list'
  }
  return lines
}

/**
 * The sections after a distribution heading that are its sub-headings (`För verkställighet`, `För kännedom`): a
 * deeper Markdown heading, another distribution heading, or, under a heading with nothing of its own, a heading
 * nobody listed. Their recipients are the list's.
 */
export function subSections(sections: Section[], at: number): Section[] {
  const head = sections[at]!
  const empty = head.children.length === 0
  const out: Section[] = []
  for (let i = at + 1; i < sections.length; i++) {
    const s = sections[i]!
    const deeper = head.depth > 0 && s.depth > head.depth
    if (!deeper && s.role !== 'distribution' && !(empty && s.role === 'other')) break
    out.push(s)
  }
  return out
}

/** The recipients of a distribution section, with those under its sub-headings. */
export function buildDistribution(section: Section, subs: Section[] = []): DistributionList {
  const lines: Line[] = []
  for (const part of [section, ...subs]) lines.push(...recipientLines(part))
  const children: Recipient[] = []
  const guidance: Line[] = []
  const values: Array<{ value: string; line: Line }> = []
  for (const line of lines) {
    const value = fold(line.text.replace(BULLET_MARK, '')).replace(/[,;]$/, '')
    if (!value) continue
    if (isGuidanceText(value)) guidance.push(line)
    // A long sentence is text of the section, not a recipient.
    else if (value.split(' ').length > 12) continue
    else values.push({ value, line })
  }
  // A list set one recipient a line names each on its line, a unit after its organisation's comma
  // (`Kommunledningsförvaltningen, Ekonomi`); only a list written inline on one line is split at its commas.
  const inline = values.length === 1
  for (const { value, line } of values)
    for (const part of splitRecipients(value, inline))
      children.push({ type: 'recipient', value: part, position: line.position })
  const last = subs.at(-1)?.position
  const position = section.position && last ? { start: section.position.start, end: last.end } : section.position
  return { type: 'distributionList', children, guidance, position }
}
