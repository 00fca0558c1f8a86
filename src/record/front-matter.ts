/**
 * Front matter is explicit metadata: it wins over what the header suggests.
 * Keys may be the record's names or the Swedish words clerks use.
 */
import type { RecordMetadata } from './types.js'
import type { State } from '../tree/state.js'
import type { FrontMatter } from '../tree/types.js'
import type { SourceIndex } from '../tree/blocks.js'
import type { Position } from 'unist'
import { parseCaseNumber } from '../vocab/case-numbers.js'
import { parseDate } from '../vocab/dates.js'
import { fold } from '../vocab/text.js'

export type Target =
  | 'caseNumber'
  | 'date'
  | 'title'
  | 'unit'
  | 'addressee'
  | 'documentType'
  | 'officer.name'
  | 'officer.phone'
  | 'officer.email'

const KEYS: Record<string, Target> = {
  casenumber: 'caseNumber',
  diarienummer: 'caseNumber',
  dnr: 'caseNumber',
  date: 'date',
  datum: 'date',
  title: 'title',
  rubrik: 'title',
  ärendemening: 'title',
  unit: 'unit',
  enhet: 'unit',
  förvaltning: 'unit',
  avdelning: 'unit',
  addressee: 'addressee',
  nämnd: 'addressee',
  till: 'addressee',
  documenttype: 'documentType',
  dokumenttyp: 'documentType',
  handläggare: 'officer.name',
  telefon: 'officer.phone',
  tfn: 'officer.phone',
  'e-post': 'officer.email',
  epost: 'officer.email'
}

const OFFICER_KEYS: Record<string, 'name' | 'phone' | 'email'> = {
  name: 'name',
  namn: 'name',
  phone: 'phone',
  telefon: 'phone',
  tfn: 'phone',
  email: 'email',
  'e-post': 'email',
  epost: 'email'
}

function text(state: State, key: string, value: unknown, where: FrontMatter): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return fold(value) || null
  if (typeof value === 'number' || typeof value === 'boolean') {
    state.note('front-matter', 'converted', { key }, where.position)
    return String(value)
  }
  state.note('front-matter', 'notText', { key }, where.position)
  return null
}

/**
 * Set the metadata the front matter gives. Returns the keys each value came from, by the record field it set
 * (`caseNumber` → `['diarienummer']`, `officer.name` → `['handläggare', 'namn']`), for its provenance.
 */
export function applyFrontMatter(state: State, metadata: RecordMetadata, fm: FrontMatter): Map<Target, string[]> {
  const unknown: Record<string, unknown> = {}
  const from = new Map<Target, string[]>()
  const set = (target: Target, value: string | null, keys: string[]) => {
    if (value === null) return
    from.set(target, keys)
    switch (target) {
      case 'caseNumber':
        metadata.caseNumber = value
        metadata.caseRef = parseCaseNumber(value, state.caseNumbers)
        break
      case 'date': {
        const iso = parseDate(value)
        if (iso) metadata.date = iso
        else {
          from.delete(target)
          state.note('front-matter', 'date', { value }, fm.position)
        }
        break
      }
      case 'documentType':
        metadata.documentType = value.toLowerCase()
        break
      case 'officer.name':
        metadata.officer.name = value
        break
      case 'officer.phone':
        metadata.officer.phone = value
        break
      case 'officer.email':
        metadata.officer.email = value
        break
      default:
        metadata[target] = value
    }
  }
  for (const [rawKey, value] of Object.entries(fm.value)) {
    const k = rawKey.toLowerCase()
    if ((k === 'officer' || k === 'handläggare') && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        const target = OFFICER_KEYS[sub.toLowerCase()]
        if (target) set(`officer.${target}`, text(state, `${rawKey}.${sub}`, subValue, fm), [rawKey, sub])
        else unknown[`${rawKey}.${sub}`] = subValue
      }
      continue
    }
    const target = Object.hasOwn(KEYS, k) ? KEYS[k] : undefined
    if (target) set(target, text(state, rawKey, value, fm), [rawKey])
    else {
      unknown[rawKey] = value
      state.note('front-matter', 'unknownKey', { key: rawKey }, fm.position)
    }
  }
  if (Object.keys(unknown).length > 0) metadata.frontMatter = { ...unknown }
  return from
}

/**
 * Where the key `keys` (a top-level key, or a key and one under it) stands in the front matter's lines: its line,
 * from the key to the line's end. Undefined when it cannot be found (a key written in flow style).
 */
export function keyPosition(source: SourceIndex, fm: FrontMatter, keys: string[]): Position | undefined {
  if (!fm.position) return undefined
  let indent = -1
  let k = 0
  for (let line = fm.position.start.line + 1; line < fm.position.end.line; line++) {
    const start = source.lineStarts[line - 1]!
    const raw = source.text.slice(start, source.lineStarts[line] ?? source.text.length).replace(/\r?\n$/, '')
    const text = raw.trimStart()
    const at = raw.length - text.length
    // A line at the parent's depth or above ends the parent's keys.
    if (k > 0 && text !== '' && at <= indent) return undefined
    const key = /^(["']?)(.+?)\1\s*:/.exec(text)?.[2]
    if (key === keys[k] && (k === 0 ? at === 0 : at > indent)) {
      if (k === keys.length - 1) {
        const end = raw.trimEnd().length
        return {
          start: { line, column: at + 1, offset: start + at },
          end: { line, column: end + 1, offset: start + end }
        }
      }
      indent = at
      k++
    }
  }
  return undefined
}
