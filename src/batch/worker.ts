/**
 * The batch worker: compile one input in a worker thread, where it can be
 * stopped (terminated on a timeout, killed by its memory limit) without
 * taking the batch with it.
 */
import { compile } from '../compile.js'
import { CasefileError } from '../errors.js'
import { emitters } from '../emit/index.js'
import type { VocabularyOptions } from '../tree/state.js'
import type { Encoding } from '../read/decode.js'

export interface Task {
  /** The input's bytes, read (and hashed) by the main thread. */
  bytes: Uint8Array
  /** The path for `source.path` and messages. */
  path: string
  format: 'json' | 'yaml' | 'ndjson'
  maxBytes: number
  vocabulary: VocabularyOptions
  encoding?: Encoding
}

export interface TaskResult {
  sha256: string
  bytes: number
  /** The serialised record, or null when the input could not be read. */
  output: string | null
  diagnostics: number
  warnings: number
  /** For stderr: `line:column severity reason (ruleId)`. */
  messages: string[]
  failure: string | null
}

export default function run(task: Task): TaskResult {
  const bytes = task.bytes
  try {
    const result = compile(bytes, { path: task.path, vocabulary: task.vocabulary, maxBytes: task.maxBytes, ...(task.encoding ? { encoding: task.encoding } : {}) })
    const output = task.format === 'ndjson' ? `${JSON.stringify(result.record)}\n` : emitters[task.format](result.record)
    const warnings = result.messages.filter((m) => m.fatal === false || m.fatal === true).length
    return {
      sha256: result.record.source.sha256,
      bytes: bytes.length,
      output,
      diagnostics: result.messages.length,
      warnings,
      messages: result.messages.filter((m) => m.fatal !== undefined && m.fatal !== null).map((m) => `${m.line ?? 1}:${m.column ?? 1} ${m.reason} (${m.ruleId})`),
      failure: null
    }
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    const where = error.place ? `${error.place.start.line}:${error.place.start.column}: ` : ''
    return { sha256: '', bytes: bytes.length, output: null, diagnostics: 1, warnings: 0, messages: [], failure: `${where}${error.message}` }
  }
}
