/**
 * The field a record value belongs to, read off its JSON pointer, and the
 * colour the review page gives it. Each tint carries dark text (#1b1b1b) at a
 * contrast well over WCAG AA's 4.5:1; the stronger colour underlines the value,
 * so a value is told apart by more than its background.
 */
import type { Labels } from './labels.js'

export const FIELDS = [
  'caseNumber',
  'date',
  'title',
  'unit',
  'officer',
  'proposals',
  'signatories',
  'distribution',
  'references',
  'other',
  'text'
] as const
export type Field = (typeof FIELDS)[number]

export interface Colour {
  /** Background of a highlighted value. */
  tint: string
  /** Underline of a highlighted value and the bar of the report. */
  strong: string
}

export const COLOURS: Record<Field, Colour> = {
  caseNumber: { tint: '#fde2e4', strong: '#b3261e' },
  date: { tint: '#dbeafe', strong: '#1d4ed8' },
  title: { tint: '#ede9fe', strong: '#6d28d9' },
  unit: { tint: '#dcfce7', strong: '#15803d' },
  officer: { tint: '#fef3c7', strong: '#a16207' },
  proposals: { tint: '#cffafe', strong: '#0e7490' },
  signatories: { tint: '#fce7f3', strong: '#be185d' },
  distribution: { tint: '#e0e7ff', strong: '#4338ca' },
  references: { tint: '#ffedd5', strong: '#c2410c' },
  other: { tint: '#e7e5e4', strong: '#57534e' },
  text: { tint: '#f8fafc', strong: '#64748b' }
}

/** The field of a JSON pointer into the record (`/metadata/officers/0/name` → `officer`). */
export function fieldOf(pointer: string): Field {
  const [top, second] = pointer.split('/').slice(1)
  if (top === 'metadata') {
    if (second === 'caseNumber' || second === 'caseRef') return 'caseNumber'
    if (second === 'date') return 'date'
    if (second === 'title' || second === 'titleWritten') return 'title'
    if (second === 'unit') return 'unit'
    if (second === 'officer' || second === 'officers') return 'officer'
    return 'other'
  }
  if (top === 'proposals') return 'proposals'
  if (top === 'signatures') return 'signatories'
  if (top === 'distribution') return 'distribution'
  if (top === 'references') return 'references'
  if (top === 'description' || top === 'sections' || top === 'preamble') return 'text'
  return 'other'
}

/** The legend's name of a field. */
export function fieldLabel(field: Field, labels: Labels): string {
  if (field === 'signatories') return labels.signatories
  if (field === 'text') return labels.text
  if (field === 'other') return labels.other
  return labels[field]
}

/**
 * Of two pointers that cover the same text, the one a highlight shows: a
 * value of a field before running text, then the narrower range, then the
 * record's own order.
 */
export function rank(pointer: string): number {
  return FIELDS.indexOf(fieldOf(pointer))
}

/** An id for a pointer, usable in a URL fragment: `/metadata/officer/name` → `metadata-officer-name`. */
export function slug(pointer: string): string {
  return pointer
    .slice(1)
    .replace(/~1/g, '_')
    .replace(/~0/g, '_')
    .replace(/[^A-Za-z0-9_-]/g, '-')
}
