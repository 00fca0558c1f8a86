/** What leaves an export unless the configuration says personal data may go (`export.personalData`). */
import type { CaseRecord } from '../record/types.js'

/**
 * The record as a package carries it without `export.personalData`: the officers' phone numbers
 * and e-mail addresses and the distribution list left out (null), and their provenance with them.
 * The memo itself is archived as it was received.
 */
export function withoutPersonalData(record: CaseRecord): CaseRecord {
  const officer = { ...record.metadata.officer, phone: null, email: null }
  const officers = record.metadata.officers.map((o) => ({ ...o, phone: null, email: null }))
  const provenance = record.provenance
    ? Object.fromEntries(
        Object.entries(record.provenance).filter(
          ([pointer]) => !/^\/metadata\/officers?\/(?:\d+\/)?(?:phone|email)$|^\/distribution\//.test(pointer)
        )
      )
    : undefined
  return {
    ...record,
    metadata: { ...record.metadata, officer, officers },
    distribution: null,
    ...(provenance ? { provenance } : {})
  }
}
