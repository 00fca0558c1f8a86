/**
 * Header lines → header fields. A line may hold a label and its value (`Tfn:
 * 063146619`), a label alone whose value is on the next line (`Datum` /
 * `2024-08-20`), a row of labels whose values stand on a later line
 * (`Handläggare Datum Diarienummer` / `Nils Wiklund 2022-11-30 2022-5613`),
 * several values in a row (`2018-11-14 Sida 1 av 2 Dnr KS 2017/083`), or no
 * label at all (the seed's header). Values are recognised by their form, and
 * labels decide only what a form alone cannot.
 */
import type { Header, HeaderField, HeaderFieldName, HeaderLine, Line } from '../types.js'
import type { State } from '../state.js'
import type { LabelField, LabelHit } from '../../vocab/labels.js'
import { findCaseNumbers, looksLikeCaseNumberStub } from '../../vocab/case-numbers.js'
import { findDates } from '../../vocab/dates.js'
import {
  isAddressLine,
  isPageCounter,
  isRule,
  isSignatureBox,
  isSiteChrome,
  stripCounters
} from '../../vocab/furniture.js'
import { documentTypeOf, findDocumentType } from '../../vocab/documents.js'
import {
  afterOrganisation,
  isOrganName,
  isOrganisationName,
  isPersonName,
  isPlaceName,
  isUnitName,
  splitUnitAndName,
  startsWithJobTitle
} from '../../vocab/people.js'
import { LETTER, LOWER, UPPER, allMatches, atMostWords, fold, withoutColon } from '../../vocab/text.js'
import { EMAIL_PATTERN, PHONE_PATTERN } from '../../vocab/contacts.js'

/** `Marina Gregorsson`, `Gregorsson, Marina`: two capitalised words, the first perhaps followed by a comma. */
const TWO_CAPITALISED_WORDS = new RegExp(String.raw`^[${UPPER}][${LETTER}'’-]+,? [${UPPER}][${LETTER}'’-]+$`)

/** `Gregorsson, Marina`: a capitalised word, a comma and another. */
const SURNAME_COMMA_GIVEN_NAME = new RegExp(String.raw`^[${UPPER}][${LETTER}'’-]+, [${UPPER}][${LETTER}'’-]+$`)

const EMAIL = new RegExp(EMAIL_PATTERN, 'g')
/** A value that is a Swedish number and nothing else: `+46` or a trunk `0`, then 6–17 characters in all. */
const PHONE = /^(?:\+46|0)[\d\s()-]{5,16}\d$/
const PHONE_IN_LINE = new RegExp(PHONE_PATTERN, 'g')
/** A local number without its area code: three digits, then two groups of two or three (`508 08 091`). */
const LOCAL_PHONE = /(?<![\d/.-])[1-9]\d{2}(?: \d{2,3}){2}(?![\d/.-])/g
const PARAGRAPH = /§\s?\d{1,4}(?:\/\d{4})?/g
const MEETING = /sammanträde|möte\b|mötet\b/i
/** Two to five capitals, up to three times: series without their numbers (`KFN`, `KS KF`). */
const BARE_SERIES = new RegExp(String.raw`^[${UPPER}]{2,5}(?: [${UPPER}]{2,5}){0,2}$`)
const TEMPLATE_ID = /\bv\d+\.\d+\b|\bversion \d/i

/** Remove a span from the working text, keeping offsets of the rest. */
function cover(mask: Uint8Array, from: number, to: number): void {
  mask.fill(1, from, to)
}

/** Is any of the span already taken by another value? */
function covered(mask: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (mask[i] === 1) return true
  return false
}

/** The text from `from` to `to` with the covered spans blanked: runs copied whole, not a character at a time. */
function uncovered(text: string, mask: Uint8Array, from = 0, to = text.length): string {
  let out = ''
  for (let i = from; i < to;) {
    const taken = mask[i] === 1
    let j = i + 1
    while (j < to && (mask[j] === 1) === taken) j++
    out += taken ? ' '.repeat(j - i) : text.slice(i, j)
    i = j
  }
  return out
}

/** White space and the separators a value leaves behind at its ends (`, `, `: `, `– `, bullets). */
const RESIDUAL_EDGE = /[\s,;:•·–-]/

function cleanResidual(value: string): string {
  const folded = fold(value)
  let start = 0
  let end = folded.length
  while (start < end && RESIDUAL_EDGE.test(folded[start]!)) start++
  while (end > start && RESIDUAL_EDGE.test(folded[end - 1]!)) end--
  return folded.slice(start, end)
}

interface Context {
  /** A label alone on the previous line: its value is expected on this line. */
  carry: { hit: LabelHit; line: HeaderLine } | null
  /** A label row a few lines up: which fields its columns announced. */
  columns: Set<LabelField>
  columnsLeft: number
  /** The field of that row's last label: the value at the end of a value row stands under it. */
  lastColumn: LabelField | null
  /**
   * An officer label alone on its line whose value line named an officer: a next line that opens with
   * another name (`Handläggare` / `Nils Wiklund, utredare, 08-…` / `Ebba Lind, jurist, 08-…`) is under it too.
   */
  officers: { hit: LabelHit; line: HeaderLine } | null
  /** The previous line was a unit's name and nothing else: a district's name on the next line goes on with it. */
  unit: HeaderField | null
}

export function buildHeader(state: State, written: Line[]): Header {
  const lines = runOn(written)
  const children: HeaderLine[] = []
  const ctx: Context = { carry: null, columns: new Set(), columnsLeft: 0, lastColumn: null, officers: null, unit: null }

  // The lines of a recipient's postal address (a name over a street and `656 71 Exempelby`), still to come.
  let address = 0
  for (const [i, line] of lines.entries()) {
    const node: HeaderLine = {
      type: 'headerLine',
      text: line.text,
      kind: 'unclassified',
      residual: null,
      children: [],
      position: line.position
    }
    children.push(node)
    if (
      isPageCounter(line.text) ||
      isRule(line.text) ||
      isAddressLine(line.text) ||
      isSignatureBox(line.text) ||
      isMarkupComment(line.text) ||
      isSiteChrome(line.text)
    ) {
      node.kind = 'furniture'
      ctx.unit = null
      continue
    }
    if (address > 0) {
      address--
      node.kind = 'furniture'
      continue
    }
    address = addressBelow(lines, i)
    if (address > 0) {
      field(node, 'addressee', fold(line.text), null)
      node.kind = 'fields'
      continue
    }
    const unit = ctx.unit
    ctx.unit = null
    if (unit && goesOnWith(unit, node)) continue
    readLine(state, node, ctx)
    const only = node.children.length === 1 ? node.children[0]! : null
    if (only?.name === 'unit' && only.label === null && node.residual === null) ctx.unit = only
  }
  if (ctx.carry) emptyField(ctx.carry.line, ctx.carry.hit)
  return { type: 'header', children, position: span(children) }
}

/** `… 08-123 456 78 och Ebba`: a line that ends in `och` (or `och` and a given name) runs on into the next. */
const RUNS_ON = new RegExp(String.raw`\s(?:och|samt)(?: [${UPPER}][${LETTER}-]+)?$`)

/**
 * Header lines where a line that runs on (`Kontaktperson: Nils Wiklund, utredare, 08-… och Ebba` / `Lind, jurist, …`)
 * is joined with the source line under it, as one line of the letterhead that a conversion broke.
 */
function runOn(lines: Line[]): Line[] {
  if (!lines.some((l) => RUNS_ON.test(l.text))) return lines
  const out: Line[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]
    if (next && RUNS_ON.test(line.text) && next.position.start.line === line.position.end.line + 1) {
      out.push({ text: `${line.text} ${next.text}`, position: { start: line.position.start, end: next.position.end } })
      i++
    } else out.push(line)
  }
  return out
}

/** `Beslut i`, `Beslutat av`: the words before the organ that decided, on a page of decisions. */
const DECIDED_IN = /^(?:beslut|beslutat|beslutad|beslutades) (?:i|av) /i

/** `656 71 Exempelby`: a postcode and a town (one or two words), the last line of a postal address. */
const POSTCODE_TOWN = new RegExp(String.raw`^\d{3} ?\d{2} [${UPPER}][${LETTER}-]+(?: [${LETTER}-]+)?$`)

/**
 * A letter's recipient: a person's name over their street (one line at most) and their postcode and town, as a
 * decision letter prints it under the letterhead. The number of address lines under the name at `i`, 0 for none.
 */
function addressBelow(lines: Line[], i: number): number {
  // A street line at most between the name and the postcode: the cheap test of the lines below comes first.
  const below = [lines[i + 1], lines[i + 2]].findIndex((l) => l !== undefined && POSTCODE_TOWN.test(l.text))
  return below >= 0 && isPersonName(fold(lines[i]!.text)) ? below + 1 : 0
}

/**
 * `Stadsdelsförvaltningen` / `Västra Hisingen`: a district's name on the source line right under a unit's
 * name is the rest of that name. The unit's field then reads both lines, and this line is read.
 */
function goesOnWith(unit: HeaderField, node: HeaderLine): boolean {
  const above = unit.position
  const here = node.position
  if (above === undefined || here?.start.line !== above.end.line + 1 || !isPlaceName(node.text)) return false
  unit.value = `${unit.value!} ${fold(node.text)}`
  unit.position = { start: above.start, end: here.end }
  node.kind = 'fields'
  return true
}

function span(lines: HeaderLine[]) {
  const first = lines[0]?.position
  const last = lines.at(-1)?.position
  return first && last ? { start: first.start, end: last.end } : undefined
}

function field(
  node: HeaderLine,
  name: HeaderFieldName,
  value: string | null,
  label: string | null,
  extra: Partial<HeaderField> = {}
) {
  node.children.push({ type: 'headerField', name, label, value, ...extra, position: node.position })
}

/** Does the line, as written, stand `word` apart: two or more spaces or a tab on each side, or the line's edge? */
function inOwnColumn(state: State, node: HeaderLine, word: string): boolean {
  const at = node.position?.start.line
  if (at === undefined) return false
  const { text, lineStarts } = state.source
  const raw = text.slice(lineStarts[at - 1] ?? text.length, lineStarts[at] ?? text.length)
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // A column gap in converted text is two spaces or more, or a tab: one space is within a column.
  return new RegExp(`(?:^|\\S(?: {2,}|\\t))${escaped}(?:(?: {2,}|\\t)\\S|\\s*$)`, 'u').test(raw.trimStart())
}

const MINUTES_OF = new RegExp(
  '^((?:utdrag ur |utdrag av )?(?:sammanträdes)?protokoll)(?: fört| förd)? ' +
    '(?:vid|från) (?:[a-zåäö]+ )?sammanträde(?:t)? (?:med|i) ',
  'i'
)

/**
 * The heading of old minutes, as a sentence: `Utdrag ur protokoll fört vid sammanträde med
 * byggnadsnämnden i Exempelby`. The document type is its opening words; the organ is the longest
 * run of words after `med`/`i` that names one.
 */
function minutesOf(work: string): { type: string; organ: string | null; organAt: number } | null {
  const m = MINUTES_OF.exec(work)
  if (!m) return null
  const organAt = m[0].length
  const words = work.slice(organAt).split(' ')
  for (let n = Math.min(words.length, 6); n > 0; n--) {
    const organ = words.slice(0, n).join(' ')
    if (isOrganName(organ)) return { type: m[1]!, organ, organAt }
  }
  return { type: m[1]!, organ: null, organAt }
}

/**
 * `0651-180 21 0651-180 44`: numbers side by side that one match ran together. A Swedish number
 * has at most ten digits with its area code; past that, a group that opens with 0 begins the next.
 */
function phonesIn(text: string, at: number): Array<{ index: number; end: number }> {
  const groups = [...text.matchAll(/\+?\d+/g)]
  const out: Array<{ index: number; end: number }> = []
  let start = 0
  let digits = 0
  let end = groups.length
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!
    const count = group[0].replace('+', '').length
    // A Swedish phone number has at most ten digits with its area code: more digits are two numbers run together.
    if (g > start && digits + count > 10) {
      // Digits past a number that do not open another (`08-123 45 67 2021`) are not part of it.
      if (!group[0].startsWith('0')) {
        end = g
        break
      }
      const last = groups[g - 1]!
      out.push({ index: at + groups[start]!.index, end: at + last.index + last[0].length })
      start = g
      digits = 0
    }
    digits += count
  }
  const last = groups[end - 1]
  if (last) out.push({ index: at + groups[start]!.index, end: at + last.index + last[0].length })
  return out
}

/** Is the line one code in a weak case-number format and nothing else? */
function wholeWeakCode(work: string): boolean {
  const found = findCaseNumbers(work, { weak: true })
  return found.length === 1 && found[0]!.index === 0 && found[0]!.end === work.trimEnd().length
}

/**
 * A letterhead: the document type beside the name of the body that writes it
 * (`KOMMUNSTYRELSEN PROTOKOLL`, `SOCIALNÄMNDEN TJÄNSTEUTLÅTANDE`),
 * or beside nothing but a page counter (`SAMMANTRÄDESPROTOKOLL sid 4(12)`, its counter already taken off).
 */
function besideSender(work: string, type: { index: number; end: number }): boolean {
  const rest = cleanResidual(`${work.slice(0, type.index)} ${work.slice(type.end)}`)
  return rest === '' || isOrganName(rest) || isUnitName(rest) || isOrganisationName(rest)
}

/** A label as the record shows it: `Datum :` → `Datum`. */
function labelText(hit: LabelHit): string {
  return withoutColon(hit.label).trim()
}

function emptyField(node: HeaderLine, hit: LabelHit): void {
  const name = hit.field === 'documentType' ? 'documentType' : hit.field
  field(node, name, null, hit.label.trim())
}

function readLine(state: State, node: HeaderLine, ctx: Context): void {
  // Pipes between cells of rows that GFM does not take as a table (no delimiter row): a column gap.
  const work = stripCounters(node.text.replace(/\|/g, ' '))
  const mask = new Uint8Array(work.length)
  // Under an officer label that named one already, a line without a value of the label is no empty field.
  const underRun = ctx.carry === null && ctx.officers !== null && opensWithName(work)
  const carry = underRun ? ctx.officers : ctx.carry
  ctx.carry = null
  ctx.officers = null
  let columns = ctx.columnsLeft > 0 ? ctx.columns : new Set<LabelField>()
  const lastColumn = ctx.columnsLeft > 0 ? ctx.lastColumn : null
  if (ctx.columnsLeft > 0) ctx.columnsLeft--

  // A document type alone on the line, or among labels (`Tjänsteskrivelse Datum`).
  const wholeType = documentTypeOf(work)
  if (wholeType) {
    field(node, 'documentType', work, null)
    node.kind = 'fields'
    if (carry) emptyField(carry.line, carry.hit)
    return
  }

  // `Utdrag ur protokoll fört vid sammanträde med byggnadsnämnden i …`: the minutes and the organ that met.
  const minutes = minutesOf(work)
  if (minutes) {
    field(node, 'documentType', minutes.type, null)
    cover(mask, 0, minutes.organAt)
    if (minutes.organ) {
      field(node, 'organ', minutes.organ, null)
      cover(mask, minutes.organAt, minutes.organAt + minutes.organ.length)
    }
  }

  const found = state.labels.find(work)
  const hits = found.filter(
    (h) =>
      ((h.field !== 'addressee' && h.field !== 'unit') || h.index === 0) &&
      !inPhrase(work, h, found) &&
      !afterPreposition(work, h)
  )
  for (const h of hits) cover(mask, h.index, h.end)
  // A document type among labels (`Tjänsteskrivelse Datum`), or in a column of its own on a line
  // that a PDF conversion set in columns (`KOMMUNLEDNINGSFÖRVALTNINGEN   Tjänsteskrivelse   Sida 1 av 2`).
  const inner = findDocumentType(work)
  const typeWord = inner ? work.slice(inner.index, inner.end) : ''
  if (
    inner &&
    !covered(mask, inner.index, inner.end) &&
    (hits.length > 0 || inOwnColumn(state, node, typeWord) || besideSender(work, inner))
  ) {
    field(node, 'documentType', typeWord, null)
    cover(mask, inner.index, inner.end)
  }

  // A line of labels only: its values come later.
  if (hits.length > 0 && cleanResidual(uncovered(work, mask)) === '') {
    node.kind = 'labels'
    if (carry) emptyField(carry.line, carry.hit)
    if (hits.length === 1) ctx.carry = { hit: hits[0]!, line: node }
    else {
      ctx.columns = new Set(hits.map((h) => h.field))
      ctx.lastColumn = hits.at(-1)!.field
      ctx.columnsLeft = 4
    }
    return
  }

  // A line with labels of its own (`Telefon: …`) is not a value row of the label row above.
  if (hits.length > 0) columns = new Set()
  const expects = (f: LabelField) => columns.has(f) || carry?.hit.field === f || hits.some((h) => h.field === f)
  /** The label directly before a span, if there is one of the expected field. */
  const labelBefore = (index: number, fields: LabelField[]): string | null => {
    const hit = hits.filter((h) => h.end <= index && fields.includes(h.field)).at(-1)
    if (hit && work.slice(hit.end, index).trim() === '') return labelText(hit)
    if (carry && fields.includes(carry.hit.field)) return labelText(carry.hit)
    return null
  }
  /** The text after a label up to the next label. */
  const segment = (hit: LabelHit): [number, number] => {
    const next = hits.find((h) => h.index >= hit.end)
    return [hit.end, next ? next.index : work.length]
  }
  const filled = new Set<LabelField>()

  // A paragraph of the minutes: `§ 26/2017`, `§ 112`.
  for (const m of work.includes('§') ? allMatches(PARAGRAPH, work) : []) {
    if (covered(mask, m.index, m.index + m[0].length)) continue
    cover(mask, m.index, m.index + m[0].length)
    field(node, 'paragraph', m[0], null)
  }

  // Dates.
  const meetingLine = MEETING.test(work) && !hits.some((h) => h.field === 'meetingDate' || h.field === 'date')
  // `Bilaga 6:7 till kommunstyrelsens protokoll den 19 mars 2003`: an annex's line dates the document it belongs to.
  const templateLine = TEMPLATE_ID.test(work) || /^bilaga\b/i.test(work)
  const digits = /\d/.test(work)
  for (const d of digits ? findDates(work) : []) {
    if (covered(mask, d.index, d.end)) continue
    if (templateLine || bounds(work, d.index)) continue
    cover(mask, d.index, d.end)
    // `Tid: tisdag den 9 mars 2021`: the nearest label before the date decides, whatever words stand between.
    const nearest = hits.filter((h) => h.end <= d.index).at(-1)
    // `Justeringens tid och plats … 2018-01-18`, `Datum då anslaget sätts upp …`: a date of the minutes' cover.
    // `Publicerad 2021-06-10`: when a web page was put up.
    // `Ert datum 2022-01-28`: the date of the letter answered.
    if (nearest?.field === 'protocol' || nearest?.field === 'published' || nearest?.field === 'theirReference') {
      cover(mask, d.index, d.end)
      field(node, nearest.field, d.text, labelText(nearest))
      continue
    }
    const meetingLabel =
      labelBefore(d.index, ['meetingDate']) ?? (nearest?.field === 'meetingDate' ? labelText(nearest) : null)
    const name = meetingLine || (meetingLabel && !labelBefore(d.index, ['date'])) ? 'meetingDate' : 'date'
    const label = name === 'meetingDate' ? meetingLabel : labelBefore(d.index, ['date'])
    field(node, name, d.text, label, { iso: d.iso })
    filled.add(name === 'date' ? 'date' : 'meetingDate')
  }

  // Case numbers: strong formats anywhere, weak ones under a label or on a line of their own (`BUN1204`).
  const weak = expects('caseNumber') || (digits && hits.length === 0 && wholeWeakCode(work))
  for (const c of digits || state.caseNumbers.length > 0
    ? findCaseNumbers(work, { weak, extra: state.caseNumbers })
    : []) {
    if (covered(mask, c.index, c.end)) continue
    cover(mask, c.index, c.end)
    const theirs = labelBefore(c.index, ['theirReference'])
    if (theirs && !labelBefore(c.index, ['caseNumber'])) {
      field(node, 'theirReference', c.value, theirs)
      continue
    }
    field(node, 'caseNumber', c.value, labelBefore(c.index, ['caseNumber']), { caseRef: c.ref })
    filled.add('caseNumber')
  }
  // A value row under `DATUM DIARIENR SIDA`, or the line after `Dnr`: a stub whose numbers a conversion dropped
  // (`KFN-2015/`).
  if (
    !filled.has('caseNumber') &&
    !hits.some((h) => h.field === 'caseNumber') &&
    (columns.has('caseNumber') || carry?.hit.field === 'caseNumber')
  ) {
    for (const m of allMatches(/\S+/g, work)) {
      if (
        covered(mask, m.index, m.index + m[0].length) ||
        !/\d/.test(m[0]) ||
        !looksLikeCaseNumberStub(m[0]) ||
        findDates(m[0]).length > 0
      )
        continue
      cover(mask, m.index, m.index + m[0].length)
      field(node, 'caseNumber', m[0], carry ? labelText(carry.hit) : null, { caseRef: null })
      filled.add('caseNumber')
      break
    }
  }

  // Phone numbers on a line that announces a phone or an officer (`Handläggare: Nils Wiklund, 08-123 456 78`).
  // `Nils Wiklund, 08-123 456 78` without a label: a line that opens with a name and a comma gives the name's phone.
  if (digits && (expects('phone') || expects('officer') || (work.includes(',') && opensWithName(work)))) {
    // `508 08 091`: a number without its area code, as the officer's own line gives it.
    for (const m of allMatches(LOCAL_PHONE, work)) {
      if (covered(mask, m.index, m.index + m[0].length)) continue
      cover(mask, m.index, m.index + m[0].length)
      field(node, 'phone', m[0], labelBefore(m.index, ['phone']))
    }
    for (const m of allMatches(PHONE_IN_LINE, work)) {
      for (const p of phonesIn(m[0], m.index)) {
        if (covered(mask, p.index, p.end)) continue
        cover(mask, p.index, p.end)
        field(node, 'phone', work.slice(p.index, p.end), labelBefore(m.index, ['phone']))
      }
    }
  }

  // E-mail addresses.
  for (const m of work.includes('@') ? allMatches(EMAIL, work) : []) {
    if (covered(mask, m.index, m.index + m[0].length)) continue
    cover(mask, m.index, m.index + m[0].length)
    field(node, 'email', m[0], labelBefore(m.index, ['email']))
    filled.add('email')
  }

  // Values that stand after their label.
  for (const hit of hits) {
    const [from, to] = segment(hit)
    let value = cleanResidual(uncovered(work, mask, from, to))
    const label = labelText(hit)
    switch (hit.field) {
      case 'caseNumber':
        if (filled.has('caseNumber')) break
        // `(Dnr /2002)`: a label in parentheses, its value up to the closing one.
        if (value.endsWith(')') && work.slice(0, hit.index).trimEnd().endsWith('(')) value = value.slice(0, -1).trim()
        if (value && !node.children.some((f) => f.name === 'officer') && officersOf(node, value, label, false)) {
          // `Referens Nils Wiklund`, `Vår referens: Ebba Lind, utredare`: a person under a reference label is the
          // officer.
          cover(mask, from, to)
        } else if (value && BARE_SERIES.test(value)) {
          // `Beteckning: KFN`, `Dnr KS KF`: a series whose numbers a converter dropped; the first is the memo's.
          const stub = value.split(' ')[0]!
          field(node, 'caseNumber', stub, label, { caseRef: null })
          cover(mask, from, to)
          filled.add('caseNumber')
        } else if (value && looksLikeCaseNumberStub(value)) {
          field(node, 'caseNumber', value, label, { caseRef: null })
          cover(mask, from, to)
          filled.add('caseNumber')
        }
        break
      case 'phone':
        if (node.children.some((f) => f.name === 'phone')) break
        if (value && PHONE.test(value)) {
          field(node, 'phone', value, label)
          cover(mask, from, to)
        } else if (!value) field(node, 'phone', null, label)
        break
      case 'email':
        if (!filled.has('email') && !value) field(node, 'email', null, label)
        break
      case 'officer':
        if (value && officersOf(node, value, label, true)) cover(mask, from, to)
        break
      case 'published':
        // Its date is taken already; a page's date in another form is kept as written.
        if (!node.children.some((f) => f.name === 'published')) field(node, hit.field, value || null, label)
        cover(mask, from, to)
        break
      case 'organ':
        if (value) field(node, 'organ', value, label)
        cover(mask, from, to)
        break
      case 'distribution':
      case 'protocol':
        field(node, hit.field, value || null, label)
        cover(mask, from, to)
        break
      case 'addressee':
      case 'unit':
      case 'filingCode':
      case 'theirReference':
        // `Avdelning IV`: a label word that, with the numeral after it, is the department's name.
        if (hit.field === 'unit' && /^[IVX]+$/.test(value) && isUnitName(`${label} ${value}`)) {
          field(node, 'unit', `${label} ${value}`, null)
          cover(mask, from, to)
        } else if (value) {
          field(node, hit.field, hit.field === 'addressee' ? addresseeOf(value) : value, label)
          cover(mask, from, to)
        } else if (hit.field !== 'addressee' && !node.children.some((f) => f.name === hit.field))
          field(node, hit.field, null, label)
        break
      default:
        break
    }
  }

  // What is left: a name, a unit, a body, a phone number, a job title — or not understood.
  // `Behandlat på Tekniska nämnden, den 5 maj 2022`: the `den` of a date already taken.
  const left = uncovered(work, mask)
  const residual = cleanResidual(left.replace(/[\s,]+den[\s,]*$/i, ''))
  // `Kallelse Mötesdag:`: words before a colon and nothing after are a label without its value.
  if (residual && /:\s*$/.test(left) && carry === null) node.residual = residual
  else if (residual) {
    const carried = carry?.hit.field
    const officerLabel = carried === 'officer' ? labelText(carry!.hit) : null
    // `EXEMPELBY KOMMUN Socialförvaltningen`: the organisation's name before its unit's or body's, on one line.
    const body = afterOrganisation(residual)
    const split = splitUnitAndName(body ?? residual)
    const withTitle = /^(.+?), (.+)$/.exec(residual)
    // Under a row of officer labels (`Handläggare, telefon Handläggare, telefon`), their names side by side; under an
    // officer label of its own (`Handläggare` over `Nils Wiklund, Ebba Lind`), the names it labels.
    const officerColumns = columns.has('officer') && carried !== 'officer'
    if (carried === 'phone' && PHONE.test(residual)) field(node, 'phone', residual, labelText(carry!.hit))
    else if (
      (officerColumns || carried === 'officer') &&
      !isPersonName(residual) &&
      severalOfficers(node, residual, officerLabel)
    ) {
      // Taken: each name an officer.
    } else if (
      lastColumn === 'theirReference' &&
      !columns.has('officer') &&
      node.children.some((f) => columns.has(f.name as LabelField)) &&
      isPersonName(residual) &&
      work.trimEnd().endsWith(residual)
    ) {
      // `Datum  Vår beteckning  Er referens` over `2031-06-14  KS 2031:77  Nils Wiklund`: the name at the end of the
      // row of values stands under `Er referens`, the addressee's contact, not the officer. (A name on a line of its
      // own under the label row is no such row.)
      field(node, 'theirReference', residual, null)
    } else if (isPersonName(residual) || (carried === 'officer' && SURNAME_COMMA_GIVEN_NAME.test(residual)))
      field(node, 'officer', residual, officerLabel)
    else if (split) {
      field(node, 'unit', split.unit, null)
      field(node, 'officer', split.name, officerLabel)
      if (split.title !== null) field(node, 'officerTitle', split.title, null)
    } else if (body !== null) field(node, isOrganName(body) ? 'organ' : 'unit', body, null)
    else if (
      withTitle &&
      isPersonName(withTitle[1]!) &&
      (startsWithJobTitle(withTitle[2]!) || (officerLabel !== null && titleByPlace(withTitle[2]!)))
    ) {
      field(node, 'officer', withTitle[1]!, officerLabel)
      field(node, 'officerTitle', withTitle[2]!, null)
    } else if (PHONE.test(residual) && node.children.length === 0) field(node, 'phone', residual, null)
    else if (carried === 'addressee' || carried === 'unit' || carried === 'filingCode')
      field(node, carried, carried === 'addressee' ? addresseeOf(residual) : residual, labelText(carry!.hit))
    else if (isOrganName(residual)) field(node, 'organ', residual, null)
    else if (digits && DECIDED_IN.test(residual) && isOrganName(residual.replace(DECIDED_IN, ''))) {
      // `Beslut i kommunstyrelsen den 14 juni 2031`: a page of decisions names the organ that decided beside the date.
      const organ = residual.replace(DECIDED_IN, '')
      field(node, 'organ', organ.charAt(0).toUpperCase() + organ.slice(1), null)
    } else if (isUnitName(residual)) field(node, 'unit', residual, null)
    else if (startsWithJobTitle(residual)) field(node, 'officerTitle', residual, null)
    else node.residual = residual
  }
  const named = node.children.some((f) => f.name === carry?.hit.field && f.value !== null)
  if (carry && !named && !underRun) emptyField(carry.line, carry.hit)
  else if (named && carry?.hit.field === 'officer') ctx.officers = carry
  const own = hits.find((h) => h.field === 'officer')
  if (own && node.children.some((f) => f.name === 'officer' && f.label !== null))
    ctx.officers = { hit: own, line: node }
  node.kind = node.children.length > 0 ? 'fields' : 'unclassified'
  // The value row of a label row (`2022-02-14 118-2022 1(2)` under `Datum Diarienummer Sida`) answers it whole.
  const answered = node.children.filter((f) => f.value !== null && columns.has(f.name as LabelField)).length
  if (answered >= 2) ctx.columnsLeft = 0
}

/** `<!-- image -->`: a converter's note (where a logo stood, a page break), no text of the letterhead. */
function isMarkupComment(text: string): boolean {
  return (text.startsWith('<!--') && text.endsWith('-->')) || IMAGE_FILE.test(text)
}

/** `(_page_0_Picture_0.jpeg)`: the file of an image a converter put where the logo stood, with no text of its own. */
const IMAGE_FILE = /^\(?[\w./-]+\.(?:jpe?g|png|gif|svg|webp)\)?$/i

/**
 * `Nils Wiklund, Ebba Lind`, `Nils Wiklund och Ebba Lind`: several officers, each a person's name, as fields of the
 * line; false when the value is not such a list.
 */
function severalOfficers(node: HeaderLine, value: string, label: string | null): boolean {
  const several = value.split(/\s*,\s*|\s+(?:och|&)\s+/)
  if (several.length < 2 || !several.every(isPersonName)) return false
  for (const name of several) field(node, 'officer', name, label)
  return true
}

/** `och` or a semicolon between two officers, and the comma a title before it leaves (`…, utredare, och Ebba Lind`). */
const OFFICER_JOIN = /\s*[,;]?\s+(?:och|samt)\s+|\s*;\s*/

/**
 * `Nils Wiklund, utredare, och Ebba Lind, jurist` (their phones taken already): several officers, each a name and
 * perhaps a title after a comma, joined by `och` or a semicolon, as fields of the line; false when the value is not
 * such a list.
 */
function officersWithTitles(node: HeaderLine, value: string, label: string | null): boolean {
  if (!/\soch\s|;/.test(value)) return false
  const parts = value.split(OFFICER_JOIN).map(cleanResidual)
  if (parts.length < 2) return false
  const read: Array<[string, string | null]> = []
  for (const part of parts) {
    const withTitle = /^(.+?), (.+)$/.exec(part)
    if (isPersonName(part)) read.push([part, null])
    else if (withTitle && isPersonName(withTitle[1]!) && titleByPlace(withTitle[2]!))
      read.push([withTitle[1]!, withTitle[2]!])
    else return false
  }
  for (const [name, title] of read) {
    field(node, 'officer', name, label)
    if (title !== null) field(node, 'officerTitle', title, null)
  }
  return true
}

/**
 * The officer (or officers) a label's value names: several names, one name, or a name and a title
 * (`Ebba Lind, utredare`), as fields of the line; false when the value names nobody. `loose`: two capitalised
 * words count as a name too, as under a label that announces a person.
 */
function officersOf(node: HeaderLine, value: string, label: string | null, loose: boolean): boolean {
  if (severalOfficers(node, value, label) || officersWithTitles(node, value, label)) return true
  if (isPersonName(value) || (loose && TWO_CAPITALISED_WORDS.test(value))) {
    field(node, 'officer', value, label)
    return true
  }
  const withTitle = /^(.+?), (.+)$/.exec(value)
  if (withTitle && isPersonName(withTitle[1]!) && titleByPlace(withTitle[2]!)) {
    field(node, 'officer', withTitle[1]!, label)
    field(node, 'officerTitle', withTitle[2]!, null)
    return true
  }
  return false
}

/**
 * `från 1 juli 2022`, `fr.o.m. 2024-01-01`, `senast den 30 juni`: a date that bounds a period or a deadline
 * (a title's, a rule's validity), never the day the memo was written. Read off the words before the date.
 */
const BOUNDING = new RegExp(
  String.raw`(?:^|\s)(?:från|fr\.?\s?o\.?\s?m\.?|från och med|till och med|t\.?\s?o\.?\s?m\.?|till|efter|före|` +
    String.raw`inför|senast|mellan|perioden)(?:\s+den)?\s*$`,
  'i'
)

/** The longest bounding phrase (`från och med den `, 17 characters) with room for the white space around it. */
const BOUNDING_REACH = 24

/** Does a word that bounds a period stand just before `at`? Only the words just before it are read. */
function bounds(work: string, at: number): boolean {
  const from = Math.max(0, at - BOUNDING_REACH)
  let before = work.slice(from, at)
  // A window that starts inside a word begins at its next word.
  if (from > 0 && work[from - 1] !== ' ') {
    const space = before.indexOf(' ')
    if (space < 0) return false
    before = before.slice(space)
  }
  return BOUNDING.test(before)
}

/** A word in lower case, as the words of a phrase are. */
const LOWER_WORD = new RegExp(`^[${LOWER}]`)

/**
 * A label word inside a phrase (`medicinskt ansvarig sjuksköterska`): written in lower case after
 * the line's first word, with no colon, and followed by another word in lower case that is no label.
 * A label is followed by its value (a name, a date, a code) or by the next label.
 */
function inPhrase(work: string, hit: LabelHit, hits: LabelHit[]): boolean {
  if (hit.index === 0 || hit.label.includes(':') || !LOWER_WORD.test(hit.label)) return false
  const next = /^\s+(\S+)/.exec(work.slice(hit.end))
  return (
    next !== null &&
    LOWER_WORD.test(next[1]!) &&
    !hits.some((h) => h.index === hit.end + next[0].length - next[1]!.length)
  )
}

/** Words that a noun follows inside a phrase (`enligt sändlista`, `till ansvarig`), never a label's value. */
const PREPOSITION = /(?:^|\s)(?:enligt|till|för|av|om|med|i|på|från|under|över|hos|inom|utan)\s+$/i

/**
 * A label word after a preposition (`Till remissinstanserna enligt sändlista`): written in lower case with no colon,
 * it is the noun of the phrase, as a label never follows a preposition.
 */
function afterPreposition(work: string, hit: LabelHit): boolean {
  return (
    hit.index > 0 &&
    !hit.label.includes(':') &&
    LOWER_WORD.test(hit.label) &&
    PREPOSITION.test(work.slice(0, hit.index))
  )
}

/** `Ebba Lind`, `Ebba Lind, jurist, 08-…`: a line that opens with a person's name, alone or before a comma. */
function opensWithName(work: string): boolean {
  const comma = work.indexOf(',')
  return isPersonName(comma < 0 ? work : work.slice(0, comma))
}

/** `medicinskt ansvarig sjuksköterska`: a short phrase whose last word is a job title, as under an officer label. */
function endsWithJobTitle(value: string): boolean {
  const words = value.split(' ')
  return atMostWords(value, JOB_TITLE_WORDS) && !/\d/.test(value) && startsWithJobTitle(words.at(-1)!)
}

/**
 * What stands after a name and a comma under an officer label (`Nils Wiklund, kommunekolog`), read as a job title by
 * its place: a known title at its end, or a short phrase in lower case without digits (a place or a body after the
 * comma is capitalised, a phone has digits).
 */
function titleByPlace(value: string): boolean {
  if (endsWithJobTitle(value) || startsWithJobTitle(value)) return true
  return LOWER_WORD.test(value) && atMostWords(value, JOB_TITLE_WORDS) && !/[\d@]/.test(value)
}

/** A job title of more words than this (`medicinskt ansvarig sjuksköterska` has three) is a phrase of the text. */
const JOB_TITLE_WORDS = 4

/** `miljö- och hälsoskyddsnämndens sammanträde den 16 december 2015` → `miljö- och hälsoskyddsnämnden`. */
function addresseeOf(value: string): string {
  const m = /^(.+?) sammanträde\b/i.exec(value)
  return m ? m[1]!.replace(/s$/, '') : value
}
