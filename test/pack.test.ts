/**
 * casefile outside its clone: what `npm pack` ships, installed from the tarball
 * into an empty folder, runs `casefile --version`, a compile and a batch there.
 * The dependencies come from npm's cache (`--offline`), or, the first time on a
 * machine whose cache lacks their metadata, from the registry.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parsed, root, seedPath } from './helpers.js'

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }

/** The environment without what `npm test` sets for its own run (npm_config_*, npm_package_*, …). */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))

// npm itself, and the installed command line, are what these tests run: they keep their processes.
function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env, timeout: 180_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the packed package', () => {
  // One `npm pack` for both tests: its JSON lists what it shipped, and the tarball is what the install takes.
  let dir: string
  let packed: { code: number | null; stdout: string; stderr: string }
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-pack-'))
    packed = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)
  }, 180_000)

  it('ships the command line and its bundle, and no sources or tests', () => {
    expect(packed.code).toBe(0)
    const files = (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path)
    for (const needed of [
      'bin/casefile.cjs',
      'dist/bundle/cli.cjs',
      'dist/bundle/view.cjs',
      'dist/bundle/worker.js',
      'dist/bundle/coordinator-thread.js',
      'dist/version.js',
      'dist/index.js',
      'package.json',
      'README.md'
    ])
      expect(files).toContain(needed)
    expect(files.filter((f) => /^(src|test|fixtures|bench)\//.test(f))).toEqual([])
  })

  it('installs from its tarball into an empty folder and runs there', { timeout: 240_000 }, () => {
    expect(packed.code).toBe(0)
    const tarball = join(dir, `${pkg.name}-${pkg.version}.tgz`)
    expect(existsSync(tarball)).toBe(true)

    const project = join(dir, 'elsewhere')
    mkdirSync(project)
    const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball]
    let installed = npm([...install, '--offline'], project)
    if (installed.code !== 0 && installed.stderr.includes('ENOTCACHED'))
      installed = npm([...install, '--prefer-offline'], project)
    expect(installed.stderr).not.toMatch(/npm error/)
    expect(installed.code).toBe(0)

    const casefile = join(project, 'node_modules', '.bin', 'casefile')
    const run = (args: string[]) =>
      spawnSync(casefile, args, { cwd: project, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } })
    const version = run(['--version'])
    expect(version.stdout).toBe(`${pkg.version}\n`)
    expect(version.status).toBe(0)

    mkdirSync(join(project, 'arkiv'))
    cpSync(seedPath, join(project, 'arkiv', 'RUN-24-2020.md'))
    const single = run(['compile', 'arkiv/RUN-24-2020.md', '-q'])
    expect(single.status).toBe(0)
    expect(parsed(single.stdout).metadata.caseNumber).toBe('RUN/24/2020')

    const batch = run(['compile', 'arkiv', '--out-dir', 'records', '-q'])
    expect(batch.stderr).toBe('')
    expect(batch.status).toBe(0)
    expect(parsed(readFileSync(join(project, 'records', 'RUN-24-2020.json'), 'utf8')).source.path).toBe(
      'arkiv/RUN-24-2020.md'
    )
  })
})

it('the README says how to run casefile outside the clone', () => {
  const install = /## Install\n([\s\S]*?)\n## /.exec(readFileSync(join(root, 'README.md'), 'utf8'))![1]!
  expect(install).toContain('npm install -g .')
  expect(install).toContain('npm pack')
  expect(install).toContain(`npm install -g ./${pkg.name}-${pkg.version}.tgz`)
})
