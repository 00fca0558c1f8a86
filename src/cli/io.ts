/**
 * The CLI's world, passed in so tests can run `main` in-process: arguments,
 * streams, working directory and environment.
 */
import { randomBytes } from 'node:crypto'
import { renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, basename, join } from 'node:path'

export interface Io {
  argv: string[]
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  cwd: string
  env: Record<string, string | undefined>
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/**
 * Write a file whole or not at all: a temporary file in the same directory, then
 * a rename. Synchronous: the files are small, and the batch's main thread writes
 * faster without the thread pool.
 */
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
