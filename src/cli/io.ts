/**
 * The CLI's world, passed in so tests can run `main` in-process: arguments,
 * streams, working directory and environment.
 */
import { randomBytes } from 'node:crypto'
import { rename, unlink, writeFile } from 'node:fs/promises'
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
 * a rename. Asynchronous, so that a batch's main thread, which hands inputs to
 * the workers, is never held up by a slow file system.
 */
export async function writeAtomic(path: string, data: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, data, { flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => {
      // nothing was written
    })
    throw error
  }
}
