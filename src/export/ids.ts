/**
 * Identifiers and dates of an export, all derived from the inputs (never random, never
 * the clock): UUIDv5 names, the record's `objectId` from the id template, and the
 * `xs:dateTime` values the memo does not hold.
 */
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { UsageError } from '../errors.js'
import type { CaseRecord } from '../record/types.js'
import { exportMessages as say } from './messages.js'

/** casefile's UUIDv5 namespace (fixed; a name under it is the same wherever it is made). */
const NAMESPACE = 'a5e0c0f4-2b1d-5c39-9b8e-3f6d2c1a7e40'

/** RFC 9562 UUID version 5 (SHA-1) of `name` in casefile's namespace. */
export function uuidV5(name: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const h = hash.subarray(0, 16).toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

/** A memo's date as `xs:dateTime` (ERMS rejects a date alone). */
export function dateTimeOf(date: string): string {
  return `${date}T00:00:00`
}

/**
 * The date of an export that the memos do not hold: `--created` (a date or a date and
 * time), else `SOURCE_DATE_EPOCH` (seconds, UTC), else null (each export uses its memo's date).
 */
export function createdFrom(option: string | undefined, env: Record<string, string | undefined>): string | null {
  if (option !== undefined) {
    const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(option)
    if (!m || Number.isNaN(Date.parse(m[2] ? option : `${option}T00:00:00Z`)))
      throw new UsageError(say.badCreated(option))
    return m[2] ? option : dateTimeOf(option)
  }
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(say.badEpoch(epoch))
    return new Date(Number(epoch) * 1000).toISOString().replace(/\.000Z$/, 'Z')
  }
  return null
}

/** The record's `objectId` from the id template, or the placeholder that has no value. */
export function objectIdOf(record: CaseRecord, template: string): { id: string } | { missing: string } {
  const values: Record<string, string | null> = {
    caseNumber: record.metadata.caseNumber,
    date: record.metadata.date,
    year: record.metadata.date?.slice(0, 4) ?? record.metadata.caseRef?.year.toString() ?? null,
    file: record.source.path === '-' ? null : basename(record.source.path).replace(/\.[^.]*$/, ''),
    sha8: record.source.sha256.slice(0, 8)
  }
  // Set inside the replacer: `as` keeps TypeScript from narrowing it to `null` below.
  let missing = null as string | null
  const id = template.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const value = values[name] ?? null
    if (value === null || value.trim() === '') missing ??= name
    return value ?? ''
  })
  if (missing !== null) return { missing }
  return id.trim() === '' ? { missing: 'caseNumber' } : { id }
}
