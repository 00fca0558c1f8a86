/**
 * Write a file whole or not at all: a temporary file in the same directory, then
 * a rename, so that a run killed at any moment leaves whole files or none (and
 * perhaps a hidden `.name.<pid>.<random>.tmp`, which the next batch removes).
 * Synchronous: the files are small, and in a batch the workers write their own
 * records, so no thread that hands out work ever waits on the disk.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text)
  for (let done = 0; done < bytes.length; ) {
    const n = writeSync(fd, bytes, done)
    if (n === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    done += n
  }
}

/** Write `data` to a new file: a string at once, or pieces as they come (a long manifest is never one string). */
function writeNew(path: string, data: string | Iterable<string>): void {
  if (typeof data === 'string') return writeFileSync(path, data, { flag: 'wx' })
  const fd = openSync(path, 'wx')
  try {
    let pending = ''
    for (const piece of data) {
      pending += piece
      if (pending.length >= 65536) {
        writeAll(fd, pending)
        pending = ''
      }
    }
    if (pending) writeAll(fd, pending)
  } finally {
    closeSync(fd)
  }
}

export function writeAtomicSync(path: string, data: string | Iterable<string>): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeNew(temporary, data)
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
