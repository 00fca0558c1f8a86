/**
 * Check one case file: compile it, then run every rule that the configuration
 * turns on, at the severity the configuration gives.
 */
import { VFile } from 'vfile'
import type { Position } from 'unist'
import { compile } from '../compile.js'
import type { Encoding } from '../read/decode.js'
import { CasefileError } from '../errors.js'
import type { Config } from './config.js'
import type { MessageData, Rule } from '../rules/types.js'

export { DOCS } from '../rules/types.js'
export { locate } from '../rules/run.js'

/**
 * The checked file with its messages: the memo compiled with the configuration's
 * rule settings (`compile` runs the rules). Read failures (not UTF-8, binary)
 * become one fatal message. `ruleSet` is every registered rule unless given (the
 * rule tester runs a rule not yet registered).
 */
export function checkFile(
  bytes: Uint8Array,
  path: string,
  config: Config,
  encoding?: Encoding,
  ruleSet?: ReadonlyArray<Rule<object>>
): VFile {
  try {
    return compile(bytes, {
      path,
      vocabulary: config.vocabulary,
      rules: config.rules,
      ...(encoding ? { encoding } : {}),
      ...(ruleSet ? { ruleSet } : {})
    }).file
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    return fatalFile(path, error.message, error.ruleId, error.place)
  }
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
