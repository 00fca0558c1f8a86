/** Running the command line in tests: in-process through `main`, or through the built binary. */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { main } from '../src/cli/main.js'
import { root, seedPath } from './helpers.js'

/**
 * The command line in-process, from the sources: no process to start. A batch runs here too (without the
 * coordinator thread the binary starts), its worker threads from dist/ (src/batch/guarded.ts).
 */
export async function cli(args: string[], cwd: string, stdin: string | Buffer = '', env: Record<string, string> = {}) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => (out += String(d)))
  stderr.on('data', (d) => (err += String(d)))
  const code = await main({
    argv: args,
    stdin: Readable.from(stdin.length > 0 ? [Buffer.from(stdin)] : []),
    stdout,
    stderr,
    cwd,
    env: { NO_COLOR: '1', ...env }
  })
  return { code, stdout: out, stderr: err }
}

/** Through the built binary: for what needs a process of its own (signals, the shell that sets the exit code). */
export function binary(args: string[], cwd: string, stdin = '') {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'casefile.cjs'), ...args], {
    cwd,
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A folder with a memo, a folder of memos, a plain file and a bad configuration. */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-usage-'))
  cpSync(seedPath, join(dir, 'memo.md'))
  mkdirSync(join(dir, 'memos'))
  cpSync(seedPath, join(dir, 'memos', 'a.md'))
  writeFileSync(join(dir, 'a-file'), 'not a folder\n')
  writeFileSync(join(dir, 'bad.yml'), 'rules:\n  empty-field: fatal\n')
  return dir
}
