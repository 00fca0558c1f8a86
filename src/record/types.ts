/**
 * The case record, version 2: the contract in docs/record.md. Field names and
 * meanings are fixed; fields beyond the contract are marked as additions.
 */
import type { CaseRef } from '../vocab/case-numbers.js'
import type { Role } from '../vocab/headings.js'
import type { Position } from 'unist'

export type { CaseRef, Role }

/** JSON pointer into the record → where its value stands in the source. */
export type Provenance = Record<string, Position>

export interface CaseRecord {
  recordVersion: 2
  metadata: RecordMetadata
  description: { heading: string; text: string } | null
  proposals: {
    heading: string
    proposer: string | null
    items: Array<{ number: number | null; text: string }>
  } | null
  signatures: {
    clause: string | null
    signatories: Array<{ name: string; title: string | null }>
  } | null
  distribution: { heading: string; recipients: string[] } | null
  sections: Array<{ heading: string; role: Role; text: string }>
  references: Array<{ caseNumber: string; caseRef?: CaseRef }>
  /** Addition: text between the title and the first section heading, or null. */
  preamble: string | null
  /** Addition: page counters, address footers and repeated page headers, verbatim, in order. */
  pageFurniture: string[]
  source: { path: string; sha256: string; bytes: number }
  generator: { name: 'casefile'; version: string }
  /** Where each value read from the text stands in the source, by JSON pointer; left out with `--no-provenance`. */
  provenance?: Provenance
}

export interface RecordMetadata {
  documentType: string | null
  caseNumber: string | null
  caseRef: CaseRef | null
  date: string | null
  title: string | null
  unit: string | null
  addressee: string | null
  officer: {
    name: string | null
    phone: string | null
    email: string | null
    /** Addition: the officer's job title when the header prints one. */
    title: string | null
  }
  /** Addition: the filing-plan code (`Diariekod: 020`). */
  filingCode: string | null
  /** Addition: the paragraph of the minutes a protocol extract is (`§ 26/2017`). */
  paragraph: string | null
  /** The title as written, when the clerk's title differs (an agenda number or a reference taken off); else null. */
  titleWritten: string | null
  /** Every officer the header names; `officer` is the first. */
  officers: Array<{ name: string; title: string | null; phone: string | null; email: string | null }>
  unclassified: string[]
  /**
   * Addition: every header line as printed (markup removed, white space folded), in order: nothing of the header is
   * lost.
   */
  headerLines: string[]
  /** Front matter keys the record does not know, kept as given. */
  frontMatter?: Record<string, unknown>
}
