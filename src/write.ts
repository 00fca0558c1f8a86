/**
 * Write a file whole or not at all: a temporary file in the same directory, then
 * a rename, so that a run killed at any moment leaves whole files or none (and
 * perhaps a hidden `.name.<pid>.<random>.tmp`, which the next batch removes).
 * Synchronous: the files are small, and in a batch the workers write their own
 * records, so no thread that hands out work ever waits on the disk.
 */
import { randomBytes } from 'node:crypto'
import { renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export function writeAtomicSync(path: string, data: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, data, { flag: 'wx' })
    renameSync(temporary, path)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // nothing was written
    }
    throw error
  }
}
