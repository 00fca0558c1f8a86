/**
 * `casefile review FILE [-o FILE.html]`: one memo's review page, self-contained
 * HTML. Exit 0 when the page was written, 2 when the memo cannot be read.
 */
import { resolve } from 'node:path'
import { readFileBounded } from '../read/file.js'
import { CasefileError, UsageError, whyUnreadable } from '../errors.js'
import type { Encoding } from '../read/decode.js'
import { reviewHtml } from '../review/review.js'
import { DEFAULT_MAX_BYTES } from './limits.js'
import { configFor, langOf, writeOut } from './pages.js'
import type { Io } from './io.js'

export interface ReviewCommandOptions {
  output?: string
  lang?: string
  /** A file, `false` for `--no-config`; `true` or none: the nearest configuration file. */
  config?: string | boolean
  encoding?: Encoding
  maxBytes?: number
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

export function runReview(io: Io, file: string, options: ReviewCommandOptions): number {
  const lang = langOf(options.lang)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const bytes = readMemo(io, file, maxBytes)
  const config = configFor(io, file, options.config)
  let html: string
  try {
    html = reviewHtml(bytes, { path: file.replace(/\\/g, '/'), config, lang, maxBytes, ...(options.encoding ? { encoding: options.encoding } : {}) })
  } catch (error) {
    if (error instanceof CasefileError) throw new UsageError(`cannot review \`${file}\`: ${error.message}`)
    throw error
  }
  writeOut(io, html, options.output)
  if (options.output !== undefined) io.stderr.write(`casefile: wrote ${options.output}\n`)
  return 0
}
