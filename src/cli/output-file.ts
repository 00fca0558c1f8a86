/**
 * `-o FILE` of `compile` and `-o/--output-file FILE` of `check`: the folder is
 * created as --out-dir's is, the file written atomically, and a file that cannot
 * be written is the user's to fix (exit 2), never an internal error.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { UsageError } from '../errors.js'
import { writeAtomicSync } from '../write.js'

/** Why a file could not be written, in plain words. */
export function whyUnwritable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EISDIR') return 'it is a directory, expected a file name'
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of its folder is a file, not a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOSPC') return 'no space left on the device'
  if (code === 'EROFS') return 'the file system is read-only'
  if (code === 'ENOENT') return 'its folder cannot be created there'
  return String(code ?? error)
}

/**
 * `mkdir -p`, one level at a time from the nearest folder that exists: Node's own
 * recursive mkdir never returns where a parent exists but refuses new entries
 * with ENOENT (`/proc/x`).
 */
export function makeDirectory(path: string): void {
  const missing: string[] = []
  for (let dir = path; !existsSync(dir); dir = dirname(dir)) {
    missing.push(dir)
    if (dirname(dir) === dir) break
  }
  for (const dir of missing.reverse()) mkdirSync(dir)
}

export function writeOutputFile(cwd: string, file: string, flag: string, text: string): void {
  const path = resolve(cwd, file)
  try {
    makeDirectory(dirname(path))
    writeAtomicSync(path, text)
  } catch (error) {
    throw new UsageError(`cannot write ${flag} \`${file}\`: ${whyUnwritable(error)}`)
  }
}
