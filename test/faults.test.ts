/**
 * Faults around a batch: an out dir that cannot be written, a full disk, an
 * output path taken by a directory, inputs deleted or changed during the run,
 * and two runs writing the same out dir at once.
 */
import { describe, expect, it } from 'vitest'
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from './cli-helpers.js'
import { needs, parsed, root, seedPath } from './helpers.js'

const bin = join(root, 'bin', 'casefile.cjs')
const seed = readFileSync(seedPath, 'utf8')

function workspace(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-fault-'))
  mkdirSync(join(dir, 'in'))
  for (let i = 0; i < count; i++)
    writeFileSync(join(dir, 'in', `RUN-${i}-2020.md`), seed.replace('RUN/24/2020', `RUN/${i}/2020`))
  return dir
}

/** In-process (a batch's worker threads from dist/); the runs that race each other below are processes of their own. */
function run(cwd: string, args: string[]) {
  return cli(args, cwd)
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}

function manifest(dir: string) {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

function mountTiny(path: string, size: string): boolean {
  mkdirSync(path, { recursive: true })
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]).status === 0
}

describe('faults', () => {
  it('an out dir that is a file: a clear error, exit 2, nothing written', async () => {
    const dir = workspace(2)
    writeFileSync(join(dir, 'out'), 'not a directory')
    const r = await run(dir, ['compile', 'in', '--out-dir', 'out/records', '-q'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('casefile: cannot write to --out-dir `out/records`: it is a file, not a directory\n')
  })

  it('an output path taken by a directory: that input fails, the rest are written, the manifest is true', async () => {
    const dir = workspace(3)
    mkdirSync(join(dir, 'out', 'in', 'RUN-1-2020.json'), { recursive: true })
    const r = await run(dir, ['compile', 'in', '--out-dir', 'out', '--root', '.', '-q'])
    expect(r.code).toBe(1)
    const byPath = Object.fromEntries(manifest(join(dir, 'out')).map((l) => [l.path as string, l] as const))
    expect(byPath['in/RUN-1-2020.md']).toMatchObject({ status: 'failed', output: null })
    expect(String(byPath['in/RUN-1-2020.md']!.reason)).toMatch(
      /^cannot write `in\/RUN-1-2020.json`: (EISDIR|ENOTEMPTY|EEXIST)/
    )
    expect(byPath['in/RUN-0-2020.md']!.status).toBe('warnings')
    expect(files(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  const tiny = join(tmpdir(), `casefile-tiny-${process.pid}`)
  const tmpfs = needs(mountTiny(tiny, '96k'), 'mounting a tmpfs (root, or a container that allows it)')
  it.skipIf(tmpfs.skip)(
    'a full disk (a 96 kB tmpfs): failed inputs name ENOSPC, no partial files, exit 1 or 2 with a message',
    async () => {
      tmpfs.check()
      try {
        const dir = workspace(60)
        const r = await run(dir, ['compile', 'in', '--out-dir', tiny, '--jobs', '1', '-q'])
        expect([1, 2]).toContain(r.code)
        expect(r.stderr).toMatch(/ENOSPC/)
        const written = files(tiny)
        expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([])
        // 96 kB holds some records of about 6 kB, not all 60: some were written, whole, and then the disk was full.
        const records = written.filter((f) => f.endsWith('.json'))
        expect(records.length).toBeGreaterThan(0)
        expect(records.length).toBeLessThan(60)
        for (const f of records) {
          const record = parsed(readFileSync(join(tiny, f), 'utf8'))
          expect(record.metadata.caseNumber, f).toBe(`RUN/${/RUN-(\d+)-2020/.exec(f)![1]}/2020`)
        }
        if (existsSync(join(tiny, 'manifest.jsonl'))) {
          const lines = manifest(tiny)
          expect(lines).toHaveLength(60)
          const ok = lines.filter((l) => l.status === 'ok')
          expect(ok.map((l) => l.output).sort()).toEqual([...records].sort())
          expect(lines.filter((l) => l.status === 'failed').every((l) => String(l.reason).includes('ENOSPC'))).toBe(
            true
          )
        } else expect(r.stderr).toMatch(/cannot write the manifest .*ENOSPC; the records written are whole/)
      } finally {
        spawnSync('umount', [tiny])
        rmSync(tiny, { recursive: true, force: true })
      }
    }
  )

  it(
    'inputs deleted or changed while the batch runs: every input accounted for, each record true to the bytes ' +
      'it was made from',
    async () => {
      const dir = workspace(300)
      // A fixed list of inputs: a file deleted before the run reads it is still one of its inputs.
      writeFileSync(join(dir, 'list.txt'), Array.from({ length: 300 }, (_, i) => `in/RUN-${i}-2020.md`).join('\n'))
      const child = spawn(
        process.execPath,
        [bin, 'compile', '--files-from', 'list.txt', '--out-dir', 'out', '--root', '.', '--jobs', '2', '-q'],
        { cwd: dir, stdio: 'ignore' }
      )
      const deleted: string[] = []
      let round = 0
      const meddle = setInterval(() => {
        round++
        const victim = `RUN-${299 - round}-2020.md`
        if (round % 2 === 0 && existsSync(join(dir, 'in', victim))) {
          unlinkSync(join(dir, 'in', victim))
          deleted.push(`in/${victim}`)
        } else writeFileSync(join(dir, 'in', 'RUN-150-2020.md'), `${seed}\nÄndrad ${round}.\n`)
      }, 3)
      await new Promise((done) => child.on('exit', done))
      clearInterval(meddle)
      const lines = manifest(join(dir, 'out'))
      expect(lines).toHaveLength(300)
      for (const l of lines) {
        if (l.status === 'failed') {
          expect(deleted).toContain(l.path)
          expect(l.reason).toBe('cannot read: no such file')
          continue
        }
        const record = parsed(readFileSync(join(dir, 'out', String(l.output)), 'utf8'))
        expect(record.source.sha256).toBe(l.sha256)
        expect(record.source.bytes).toBe(l.bytes)
      }
      const changed = lines.find((l) => l.path === 'in/RUN-150-2020.md')!
      // Read whole, or caught half written (even empty: an error finding, `empty-document`); never failed.
      expect(['warnings', 'error']).toContain(changed.status)
    }
  )

  it(
    'two runs writing the same out dir at once do not corrupt each other (the later one refuses while the ' +
      'first holds the lock)',
    async () => {
      const dir = workspace(200)
      const start = () =>
        spawn(process.execPath, [bin, 'compile', 'in', '--out-dir', 'out', '--jobs', '1', '-q'], {
          cwd: dir,
          stdio: 'ignore'
        })
      const codes = await Promise.all([start(), start()].map((c) => new Promise((done) => c.on('exit', done))))
      expect(codes).toContain(0)
      for (const code of codes) expect([0, 2]).toContain(code)
      const written = files(join(dir, 'out'))
      expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([])
      expect(written.filter((f) => f.endsWith('.json'))).toHaveLength(200)
      for (const f of written.filter((f) => f.endsWith('.json'))) {
        const record = parsed(readFileSync(join(dir, 'out', f), 'utf8'))
        expect(record.metadata.caseNumber).toBe(`RUN/${/RUN-(\d+)-2020/.exec(f)![1]}/2020`)
      }
      const lines = manifest(join(dir, 'out'))
      expect(lines).toHaveLength(200)
      // Each a copy of the seed, with its warnings.
      expect(lines.every((l) => l.status === 'warnings')).toBe(true)
    }
  )
})

describe('atomic writes', () => {
  it('draws another temporary name when one is taken, and leaves the file that took it alone', async () => {
    const { vi } = await import('vitest')
    const { writeAtomicSync } = await import('../src/write.js')
    const dir = mkdtempSync(join(tmpdir(), 'casefile-write-'))
    try {
      const target = join(dir, 'record.json')
      // What Math.random() = 0.5 names: a temporary left by a killed run whose process id came round again.
      const taken = join(dir, `.record.json.${process.pid}.80000000.tmp`)
      writeFileSync(taken, 'somebody else’s')
      const random = vi.spyOn(Math, 'random').mockReturnValueOnce(0.5)
      try {
        writeAtomicSync(target, '{"a":1}\n')
      } finally {
        random.mockRestore()
      }
      expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n')
      expect(readFileSync(taken, 'utf8')).toBe('somebody else’s')
      expect(readdirSync(dir).sort()).toEqual([`.record.json.${process.pid}.80000000.tmp`, 'record.json'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
