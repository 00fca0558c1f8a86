/**
 * `casefile review FILE [-o FILE.html]`: one memo's review page, self-contained
 * HTML. Exit 0 when the page was written, 2 when the memo cannot be read or a
 * guard stopped it.
 */
import { resolve } from 'node:path'
import { readFileBounded } from '../read/file.js'
import { CasefileError, UsageError, whyUnreadable } from '../errors.js'
import type { Encoding } from '../read/decode.js'
import type { Config } from '../check/config.js'
import { GuardedWorker, GuardError } from '../batch/guarded.js'
import { blame, needsGuard } from '../batch/guard.js'
import { messages } from '../messages.js'
import { reviewHtml } from '../review/review.js'
import type { Lang } from '../review/labels.js'
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS } from './limits.js'
import { configFor, langOf, writeOut } from './pages.js'
import type { Io } from './io.js'

export interface ReviewCommandOptions {
  output?: string
  lang?: string
  /** A file, `false` for `--no-config`; `true` or none: the nearest configuration file. */
  config?: string | boolean
  encoding?: Encoding
  maxBytes?: number
  timeout?: number
  maxMemory?: number
}

/** The bytes of a memo, or a usage error that names the file and says why it cannot be read. */
export function readMemo(io: Io, file: string, maxBytes: number): Buffer {
  try {
    return readFileBounded(resolve(io.cwd, file), maxBytes)
  } catch (error) {
    if (error instanceof CasefileError) throw new UsageError(`cannot review \`${file}\`: ${error.message}`)
    throw new UsageError(`cannot read \`${file}\`: ${whyUnreadable(error)}`)
  }
}

export interface Reviewer {
  /** The page of one memo; a usage error when it cannot be read or a guard stopped it. */
  page(bytes: Uint8Array, path: string, config: Config): Promise<string>
  close(): Promise<void>
}

/**
 * Review pages under the guards of `check`: an input that needs them (over a few
 * kilobytes, pathological in shape, a configuration's own patterns, or any
 * input with --timeout) is first checked in the guarded worker, within the time
 * and memory limits, and the page is made only when that run finished.
 */
export function reviewer(options: {
  lang: Lang
  maxBytes: number
  encoding?: Encoding
  timeoutMs?: number
  maxMemoryMb?: number
}): Reviewer {
  const guarded = new GuardedWorker({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB
  })
  const encoding = options.encoding ? { encoding: options.encoding } : {}
  return {
    async page(bytes, path, config) {
      if (options.timeoutMs !== undefined || needsGuard(bytes, config.vocabulary)) {
        try {
          await guarded.run({
            inputs: [{ bytes, path, vocabulary: config.vocabulary }],
            format: 'json',
            maxBytes: options.maxBytes,
            make: 'check',
            rules: config.rules,
            ...encoding
          })
        } catch (error) {
          if (!(error instanceof GuardError)) throw error
          throw new UsageError(
            `cannot review \`${path}\`: ` +
              messages.stopped(`${error.message}${blame(config.vocabulary, config.source)}`)
          )
        }
      }
      try {
        return reviewHtml(bytes, { path, config, lang: options.lang, maxBytes: options.maxBytes, ...encoding })
      } catch (error) {
        if (error instanceof CasefileError) throw new UsageError(`cannot review \`${path}\`: ${error.message}`)
        throw error
      }
    },
    close: () => guarded.destroy()
  }
}

export async function runReview(io: Io, file: string, options: ReviewCommandOptions): Promise<number> {
  const lang = langOf(options.lang)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const bytes = readMemo(io, file, maxBytes)
  const config = configFor(io, file, options.config)
  const review = reviewer({
    lang,
    maxBytes,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.timeout !== undefined ? { timeoutMs: options.timeout } : {}),
    ...(options.maxMemory !== undefined ? { maxMemoryMb: options.maxMemory } : {})
  })
  try {
    writeOut(io, await review.page(bytes, file.replace(/\\/g, '/'), config), options.output)
  } finally {
    await review.close()
  }
  if (options.output !== undefined) io.stderr.write(`casefile: wrote ${options.output}\n`)
  return 0
}
