/**
 * The CLI's world, passed in so tests can run `main` in-process: arguments,
 * streams, working directory and environment.
 */

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
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** The width of the terminal a stream writes to; undefined for a file or a pipe. */
export function widthOf(stream: NodeJS.WritableStream): number | undefined {
  const tty = stream as { isTTY?: boolean; columns?: number }
  return tty.isTTY && tty.columns ? tty.columns : undefined
}

/** An expected failure on stderr: `casefile: ` before each of its lines (a configuration may have several problems). */
export function writeError(stream: NodeJS.WritableStream, message: string): void {
  stream.write(
    message
      .split('\n')
      .map((line) => `casefile: ${line}\n`)
      .join('')
  )
}
