/**
 * What the review page says about a memo: the diagnostics (the check rules at
 * the configuration's severities, and the compiler's own notes that no rule
 * repeats), and for each empty field of the record the reason it is empty.
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

/** The rules' findings, then the compiler's notes on lines where no rule of the same id spoke; in line order. */
export function mergeDiagnostics(rules: VFileMessage[], compiler: VFileMessage[]): Diagnostic[] {
  const fromRules = rules.map(toDiagnostic)
  const said = new Set(fromRules.map((d) => `${d.ruleId}:${d.line}`))
  const notes = compiler.map(toDiagnostic).filter((d) => !said.has(`${d.ruleId}:${d.line}`))
  return [...fromRules, ...notes].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
  )
}

export interface NullField {
  pointer: string
  /** The compiler's explanation, or null when it gave none (the memo has no such value). */
  reason: string | null
  line: number | null
}

/** The compiler's rule for a field left null. */
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

/** Each null field with the reason the compiler gave (a missing-* note, or an empty labelled field in the header). */
export function nullFields(record: CaseRecord, tree: CaseRoot, compiler: VFileMessage[]): NullField[] {
  const notes = compiler.map(toDiagnostic)
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
