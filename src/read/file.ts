/**
 * Path → bytes, bounded. A path can name anything: a FIFO that never ends, a
 * device (`/dev/zero`, `/dev/urandom`) whose size says 0 and whose content is
 * endless, a socket. So a file is opened without waiting for a writer
 * (`O_NONBLOCK`: a FIFO does not hold the open), checked to be a regular file
 * on the open descriptor (no race with a rename in between), and read in chunks
 * of at most `maxBytes` + 1 bytes whatever its size claims: the limit holds
 * for every kind of file. Standard input is read the same way, bounded.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { CasefileError } from '../errors.js'
import { messages } from '../messages.js'

/** Bytes read at a time. */
const CHUNK = 64 * 1024
/** Absent on Windows, whatever `@types/node` says. */
const O_NONBLOCK: number = (constants as Partial<typeof constants>).O_NONBLOCK ?? 0

/** What a file that is not a regular file is, in words (`a FIFO (named pipe)`, `a character device`). */
export function kindOfFile(stats: Stats): string | null {
  if (stats.isFile()) return null
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

/** A path that is not a regular file: refused before a byte is read. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError'
  readonly code = 'ENOTREG'
  constructor(kind: string) {
    super(`it is ${kind}, expected a regular file`)
  }
}

/**
 * The bytes of a regular file, at most `maxBytes` of them: a larger file is a
 * `too-large` CasefileError (from its size, or from reading one byte more than
 * the limit when the file grew or lied). Throws `NotRegularFileError` for
 * anything but a regular file, and the system's error (ENOENT, EACCES) otherwise.
 */
export function readFileBounded(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | O_NONBLOCK)
  try {
    const stats = fstatSync(fd)
    const kind = kindOfFile(stats)
    if (kind !== null) throw new NotRegularFileError(kind)
    if (stats.size > maxBytes) throw new CasefileError(messages.tooLarge(stats.size, maxBytes), 'too-large')
    return readBounded(fd, maxBytes)
  } finally {
    closeSync(fd)
  }
}

function readBounded(fd: number, maxBytes: number): Buffer {
  const limit = maxBytes + 1
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit - total))
    const n = readSync(fd, chunk, 0, chunk.length, null)
    if (n === 0) break
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n))
    total += n
  }
  if (total > maxBytes) throw new CasefileError(messages.tooLargeRead(maxBytes), 'too-large')
  return Buffer.concat(chunks, total)
}

/** A stream (standard input) read to its end or to one byte past `maxBytes`, then left. */
export async function readStreamBounded(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece
    chunks.push(chunk)
    total += chunk.length
    if (total > maxBytes) throw new CasefileError(messages.tooLargeRead(maxBytes), 'too-large')
  }
  return Buffer.concat(chunks, total)
}
