/**
 * Front matter is explicit metadata: it wins over what the header suggests.
 * Keys may be the record's names or the Swedish words clerks use.
 */
import type { RecordMetadata } from './types.js'
import type { State } from '../tree/state.js'
import type { FrontMatter } from '../tree/types.js'
import { parseCaseNumber } from '../vocab/case-numbers.js'
import { parseDate } from '../vocab/dates.js'
import { fold } from '../vocab/text.js'

type Target =
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

export function applyFrontMatter(state: State, metadata: RecordMetadata, fm: FrontMatter): void {
  const unknown: Record<string, unknown> = {}
  const set = (target: Target, value: string | null) => {
    if (value === null) return
    switch (target) {
      case 'caseNumber':
        metadata.caseNumber = value
        metadata.caseRef = parseCaseNumber(value, state.caseNumbers)
        break
      case 'date': {
        const iso = parseDate(value)
        if (iso) metadata.date = iso
        else state.note('front-matter', 'date', { value }, fm.position)
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
        if (target) set(`officer.${target}`, text(state, `${rawKey}.${sub}`, subValue, fm))
        else unknown[`${rawKey}.${sub}`] = subValue
      }
      continue
    }
    const target = Object.hasOwn(KEYS, k) ? KEYS[k] : undefined
    if (target) set(target, text(state, rawKey, value, fm))
    else {
      unknown[rawKey] = value
      state.note('front-matter', 'unknownKey', { key: rawKey }, fm.position)
    }
  }
  if (Object.keys(unknown).length > 0) metadata.frontMatter = { ...unknown }
}
