/**
 * Diagnostics of `compile` and `ast` on stderr, in the same stylish format as
 * `casefile check` (one code path, and no width tables to load at start-up).
 */
import { VFile } from 'vfile'
import type { CasefileError } from '../errors.js'
import { stylish } from '../check/reporters/stylish.js'
import { levelOf } from '../check/reporters/types.js'
import { version } from '../version.js'

export function reportFiles(
  files: VFile[],
  options: { color: boolean; quiet?: boolean; width?: number | undefined }
): string {
  const shown = files.map((file) => {
    if (!options.quiet) return file
    const copy = new VFile({ path: file.path })
    copy.messages = file.messages.filter((m) => levelOf(m) === 'error')
    return copy
  })
  return stylish(
    shown.map((file) => ({ path: file.path, file, ioError: null })),
    { color: options.color, version, ...(options.width !== undefined ? { width: options.width } : {}) }
  )
}

/**
 * The exit code findings give, the same for `compile` and `check`: 1 when a rule found an error,
 * or more warnings than `--max-warnings` (said on stderr); else 0.
 */
export function exitForFindings(
  stderr: NodeJS.WritableStream,
  found: { errors: number; warnings: number },
  maxWarnings: number | undefined
): 0 | 1 {
  if (found.errors > 0) return 1
  if (maxWarnings !== undefined && found.warnings > maxWarnings) {
    stderr.write(`casefile: ${found.warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}

/** Errors and warnings among a file's messages. */
export function countFindings(file: VFile): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const m of file.messages) {
    if (m.fatal === true) errors++
    else if (m.fatal === false) warnings++
  }
  return { errors, warnings }
}

/** A fatal read error as a reported file: the path, the place and the reason. */
export function failureFile(path: string, error: CasefileError): VFile {
  const file = new VFile({ path })
  const message = file.message(error.message, { place: error.place, ruleId: error.ruleId, source: 'casefile' })
  message.fatal = true
  return file
}
