/**
 * The batch worker: compile inputs in a worker thread, where the work can be
 * stopped (terminated on a timeout, killed by its memory limit) without taking
 * the batch with it. A task carries a few inputs at once: handing work to a
 * thread and back costs about a millisecond on a busy machine, as much as
 * compiling a memo, so the batch sends ordinary memos in groups (and an input
 * of a group that fails is then compiled alone, under its own guards). With an
 * out dir, the worker writes each record itself (atomically), so records never
 * pass through the thread that hands out the work.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { compile } from '../compile.js'
import { writeAtomicSync } from '../write.js'
import { CasefileError } from '../errors.js'
import { emitters } from '../emit/index.js'
import type { VocabularyOptions } from '../tree/state.js'
import type { Encoding } from '../read/decode.js'

export interface TaskInput {
  /** The input's bytes, read (and hashed) by the main thread. */
  bytes: Uint8Array
  /** The path for `source.path` and messages. */
  path: string
  vocabulary: VocabularyOptions
  /** Where to write the record (in --out-dir); without it the record comes back as `output`. */
  target?: string
}

export interface Task {
  inputs: TaskInput[]
  format: 'json' | 'yaml' | 'ndjson'
  maxBytes: number
  encoding?: Encoding
}

export interface TaskResult {
  sha256: string
  bytes: number
  /** The serialised record; null when it was written to the target or the input could not be read. */
  output: string | null
  /** Whether the record was written to the target. */
  written: boolean
  /** Why the record could not be written (an error code). */
  writeFailure: string | null
  diagnostics: number
  warnings: number
  /** For stderr: `line:column severity reason (ruleId)`. */
  messages: string[]
  failure: string | null
}

/** Folders this worker has made (or found) in the out dir. */
const made = new Set<string>()

function write(target: string, output: string): string | null {
  try {
    const folder = dirname(target)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    writeAtomicSync(target, output)
    return null
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error)
  }
}

function compileOne(input: TaskInput, task: Task): TaskResult {
  const { bytes } = input
  try {
    const result = compile(bytes, { path: input.path, vocabulary: input.vocabulary, maxBytes: task.maxBytes, ...(task.encoding ? { encoding: task.encoding } : {}) })
    const output = task.format === 'ndjson' ? `${JSON.stringify(result.record)}\n` : emitters[task.format](result.record)
    const shown = result.messages.filter((m) => m.fatal !== undefined && m.fatal !== null)
    const writeFailure = input.target ? write(input.target, output) : null
    return {
      sha256: result.record.source.sha256,
      bytes: bytes.length,
      output: input.target ? null : output,
      written: input.target !== undefined && writeFailure === null,
      writeFailure,
      diagnostics: result.messages.length,
      warnings: shown.length,
      messages: shown.map((m) => `${m.line ?? 1}:${m.column ?? 1} ${m.reason} (${m.ruleId})`),
      failure: null
    }
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    const where = error.place ? `${error.place.start.line}:${error.place.start.column}: ` : ''
    return { sha256: '', bytes: bytes.length, output: null, written: false, writeFailure: null, diagnostics: 1, warnings: 0, messages: [], failure: `${where}${error.message}` }
  }
}

export default function run(task: Task): TaskResult[] {
  return task.inputs.map((input) => compileOne(input, task))
}
