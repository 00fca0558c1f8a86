/**
 * The state shared by the tree handlers: the source, the vocabularies and the
 * file that collects diagnostics.
 */
import type { VFile } from 'vfile'
import type { Position } from 'unist'
import type { SourceIndex } from './blocks.js'
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
  /** Report a diagnostic at a place; `ruleId` names what it is about. */
  info(reason: string, place: Position | undefined, ruleId: string): void
  warn(reason: string, place: Position | undefined, ruleId: string): void
}

export function createState(file: VFile, source: SourceIndex, vocabulary: VocabularyOptions = {}): State {
  const report = (fatal: boolean | undefined) => (reason: string, place: Position | undefined, ruleId: string) => {
    const message = file.message(reason, { place, ruleId, source: 'casefile' })
    message.fatal = fatal
  }
  return {
    source,
    file,
    headings: new HeadingVocabulary(vocabulary.headings),
    labels: new LabelVocabulary(vocabulary.labels),
    caseNumbers: (vocabulary.caseNumbers ?? []).map(compileCaseNumberPattern),
    info: report(undefined),
    warn: report(false)
  }
}
