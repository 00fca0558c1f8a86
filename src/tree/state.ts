/**
 * The state shared by the tree handlers: the source, the vocabularies and the
 * findings that the check rules report.
 */
import type { VFile } from 'vfile'
import type { Position } from 'unist'
import type { SourceIndex } from './blocks.js'
import type { Finding } from './types.js'
import { HeadingVocabulary, type Role } from '../vocab/headings.js'
import { LabelVocabulary, type LabelField } from '../vocab/labels.js'
import { compileCaseNumberPattern } from '../vocab/case-numbers.js'

export interface VocabularyOptions {
  /** Extra headings per role (`{ proposals: ['Presidiets förslag'] }`). */
  headings?: Partial<Record<Role, string[]>>
  /** Extra header labels per field (`{ caseNumber: ['Ärende-id'] }`). */
  labels?: Partial<Record<LabelField, string[]>>
  /** Extra case-number patterns (regular expressions; named groups `series`, `year`, `seq` fill `caseRef`). */
  caseNumbers?: string[]
}

export interface State {
  source: SourceIndex
  file: VFile
  headings: HeadingVocabulary
  labels: LabelVocabulary
  /** The organisation's own case-number patterns. */
  caseNumbers: RegExp[]
  /**
   * What handlers have worked out about a block of this document, kept for the
   * document's lifetime only (title.ts: what a block reads as). Not a module-level
   * WeakMap: its entries outlive the young generation and grew a batch's memory.
   */
  readings: Map<object, unknown>
  /**
   * Does the memo mark its section headings (`#`, bold)? Then a plain line is a heading only when the
   * vocabulary lists it: the template's own sub-lines (`Kommunstyrelsens förslag till …`) are text.
   */
  marksHeadings: boolean
  /** What compiling noticed that the tree does not show, for the rule `ruleId` to report. */
  findings: Finding[]
  note(ruleId: string, messageId: string, data: Finding['data'], place: Position | undefined): void
}

/** Vocabularies are built once per distinct configuration, not once per file. */
const built = new Map<string, Pick<State, 'headings' | 'labels' | 'caseNumbers'>>()

function vocabularies(vocabulary: VocabularyOptions): Pick<State, 'headings' | 'labels' | 'caseNumbers'> {
  const id = JSON.stringify(vocabulary)
  let found = built.get(id)
  if (!found) {
    found = {
      headings: new HeadingVocabulary(vocabulary.headings),
      labels: new LabelVocabulary(vocabulary.labels),
      caseNumbers: (vocabulary.caseNumbers ?? []).map(compileCaseNumberPattern)
    }
    // A batch has one configuration per folder that has one: 64 is more than any archive run has seen, and
    // keeps a long-running process (a language server) from holding every configuration it ever met.
    if (built.size > 64) built.clear()
    built.set(id, found)
  }
  return found
}

export function createState(file: VFile, source: SourceIndex, vocabulary: VocabularyOptions = {}): State {
  const findings: Finding[] = []
  return {
    source,
    file,
    ...vocabularies(vocabulary),
    readings: new Map(),
    marksHeadings: false,
    findings,
    note: (ruleId, messageId, data, place) => {
      findings.push({ ruleId, messageId, ...(data ? { data } : {}), place })
    }
  }
}
