/**
 * Write a file whole or not at all: a temporary file in the same directory, then
 * a rename, so that a run killed at any moment leaves whole files or none (and
 * perhaps a hidden `.name.<pid>.<random>.tmp`, which the next batch removes).
 * Synchronous: the files are small, and in a batch the workers write their own
 * records, so no thread that hands out work ever waits on the disk.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text)
  for (let done = 0; done < bytes.length;) {
    const n = writeSync(fd, bytes, done)
    if (n === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    done += n
  }
}

/** Write `data` to a new file: a string at once, or pieces as they come (a long manifest is never one string). */
function writeNew(path: string, data: string | Iterable<string>): void {
  if (typeof data === 'string') {
    writeFileSync(path, data, { flag: 'wx' })
    return
  }
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

/**
 * A name for the temporary file: the process id and 32 random bits. They need
 * not be unpredictable: the file is created exclusively (`wx`, which also refuses
 * a symbolic link in its place), and a name already taken (a temporary left by a
 * killed run whose process id came round again) is simply drawn again.
 */
function temporaryName(path: string): string {
  const random = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, '0')
  return join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`)
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // already gone
  }
}

export function writeAtomicSync(path: string, data: string | Iterable<string>): void {
  for (let attempt = 1; ; attempt++) {
    const temporary = temporaryName(path)
    try {
      writeNew(temporary, data)
    } catch (error) {
      // Taken: somebody else's file, not to be touched.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        if (attempt < 8) continue
        throw error
      }
      removeQuietly(temporary)
      throw error
    }
    try {
      renameSync(temporary, path)
    } catch (error) {
      removeQuietly(temporary)
      throw error
    }
    return
  }
}
