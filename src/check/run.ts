/**
 * Check one case file: compile it, then run every rule that the configuration
 * turns on, at the severity the configuration gives.
 */
import { VFile } from 'vfile'
import type { Position } from 'unist'
import { compile } from '../compile.js'
import type { Encoding } from '../read/decode.js'
import { CasefileError } from '../errors.js'
import { indexSource } from '../tree/blocks.js'
import { rules } from './rules/index.js'
import type { Config } from './config.js'
import { formatMessage, type MessageData, type Rule, type RuleContext, type Severity } from './types.js'

export { DOCS } from './types.js'

function setSeverity(message: { fatal?: boolean | null | undefined }, severity: Severity): void {
  message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
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

/**
 * The checked file with its messages. Read failures (not UTF-8, binary) become one fatal message.
 * `ruleSet` is every registered rule unless given (the rule tester runs a rule not yet registered).
 */
export function checkFile(
  bytes: Uint8Array,
  path: string,
  config: Config,
  encoding?: Encoding,
  ruleSet: ReadonlyArray<Rule<object>> = rules
): VFile {
  let result
  try {
    result = compile(bytes, { path, vocabulary: config.vocabulary, ...(encoding ? { encoding } : {}) })
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    return fatalFile(path, error.message, error.ruleId, error.place)
  }
  const text = String(result.file.value)
  const { lineStarts } = indexSource(text)
  const file = new VFile({ path, value: text })
  const context: RuleContext = {
    path,
    text,
    tree: result.tree,
    record: result.record,
    place: (from, to) => ({ start: locate(lineStarts, from), end: locate(lineStarts, to) })
  }
  for (const rule of ruleSet) {
    const setting = config.rules[rule.id]
    if (!setting || setting.severity === 'off') continue
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
  file.messages.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
  return file
}

/** A check message as plain data, to come back from a guarded worker. */
export interface PlainMessage {
  reason: string
  place: Position | undefined
  ruleId: string | undefined
  fatal: boolean | null | undefined
  url: string | undefined
  messageId?: string | undefined
  data?: MessageData | undefined
}

export function toPlainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    place: m.place && 'start' in m.place ? m.place : m.place ? { start: m.place, end: m.place } : undefined,
    ruleId: m.ruleId,
    fatal: m.fatal,
    url: m.url,
    ...(m.messageId !== undefined ? { messageId: m.messageId } : {}),
    ...(m.data !== undefined ? { data: m.data } : {})
  }))
}

/** The checked file again, from the plain messages a guarded worker sent back. */
export function fromPlainMessages(path: string, plain: PlainMessage[]): VFile {
  const file = new VFile({ path })
  for (const p of plain) {
    const message = file.message(p.reason, { place: p.place, ruleId: p.ruleId, source: 'casefile' })
    message.fatal = p.fatal
    if (p.url !== undefined) message.url = p.url
    if (p.messageId !== undefined) message.messageId = p.messageId
    if (p.data !== undefined) message.data = p.data
  }
  return file
}

/** A file the guards stopped (or that could not be read as text): one fatal message. */
export function fatalFile(path: string, reason: string, ruleId: string, place?: Position): VFile {
  const file = new VFile({ path })
  const message = file.message(reason, { place, ruleId, source: 'casefile' })
  message.fatal = true
  return file
}
