/**
 * `casefile compile` and `casefile ast`. One input without --out-dir compiles
 * in-process and prints its record; anything more is a batch run in worker
 * threads (src/batch).
 */
import { availableParallelism } from 'node:os'
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { readFileBounded, readStreamBounded } from '../read/file.js'
import { join, resolve } from 'node:path'
import { compile } from '../compile.js'
import { CasefileError, UsageError, whyUnreadable } from '../errors.js'
import { emitters } from '../emit/index.js'
import { configsFor, type Configs } from './configs.js'
import type { BatchRequest } from './batch.js'
import type { Shard } from '../batch/shard.js'
import { readAll, widthOf, writeError, type Io } from './io.js'
import { makeDirectory, removeMadeDirectories, whyUnwritable, writeOutputFile } from './output-file.js'
import { countFindings, exitForFindings, failureFile, reportFiles } from './report.js'
import { blame, needsGuard } from '../batch/guard.js'
import { printable } from '../check/reporters/text.js'
import type { VocabularyOptions } from '../tree/state.js'
import type { RuleSettings } from '../rules/run.js'
import type { Encoding } from '../read/decode.js'

import { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './limits.js'
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS }

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function readTextOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

interface ReadResult {
  bytes: Uint8Array
  path: string
}

/** `stdinName`: what standard input is called (`--stdin-filename`), `-` when not named. */
async function readInput(io: Io, file: string, maxBytes: number, stdinName = '-'): Promise<ReadResult | string> {
  if (file === '-') return { bytes: await readStreamBounded(io.stdin, maxBytes), path: stdinName }
  try {
    return { bytes: readFileBounded(resolve(io.cwd, file), maxBytes), path: file }
  } catch (error) {
    if (error instanceof CasefileError) throw error
    return `casefile: cannot read \`${printable(file)}\`: ${whyUnreadable(error)}\n`
  }
}

/** --config as given: a path, false for --no-config, undefined to look for configuration files. */
function configOption(value: unknown): string | false | undefined {
  return typeof value === 'string' || value === false ? value : undefined
}

/** One file or standard input, as named: no list, no glob, no directory. */
function isOneFile(inputs: string[], options: Record<string, unknown>, cwd: string): boolean {
  if (options.filesFrom || inputs.length !== 1) return false
  return inputs[0] === '-' || (!/[*?[{]/.test(inputs[0]!) && !isDirectory(resolve(cwd, inputs[0]!)))
}

function isSingle(inputs: string[], options: Record<string, unknown>, cwd: string): boolean {
  return !options.outDir && !options.shard && !options.incremental && isOneFile(inputs, options, cwd)
}

/**
 * Options that would be ignored, or would change what the run writes, for the
 * inputs given: each says what to do instead.
 */
function misfit(inputs: string[], options: Record<string, unknown>, cwd: string): string | null {
  const oneFile = isOneFile(inputs, options, cwd)
  if (options.stdinFilename !== undefined && !(inputs.length === 1 && inputs[0] === '-'))
    return '--stdin-filename names standard input: give `-` as the only input, or leave out --stdin-filename'
  if (options.output && options.outDir)
    return '-o/--output and --out-dir both say where to write: give -o FILE for one file, or --out-dir DIR for many'
  if (options.output && !oneFile)
    return (
      '-o/--output writes the record of one file; for a directory, a glob or several inputs give --out-dir ' +
      'DIR (a record per input), or --format ndjson and redirect stdout (one stream)'
    )
  if (options.incremental && !options.outDir)
    return (
      '--incremental compares the inputs with the manifest in --out-dir: add --out-dir DIR, or leave out ' +
      '--incremental'
    )
  if (options.prune && !options.outDir)
    return '--prune removes records from --out-dir: add --out-dir DIR, or leave out --prune'
  if (options.prune && options.shard)
    return (
      '--prune removes the records of inputs a run did not find, and a shard sees only its share: run ' +
      '--prune without --shard, once the shards are merged'
    )
  if (options.root !== undefined && !options.outDir)
    return '--root says which folder --out-dir mirrors: add --out-dir DIR, or leave out --root'
  if (options.shard && oneFile)
    return (
      '--shard splits a batch of many inputs between machines, and one file has nothing to split: leave ' +
      'out --shard, or give a directory, a glob or --files-from'
    )
  return null
}

export async function runCompileCommand(
  io: Io,
  inputs: string[],
  options: Record<string, unknown>,
  color: boolean
): Promise<number> {
  const format = options.format as 'json' | 'yaml' | 'ndjson'
  const maxBytes = (options.maxBytes as number | undefined) ?? DEFAULT_MAX_BYTES
  try {
    if ((options.format as string) === 'erms')
      return await (await import('./erms.js')).runErmsCommand(io, inputs, options, color)
    const problem = misfit(inputs, options, io.cwd)
    if (problem) throw new UsageError(problem)
    const single = isSingle(inputs, options, io.cwd)
    const stdinName = options.stdinFilename === undefined ? undefined : (options.stdinFilename as string)
    // Standard input named with --stdin-filename takes its configuration as a file of that name would.
    const named = (target: string) => (target === '-' ? (stdinName ?? '-') : target)
    const resolver = await configsFor(io.cwd, configOption(options.config), single ? named(inputs[0]!) : null)
    if (single) {
      const target = inputs[0]!
      const config = resolver.forFile(resolve(io.cwd, named(target) === '-' ? 'stdin.md' : named(target)))
      return await runCompile(io, target, {
        format,
        maxBytes,
        vocabulary: config.vocabulary,
        ...(config.rules ? { rules: config.rules } : {}),
        configSource: config.source ?? null,
        ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings as number } : {}),
        color,
        ...(stdinName !== undefined ? { stdinName } : {}),
        quiet: Boolean(options.quiet),
        ...(options.output ? { output: options.output as string } : {}),
        ...(options.timeout ? { timeoutMs: options.timeout as number } : {}),
        ...(options.maxMemory ? { maxMemoryMb: options.maxMemory as number } : {}),
        ...(options.encoding ? { encoding: options.encoding as Encoding } : {}),
        ...(options.provenance === false ? { noProvenance: true } : {})
      })
    }
    return await runBatchCommand(io, inputs, options, resolver)
  } catch (error) {
    if ((error instanceof Error && error.name === 'ConfigError') || error instanceof UsageError) {
      writeError(io.stderr, error.message)
      return 2
    }
    throw error
  }
}

/**
 * Can records be written into the out dir? Creates it: the folders made (to remove
 * again if the run finds nothing to compile), or the reason it cannot be written.
 */
function prepareOutDir(outDir: string): { made: string[] } | { problem: string } {
  try {
    const made = makeDirectory(outDir)
    const probe = join(outDir, `.casefile-probe-${process.pid}`)
    writeFileSync(probe, '')
    unlinkSync(probe)
    return { made }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { problem: code === 'ENOTDIR' || code === 'EEXIST' ? 'it is a file, not a directory' : whyUnwritable(error) }
  }
}

async function runBatchCommand(
  io: Io,
  patterns: string[],
  options: Record<string, unknown>,
  resolver: Configs
): Promise<number> {
  const { runRequest } = await import('./batch.js')
  const { runCoordinator } = await import('./coordinator.js')
  const { parseShard } = await import('../batch/shard.js')
  let format = options.format as 'json' | 'yaml' | 'ndjson'
  const outDir = options.outDir ? resolve(io.cwd, options.outDir as string) : null
  if (!outDir && format === 'json') format = 'ndjson'
  if (patterns.includes('-'))
    throw new UsageError('- (standard input) takes no other inputs; use --files-from - to read a list of paths')

  const listed: string[] = []
  if (options.filesFrom) {
    const from = options.filesFrom as string
    const text =
      from === '-' ? Buffer.from(await readAll(io.stdin)).toString('utf8') : readTextOrNull(resolve(io.cwd, from))
    if (text === null) throw new UsageError(`cannot read --files-from \`${from}\``)
    for (const line of text.split(/\r?\n/)) if (line.trim()) listed.push(line.trim())
  }
  if (patterns.length === 0 && listed.length === 0)
    throw new UsageError('name the files, directories or globs to compile, or give --files-from')
  let shard: Shard | null = null
  try {
    if (options.shard) shard = parseShard(options.shard as string)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }

  let made: string[] = []
  if (outDir) {
    const prepared = prepareOutDir(outDir)
    if ('problem' in prepared) {
      io.stderr.write(`casefile: cannot write to --out-dir \`${options.outDir as string}\`: ${prepared.problem}\n`)
      return 2
    }
    made = prepared.made
  }
  const request: BatchRequest = {
    patterns,
    listed,
    ignorePatterns: (options.ignorePattern as string[] | undefined) ?? [],
    root: options.root === undefined ? null : (options.root as string),
    shard,
    followSymlinks: Boolean(options.followSymlinks),
    settings: {
      cwd: io.cwd,
      outDir,
      format,
      jobs: (options.jobs as number | undefined) ?? availableParallelism(),
      maxBytes: (options.maxBytes as number | undefined) ?? DEFAULT_MAX_BYTES,
      timeoutMs: (options.timeout as number | undefined) ?? DEFAULT_TIMEOUT_MS,
      maxMemoryMb: (options.maxMemory as number | undefined) ?? DEFAULT_MAX_MEMORY_MB,
      incremental: Boolean(options.incremental),
      prune: Boolean(options.prune),
      quiet: Boolean(options.quiet),
      ...(options.encoding ? { encoding: options.encoding as Encoding } : {}),
      ...(options.provenance === false ? { noProvenance: true } : {}),
      terminal: Boolean((io.stderr as { isTTY?: boolean }).isTTY)
    }
  }
  // Run as the command line (this process's own streams), the batch runs in a thread of its own
  // (src/cli/coordinator.ts) whose memory is capped; in-process callers (tests) run it here.
  const { summary, missing } =
    io.stdin === process.stdin
      ? await runCoordinator(request, configOption(options.config))
      : await runRequest(request, {
          configFor: (absolute) => resolver.forFile(absolute),
          stdout: io.stdout,
          stderr: io.stderr
        })
  if (summary === null) {
    // Nothing to compile: the out dir is left as it was.
    removeMadeDirectories(made)
    return 2
  }
  if (summary.manifestError) {
    io.stderr.write(`casefile: ${summary.manifestError}\n`)
    return 2
  }
  if (summary.interrupted) return 130
  if (missing > 0) return 2
  if (summary.failed > 0) return 1
  return exitForFindings(
    io.stderr,
    { errors: summary.error + summary.keptErrors, warnings: summary.warningsFound },
    options.maxWarnings as number | undefined
  )
}

interface SingleOptions {
  format: 'json' | 'yaml' | 'ndjson'
  output?: string
  /** `--stdin-filename`: the path of standard input in the record (`source.path`) and in messages. */
  stdinName?: string
  quiet?: boolean
  maxBytes?: number
  timeoutMs?: number
  maxMemoryMb?: number
  color: boolean
  vocabulary?: VocabularyOptions
  /** The rules' severities and options from the configuration (default: every rule's own). */
  rules?: RuleSettings
  /** Exit 1 when there are more warnings than this (`--max-warnings`), as `check` does. */
  maxWarnings?: number
  /** The configuration file the vocabulary came from, to name when a guard stops its patterns. */
  configSource?: string | null
  encoding?: Encoding
  noProvenance?: boolean
}

function emit(io: Io, out: string, output: string | undefined): void {
  if (output) writeOutputFile(io.cwd, output, '-o', out)
  else io.stdout.write(out)
}

/**
 * A single input over a few kilobytes, that looks pathological, or read with the
 * user's own patterns (any input, with --timeout): compiled in a worker under the
 * guards, and reported exactly as one compiled here would be.
 */
async function runGuarded(
  io: Io,
  input: ReadResult,
  options: SingleOptions,
  make: 'record' | 'tree' = 'record'
): Promise<number> {
  const { compileGuarded, GuardError } = await import('../batch/guarded.js')
  const { fromPlainMessages } = await import('../check/run.js')
  let result
  try {
    result = await compileGuarded(
      {
        inputs: [
          {
            bytes: input.bytes,
            path: input.path,
            vocabulary: options.vocabulary ?? {},
            ...(options.rules ? { rules: options.rules } : {})
          }
        ],
        format: options.format,
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
        make,
        plain: true,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.noProvenance ? { noProvenance: true } : {})
      },
      { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB }
    )
  } catch (error) {
    if (!(error instanceof GuardError)) throw error
    io.stderr.write(
      `${printable(input.path)}: failed: ${error.message}${blame(options.vocabulary, options.configSource)}\n`
    )
    return 1
  }
  const file = fromPlainMessages(input.path, result.plain ?? [])
  if (result.failure !== null || result.output === null) {
    io.stderr.write(reportFiles([file], { color: options.color }))
    return 2
  }
  emit(io, result.output, options.output)
  if (make === 'tree') return 0
  io.stderr.write(reportFiles([file], { color: options.color, quiet: options.quiet ?? false }))
  return exitForFindings(io.stderr, countFindings(file), options.maxWarnings)
}

/**
 * Read one input and run `work` on it; an input that cannot be read or decoded
 * is reported with its path (and place) and gives exit 2.
 */
async function withInput(
  io: Io,
  file: string,
  maxBytes: number,
  color: boolean,
  work: (input: ReadResult) => Promise<number>,
  stdinName?: string
): Promise<number> {
  try {
    const input = await readInput(io, file, maxBytes, stdinName)
    if (typeof input === 'string') {
      io.stderr.write(input)
      return 2
    }
    return await work(input)
  } catch (error) {
    if (error instanceof CasefileError) {
      io.stderr.write(
        reportFiles([failureFile(file === '-' ? (stdinName ?? '-') : file, error)], {
          color,
          width: widthOf(io.stderr)
        })
      )
      return 2
    }
    throw error
  }
}

export function runCompile(io: Io, file: string, options: SingleOptions): Promise<number> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES
  return withInput(
    io,
    file,
    limit,
    options.color,
    async (input) => {
      if (options.timeoutMs !== undefined || needsGuard(input.bytes, options.vocabulary))
        return runGuarded(io, input, options)
      const result = compile(input.bytes, {
        path: input.path,
        maxBytes: limit,
        ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
        ...(options.rules ? { rules: options.rules } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.noProvenance ? { provenance: false } : {})
      })
      const out =
        options.format === 'ndjson' ? `${JSON.stringify(result.record)}\n` : emitters[options.format](result.record)
      emit(io, out, options.output)
      io.stderr.write(
        reportFiles([result.file], { color: options.color, quiet: options.quiet ?? false, width: widthOf(io.stderr) })
      )
      return exitForFindings(io.stderr, countFindings(result.file), options.maxWarnings)
    },
    options.stdinName
  )
}

export interface AstOptions {
  color: boolean
  maxBytes?: number
  timeoutMs?: number
  maxMemoryMb?: number
}

export function runAst(io: Io, file: string, options: AstOptions): Promise<number> {
  return withInput(io, file, options.maxBytes ?? DEFAULT_MAX_BYTES, options.color, async (input) => {
    if (options.timeoutMs !== undefined || needsGuard(input.bytes, undefined))
      return runGuarded(io, input, { format: 'json', ...options }, 'tree')
    // The tree is all `ast` prints: no rule needs to run.
    const result = compile(input.bytes, { path: input.path, rules: {} })
    io.stdout.write(`${JSON.stringify(result.tree, null, 2)}\n`)
    return 0
  })
}
