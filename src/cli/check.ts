/**
 * `casefile check`: run the rules over files, directories, globs or stdin and
 * report in the chosen format. Exit 0 clean (warnings within the limit), 1
 * errors or too many warnings, 2 usage, configuration or I/O failure.
 */
import { readFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { resolve } from 'node:path'
import { checkFile } from '../check/run.js'
import { whyUnreadable } from '../errors.js'
import { ConfigError, ConfigResolver, defaultConfig, loadConfigFile, type Config } from '../check/config.js'
import { describeLeftOut, expandInputs, ignoredWarning } from '../inputs.js'
import { reporters, type ReporterName } from '../check/reporters/index.js'
import { counts, levelOf, type CheckResult } from '../check/reporters/types.js'
import { version } from '../version.js'
import type { Encoding } from '../read/decode.js'
import { readAll, writeError, type Io } from './io.js'
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
  /** The terminal's width when the report goes to one. */
  width?: number
}

export async function runCheck(io: Io, patterns: string[], options: CheckOptions): Promise<number> {
  let resolver: ConfigResolver
  try {
    const fixed: Config | null =
      options.config === false ? defaultConfig() : options.config ? loadConfigFile(resolve(io.cwd, options.config)) ?? defaultConfig() : null
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
  const inputs = await expandInputs(patterns, io.cwd, options.ignorePattern ?? [])
  const results: CheckResult[] = inputs.missing.map((m) => ({ path: m.path, file: null, ioError: `cannot read: ${m.reason}` }))
  let failed = inputs.missing.length > 0
  for (const { path, by } of inputs.ignored) {
    const file = new VFile({ path })
    file.message(ignoredWarning(by, 'checked'), { source: 'casefile' }).fatal = false
    results.push({ path, file, ioError: null })
  }

  try {
    if (inputs.stdin) {
      const path = options.stdinFilename ?? '-'
      const bytes = await readAll(io.stdin)
      results.push({ path, file: checkFile(bytes, path, resolver.forFile(resolve(io.cwd, path === '-' ? 'stdin.md' : path)), options.encoding), ioError: null })
    }
    for (const path of inputs.files) {
      let bytes: Uint8Array
      try {
        bytes = await readFile(resolve(io.cwd, path))
      } catch (error) {
        results.push({ path, file: null, ioError: `cannot read: ${whyUnreadable(error)}` })
        failed = true
        continue
      }
      results.push({ path, file: checkFile(bytes, path, resolver.forFile(resolve(io.cwd, path)), options.encoding), ioError: null })
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      writeError(io.stderr, error.message)
      return 2
    }
    throw error
  }

  const before = counts(results)
  if (options.quiet) for (const r of results) if (r.file) r.file.messages = r.file.messages.filter((m) => levelOf(m) === 'error')
  const after = counts(results)
  const report = reporters[options.format](results, {
    color: options.color && !options.outputFile,
    version,
    ...(options.width !== undefined && !options.outputFile ? { width: options.width } : {})
  })
  const leftOut = describeLeftOut(inputs.leftOut)
  if (leftOut && !options.quiet) io.stderr.write(`casefile: ${leftOut}\n`)
  if (options.outputFile) writeOutputFile(io.cwd, options.outputFile, '-o', report)
  else io.stdout.write(report)

  if (failed) return 2
  const warnings = options.quiet ? after.warning : before.warning
  if (before.error > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`casefile: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}
