/**
 * Diagnostics on stderr, through vfile-reporter: `path:line:column  severity  reason  ruleId  source`.
 */
import { reporter } from 'vfile-reporter'
import { VFile } from 'vfile'
import type { CasefileError } from '../errors.js'

export function reportFiles(files: VFile[], options: { color: boolean; quiet?: boolean }): string {
  const out = reporter(files, { color: options.color, quiet: options.quiet ?? false, silent: false })
  return out ? `${out}\n` : ''
}

/** A fatal read error as a reported file: the path, the place and the reason. */
export function failureFile(path: string, error: CasefileError): VFile {
  const file = new VFile({ path })
  const message = file.message(error.message, { place: error.place, ruleId: error.ruleId, source: 'casefile' })
  message.fatal = true
  return file
}
