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

/** A fatal read error as a reported file: the path, the place and the reason. */
export function failureFile(path: string, error: CasefileError): VFile {
  const file = new VFile({ path })
  const message = file.message(error.message, { place: error.place, ruleId: error.ruleId, source: 'casefile' })
  message.fatal = true
  return file
}
