/**
 * The command line's start: bin/casefile.cjs loads the bundle through a V8 code
 * cache named by the bundle's build id. Each test works on a copy of bin/ and
 * dist/bundle/, so the project's own cache is left alone.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parsed, root } from './helpers.js'

const seed = join(root, 'fixtures', 'RUN-24-2020.md')

/** A copy of the installed command line, without a code cache. */
function install(): { dir: string; bundle: string } {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-start-'))
  mkdirSync(join(dir, 'bin'))
  copyFileSync(join(root, 'bin', 'casefile.cjs'), join(dir, 'bin', 'casefile.cjs'))
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'))
  cpSync(join(root, 'dist', 'bundle'), join(dir, 'dist', 'bundle'), {
    recursive: true,
    filter: (from) => !from.endsWith('.cache')
  })
  return { dir, bundle: join(dir, 'dist', 'bundle') }
}

function compile(dir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'casefile.cjs'), 'compile', seed, '-q'], {
    encoding: 'utf8',
    env: { ...process.env, ...env }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const caches = (bundle: string) => readdirSync(bundle).filter((f) => f.endsWith('.cache'))

describe('start-up through the code cache', () => {
  const expected = compile(root, { CASEFILE_CODE_CACHE: '0' })

  it('the bundle names its build on its first line', () => {
    expect(readFileSync(join(root, 'dist', 'bundle', 'cli.cjs'), 'utf8')).toMatch(/^\/\/ casefile-build [0-9a-f]{16}\n/)
    expect(expected.code).toBe(0)
    expect(parsed(expected.stdout).metadata.caseNumber).toBe('RUN/24/2020')
  })

  it('the first run makes the cache under the build id, later runs use it and give the same record', () => {
    const { dir, bundle } = install()
    try {
      const id = /^\/\/ casefile-build ([0-9a-f]{16})/.exec(readFileSync(join(bundle, 'cli.cjs'), 'utf8'))![1]
      expect(caches(bundle)).toEqual([])
      const first = compile(dir)
      expect(first).toEqual(expected)
      expect(caches(bundle)).toEqual([`cli.${id}.cache`])
      const made = statSync(join(bundle, `cli.${id}.cache`))
      expect(made.size).toBeGreaterThan(10_000)
      const second = compile(dir)
      expect(second).toEqual(expected)
      // Accepted, so not written again.
      expect(statSync(join(bundle, `cli.${id}.cache`)).mtimeMs).toBe(made.mtimeMs)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a damaged cache is rejected and replaced; the record is the same', () => {
    const { dir, bundle } = install()
    try {
      compile(dir)
      const [name] = caches(bundle)
      writeFileSync(join(bundle, name!), Buffer.alloc(4096, 7))
      expect(compile(dir)).toEqual(expected)
      const replaced = readFileSync(join(bundle, name!))
      expect(replaced.equals(Buffer.alloc(4096, 7))).toBe(false)
      expect(compile(dir)).toEqual(expected)
      expect(readdirSync(bundle).filter((f) => f.endsWith('.tmp'))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a batch, which compiles in worker threads, leaves no cache; the next single-file run makes a whole one', () => {
    const { dir, bundle } = install()
    const out = mkdtempSync(join(tmpdir(), 'casefile-start-out-'))
    try {
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction')
      const batch = spawnSync(
        process.execPath,
        [join(dir, 'bin', 'casefile.cjs'), 'compile', seed, join(root, 'fixtures', 'corpus'), '--out-dir', out, '-q'],
        { encoding: 'utf8' }
      )
      // Exit 1: two corpus memos have no case number, an error as check says (their records are written).
      expect(batch.status).toBe(1)
      expect(existsSync(join(out, 'manifest.jsonl'))).toBe(true)
      expect(caches(bundle)).toEqual([])
      expect(compile(dir)).toEqual(expected)
      const [name] = caches(bundle)
      // As large as the cache the build makes from the same run (the compiler is in it).
      expect(statSync(join(bundle, name!)).size).toBeGreaterThan(
        0.9 * statSync(join(root, 'dist', 'bundle', name!)).size
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('CASEFILE_CODE_CACHE=0 neither reads nor writes a cache; a read-only install runs without one', () => {
    const { dir, bundle } = install()
    try {
      expect(compile(dir, { CASEFILE_CODE_CACHE: '0' })).toEqual(expected)
      expect(caches(bundle)).toEqual([])
      // Where the cache cannot be written (here: its name is taken by a directory), the run is unaffected.
      const id = /^\/\/ casefile-build ([0-9a-f]{16})/.exec(readFileSync(join(bundle, 'cli.cjs'), 'utf8'))![1]
      mkdirSync(join(bundle, `cli.${id}.cache`))
      expect(compile(dir)).toEqual(expected)
      expect(existsSync(join(bundle, `cli.${id}.cache`))).toBe(true)
      expect(readdirSync(bundle).filter((f) => f.endsWith('.tmp'))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
