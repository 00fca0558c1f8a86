/**
 * `-o FILE` of `compile` and `-o/--output-file FILE` of `check`: the folder is
 * created as --out-dir's is, the file written atomically, and a file that cannot
 * be written is the user's to fix (exit 2), never an internal error.
 */
import { existsSync, mkdirSync, rmdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { UsageError, whyUnwritable } from '../errors.js'

export { whyUnwritable }
import { writeAtomicSync } from '../write.js'

/**
 * `mkdir -p`, one level at a time from the nearest folder that exists: Node's own
 * recursive mkdir never returns where a parent exists but refuses new entries
 * with ENOENT (`/proc/x`). Returns the folders it made, outermost first.
 */
export function makeDirectory(path: string): string[] {
  const missing: string[] = []
  for (let dir = path; !existsSync(dir); dir = dirname(dir)) {
    missing.push(dir)
    if (dirname(dir) === dir) break
  }
  missing.reverse()
  for (const dir of missing) mkdirSync(dir)
  return missing
}

/** Undo makeDirectory: remove the folders it made, deepest first, where they are still empty. */
export function removeMadeDirectories(made: string[]): void {
  for (const dir of [...made].reverse()) {
    try {
      rmdirSync(dir)
    } catch {
      return // no longer empty, or gone: leave it
    }
  }
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
