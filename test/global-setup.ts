/**
 * Vitest global setup: the tests that start the command line, and a few that
 * load dist/ in-process for its worker threads, run the built code (dist/).
 * So that every way of running the tests — `npm test`, `npx vitest run`,
 * `npx vitest run test/x.test.ts` — tests the code in front of you, dist/ is
 * rebuilt here when any of its inputs is newer than its oldest output.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** What the build reads. */
const INPUTS = ['src', 'scripts/bundle.mjs', 'tsconfig.json', 'package-lock.json']
/** What the build writes that the tests use: the library, the bundle, the workers. */
const OUTPUTS = [
  'dist/index.js',
  'dist/cli/main.js',
  'dist/batch/worker.js',
  'dist/batch/worker-entry.cjs',
  'dist/bundle/cli.cjs',
  'dist/bundle/worker.js',
  'dist/bundle/worker-entry.cjs'
]

function newest(path: string): { path: string; mtime: number } {
  const stat = statSync(path)
  if (!stat.isDirectory()) return { path, mtime: stat.mtimeMs }
  let best = { path, mtime: 0 }
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = join(entry.parentPath, entry.name)
    const mtime = statSync(file).mtimeMs
    if (mtime > best.mtime) best = { path: file, mtime }
  }
  return best
}

/** Why dist/ must be built, or null when it is up to date. */
export function staleness(): string | null {
  const missing = OUTPUTS.find((o) => !existsSync(join(root, o)))
  if (missing) return `${missing} does not exist`
  const oldest = Math.min(...OUTPUTS.map((o) => statSync(join(root, o)).mtimeMs))
  for (const input of INPUTS) {
    const found = newest(join(root, input))
    if (found.mtime > oldest) return `${found.path.slice(root.length)} is newer than dist/`
  }
  return null
}

export default function setup(): void {
  const why = staleness()
  if (why === null) return
  process.stderr.write(`[global-setup] ${why}: npm run build\n`)
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status}); the tests would run a stale dist/`)
}
