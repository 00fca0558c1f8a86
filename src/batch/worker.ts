/**
 * The batch worker: read, compile and write inputs in a worker thread, where the
 * work can be stopped (terminated on a timeout, killed by its memory limit)
 * without taking the batch with it.
 *
 * A task carries a few inputs at once: handing work to a thread and back costs
 * about a millisecond on a busy machine, as much as compiling a memo, so the
 * batch sends ordinary memos in groups (and the inputs of a group that fails are
 * then compiled one at a time, under their own guards). The worker reads and
 * hashes each input and, with an out dir, writes each record itself
 * (atomically): neither inputs nor records pass through the thread that hands
 * out the work, which keeps that thread's memory flat however long the batch.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, realpathSync } from 'node:fs'
import { dirname, relative, sep } from 'node:path'
import { compile } from '../compile.js'
import { CasefileError } from '../errors.js'
import { emitters } from '../emit/index.js'
import { writeAtomicSync } from '../write.js'
import { readFileBounded } from '../read/file.js'
import { cannotRead, findingOf, type Finding } from './manifest.js'
import { checkFile, fatalFile, toPlainMessages, type PlainMessage } from '../check/run.js'
import type { Config } from '../check/config.js'
import type { VocabularyOptions } from '../tree/state.js'
import type { RuleSettings } from '../rules/run.js'
import type { Encoding } from '../read/decode.js'
import type { TaskTiming } from './schedule.js'

export interface TaskInput {
  /** The input's bytes, when the caller has them (standard input); otherwise `file` is read. */
  bytes?: Uint8Array
  /** The file to read (an absolute path). */
  file?: string
  /** The path for `source.path` and messages. */
  path: string
  vocabulary: VocabularyOptions
  /** The rules' settings from this input's configuration (default: the task's, then each rule's own). */
  rules?: RuleSettings
  /** Where to write the record (in --out-dir); without it the record comes back as `output`. */
  target?: string
  /** --incremental: the sha256 of the bytes the existing record at `target` was made from. */
  unchangedIf?: string
}

export interface Task {
  inputs: TaskInput[]
  format: 'json' | 'yaml' | 'ndjson'
  maxBytes: number
  encoding?: Encoding
  noProvenance?: boolean
  /**
   * What to make of each input: its record (the default), its case tree as
   * JSON (`casefile ast`), or the messages of the rules in `rules` (`casefile check`).
   */
  make?: 'record' | 'tree' | 'check'
  rules?: Config['rules']
  /** The out dir (absolute): no record is written through a link that leads out of it. */
  outDir?: string
  /** Send every message back as plain data (`plain`), for a single input reported as if compiled in-process. */
  plain?: boolean
}

/** What a worker sends back for a task: the results, and how long they took (see schedule.ts). */
export interface TaskOutcome extends TaskTiming {
  results: TaskResult[]
}

export interface TaskResult {
  /** Null when the input could not be read. */
  sha256: string | null
  bytes: number | null
  /** The input and its record are as they were (--incremental): nothing was compiled. */
  unchanged: boolean
  /** The serialised record; null when it was written to the target or the input could not be compiled. */
  output: string | null
  /** Why the record could not be written (an error code). */
  writeFailure: string | null
  diagnostics: number
  /** Findings at error severity: the record is written, with status `error`. */
  errors: number
  /** Findings at warning or error severity. */
  warnings: number
  /** For stderr: `line:column severity reason (ruleId)`. */
  messages: string[]
  /** Every diagnostic, for the manifest. */
  findings: Finding[]
  failure: string | null
  /** With `plain` or `make: 'check'`: every message, or the failure, as plain data. */
  plain?: PlainMessage[]
}

/** Folders this worker has made (or found) in the out dir, each checked to be inside it. */
const made = new Set<string>()
/** The real paths of out dirs. */
const realRoots = new Map<string, string>()

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/** The longest leading part of `path` that exists. */
function existingPart(path: string): string {
  let at = path
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at)
  return at
}

/**
 * Write a record. A folder on its way that is a symbolic link (or a link to
 * one) leading out of the out dir is refused: records stay inside it.
 */
function write(target: string, output: string, outDir: string | undefined): string | null {
  try {
    const folder = dirname(target)
    if (!made.has(folder)) {
      if (outDir !== undefined) {
        let root = realRoots.get(outDir)
        if (root === undefined) realRoots.set(outDir, (root = realpathSync(outDir)))
        // The part of the folder's path that exists is checked before anything is made, the whole after.
        const leaving = (real: string) =>
          isInside(real, root)
            ? null
            : `\`${relative(outDir, folder)}\` leads out of the out dir through a symbolic link, to \`${real}\``
        const before = leaving(realpathSync(existingPart(folder)))
        if (before) return before
        mkdirSync(folder, { recursive: true })
        const after = leaving(realpathSync(folder))
        if (after) return after
      } else mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    writeAtomicSync(target, output)
    return null
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error)
  }
}

/** The fields of a result that compiled nothing. */
const nothing = () => ({
  unchanged: false,
  output: null,
  writeFailure: null,
  diagnostics: 0,
  errors: 0,
  warnings: 0,
  messages: [] as string[],
  findings: [] as Finding[]
})

function compileOne(input: TaskInput, task: Task): TaskResult {
  let bytes: Uint8Array
  try {
    bytes = input.bytes ?? readFileBounded(input.file!, task.maxBytes)
  } catch (error) {
    if (error instanceof CasefileError)
      return { ...nothing(), sha256: null, bytes: null, diagnostics: 1, failure: error.message }
    return { ...nothing(), sha256: null, bytes: null, diagnostics: 1, failure: cannotRead(error) }
  }
  // The record carries the sha256 of its bytes: hash here only where the record does not.
  const hash = () => createHash('sha256').update(bytes).digest('hex')
  if (input.unchangedIf && input.target && input.unchangedIf === hash() && existsSync(input.target))
    return { ...nothing(), sha256: input.unchangedIf, bytes: bytes.length, unchanged: true, failure: null }
  if (task.make === 'check') {
    const file = checkFile(
      bytes,
      input.path,
      { source: null, rules: input.rules ?? task.rules ?? {}, vocabulary: input.vocabulary },
      task.encoding
    )
    return {
      ...nothing(),
      sha256: null,
      bytes: bytes.length,
      diagnostics: file.messages.length,
      failure: null,
      plain: toPlainMessages(file)
    }
  }
  try {
    // A case tree (`casefile ast`) is printed without findings: its rules need not run.
    const rules = task.make === 'tree' ? {} : (input.rules ?? task.rules)
    const result = compile(bytes, {
      path: input.path,
      vocabulary: input.vocabulary,
      maxBytes: task.maxBytes,
      ...(rules ? { rules } : {}),
      ...(task.encoding ? { encoding: task.encoding } : {}),
      ...(task.noProvenance ? { provenance: false } : {})
    })
    const sha256 = result.record.source.sha256
    const output =
      task.make === 'tree'
        ? `${JSON.stringify(result.tree, null, 2)}\n`
        : task.format === 'ndjson'
          ? `${JSON.stringify(result.record)}\n`
          : emitters[task.format](result.record)
    const shown = result.messages.filter((m) => m.fatal !== undefined && m.fatal !== null)
    return {
      sha256,
      bytes: bytes.length,
      unchanged: false,
      output: input.target ? null : output,
      writeFailure: input.target ? write(input.target, output, task.outDir) : null,
      diagnostics: result.messages.length,
      errors: shown.filter((m) => m.fatal === true).length,
      warnings: shown.length,
      messages: shown.map((m) => `${m.line ?? 1}:${m.column ?? 1} ${m.reason} (${m.ruleId})`),
      findings: result.messages.map(findingOf),
      failure: null,
      ...(task.plain ? { plain: toPlainMessages(result.file) } : {})
    }
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    const where = error.place ? `${error.place.start.line}:${error.place.start.column}: ` : ''
    return {
      ...nothing(),
      sha256: hash(),
      bytes: bytes.length,
      diagnostics: 1,
      failure: `${where}${error.message}`,
      ...(task.plain ? { plain: toPlainMessages(fatalFile(input.path, error.message, error.ruleId, error.place)) } : {})
    }
  }
}

export default function run(task: Task): TaskResult[] {
  return task.inputs.map((input) => compileOne(input, task))
}
