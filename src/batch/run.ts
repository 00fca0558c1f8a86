/**
 * Batch compile: many inputs, worker threads, a bounded queue, records written
 * as they finish (atomically, into --out-dir, or streamed in input order to
 * stdout), a manifest that accounts for every input, guards that stop one
 * broken input without stopping the batch, and a clean stop on Ctrl-C.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { kindOfFile, NotRegularFileError, readFileBounded } from '../read/file.js'
import { join, resolve, sep } from 'node:path'
import { version } from '../version.js'
import {
  cannotRead,
  ManifestError,
  ManifestWriter,
  OutDirLock,
  readManifest,
  MANIFEST,
  type ManifestEntry
} from './manifest.js'
import { placeOutput } from './paths.js'
import { guardThatStopped, runWithin, workerPool } from './guarded.js'
import { blame } from './guard.js'
import { Progress } from './progress.js'
import { forHumans, printable } from '../check/reporters/text.js'
import { CostMeter, workersFor } from './schedule.js'
import type { Task, TaskResult } from './worker.js'
import type { VocabularyOptions } from '../tree/state.js'
import type { RuleSettings } from '../rules/run.js'
import type { Encoding } from '../read/decode.js'

/** What a batch is to do: plain data, so that it can be handed to the thread that runs it. */
export interface BatchSettings {
  /** Input paths relative to cwd (or absolute), in order. */
  inputs: string[]
  /**
   * Each input's name under its input root (`/`-separated), in the same order:
   * what the out dir mirrors, the record's `source.path` and the manifest's key.
   * Without it, the input paths themselves.
   */
  names?: string[]
  cwd: string
  outDir: string | null
  format: 'json' | 'yaml' | 'ndjson'
  jobs: number
  maxBytes: number
  timeoutMs: number
  maxMemoryMb: number
  incremental: boolean
  quiet: boolean
  encoding?: Encoding
  /** Leave the provenance map out of the records. */
  noProvenance?: boolean
  /** stderr is a terminal: draw a progress line (unless quiet). */
  terminal: boolean
  /** For the summary: the files that the directory walks left out for their type. */
  otherTypes?: string
  /**
   * The inputs are the whole archive (no --shard): records in the out dir of
   * inputs that are not among them belong to inputs that are gone.
   */
  complete?: boolean
  /** --prune: remove those records, and records this run wrote again in another format. */
  prune?: boolean
}

/** What a configuration gives an input: its vocabulary, its rules' settings, and the file it came from. */
export interface FileConfig {
  vocabulary: VocabularyOptions
  /** Each rule's severity and options (default: every rule's own). */
  rules?: RuleSettings
  /** The configuration file, to name when a guard stops its patterns (null: the built-in one). */
  source?: string | null
}

export interface BatchOptions extends BatchSettings {
  /** What the walk over the inputs left out, and why: in the manifest (`skipped`) and the summary. */
  leftOut?: Array<{ path: string; name: string; reason: string }>
  /**
   * The configuration that applies to an input, by its absolute path: the same object for every
   * input of one configuration (the manifest's digest of it is worked out once).
   */
  configFor(absolute: string): FileConfig
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  /**
   * Ask to be told when the batch should stop (Ctrl-C, SIGTERM): called with the
   * batch's stop function, it returns the function that stops listening.
   */
  onStop?: (stop: () => void) => () => void
  /**
   * How many times its start-up cost a worker must save before the pool grows
   * (schedule.ts's START_FACTOR unless given): a seam for tests, which make a
   * short batch grow with 0.
   */
  startFactor?: number
}

export interface BatchSummary {
  total: number
  ok: number
  warnings: number
  /** Records written with an error finding (exit 1, as `casefile check` gives). */
  error: number
  /** Inputs this run did not compile again whose kept result is `error` (--incremental). */
  keptErrors: number
  /** Findings at warning severity of every input, compiled now or kept (for `--max-warnings`). */
  warningsFound: number
  failed: number
  skipped: number
  /** Files a directory walk found but did not take (not regular files, links that leave the directory, loops). */
  leftOut: number
  interrupted: boolean
  /** Set when the manifest could not be written (a full disk): exit 2. */
  manifestError: string | null
  /** The most worker threads the batch had at once (schedule.ts decides how many). */
  workers: number
}

/**
 * Inputs handed to a worker at once (at most GROUP, together at most GROUP_BYTES),
 * and the size above which an input goes alone. 64 rather than 16 memos a task:
 * 5–8 % more files/s with one job and with two (interleaved runs, 10,000 memos).
 */
const GROUP = 64
const GROUP_BYTES = 256 * 1024
const ALONE_BYTES = 64 * 1024

/**
 * Warnings a batch prints one a line before it only counts them by rule: a few
 * are worth reading as they come, hundreds of near-identical lines are not.
 */
export const SHOWN_WARNINGS = 20
/** The rule id at the end of a worker's message line: `12:1 Unexpected … (empty-field)`. */
const RULE_AT_END = /\(([\w-]+)\)$/

/** `820 warnings by rule: unit-mismatch 700, empty-field 120; …` (most frequent first). */
function tally(byRule: Map<string, number>, total: number): string {
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ${n}`)
  return (
    `${total} warnings by rule: ${rules.join(', ')}; the first ${SHOWN_WARNINGS} are shown above, and ` +
    `\`casefile check FILE\` lists a file's`
  )
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

/**
 * A run killed while writing (SIGKILL, power loss) can leave a temporary file
 * (`.name.json.<pid>.<random>.tmp`) but never a partial record. The next run
 * removes those whose process is gone; a live run's temporaries are left alone.
 */
function removeStaleTemporaries(outDir: string): void {
  const entries = readdirSync(outDir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    const m = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.name)
    if (!m || !entry.isFile()) continue
    const pid = Number(m[1])
    let alive = pid === process.pid
    try {
      process.kill(pid, 0)
      alive = true
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM'
    }
    if (!alive) rmSync(join(entry.parentPath, entry.name), { force: true })
  }
}

/**
 * Records the out dir holds for no input: of inputs this run did not find (a
 * complete run's inputs are the archive), and those written again in another
 * format (`.json` → `.yaml`). Listed on stderr; --prune removes them (and the
 * lines of the inputs that are gone). Only files the manifest names as outputs,
 * inside the out dir, are ever removed.
 */
function pruneOrList(
  outDir: string,
  manifest: ManifestWriter,
  superseded: string[],
  gone: ManifestEntry[],
  prunedAlready: number,
  options: BatchOptions
): void {
  const files = [...superseded, ...gone.flatMap((e) => [...(e.output ? [e.output] : []), ...(e.stale ?? [])])]
  if (files.length === 0 && gone.length === 0 && prunedAlready === 0) return
  if (!options.prune) {
    const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '')
    options.stderr.write(
      `casefile: ${files.length} ${files.length === 1 ? 'record' : 'records'} in the out dir ` +
        `${files.length === 1 ? 'belongs' : 'belong'} to no input of this run${shown ? ` (${shown})` : ''}; ` +
        `--prune removes them\n`
    )
    return
  }
  const pruned = prunedAlready + removeRecords(outDir, files)
  manifest.drop(gone.map((e) => e.path))
  options.stderr.write(
    `casefile: pruned ${pruned} ${pruned === 1 ? 'record' : 'records'} that belonged to no input of this run\n`
  )
}

/** Remove records the manifest names, by their path in the out dir (nothing outside it, nothing but records). */
function removeRecords(outDir: string, files: string[]): number {
  const base = resolve(outDir) + sep
  let removed = 0
  for (const file of files) {
    const target = resolve(outDir, file)
    if (!target.startsWith(base) || !/\.(json|yaml)$/.test(target)) continue
    rmSync(target, { force: true })
    removed++
  }
  return removed
}

/** Whether a manifest is keyed the 0.1 way: an input's path as given is in it, its name under its root is not. */
function keyedByWorkingDirectory(previous: Map<string, ManifestEntry>, options: BatchSettings): boolean {
  const { names, inputs } = options
  if (!names) return false
  return inputs.some((input, i) => input !== names[i] && previous.has(input) && !previous.has(names[i]!))
}

/** When a stream that said it was full can take more (or is closed, and will take nothing). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((done) => {
    const go = () => {
      stream.off('drain', go)
      stream.off('close', go)
      done()
    }
    stream.on('drain', go)
    stream.on('close', go)
  })
}

/** The manifest entry of an input this run did not compile and that has no result: why, and nothing else. */
function skippedEntry(path: string, reason: string): ManifestEntry {
  return {
    path,
    sha256: null,
    bytes: null,
    status: 'skipped',
    output: null,
    diagnostics: 0,
    reason,
    version,
    config: ''
  }
}

/** The summary of a run of `total` inputs before any is done. */
function noneDone(total: number): BatchSummary {
  return {
    total,
    ok: 0,
    warnings: 0,
    error: 0,
    keptErrors: 0,
    warningsFound: 0,
    failed: 0,
    skipped: 0,
    leftOut: 0,
    interrupted: false,
    manifestError: null,
    workers: 0
  }
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { inputs, cwd, outDir } = options
  const root = outDir ? resolve(cwd, outDir) : null
  if (outDir) mkdirSync(outDir, { recursive: true })
  let lock: OutDirLock | null = null
  if (outDir) {
    try {
      lock = OutDirLock.take(outDir)
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error
      return { ...noneDone(inputs.length), manifestError: error.message }
    }
  }
  try {
    return await runLocked(options, root)
  } finally {
    lock?.release()
  }
}

async function runLocked(options: BatchOptions, root: string | null): Promise<BatchSummary> {
  const { inputs, outDir, cwd, jobs } = options
  const ext = options.format === 'yaml' ? 'yaml' : 'json'
  // What the out dir's manifest says: reused with --incremental, and kept for inputs a stopped run does not reach.
  const earlier = outDir ? readManifest(outDir) : new Map<string, ManifestEntry>()
  let previous = options.incremental ? earlier : new Map<string, ManifestEntry>()
  if (previous.size > 0 && keyedByWorkingDirectory(previous, options)) {
    // casefile 0.1 named inputs by their path from the working directory: its records lie elsewhere.
    options.stderr.write(
      `casefile: the manifest in \`${outDir}\` names inputs by their path from the working directory (casefile ` +
        `0.1), not from their input root; nothing in it is reused: every input is compiled again into the new ` +
        `layout (records of the old one are left where they are)\n`
    )
    previous = new Map()
  }
  if (outDir) removeStaleTemporaries(outDir)
  const manifest = outDir ? new ManifestWriter(outDir) : null

  const pool = workerPool(jobs, options.maxMemoryMb)
  const summary: BatchSummary = noneDone(inputs.length)
  // The most workers at once: one that replaced another (after a guard, or idle on a busy machine) is no more.
  pool.on('workerCreate', () => (summary.workers = Math.max(summary.workers, pool.threads.length)))
  const progress = new Progress(options.stderr, inputs.length, options.terminal && !options.quiet)
  let stopping = false
  // Read through a function: the SIGINT handler sets `stopping` while the loop below awaits.
  const stopRequested = () => stopping
  /** Wakes the loop that hands out inputs while it waits for a full stdout. */
  let wake: (() => void) | null = null
  const stop = () => {
    if (!stopping) options.stderr.write('\ncasefile: stopping: finishing the records in progress…\n')
    stopping = true
    wake?.()
  }
  const unlisten = options.onStop?.(stop)

  /** The inputs of this run by name: the manifest's other entries belong to inputs gone or not given. */
  const seen = new Set<string>()
  for (const { path, name, reason } of options.leftOut ?? []) {
    if (!options.quiet) options.stderr.write(`casefile: left out ${printable(path)}: ${printable(reason)}\n`)
    seen.add(name)
    manifest?.add(skippedEntry(name, `left out: ${reason}`))
    summary.leftOut++
  }

  // In-order streaming to stdout: finished records wait for the ones before them.
  const waiting = new Map<number, string | null>()
  let emitted = 0
  // A reader slower than the batch (a pipe to gzip, to another machine) leaves the records it has
  // not taken in this process: when the stream says it has enough, no new inputs are handed out
  // until it drains, so what waits is at most the groups in flight, not the archive.
  // Set in `emit` and by the drain while the loop below awaits: `as boolean` keeps TypeScript from narrowing it.
  let full = false as boolean
  const emit = (index: number, text: string | null) => {
    waiting.set(index, text)
    while (waiting.has(emitted)) {
      const out = waiting.get(emitted)
      waiting.delete(emitted)
      emitted++
      if (out === null || out === undefined) continue
      const more = options.stdout.write(options.format === 'yaml' ? `---\n${out}` : out)
      if (!more && !full) {
        full = true
        void drained(options.stdout).then(() => {
          full = false
          wake?.()
        })
      }
    }
  }

  // Warnings: the first few one a line, then only counted by rule, for the tally at the end.
  const byRule = new Map<string, number>()
  let warningLines = 0
  // On stderr an input goes by the path it was given as; in the manifest, by its name under its root.
  const given = new Map<string, string>()
  if (options.names) options.names.forEach((name, i) => name !== inputs[i] && given.set(name, inputs[i]!))
  /** Records of earlier runs that this run made stale: written again in another format. */
  const superseded: string[] = []
  let prunedAlready = 0
  const record = (written: ManifestEntry, messages: string[] = []) => {
    let entry = written
    const shownPath = given.get(entry.path) ?? entry.path
    seen.add(entry.path)
    // A record written again in another format (`.json` → `.yaml`) leaves the old one stale:
    // --prune removes it, else the entry lists it until a run with --prune does.
    const prior = earlier.get(entry.path)
    const stale = [
      ...(prior?.stale ?? []),
      ...(prior?.output && entry.output && prior.output !== entry.output ? [prior.output] : [])
    ].filter((f) => f !== entry.output)
    if (stale.length > 0 && options.prune && outDir) prunedAlready += removeRecords(outDir, stale)
    else if (stale.length > 0) {
      entry = { ...entry, stale }
      superseded.push(...stale)
    } else if (entry.stale) entry = { ...entry, stale: [] }
    manifest?.add(entry)
    const compiledNow = !entry.skipped && entry.status !== 'skipped'
    summary[compiledNow ? entry.status : 'skipped']++
    // A kept result counts as it did when it was made: a re-run does not make an error go away.
    if (!compiledNow && entry.status === 'error') summary.keptErrors++
    for (const f of entry.findings ?? []) if (f.severity === 'warning') summary.warningsFound++
    progress.tick(entry.status === 'failed')
    const shown = options.quiet ? [] : messages.slice(0, Math.max(0, SHOWN_WARNINGS - warningLines))
    warningLines += messages.length
    for (const m of messages) {
      const rule = RULE_AT_END.exec(m)?.[1] ?? 'other'
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
    }
    if (entry.status === 'failed' || shown.length > 0) progress.clear()
    if (entry.status === 'failed')
      options.stderr.write(`${printable(shownPath)}: failed: ${forHumans(entry.reason ?? '')}\n`)
    else for (const m of shown) options.stderr.write(`${printable(shownPath)}:${forHumans(m)}\n`)
  }

  /** The digest of a configuration (what makes the record and its findings), worked out once per configuration. */
  const digests = new Map<FileConfig, string>()
  const configOf = (config: FileConfig) => {
    let found = digests.get(config)
    if (found === undefined) {
      found = digest({
        vocabulary: config.vocabulary,
        ...(config.rules ? { rules: config.rules } : {}),
        format: options.format,
        encoding: options.encoding ?? 'utf-8',
        ...(options.noProvenance ? { provenance: false } : {})
      })
      digests.set(config, found)
    }
    return found
  }

  /**
   * What the main thread does before a worker gets an input: the size guard (a
   * stat) and what --incremental needs to know. Reading, hashing, compiling and
   * writing are the worker's.
   */
  type Prepared =
    | { done: true }
    | {
        done: false
        absolute: string
        size: number
        base: ManifestEntry
        target: string | null
        shown: string | null
        config: FileConfig
        unchangedIf: string | null
        before: ManifestEntry | undefined
      }

  /**
   * Which input each record path in the out dir belongs to. Inputs are prepared
   * in their (sorted) order, so the first input to a path keeps it; a later one
   * that maps to the same path (`a.md`, `a.markdown` and `a` all make `a.json`;
   * names whose control characters became `_`) fails, naming the other, instead
   * of overwriting its record.
   */
  const owners = new Map<string, string>()

  function prepare(index: number): Prepared {
    const absolute = resolve(cwd, inputs[index]!)
    const path = options.names?.[index] ?? inputs[index]!
    const fileConfig = options.configFor(absolute)
    const config = configOf(fileConfig)
    const base: ManifestEntry = {
      path,
      sha256: null,
      bytes: null,
      status: 'failed',
      output: null,
      diagnostics: 0,
      reason: null,
      version,
      config,
      findings: [],
      skipped: false
    }
    const place = root ? placeOutput(path, cwd, root, ext) : null
    const target = place?.target ?? null
    const shown = place?.shown ?? null
    if (target !== null) {
      const owner = owners.get(target)
      if (owner !== undefined && owner !== path) {
        record({
          ...base,
          reason: `its record \`${shown}\` would overwrite the record of \`${owner}\`; rename one of the two inputs`
        })
        return { done: true }
      }
      owners.set(target, path)
    }

    let size: number
    try {
      const stats = statSync(absolute)
      const kind = kindOfFile(stats)
      if (kind !== null) throw new NotRegularFileError(kind)
      size = stats.size
    } catch (error) {
      record({ ...base, reason: cannotRead(error) })
      return { done: true }
    }
    if (size > options.maxBytes) {
      record({ ...base, bytes: size, reason: `${size} bytes is more than --max-bytes ${options.maxBytes}` })
      return { done: true }
    }
    const before = previous.get(path)
    const reusable =
      before &&
      target &&
      before.sha256 &&
      before.version === version &&
      before.config === config &&
      before.status !== 'failed' &&
      before.output !== null
    return {
      done: false,
      absolute,
      size,
      base,
      target,
      shown,
      config: fileConfig,
      unchangedIf: reusable ? before.sha256 : null,
      before
    }
  }

  /** The sha256 of an input whose worker was stopped, for the manifest. */
  function hashOf(absolute: string): string | null {
    try {
      return createHash('sha256').update(readFileBounded(absolute, options.maxBytes)).digest('hex')
    } catch {
      return null
    }
  }

  // A worker slot is held while a worker has a task; the next groups wait here, already prepared.
  // One slot at once: piscina starts a worker for a task when none is idle, so the pool has as many
  // workers as slots. More are opened as the measured costs say the queue repays them (schedule.ts).
  let slots = 1
  let free = 1
  const waiters: Array<() => void> = []
  const acquire = async () => {
    if (free > 0) free--
    else await new Promise<void>((done) => waiters.push(done))
  }
  const release = () => {
    const next = waiters.shift()
    if (next) next()
    else free++
  }

  type Ready = Extract<Prepared, { done: false }> & { index: number }

  const meter = new CostMeter()
  /** Inputs handed to a worker so far: the rest are the queue. */
  let handedOut = 0
  /** The costs when the pool could first grow, and when it grew: for CASEFILE_REPORT_POOL (the bench). */
  const looks: string[] = []
  /** Open another slot (and so start another worker) when the queue repays it. */
  const grow = () => {
    if (slots >= jobs || !meter.settled) return
    const load = { queued: inputs.length - handedOut, perFileMs: meter.perFileMs, startupMs: meter.startupMs, jobs }
    const wanted = workersFor(load, options.startFactor)
    const costs = () =>
      `${load.queued} inputs queued, an input ${load.perFileMs.toFixed(2)} ms, a start ${load.startupMs.toFixed(0)} ms`
    if (looks.length === 0) looks.push(`first look: ${costs()}`)
    for (; slots < wanted; slots++) {
      looks.push(`worker ${slots + 1}: ${costs()}`)
      release()
    }
  }

  /** Compile some inputs in one worker task, under the time budget and the memory ceiling. */
  async function compileTask(items: Ready[]): Promise<TaskResult[]> {
    await acquire()
    try {
      const task: Task = {
        inputs: items.map((i) => ({
          file: i.absolute,
          path: inputs[i.index]!, // the record's source.path: the input as given, as a single compile writes it
          vocabulary: i.config.vocabulary,
          ...(i.config.rules ? { rules: i.config.rules } : {}),
          ...(i.target ? { target: i.target } : {}),
          ...(i.unchangedIf ? { unchangedIf: i.unchangedIf } : {})
        })),
        format: options.format,
        maxBytes: options.maxBytes,
        ...(root ? { outDir: root } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.noProvenance ? { noProvenance: true } : {})
      }
      handedOut += items.length
      // The time budget starts now, when a worker is free to take the inputs.
      const sentAt = performance.now()
      const outcome = await runWithin(pool, task, options.timeoutMs)
      meter.record(outcome, performance.now() - sentAt)
      return outcome.results
    } finally {
      release()
      grow()
    }
  }

  /**
   * A group that overruns its budget or its memory, or crashes its worker, is
   * compiled again one input at a time: the input at fault then fails alone,
   * named by the guard that stopped it, and the others are compiled.
   */
  async function compileOrSplit(items: Ready[]): Promise<Array<TaskResult | string>> {
    try {
      return await compileTask(items)
    } catch (error) {
      if (items.length > 1) return (await Promise.all(items.map((item) => compileOrSplit([item])))).flat()
      const guard = guardThatStopped(error, options)
      const item = items[0]!
      return [
        guard
          ? `${guard}; the worker was stopped${blame(item.config.vocabulary, item.config.source)}`
          : `internal error (a bug in casefile ${version}): ${(error as Partial<Error>).message ?? String(error)}`
      ]
    }
  }

  /** Account for an input in the manifest (its record is written by the worker), or pass its record on to stdout. */
  function finish(item: Ready, result: TaskResult | string): void {
    const { index, size, base, shown, before, absolute } = item
    if (typeof result === 'string') {
      record({ ...base, sha256: hashOf(absolute), bytes: size, reason: result })
      emit(index, null)
      return
    }
    const { sha256, bytes, diagnostics, findings } = result
    if (result.unchanged && before) {
      // Not compiled again: the result it kept is the run's that made the record.
      record({ ...before, skipped: true })
      emit(index, null)
      return
    }
    if (result.failure !== null) {
      record({ ...base, sha256, bytes, diagnostics, findings, reason: result.failure })
      emit(index, null)
      return
    }
    if (result.writeFailure !== null) {
      record({
        ...base,
        sha256,
        bytes,
        diagnostics,
        findings,
        reason: `cannot write \`${shown}\`: ${result.writeFailure}`
      })
      emit(index, null)
      return
    }
    const status = result.errors > 0 ? 'error' : result.warnings > 0 ? 'warnings' : 'ok'
    record({ ...base, sha256, bytes, status, output: shown, diagnostics, findings, reason: null }, result.messages)
    emit(index, result.output)
  }

  /** A run of consecutive inputs: the ordinary ones go to a worker together, large ones alone. */
  async function processGroup(first: number, end: number): Promise<void> {
    const ready: Ready[] = []
    for (let index = first; index < end; index++) {
      const prepared = prepare(index)
      if (prepared.done) emit(index, null)
      else ready.push({ ...prepared, index })
    }
    const tasks: Ready[][] = []
    let together: Ready[] = []
    let bytes = 0
    for (const item of ready) {
      if (item.size > ALONE_BYTES) {
        tasks.push([item])
        continue
      }
      if (together.length > 0 && bytes + item.size > GROUP_BYTES) {
        tasks.push(together)
        together = []
        bytes = 0
      }
      together.push(item)
      bytes += item.size
    }
    if (together.length > 0) tasks.push(together)
    await Promise.all(
      tasks.map(async (items) => {
        const results = await compileOrSplit(items)
        items.forEach((item, i) => finish(item, results[i]!))
      })
    )
  }

  // Enough groups in flight that a worker always has the next one read and waiting.
  const window = jobs * 2
  const running = new Set<Promise<void>>()
  let next = 0
  try {
    while (next < inputs.length && !stopRequested()) {
      while (running.size >= window || next >= emitted + window * GROUP) await Promise.race(running)
      while (full && !stopRequested()) await new Promise<void>((done) => (wake = done))
      wake = null
      if (stopRequested()) break
      const first = next
      next = Math.min(inputs.length, first + GROUP)
      const job: Promise<void> = processGroup(first, next).finally(() => running.delete(job))
      running.add(job)
    }
    await Promise.all(running)
  } finally {
    unlisten?.()
    progress.stop()
    await pool.destroy()
  }

  if (stopRequested() && next < inputs.length) {
    summary.interrupted = true
    for (let i = next; i < inputs.length; i++) {
      const name = options.names?.[i] ?? inputs[i]!
      const kept = earlier.get(name)
      summary.skipped++
      // Not reached: an earlier result stands, marked as not redone; else it has none yet.
      if (kept && kept.status !== 'skipped') {
        manifest?.add({ ...kept, skipped: true })
        continue
      }
      manifest?.add({ ...skippedEntry(name, 'not processed: the run was interrupted'), findings: [], skipped: true })
    }
  }
  if (manifest && outDir)
    pruneOrList(
      outDir,
      manifest,
      superseded,
      summary.interrupted || !options.complete ? [] : [...earlier.values()].filter((e) => !seen.has(e.path)),
      prunedAlready,
      options
    )
  if (manifest) {
    try {
      manifest.finish()
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error
      summary.manifestError = error.message
    }
  }
  if (!options.quiet && warningLines > SHOWN_WARNINGS)
    options.stderr.write(`casefile: ${tally(byRule, warningLines)}\n`)
  const where = outDir ? `; manifest: ${resolve(outDir, MANIFEST)}` : ''
  if (!options.quiet || summary.failed > 0 || summary.interrupted)
    options.stderr.write(
      `casefile: ${summary.total} inputs: ${summary.ok} ok, ${summary.warnings} with warnings, ` +
        (summary.error > 0 ? `${summary.error} with errors, ` : '') +
        `${summary.failed} failed, ${summary.skipped} skipped` +
        (summary.leftOut > 0 ? `, ${summary.leftOut} left out` : '') +
        (options.otherTypes ? `; ${options.otherTypes}` : '') +
        `${where}\n`
    )
  if (summary.keptErrors > 0)
    options.stderr.write(
      `casefile: ${summary.keptErrors} unchanged ${summary.keptErrors === 1 ? 'input keeps' : 'inputs keep'} the ` +
        'errors of an earlier run (`status: "error"` in the manifest); `casefile check` lists them\n'
    )
  if (summary.interrupted)
    options.stderr.write('casefile: interrupted; run the same command again with --incremental to do the rest\n')
  // For the bench: how many workers the batch started, when, and the costs it measured.
  if (process.env.CASEFILE_REPORT_POOL) {
    const started = `${summary.workers} ${summary.workers === 1 ? 'worker' : 'workers'} at most`
    options.stderr.write(
      `casefile: pool: ${started}${looks.map((l) => `; ${l}`).join('')}; at the end an input ` +
        `${meter.perFileMs.toFixed(2)} ms, a start ${meter.startupMs.toFixed(0)} ms\n`
    )
  }
  return summary
}
