/**
 * Header fields → the header's metadata: which of several candidates is the
 * case number, the date, the officer; what the unit and the addressee are. A
 * labelled value wins over an unlabelled one; a second, different value is
 * reported, never merged.
 */
import type {
  Header,
  HeaderField,
  HeaderFieldName,
  HeaderLine,
  HeaderSummary,
  SummaryField,
  SummarySource
} from '../types.js'
import type { Position } from 'unist'
import type { State } from '../state.js'
import type { CaseNumberMatch } from '../../vocab/case-numbers.js'
import { UPPER_START, atMostWords, collapseLetterSpacing, fold, joinHyphenated } from '../../vocab/text.js'
import { isOrganName, isOrganisationName, isPersonName, splitNames } from '../../vocab/people.js'
import { splitRecipients } from './distribution.js'
import { findDocumentType } from '../../vocab/documents.js'
import { isPageCounter } from '../../vocab/furniture.js'

/** The names of shared mailboxes, before the `@`: an address no officer reads alone. */
// prettier-ignore
const MAILBOX_NAMES = [
  'info', 'kontakt', 'kommun', 'kommunen', 'registrator', 'registraturen', 'diariet', 'diarium', 'kansli', 'kansliet',
  'post', 'postmottagning', 'servicecenter', 'kundtjanst', 'kundtjänst', 'vaxel', 'växel', 'region', 'regionen',
  'nämnd', 'namnd', '[a-zåäö-]*forvaltning(?:en)?', '[a-zåäö-]*förvaltning(?:en)?', '[a-zåäö-]*kontoret',
  'remiss(?:er|svar|var)?'
]
/** A ministry's or an agency's box may carry its short name in front (`xy.remissvar@…`): four letters at most. */
const GENERIC_MAILBOX = new RegExp(`^(?:[a-zåäö]{1,4}\\.)?(?:${MAILBOX_NAMES.join('|')})@`, 'i')

export type { HeaderSummary }

/** The header's fields by name, in document order: one pass over the lines. */
function fieldsByName(header: Header): Map<HeaderFieldName, HeaderField[]> {
  const byName = new Map<HeaderFieldName, HeaderField[]>()
  for (const line of header.children)
    for (const field of line.children) {
      const list = byName.get(field.name)
      if (list) list.push(field)
      else byName.set(field.name, [field])
    }
  return byName
}

/**
 * The labelled value if there is one, else the first; null when there is none.
 * `accept` narrows the candidates (a date that parsed, an address that is the officer's).
 */
function pick(fields: HeaderField[] | undefined, accept?: (f: HeaderField) => boolean): HeaderField | null {
  let first: HeaderField | null = null
  for (const f of fields ?? []) {
    if (f.value === null || (accept && !accept(f))) continue
    if (f.label !== null) return f
    first ??= f
  }
  return first
}

export function summarizeHeader(
  state: State,
  header: Header,
  inTitle: { match: CaseNumberMatch; position?: Position } | null = null
): HeaderSummary {
  const fields = fieldsByName(header)
  const sources: HeaderSummary['sources'] = {}
  const from = (name: SummaryField, f: HeaderField | null, why?: string) => {
    if (f && f.value !== null) sources[name] = source(f, why)
    return f
  }
  const documentType = from('documentType', pick(fields.get('documentType')))
  // Minutes, decisions, a chair's proposals and a notice of a meeting speak for the organ; a memo is written to it.
  const decided = /protokoll|utdrag|beslut|ordförande|kallelse/.test(documentTypeKey(documentType?.value ?? null) ?? '')

  const caseNumbers = fields.get('caseNumber') ?? []
  const caseNumber = from('caseNumber', pick(caseNumbers))
  if (!caseNumber && inTitle) sources.caseNumber = { position: inTitle.position, why: 'title' }

  const dates = (fields.get('date') ?? []).filter((f) => f.iso)
  let date = pick(dates)
  date ??= pick(fields.get('meetingDate'), (f) => !!f.iso)
  from('date', date, date?.name === 'meetingDate' ? 'meeting' : undefined)

  let officerFields = (fields.get('officer') ?? []).filter((f) => f.value !== null)
  // A name above the first labelled officer (a letterhead's organisation that reads as a name) is no officer when the
  // header labels one: the officers are the labelled one and those after it.
  const firstLabelled = officerFields.findIndex((f) => f.label !== null)
  if (firstLabelled > 0) officerFields = officerFields.slice(firstLabelled)
  // Officers side by side with nothing between them (`Nils Wiklund Ebba Lind`), as many as the
  // phone numbers or e-mail addresses that stand side by side on one line.
  const beside = officerFields.length === 1 ? sideBySide(header, officerFields[0]!) : null
  if (beside) officerFields = beside
  const officer = from('officer.name', pick(officerFields))
  const phone = from(
    'officer.phone',
    pick(fields.get('phone'), (f) => f.label !== null || officer !== null)
  )
  // An unlabelled address of the organisation (`registrator@…`, `kommun@…`) is not the officer's.
  const email = from(
    'officer.email',
    pick(fields.get('email'), (f) => f.label !== null || !GENERIC_MAILBOX.test(f.value ?? ''))
  )
  const officerTitle = from('officer.title', pick(fields.get('officerTitle')))

  const organs = fields.get('organ') ?? []
  const labelledUnit = fields.get('unit')?.find((f) => f.label !== null && f.value !== null) ?? null
  let unit: string | null = labelledUnit?.value ?? null
  if (labelledUnit) from('unit', labelledUnit)
  else {
    const joined = joinAdjacent(header, 'unit')
    if (joined) {
      unit = joined.value
      sources.unit = { position: joined.position, why: 'unlabelled' }
    }
  }
  const claimed = new Set<HeaderLine>()
  // `Socialförvaltningen` / `Individ- och familjeomsorgen`: the line under the unit names its part (no unit word).
  const sub = unit !== null && sources.unit?.why === 'unlabelled' ? subUnitLine(header, sources.unit.position) : null
  if (sub) {
    unit = `${unit!}, ${sub.residual!}`
    claimed.add(sub)
    if (sources.unit?.position && sub.position)
      sources.unit = { position: { start: sources.unit.position.start, end: sub.position.end }, why: 'unlabelled' }
  }
  // The organ that met, decided or writes: on a date's line (`Kommunstyrelsen 2022-10-04 4(12)`), of minutes
  // and decisions, or in the letterhead beside the document type (`SOCIALNÄMNDEN TJÄNSTEUTLÅTANDE`).
  // An organ on the line above the document type heads the letterhead too (`**Kommunstyrelsen**` / `**MISSIV**`), and
  // a page of decisions names it under its label (`Beslutande organ: Kommunfullmäktige`).
  const organOfDay =
    organs.find(
      (o) =>
        o.value !== null &&
        (decided ||
          o.label !== null ||
          onLineWith(header, o, ['date', 'meetingDate', 'documentType']) ||
          aboveType(header, o) ||
          underOrganisation(header, o))
    ) ?? null
  if (!unit && organOfDay) {
    unit = organOfDay.value
    from('unit', organOfDay, 'organ')
  }
  // The letterhead's second line, under the organisation's name (`Exempelby kommun` / `Samhälle och miljö`).
  const underName = unit ? null : unitUnderOrganisation(header)
  if (underName) {
    unit = underName.residual
    claimed.add(underName)
    sources.unit = { ...(underName.position ? { position: underName.position } : {}), why: 'letterhead' }
  }
  const addresseeField =
    pick(fields.get('addressee')) ?? organs.find((o) => o !== organOfDay && o.value !== null) ?? null
  const addressee = addresseeField?.value ?? null
  from('addressee', addresseeField)

  if (!unit && officer) {
    const byPlace = unitBeforeOfficer(header, officer)
    if (byPlace) {
      unit = byPlace.residual
      claimed.add(byPlace)
      sources.unit = { position: byPlace.position, why: 'position' }
    }
  }

  // Several officers: the first with the header's title, phone and e-mail; officers side by side
  // with the phone and e-mail that stand in their place on the lines of phones and e-mails.
  const officers: HeaderSummary['officers'] = []
  // A line with as many phones (e-mails) as there are officers gives each theirs, in order.
  const side = (name: HeaderFieldName) => {
    const values = widest(header, name)
    return values.length === officerFields.length ? values : []
  }
  const phones = side('phone')
  const emails = side('email')
  for (const f of officerFields) {
    if (officers.some((o) => o.name === f.value)) continue
    const k = officers.length
    // A later officer on a line of their own (`Ebba Lind, jurist, 08-…`) has the title, phone and e-mail beside them.
    const own = k === 0 ? null : ownLine(header, f)
    const beside = (name: HeaderFieldName) => own?.children.find((c) => c.name === name && c.value !== null)?.value
    officers.push({
      name: f.value!,
      title: k === 0 ? (officerTitle?.value ?? null) : (beside('officerTitle') ?? null),
      phone: k === 0 ? (phone?.value ?? null) : (phones[k] ?? beside('phone') ?? null),
      email: k === 0 ? (email?.value ?? null) : (emails[k] ?? beside('email') ?? null)
    })
  }

  // A loop into a literal: `filter().map()` gives an empty array another element kind, which
  // would throw away the optimized code of whatever reads it later (see joinLines).
  const unclassified: string[] = []
  for (const l of header.children) if (l.residual !== null && !claimed.has(l)) unclassified.push(l.text)
  return {
    documentType: documentTypeKey(documentType?.value ?? null),
    // A case number in the title (`… (TEF/2019:263)`) is the memo's when the header names none.
    caseNumber: caseNumber?.value ?? inTitle?.match.value ?? null,
    caseRef: caseNumber ? (caseNumber.caseRef ?? null) : (inTitle?.match.ref ?? null),
    date: date?.iso ?? null,
    unit,
    addressee,
    officer: {
      name: officer?.value ?? null,
      title: officerTitle?.value ?? null,
      phone: phone?.value ?? null,
      email: email?.value ?? null
    },
    officers,
    filingCode: from('filingCode', pick(fields.get('filingCode')))?.value ?? null,
    paragraph: from('paragraph', pick(fields.get('paragraph')))?.value ?? null,
    distribution: distributionOf(
      from(
        'distribution',
        pick(fields.get('distribution'), (f) => f.value !== null && f.label !== null)
      )
    ),
    unclassified,
    sources
  }
}

function source(f: HeaderField, why?: string): SummarySource {
  return { position: f.position, why: why ?? (f.label !== null ? 'labelled' : 'unlabelled') }
}

/** `Expediering TN ,`: the recipients a header's distribution label names. */
function distributionOf(f: HeaderField | null): HeaderSummary['distribution'] {
  if (f?.value == null || f.label === null) return null
  const recipients = splitRecipients(f.value.replace(/[\s,;]+$/, ''))
  return recipients.length > 0 ? { label: f.label, recipients } : null
}

/** The values of the header line that holds the most fields of this name. */
function widest(header: Header, name: HeaderFieldName): string[] {
  let best: string[] = []
  for (const line of header.children) {
    const values = line.children.filter((f) => f.name === name && f.value !== null).map((f) => f.value!)
    if (values.length > best.length) best = values
  }
  return best
}

/** The fields of one name each, when one officer field holds as many names as a line holds phones or e-mails. */
function sideBySide(header: Header, officer: HeaderField): HeaderField[] | null {
  const n = Math.max(widest(header, 'phone').length, widest(header, 'email').length)
  if (n < 2) return null
  const value = officer.value!
  const spans = splitNames(value, n)
  return spans ? spans.map((s) => ({ ...officer, value: value.slice(s.index, s.end) })) : null
}

/** The header line of an officer when it names no other officer; null otherwise. */
function ownLine(header: Header, officer: HeaderField): HeaderLine | null {
  const line = header.children.find((l) => l.children.includes(officer))
  return line?.children.filter((c) => c.name === 'officer').length === 1 ? line : null
}

/** Does `f` share its line with a field of one of these names? */
function onLineWith(header: Header, f: HeaderField, names: HeaderFieldName[]): boolean {
  const line = header.children.find((l) => l.children.includes(f))
  return line?.children.some((c) => names.includes(c.name) && c.value !== null) ?? false
}

function documentTypeKey(value: string | null): string | null {
  if (!value) return null
  return joinHyphenated(collapseLetterSpacing(value)).toLowerCase()
}

/** Unit lines that follow each other (`Utbildningsförvaltningen` / `Avdelningen för …`) are one unit. */
function joinAdjacent(header: Header, name: HeaderFieldName): { value: string; position?: Position } | null {
  const parts: string[] = []
  const at: HeaderField[] = []
  let lastIndex = -2
  header.children.forEach((line, index) => {
    if (line.kind === 'furniture') {
      if (lastIndex === index - 1) lastIndex = index
      return
    }
    const f = line.children.find((c) => c.name === name && c.value !== null && c.label === null)
    if (!f) return
    if (parts.length === 0 || lastIndex === index - 1) {
      // The same unit on two lines (a letterhead's cell and its line again) is one unit.
      if (!parts.includes(f.value!)) parts.push(f.value!)
      at.push(f)
      lastIndex = index
    }
  })
  if (parts.length === 0) return null
  const first = at[0]!.position
  const last = at.at(-1)!.position
  return { value: parts.join(', '), position: first && last ? { start: first.start, end: last.end } : undefined }
}

/**
 * The seed's template prints the unit without a label on the line before the
 * officer's name. Taken only when that line is a whole, unexplained line that
 * reads like an organisation's name.
 */
/** Does the organ stand on the header line just above the document type's? */
function aboveType(header: Header, organ: HeaderField): boolean {
  const lines = header.children.filter((l) => l.kind !== 'furniture')
  const at = lines.findIndex((l) => l.children.includes(organ))
  const next = lines[at + 1]
  return (
    at >= 0 &&
    next !== undefined &&
    lines[at]!.children.length === 1 &&
    next.children.some((f) => f.name === 'documentType' && f.value !== null)
  )
}

/**
 * Does the organ stand alone under the organisation's name at the top of the letterhead, in its column
 * (`| Exempelby kommun | PROTOKOLL |` over `| Socialnämnden | Datum: … |`, or a line under it)? Then it is the organ
 * that writes, as the unit under the name is.
 */
function underOrganisation(header: Header, organ: HeaderField): boolean {
  const lines = header.children.filter((l) => l.kind !== 'furniture')
  const top = lines[0]
  const column = top?.position?.start.column
  if (!top || column === undefined || top.residual === null || !isOrganisationName(top.residual)) return false
  // The cells of a letterhead table are read row by row: the next line in the name's column is the one under it.
  const under = lines.slice(1).find((l) => l.position?.start.column === column)
  return under?.children.length === 1 && under.children[0] === organ && under.residual === null
}

/**
 * The line under the organisation's name at the top of the header, when nobody understood it and it
 * reads as a unit's name.
 */
function unitUnderOrganisation(header: Header): HeaderLine | null {
  // A document type in a column of its own beside them (`| Region Exempelland | | REMISS |` over `| Stabsenheten |`),
  // read as a line of its own between the two, does not part them.
  const lines = header.children.filter((l) => l.kind !== 'furniture' && !onlyDocumentType(l))
  const [top, second] = lines
  if (!top || !second || top.residual === null || !isOrganisationName(top.residual)) return null
  const text = second.residual
  if (second.kind !== 'unclassified' || !text) return null
  // The whole line, or the line and the page's counter beside it (`Regional utveckling Sida 1 (2)`).
  const line = fold(second.text)
  if (text !== line && !(line.startsWith(text) && isPageCounter(line.slice(text.length).trim()))) return null
  return readsAsUnit(text) ? second : null
}

/**
 * Unexplained text that reads as the name of a unit without a unit word (`Samhälle och miljö`): a short capitalised
 * phrase, no digits, no person, no body, no kind of document.
 */
function readsAsUnit(text: string): boolean {
  // A unit's name standing alone is at most five words (`Avdelningen för ekonomi och styrning`); more is text.
  if (!UPPER_START.test(text) || /[\d@.!?:;]/.test(text) || !atMostWords(text, 5)) return false
  // `Utdrag ur sammanträdesprotokoll`, `Ordförandeförslag`: what the document is, not who writes it.
  if (findDocumentType(text) !== null || /protokoll|förslag|kallelse|utdrag/i.test(text)) return false
  return !isPersonName(text) && !isOrganName(text) && !isOrganisationName(text)
}

/**
 * The header line right under the unit's (last) line whose unexplained text opens it and reads as a unit: the
 * sub-unit of a letterhead's left column (`Individ- och familjeomsorgen 2022-10-12`, a date beside it).
 */
function subUnitLine(header: Header, unitAt: Position | undefined): HeaderLine | null {
  if (!unitAt) return null
  const lines = header.children.filter((l) => l.kind !== 'furniture')
  const at = lines.findIndex((l) => l.position?.end.line === unitAt.end.line)
  const next = lines[at + 1]
  const text = next?.residual
  if (at < 0 || !next?.position || !text || next.position.start.line !== unitAt.end.line + 1) return null
  return next.text.startsWith(text) && readsAsUnit(text) ? next : null
}

/** A header line that gives the document type and nothing else (`REMISS`). */
function onlyDocumentType(line: HeaderLine): boolean {
  return line.residual === null && line.children.length === 1 && line.children[0]!.name === 'documentType'
}

/** What a labelled officer's own line gives beside the name. */
const OFFICER_LINE = new Set<HeaderFieldName>(['officer', 'officerTitle', 'phone', 'email'])

function unitBeforeOfficer(header: Header, officer: HeaderField): HeaderLine | null {
  const lines = header.children.filter((l) => l.kind !== 'furniture')
  const at = lines.findIndex((l) => l.children.includes(officer))
  const officerLine = lines[at]
  if (at < 1 || !officerLine || officerLine.residual) return null
  // A labelled officer's line may give their title, phone and e-mail too (`Handläggare: Ebba Lind, utredare`).
  const labelled = officer.label !== null
  if (labelled ? !officerLine.children.every((f) => OFFICER_LINE.has(f.name)) : officerLine.children.length !== 1)
    return null
  const before = lines[at - 1]!
  const text = before.residual
  if (before.kind !== 'unclassified' || !text || text !== fold(before.text)) return null
  if (isOrganisationName(text)) return null
  // Above a labelled officer, only a line that reads as a unit's name (`Regional utveckling`), no title or heading.
  if (labelled && !readsAsUnit(text)) return null
  // An organisation's or unit's line is at most eight words; a longer line is a sentence.
  if (!UPPER_START.test(text) || /\d|@/.test(text) || /[.!?]$/.test(text) || text.split(' ').length > 8) return null
  return before
}
