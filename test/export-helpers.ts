/**
 * What the export tests share: where the official schemas are (CASEFILE_SCHEMAS, or the
 * `shared/schemas` folder beside the project or beside one of its parent folders, as a clone
 * next to the shared material has it; absent: the schema tests are skipped with a message, and
 * fail on CI), and the command line with them.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { it } from 'vitest'
import { cli } from './cli-helpers.js'
import { root } from './helpers.js'

function sharedSchemas(): string {
  for (let dir = resolve(root, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'schemas')
    if (existsSync(candidate) || dirname(dir) === dir)
      return existsSync(candidate) ? candidate : resolve(root, '../shared/schemas')
  }
}

export const schemasDir = process.env.CASEFILE_SCHEMAS ? resolve(root, process.env.CASEFILE_SCHEMAS) : sharedSchemas()
export const haveSchemas =
  existsSync(join(schemasDir, 'cits-erms', 'ERMS.xsd')) && existsSync(join(schemasDir, 'e-ark', 'mets.xsd'))
export const bin = join(root, 'bin', 'casefile.cjs')

/** Say why the schema tests do not run; on CI their absence is a failing test. */
export function reportMissingSchemas(): void {
  if (haveSchemas) return
  const reason = `the official schemas are not at ${schemasDir} (set CASEFILE_SCHEMAS): the schema tests are skipped`
  console.warn(reason)
  if (process.env.CI === 'true')
    it('has the official schemas on CI', () => {
      throw new Error(reason)
    })
}

/** The command line in-process, with the schemas found above (no process to start: export tests run many). */
export function run(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}) {
  return cli(args, options.cwd ?? root, options.input ?? '', {
    CASEFILE_SCHEMAS: schemasDir,
    SOURCE_DATE_EPOCH: '',
    ...options.env
  })
}

/** The built binary, for what only a process has: its own time zone (TZ is read when a process starts). */
export function runBuilt(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CASEFILE_SCHEMAS: schemasDir, SOURCE_DATE_EPOCH: '', ...options.env }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
