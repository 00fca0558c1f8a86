/**
 * What a check rule is: an id, a default severity (configuration decides the
 * real one), a one-line description, and a function that reports problems.
 */
import type { Position } from 'unist'
import type { CaseRoot } from '../tree/types.js'
import type { CaseRecord } from '../record/types.js'

export const SEVERITIES = ['off', 'info', 'warn', 'error'] as const
export type Severity = (typeof SEVERITIES)[number]

export type Category = 'metadata' | 'structure' | 'signatures' | 'leftovers' | 'privacy'

export interface RuleContext {
  /** The path as given (`/` separators; `-` or `--stdin-filename` for standard input). */
  path: string
  /** The decoded source text. */
  text: string
  tree: CaseRoot
  record: CaseRecord
  /** The position of a span of `text`, by offsets. */
  place(from: number, to: number): Position
}

/** Report a problem: what was found and expected, and how to fix it. */
export type Report = (reason: string, place: Position | undefined) => void

export interface Rule<Options extends object = Record<string, unknown>> {
  id: string
  category: Category
  severity: Exclude<Severity, 'off'>
  description: string
  /** Default options; configuration may override them. */
  defaults?: Options
  check(context: RuleContext, report: Report, options: Options): void
}

export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule
}
