/**
 * What a check rule is, in the shape of an ESLint rule: a `meta` that
 * describes it (id, type, default severity, docs URL, options schema, message
 * templates by id) and a function that reports problems by message id and data.
 * Configuration, not the rule, decides the severity it is reported at.
 */
import type { Position } from 'unist'
import type { CaseRoot, Finding } from '../tree/types.js'
import type { CaseRecord } from '../record/types.js'

export const SEVERITIES = ['off', 'info', 'warn', 'error'] as const
export type Severity = (typeof SEVERITIES)[number]

export type Category = 'metadata' | 'structure' | 'signatures' | 'leftovers' | 'privacy'

/**
 * As in ESLint: `problem` — the record is wrong, incomplete or must not be
 * published as it is; `suggestion` — the memo is usable but should change;
 * `layout` — only the form is off (numbering, conversion debris).
 */
export type RuleType = 'problem' | 'suggestion' | 'layout'

/** Where each rule's documentation page lives (`${DOCS}/<id>.md`). */
export const DOCS = 'https://github.com/casefile/casefile/blob/main/docs/rules'

/** One option of a rule: a JSON Schema of a scalar. */
export interface OptionSchema {
  type: 'number' | 'string' | 'boolean'
  description: string
  minimum?: number
}

/** A rule's options as JSON Schema: an object of known scalar options, nothing else. */
export interface OptionsSchema {
  type: 'object'
  properties: Record<string, OptionSchema>
  additionalProperties: false
}

/** The schema of a rule without options. */
export const NO_OPTIONS: OptionsSchema = { type: 'object', properties: {}, additionalProperties: false }

export interface RuleMeta<MessageId extends string = string> {
  id: string
  type: RuleType
  category: Category
  /** The default severity; configuration may change it. */
  severity: Exclude<Severity, 'off'>
  /** One line, for `casefile rules` and SARIF. */
  description: string
  /** The rule's documentation page. */
  docs: string
  schema: OptionsSchema
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  messages: Record<MessageId, string>
  /** Runs on a file with no text; the others do not (there is nothing for them to check). */
  runsOnBlank?: boolean
}

export interface RuleContext {
  /** The path as given (`/` separators; `-` or `--stdin-filename` for standard input). */
  path: string
  /** The decoded source text. */
  text: string
  tree: CaseRoot
  record: CaseRecord
  /** The position of a span of `text`, by offsets. */
  place: (from: number, to: number) => Position
  /** What compiling noticed that the tree does not show; each is reported by the rule of its id. */
  findings: readonly Finding[]
}

export type MessageData = Record<string, string | number>

export interface Descriptor<MessageId extends string = string> {
  messageId: MessageId
  data?: MessageData
  place: Position | undefined
}

/** Report a problem by message id; the template says what was found and expected, and how to fix it. */
export type Report<MessageId extends string = string> = (descriptor: Descriptor<MessageId>) => void

export interface Rule<Options extends object = Record<string, unknown>, MessageId extends string = string> {
  meta: RuleMeta<MessageId>
  /** Default options; configuration may override them. */
  defaults?: Options
  check(this: void, context: RuleContext, report: Report<MessageId>, options: Options): void
  /** `meta.id`, `meta.category`, `meta.severity`, `meta.description`, for those that list rules. */
  readonly id: string
  readonly category: Category
  readonly severity: Exclude<Severity, 'off'>
  readonly description: string
}

export interface RuleDefinition<Options extends object, MessageId extends string> {
  meta: Omit<RuleMeta<MessageId>, 'docs' | 'schema'> & { schema?: OptionsSchema }
  defaults?: Options
  check(this: void, context: RuleContext, report: Report<MessageId>, options: Options): void
}

export function defineRule<Options extends object, MessageId extends string>(
  definition: RuleDefinition<Options, MessageId>
): Rule<Options, MessageId> {
  const meta: RuleMeta<MessageId> = {
    ...definition.meta,
    docs: `${DOCS}/${definition.meta.id}.md`,
    schema: definition.meta.schema ?? NO_OPTIONS
  }
  return {
    meta,
    ...(definition.defaults ? { defaults: definition.defaults } : {}),
    check: definition.check,
    id: meta.id,
    category: meta.category,
    severity: meta.severity,
    description: meta.description
  }
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/

/** Templates split at their placeholders: text, name, text, name, …, text. Split once, filled for every finding. */
const parsedTemplates = new Map<string, string[]>()

/** A message template filled in with its data; a placeholder without data is a bug in the rule. */
export function formatMessage(template: string, data: MessageData = {}): string {
  let parts = parsedTemplates.get(template)
  if (!parts) {
    // A capturing group in the separator keeps the names at the odd indices.
    parts = template.split(PLACEHOLDER)
    parsedTemplates.set(template, parts)
  }
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]!]
    if (value === undefined) throw new Error(`message data has no \`${parts[i]}\` for \`${template}\``)
    out += String(value) + parts[i + 1]!
  }
  return out
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** The id of the rule's message template (`meta.messages`). */
    messageId?: string
    /** The values filled into the template. */
    data?: MessageData
  }
}
