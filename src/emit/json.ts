import type { CaseRecord } from '../record/types.js'

/** The record as JSON, two-space indent, one trailing newline. */
export function toJson(record: CaseRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`
}
