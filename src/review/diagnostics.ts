/**
 * What the review page says about a memo: the rules' findings at the
 * configuration's severities, and for each empty field of the record the reason
 * it is empty (the finding that says so, when the configuration keeps it on).
 */
import type { VFileMessage } from 'vfile-message'
import type { CaseRecord } from '../record/types.js'
import type { CaseRoot, HeaderFieldName } from '../tree/types.js'
import { levelOf, type Level } from '../check/reporters/types.js'

export interface Diagnostic {
  ruleId: string
  severity: Level
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  url: string | null
}

export function toDiagnostic(m: VFileMessage): Diagnostic {
  const place = m.place && 'start' in m.place ? m.place : m.place ? { start: m.place, end: m.place } : undefined
  return {
    ruleId: m.ruleId ?? 'casefile',
    severity: levelOf(m),
    line: place?.start.line ?? 1,
    column: place?.start.column ?? 1,
    endLine: place?.end.line ?? place?.start.line ?? 1,
    endColumn: place?.end.column ?? place?.start.column ?? 1,
    message: m.reason,
    url: m.url ?? null
  }
}

export interface NullField {
  pointer: string
  /** The finding that explains it, or null when none did (the memo has no such value, or the rule is off). */
  reason: string | null
  line: number | null
}

/** The rule that reports a field left null. */
const MISSING: Record<string, string> = {
  '/metadata/caseNumber': 'missing-case-number',
  '/metadata/date': 'missing-date',
  '/metadata/title': 'missing-title',
  '/description': 'missing-description',
  '/proposals': 'missing-proposals'
}

/** A header field's name → the record's pointer it would fill. */
const HEADER_POINTER: Partial<Record<HeaderFieldName, string>> = {
  caseNumber: '/metadata/caseNumber',
  date: '/metadata/date',
  officer: '/metadata/officer/name',
  phone: '/metadata/officer/phone',
  email: '/metadata/officer/email',
  addressee: '/metadata/addressee',
  unit: '/metadata/unit',
  filingCode: '/metadata/filingCode',
  documentType: '/metadata/documentType',
  officerTitle: '/metadata/officer/title',
  paragraph: '/metadata/paragraph'
}

/** The record's fields that can be null, in the order the page lists them. */
function nullPointers(record: CaseRecord): string[] {
  const m = record.metadata
  const out: string[] = []
  for (const k of [
    'documentType',
    'caseNumber',
    'date',
    'title',
    'unit',
    'addressee',
    'filingCode',
    'paragraph'
  ] as const)
    if (m[k] === null) out.push(`/metadata/${k}`)
  for (const k of ['name', 'title', 'phone', 'email'] as const)
    if (m.officer[k] === null) out.push(`/metadata/officer/${k}`)
  if (record.description === null) out.push('/description')
  if (record.proposals === null) out.push('/proposals')
  if (record.signatures === null) out.push('/signatures')
  if (record.distribution === null) out.push('/distribution')
  return out
}

/** Each null field with the reason a rule gave (a missing-* finding, or an empty labelled field in the header). */
export function nullFields(record: CaseRecord, tree: CaseRoot, messages: VFileMessage[]): NullField[] {
  const notes = messages.map(toDiagnostic)
  const emptyLabels = new Map<string, { line: number; label: string }>()
  for (const node of tree.children)
    if (node.type === 'header')
      for (const line of node.children)
        for (const f of line.children) {
          const pointer = HEADER_POINTER[f.name]
          if (pointer && f.value === null && f.label !== null && !emptyLabels.has(pointer))
            emptyLabels.set(pointer, { line: line.position?.start.line ?? 1, label: f.label })
        }
  return nullPointers(record).map((pointer) => {
    const rule = MISSING[pointer]
    const note = rule ? notes.find((d) => d.ruleId === rule) : undefined
    if (note) return { pointer, reason: note.message, line: note.line }
    const empty = emptyLabels.get(pointer)
    if (empty) {
      const said = notes.find((d) => d.ruleId === 'empty-field' && d.line === empty.line)
      return { pointer, reason: said?.message ?? null, line: empty.line }
    }
    return { pointer, reason: null, line: null }
  })
}
