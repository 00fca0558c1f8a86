/**
 * `casefile compile` and `casefile ast` for one input.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { compile } from '../compile.js'
import { CasefileError } from '../errors.js'
import { emitters } from '../emit/index.js'
import { readAll, writeAtomic, type Io } from './io.js'
import { failureFile, reportFiles } from './report.js'

interface ReadResult {
  bytes: Uint8Array
  path: string
}

async function readInput(io: Io, file: string): Promise<ReadResult | string> {
  if (file === '-') return { bytes: await readAll(io.stdin), path: '-' }
  try {
    return { bytes: await readFile(resolve(io.cwd, file)), path: file }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, expected a Markdown file' : code === 'EACCES' ? 'permission denied' : String(code ?? error)
    return `casefile: cannot read \`${file}\`: ${why}\n`
  }
}

export async function runCompile(
  io: Io,
  file: string,
  options: { format: 'json' | 'yaml'; output?: string; quiet?: boolean; maxBytes?: number; color: boolean }
): Promise<number> {
  const input = await readInput(io, file)
  if (typeof input === 'string') {
    io.stderr.write(input)
    return 2
  }
  try {
    const result = compile(input.bytes, { path: input.path, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) })
    const out = emitters[options.format](result.record)
    if (options.output) await writeAtomic(resolve(io.cwd, options.output), out)
    else io.stdout.write(out)
    io.stderr.write(reportFiles([result.file], { color: options.color, quiet: options.quiet ?? false }))
    return 0
  } catch (error) {
    if (error instanceof CasefileError) {
      io.stderr.write(reportFiles([failureFile(input.path, error)], { color: options.color }))
      return 2
    }
    throw error
  }
}

export async function runAst(io: Io, file: string, options: { color: boolean }): Promise<number> {
  const input = await readInput(io, file)
  if (typeof input === 'string') {
    io.stderr.write(input)
    return 2
  }
  try {
    const result = compile(input.bytes, { path: input.path })
    io.stdout.write(`${JSON.stringify(result.tree, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof CasefileError) {
      io.stderr.write(reportFiles([failureFile(input.path, error)], { color: options.color }))
      return 2
    }
    throw error
  }
}
