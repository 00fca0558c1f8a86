/**
 * Running the rules on a compiled memo: every rule the settings turn on, each
 * message at the severity the settings give. `compile` and `check` both come
 * here, so a memo gets the same findings, ids, places and words from either.
 */
import type { VFile } from 'vfile'
import { ruleById, rules } from './index.js'
import { formatMessage, type Rule, type RuleContext, type Severity } from './types.js'

/** A rule's severity and options, as a configuration gives them. */
export interface RuleSetting {
  severity: Severity
  options: Record<string, unknown>
}

/** Settings by rule id; a rule without one does not run. */
export type RuleSettings = Record<string, RuleSetting>

/** Every rule at its default severity and options. */
export function defaultSettings(): RuleSettings {
  const entries = rules.map((r) => [r.id, { severity: r.severity, options: { ...(r.defaults ?? {}) } }] as const)
  return Object.fromEntries(entries)
}

let defaults: RuleSettings | undefined

/** The default settings, made once (callers must not change them). */
export function sharedDefaults(): RuleSettings {
  return (defaults ??= defaultSettings())
}

/** The unist point of an offset, given the offsets where lines start. */
export function locate(lineStarts: number[], offset: number) {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1, offset }
}

/** vfile's three levels: `fatal` true is an error, false a warning, undefined an info. */
function setSeverity(message: { fatal?: boolean | null | undefined }, severity: Severity): void {
  message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
}

/**
 * Run `ruleSet` (every registered rule unless given: the rule tester runs one not
 * yet registered) on the memo in `context`, adding their messages to `file`,
 * sorted by place. A finding that no rule in the set reports is a bug in casefile.
 */
export function runRules(
  file: VFile,
  context: RuleContext,
  settings: RuleSettings,
  ruleSet: ReadonlyArray<Rule<object>> = rules
): void {
  // Every note of compiling has its rule in the registry (a rule tester's single rule reports only its own).
  if (ruleSet === rules)
    for (const finding of context.findings)
      if (!ruleById.has(finding.ruleId)) throw new Error(`compiling noted \`${finding.ruleId}\`, which no rule reports`)
  // A VFileMessage is an Error: without this, every message pays for a stack trace nobody reads.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  const blank = context.text.trim() === ''
  try {
    for (const rule of ruleSet) {
      const setting = settings[rule.id]
      if (!setting || setting.severity === 'off' || (blank && !rule.meta.runsOnBlank)) continue
      rule.check(
        context,
        ({ messageId, data, place }) => {
          const template = rule.meta.messages[messageId]
          if (template === undefined) throw new Error(`rule \`${rule.id}\` has no message \`${messageId}\``)
          const message = file.message(formatMessage(template, data), { place, ruleId: rule.id, source: 'casefile' })
          message.url = rule.meta.docs
          message.messageId = messageId
          if (data) message.data = data
          setSeverity(message, setting.severity)
        },
        setting.options
      )
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  file.messages.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
