/**
 * `casefile check`: run the rules over files, directories, globs or stdin and
 * report in the chosen format. Exit 0 clean (warnings within the limit), 1
 * errors or too many warnings, 2 usage, configuration or I/O failure.
 */
import { VFile } from 'vfile'
import { resolve } from 'node:path'
import { checkFile, fatalFile, fromPlainMessages } from '../check/run.js'
import { GuardedWorker, GuardError } from '../batch/guarded.js'
import { blame, needsGuard } from '../batch/guard.js'
import { printable } from '../check/reporters/text.js'
import { CasefileError, whyUnreadable } from '../errors.js'
import { readFileBounded, readStreamBounded } from '../read/file.js'
import { exitForFindings, failureFile } from './report.js'
import { messages } from '../messages.js'
import { ConfigError, ConfigResolver, defaultConfig, loadConfigFile, type Config } from '../check/config.js'
import { describeOtherTypes, expandInputs, ignoredWarning } from '../inputs.js'
import { reporters, type ReporterName } from '../check/reporters/index.js'
import { counts, levelOf, type CheckResult } from '../check/reporters/types.js'
import { version } from '../version.js'
import type { Encoding } from '../read/decode.js'
import { writeError, type Io } from './io.js'
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './limits.js'
import { writeOutputFile } from './output-file.js'

export interface CheckOptions {
  stdinFilename?: string
  encoding?: Encoding
  config?: string | false
  printConfig?: string
  ignorePattern?: string[]
  format: ReporterName
  outputFile?: string
  quiet?: boolean
  maxWarnings?: number
  color: boolean
  /** Largest input accepted, in bytes. */
  maxBytes?: number
  /** The time and memory one input may take in the guarded worker. */
  timeoutMs?: number
  maxMemoryMb?: number
  /** Follow symbolic links that lead outside an input directory. */
  followSymlinks?: boolean
  /** The terminal's width when the report goes to one. */
  width?: number
}

export async function runCheck(io: Io, patterns: string[], options: CheckOptions): Promise<number> {
  let resolver: ConfigResolver
  try {
    const fixed: Config | null =
      options.config === false
        ? defaultConfig()
        : options.config
          ? (loadConfigFile(resolve(io.cwd, options.config)) ?? defaultConfig())
          : null
    resolver = new ConfigResolver(fixed)
    if (options.printConfig !== undefined) {
      const config = resolver.forFile(resolve(io.cwd, options.printConfig))
      io.stdout.write(`${JSON.stringify(config, null, 2)}\n`)
      return 0
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      writeError(io.stderr, error.message)
      return 2
    }
    throw error
  }

  if (patterns.length === 0) {
    io.stderr.write('casefile: name the files, directories or globs to check (or - for standard input)\n')
    return 2
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const inputs = await expandInputs(patterns, io.cwd, options.ignorePattern ?? [], {
    followSymlinks: options.followSymlinks === true
  })
  for (const l of inputs.leftOut) io.stderr.write(`casefile: left out ${printable(l.path)}: ${printable(l.reason)}\n`)
  const results: CheckResult[] = inputs.missing.map((m) => ({
    path: m.path,
    file: null,
    ioError: `cannot read: ${m.reason}`
  }))
  let failed = inputs.missing.length > 0
  for (const { path, by } of inputs.ignored) {
    const file = new VFile({ path })
    file.message(ignoredWarning(by, 'checked'), { source: 'casefile' }).fatal = false
    results.push({ path, file, ioError: null })
  }

  const limits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB
  }
  const guarded = new GuardedWorker(limits)
  /**
   * Check one input: here when it is small and plain, else in the guarded worker
   * (over a few kilobytes, pathological in shape, read with the configuration's
   * own patterns, or any input with --timeout), where a guard that stops it is a
   * fatal message naming the guard and, when it may be at fault, the configuration.
   */
  const check = async (bytes: Uint8Array, path: string, config: Config): Promise<VFile> => {
    if (options.timeoutMs === undefined && !needsGuard(bytes, config.vocabulary))
      return checkFile(bytes, path, config, options.encoding)
    try {
      const result = await guarded.run({
        inputs: [{ bytes, path, vocabulary: config.vocabulary }],
        format: 'json',
        maxBytes,
        make: 'check',
        rules: config.rules,
        ...(options.encoding ? { encoding: options.encoding } : {})
      })
      return fromPlainMessages(path, result.plain ?? [])
    } catch (error) {
      if (!(error instanceof GuardError)) throw error
      return fatalFile(path, messages.stopped(`${error.message}${blame(config.vocabulary, config.source)}`), 'guard')
    }
  }

  try {
    if (inputs.stdin) {
      const path = options.stdinFilename ?? '-'
      const config = resolver.forFile(resolve(io.cwd, path === '-' ? 'stdin.md' : path))
      let bytes: Uint8Array | null = null
      try {
        bytes = await readStreamBounded(io.stdin, maxBytes)
      } catch (error) {
        if (!(error instanceof CasefileError)) throw error
        results.push({ path, file: failureFile(path, error), ioError: null })
      }
      if (bytes) results.push({ path, file: await check(bytes, path, config), ioError: null })
    }
    for (const path of inputs.files) {
      let bytes: Uint8Array
      try {
        bytes = readFileBounded(resolve(io.cwd, path), maxBytes)
      } catch (error) {
        if (error instanceof CasefileError) results.push({ path, file: failureFile(path, error), ioError: null })
        else {
          results.push({ path, file: null, ioError: `cannot read: ${whyUnreadable(error)}` })
          failed = true
        }
        continue
      }
      results.push({ path, file: await check(bytes, path, resolver.forFile(resolve(io.cwd, path))), ioError: null })
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      writeError(io.stderr, error.message)
      return 2
    }
    throw error
  } finally {
    await guarded.destroy()
  }

  const before = counts(results)
  if (options.quiet)
    for (const r of results) if (r.file) r.file.messages = r.file.messages.filter((m) => levelOf(m) === 'error')
  const after = counts(results)
  const report = reporters[options.format](results, {
    color: options.color && !options.outputFile,
    version,
    ...(options.width !== undefined && !options.outputFile ? { width: options.width } : {})
  })
  const otherTypes = describeOtherTypes(inputs.otherTypes)
  if (otherTypes && !options.quiet) io.stderr.write(`casefile: ${otherTypes}\n`)
  if (options.outputFile) writeOutputFile(io.cwd, options.outputFile, '-o', report)
  else io.stdout.write(report)

  if (failed) return 2
  const warnings = options.quiet ? after.warning : before.warning
  return exitForFindings(io.stderr, { errors: before.error, warnings }, options.maxWarnings)
}
