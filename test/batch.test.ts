/**
 * Batch compile: out-dir mirroring, the manifest, guards, interruption and
 * resumption (through the built binary), path escapes, shards and streams.
 */
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { load, loadAll } from 'js-yaml'
import { outputPath, safeSegments } from '../src/batch/paths.js'
import { inShard, parseShard } from '../src/batch/shard.js'
import { JOURNAL, ManifestWriter, readManifest, type ManifestEntry } from '../src/batch/manifest.js'
import { compile } from '../src/index.js'
import { cli } from './cli-helpers.js'
import { fixtures, needs, parsed, root, seedPath } from './helpers.js'

const bin = join(root, 'bin', 'casefile.cjs')

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-batch-'))
  cpSync(fixtures, join(dir, 'fixtures'), { recursive: true })
  return dir
}

/**
 * The command line in-process (its batch's worker threads from dist/): most of these tests are about what a batch
 * writes, which needs no process of its own. Interruption (signals, a closed pipe), the progress bar on a terminal and
 * a time budget of 1.5 s spawn the built binary (`built`).
 */
function run(cwd: string, args: string[], input = '') {
  return cli(args, cwd, input)
}

function built(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function manifest(dir: string) {
  return readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}

describe('--out-dir', () => {
  it('mirrors each input root, writes the same records as single compiles, and a manifest line per input', async () => {
    const dir = workspace()
    const r = await run(dir, [
      'compile',
      'fixtures/corpus',
      'fixtures/RUN-24-2020.md',
      '--out-dir',
      'out',
      '--jobs',
      '2',
      '-q'
    ])
    // Exit 1: two corpus memos have no case number, an error as check says (their records are written).
    expect(r.code).toBe(1)
    // A directory's contents, and a file named alone under its own folder: as `babel src --out-dir lib`.
    const written = allFiles(join(dir, 'out'))
    expect(written).toContain('RUN-24-2020.json')
    expect(written).toContain('trosa-MN-2020-8.json')
    expect(written.filter((f) => f.endsWith('.json')).length).toBe(12)
    const single = compile(readFileSync(seedPath), { path: 'fixtures/RUN-24-2020.md' }).record
    expect(JSON.parse(readFileSync(join(dir, 'out/RUN-24-2020.json'), 'utf8'))).toEqual(single)
    const lines = manifest(join(dir, 'out'))
    expect(lines.map((l) => l.path)).toEqual([...lines.map((l) => l.path as string)].sort())
    expect(lines).toHaveLength(12)
    expect(lines.find((l) => l.path === 'RUN-24-2020.md')).toMatchObject({
      status: 'warnings',
      output: 'RUN-24-2020.json',
      bytes: 3107,
      sha256: single.source.sha256,
      diagnostics: 4,
      reason: null
    })
    expect(existsSync(join(dir, 'out', 'manifest.journal.jsonl'))).toBe(false)
  })

  it('accounts for good, broken, oversized and missing inputs, goes on past them, and exits 1', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('# V\xe4lf\xe4rd\n', 'latin1'))
    writeFileSync(join(dir, 'big.md'), `# Stor\n\n${'ord '.repeat(5000)}\n`)
    writeFileSync(
      join(dir, 'list.txt'),
      'fixtures/RUN-24-2020.md\nlatin1.md\nbig.md\ngone.md\nfixtures/corpus/huddinge-KS-2015-lokalprojekt.md\n'
    )
    const r = await run(dir, [
      'compile',
      '--files-from',
      'list.txt',
      '--out-dir',
      'out',
      '--root',
      '.',
      '--max-bytes',
      '10000',
      '-q'
    ])
    expect(r.code).toBe(1)
    const byPath = Object.fromEntries(manifest(join(dir, 'out')).map((l) => [l.path as string, l] as const))
    expect(Object.keys(byPath).sort()).toEqual([
      'big.md',
      'fixtures/RUN-24-2020.md',
      'fixtures/corpus/huddinge-KS-2015-lokalprojekt.md',
      'gone.md',
      'latin1.md'
    ])
    expect(byPath['fixtures/RUN-24-2020.md']!.status).toBe('warnings')
    expect(byPath['fixtures/corpus/huddinge-KS-2015-lokalprojekt.md']!.status).toBe('warnings')
    expect(byPath['latin1.md']).toMatchObject({ status: 'failed', output: null })
    expect(byPath['latin1.md']!.reason).toMatch(/^1:4: Unexpected byte sequence at byte 3 that is not UTF-8/)
    expect(byPath['big.md']).toMatchObject({ status: 'failed', reason: '20009 bytes is more than --max-bytes 10000' })
    expect(byPath['gone.md']).toMatchObject({ status: 'failed', reason: 'cannot read: no such file' })
    expect(r.stderr).toContain('big.md: failed: 20009 bytes is more than --max-bytes 10000')
    expect(allFiles(join(dir, 'out'))).toEqual([
      'fixtures/RUN-24-2020.json',
      'fixtures/corpus/huddinge-KS-2015-lokalprojekt.json',
      'manifest.jsonl'
    ])
  })

  // deep.md shares a worker task with the corpus memos: the group overruns, is compiled again one
  // input at a time, and only deep.md fails. Through the built binary: budgets of 1.5 s are timed as a user's run is.
  it('stops a pathological input at the time budget while the rest finish', () => {
    const dir = workspace()
    writeFileSync(join(dir, 'deep.md'), `${'- '.repeat(5000)}a\n`)
    const started = Date.now()
    const r = built(dir, [
      'compile',
      'deep.md',
      'fixtures/corpus',
      '--out-dir',
      'out',
      '--timeout',
      '1500',
      '--jobs',
      '2',
      '-q'
    ])
    expect(r.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(12000)
    const lines = manifest(join(dir, 'out'))
    expect(lines.find((l) => l.path === 'deep.md')).toMatchObject({
      status: 'failed',
      reason: 'took longer than --timeout 1500 ms; the worker was stopped',
      // Named by its bytes though its worker was stopped before it could say.
      sha256: createHash('sha256')
        .update(`${'- '.repeat(5000)}a\n`)
        .digest('hex'),
      bytes: 10002
    })
    expect(lines.filter((l) => l.status !== 'failed')).toHaveLength(11)
  })

  it('skips with --incremental what is unchanged, and redoes what changed', async () => {
    const dir = workspace()
    // Exit 1: two corpus memos have no case number (an error, as check says); their records are written.
    expect((await run(dir, ['compile', 'fixtures/corpus', '--out-dir', 'out', '-q'])).code).toBe(1)
    writeFileSync(
      join(dir, 'fixtures/corpus/trosa-MN-2020-8.md'),
      `${readFileSync(join(dir, 'fixtures/corpus/trosa-MN-2020-8.md'), 'utf8')}\nEn rad till.\n`
    )
    const r = await run(dir, ['compile', 'fixtures/corpus', '--out-dir', 'out', '--incremental', '-q'])
    // Exit 1 still: the two memos without a case number keep their errors, unchanged.
    expect(r.code).toBe(1)
    const statuses = Object.fromEntries(manifest(join(dir, 'out')).map((l) => [l.path as string, l.status] as const))
    const skipped = manifest(join(dir, 'out'))
      .filter((l) => l.skipped)
      .map((l) => l.path)
    expect(statuses['trosa-MN-2020-8.md']).toBe('warnings')
    expect(skipped).toHaveLength(10)
    expect(skipped).not.toContain('trosa-MN-2020-8.md')
    // A skipped input keeps the result of the run that made its record.
    expect(statuses['huddinge-KS-2015-lokalprojekt.md']).toBe('warnings')

    // A record deleted from the out dir is made again, though its input did not change.
    const record = join(dir, 'out/huddinge-KS-2015-lokalprojekt.json')
    const before = readFileSync(record, 'utf8')
    rmSync(record)
    expect((await run(dir, ['compile', 'fixtures/corpus', '--out-dir', 'out', '--incremental', '-q'])).code).toBe(1)
    const again = manifest(join(dir, 'out'))
    expect(again.find((l) => l.path === 'huddinge-KS-2015-lokalprojekt.md')).toMatchObject({
      status: 'warnings',
      skipped: false
    })
    expect(again.filter((l) => l.skipped)).toHaveLength(10)
    expect(readFileSync(record, 'utf8')).toBe(before)
  })
})

describe('interruption', () => {
  function bigWorkspace(count: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-kill-'))
    const seed = readFileSync(seedPath, 'utf8')
    mkdirSync(join(dir, 'in'))
    for (let i = 0; i < count; i++)
      writeFileSync(join(dir, 'in', `RUN-${i}-2020.md`), seed.replace('RUN/24/2020', `RUN/${i}/2020`))
    return dir
  }

  it('leaves whole files or none when killed, and --incremental completes the rest', async () => {
    const dir = bigWorkspace(400)
    // A process of its own, to kill.
    const child = spawn(process.execPath, [bin, 'compile', 'in', '--out-dir', 'out', '--jobs', '2', '-q'], {
      cwd: dir,
      stdio: 'ignore'
    })
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        // Killed once the journal accounts for 20 records.
        const journal = join(dir, 'out', 'manifest.journal.jsonl')
        const n = existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 1 : 0
        if (n >= 20) {
          clearInterval(poll)
          child.kill('SIGKILL')
          done()
        }
      }, 5)
    })
    await new Promise((done) => child.on('exit', done))
    // SIGKILL may land inside a write: a hidden temporary may be left by each of the two workers
    // (each writes one record at a time), never a partial record.
    const partial = allFiles(join(dir, 'out'))
    expect(partial.filter((f) => f.endsWith('.tmp')).length).toBeLessThanOrEqual(2)
    const records = partial.filter((f) => f.endsWith('.json'))
    // The journal counted 20 before the kill: at least those 20 records are whole.
    expect(records.length).toBeGreaterThanOrEqual(20)
    expect(records.length).toBeLessThan(400)
    for (const f of records) {
      const record = parsed(readFileSync(join(dir, 'out', f), 'utf8'))
      expect(record.metadata.caseNumber, f).toBe(`RUN/${/RUN-(\d+)-2020/.exec(f)![1]}/2020`)
    }

    const r = await run(dir, ['compile', 'in', '--out-dir', 'out', '--jobs', '2', '--incremental', '-q'])
    expect(r.code).toBe(0)
    const lines = manifest(join(dir, 'out'))
    expect(lines).toHaveLength(400)
    expect(lines.filter((l) => l.skipped).length).toBeGreaterThanOrEqual(15)
    // Each a copy of the seed: its warnings (no error).
    expect(lines.every((l) => l.status === 'warnings')).toBe(true)
    // The rerun removed the killed run's temporaries.
    expect(allFiles(join(dir, 'out')).filter((f) => f.endsWith('.json') && f !== 'manifest.jsonl')).toHaveLength(400)
    expect(allFiles(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('on SIGINT finishes what is in progress, writes the manifest with every input, says how to resume', async () => {
    const dir = bigWorkspace(600)
    // A process of its own, for Ctrl-C (SIGINT) and the exit code it ends with.
    const child = spawn(process.execPath, [bin, 'compile', 'in', '--out-dir', 'out', '--jobs', '1', '-q'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (
          existsSync(join(dir, 'out')) &&
          readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).length >= 10
        ) {
          clearInterval(poll)
          child.kill('SIGINT')
          done()
        }
      }, 5)
    })
    const code = await new Promise((done) => child.on('exit', done))
    expect(code).toBe(130)
    expect(stderr).toContain('run the same command again with --incremental to do the rest')
    const lines = manifest(join(dir, 'out'))
    expect(lines).toHaveLength(600)
    const notDone = lines.filter((l) => l.reason === 'not processed: the run was interrupted')
    expect(notDone.length).toBeGreaterThan(0)
    expect(lines.filter((l) => l.status === 'warnings').length + notDone.length).toBe(600)
  })

  it('stops quietly when the reader of its stream goes away (`| head`)', async () => {
    const dir = bigWorkspace(300)
    // A process of its own, whose standard output is a pipe that closes.
    const child = spawn(process.execPath, [bin, 'compile', 'in', '--format', 'ndjson', '--jobs', '1', '-q'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += String(d)))
    let first = ''
    await new Promise<void>((done) =>
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString('utf8')
        child.stdout.destroy() // the reader is gone: casefile's next write meets a closed pipe
        done()
      })
    )
    const code = await new Promise((done) => child.on('exit', done))
    // Inputs in sorted order: `in/RUN-0-2020.md` comes first.
    const record = parsed(first.split('\n')[0]!)
    expect([record.source.path, record.metadata.caseNumber]).toEqual(['in/RUN-0-2020.md', 'RUN/0/2020'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})

it('removes temporaries left by a killed run, and keeps those of a live one', async () => {
  const dir = workspace()
  mkdirSync(join(dir, 'out', 'fixtures'), { recursive: true })
  writeFileSync(join(dir, 'out', 'fixtures', '.RUN-24-2020.json.999999.deadbeef.tmp'), '{"partial')
  writeFileSync(join(dir, 'out', `.other.json.${process.pid}.cafebabe.tmp`), '')
  expect(
    (
      await run(dir, [
        'compile',
        'fixtures/RUN-24-2020.md',
        'fixtures/corpus/trosa-MN-2020-8.md',
        '--out-dir',
        'out',
        '-q'
      ])
    ).code
  ).toBe(0)
  expect(allFiles(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([
    `.other.json.${process.pid}.cafebabe.tmp`
  ])
})

const pty = needs(spawnSync('script', ['--version']).status === 0, '`script` (util-linux), for a pseudo-terminal,')
it.skipIf(pty.skip)(
  'draws a progress bar on a terminal (a pseudo-terminal from `script`), and none otherwise',
  async () => {
    pty.check()
    const dir = workspace()
    // A process of its own, on a pseudo-terminal.
    const tty = spawnSync(
      'script',
      ['-qec', `${process.execPath} ${bin} compile fixtures/corpus --out-dir out --jobs 1`, '/dev/null'],
      { cwd: dir, encoding: 'utf8' }
    )
    // Exit 1: two corpus memos have no case number, an error as check says.
    expect(tty.status).toBe(1)
    const screen = tty.stdout.split('\r').join('\n')
    expect(screen).toMatch(/█+ 11\/11 {2}\d+ files\/s {2}ETA \d+s {2}0 failed/)
    const piped = await run(dir, ['compile', 'fixtures/corpus', '--out-dir', 'out2', '--jobs', '1'])
    expect(piped.stderr).not.toMatch(/files\/s/)
  }
)

describe('paths', () => {
  it('never leaves the out dir, whatever the input path', () => {
    const cwd = resolve('/work/x')
    const out = resolve('/tmp/out')
    expect(outputPath('a/b.md', cwd, out, 'json')).toBe(resolve(out, 'a/b.json'))
    expect(outputPath('../../etc/passwd.md', cwd, out, 'json')).toBe(resolve(out, '_external/etc/passwd.json'))
    expect(outputPath('/etc/shadow', cwd, out, 'yaml')).toBe(resolve(out, '_external/etc/shadow.yaml'))
    expect(outputPath('a/../../../b.md', cwd, out, 'json')).toBe(resolve(out, '_external/b.json'))
    expect(safeSegments('dir/na\u0000me\n.md', cwd)).toEqual(['dir', 'na_me_.md'])
    for (const p of ['..', '../..', '/', './.', 'a/./../..'])
      expect(outputPath(p, cwd, out, 'json').startsWith(`${out}/`)).toBe(true)
  })

  it('names inputs from outside the working directory under their own root, not the working directory', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'work'))
    const r = await run(join(dir, 'work'), [
      'compile',
      '../fixtures/RUN-24-2020.md',
      '../fixtures/corpus/trosa-MN-2020-8.md',
      '--out-dir',
      'out',
      '-q'
    ])
    expect(r.code).toBe(0)
    expect(allFiles(join(dir, 'work', 'out'))).toEqual([
      'RUN-24-2020.json',
      'corpus/trosa-MN-2020-8.json',
      'manifest.jsonl'
    ])
  })
})

describe('--shard', () => {
  it('splits any list into disjoint shards that cover it', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `archive/${i % 7}/memo-${i}.md`)
    const shards = [1, 2, 3].map((k) => paths.filter((p) => inShard(p, parseShard(`${k}/3`))))
    expect(shards.flat().sort()).toEqual([...paths].sort())
    expect(new Set(shards.flat()).size).toBe(500)
    for (const s of shards) expect(s.length).toBeGreaterThan(100)
    expect(() => parseShard('0/3')).toThrow('--shard takes K/N')
    expect(() => parseShard('4/3')).toThrow()
  })

  it('gives each input to exactly one shard through the CLI', async () => {
    const dir = workspace()
    const seen: string[][] = []
    // The 11 files of fixtures/corpus (its README too): the wiring is the point here, the spread over
    // shards is the unit test's above (the whole fixtures folder made this test take 15 s).
    for (const k of [1, 2, 3]) {
      const shard = await run(dir, ['compile', 'fixtures/corpus', '--shard', `${k}/3`, '--out-dir', `out${k}`, '-q'])
      const entries = manifest(join(dir, `out${k}`))
      expect(entries.filter((l) => l.status === 'failed')).toEqual([])
      // Exit 1 for a shard that holds one of the two memos without a case number (an error), else 0.
      expect(shard.code).toBe(entries.some((l) => l.status === 'error') ? 1 : 0)
      seen.push(entries.map((l) => l.path as string))
    }
    expect(seen.map((s) => s.length > 0)).toEqual([true, true, true])
    // The manifest names an input under its root (here `fixtures/corpus`); the record keeps the path as given.
    const all = (await run(dir, ['compile', 'fixtures/corpus', '-f', 'ndjson', '-q'])).stdout
      .trim()
      .split('\n')
      .map((l) => parsed(l).source.path)
    expect(all).toHaveLength(11)
    expect(seen.flat().sort()).toEqual(all.map((p) => p.replace(/^fixtures\/corpus\//, '')).sort())
  })
})

describe('streams', () => {
  it('writes NDJSON and YAML streams in a stable order (sorted inputs) that parse back', async () => {
    const dir = workspace()
    const inputs = [
      'fixtures/corpus/trosa-MN-2020-8.md',
      'fixtures/RUN-24-2020.md',
      'fixtures/corpus/uppsala-MHN-2015-5613.md'
    ]
    const nd = await run(dir, ['compile', ...inputs, '-f', 'ndjson', '--jobs', '2', '-q'])
    expect(nd.code).toBe(0)
    const records = nd.stdout
      .trim()
      .split('\n')
      .map((l) => parsed(l))
    expect(records.map((r) => r.source.path)).toEqual([...inputs].sort())
    const yaml = await run(dir, ['compile', ...inputs, '-f', 'yaml', '-q'])
    expect(loadAll(yaml.stdout)).toEqual(records)
    const json = await run(dir, ['compile', ...inputs, '-q'])
    expect(json.stdout).toBe(nd.stdout)
  })

  it('reads the list of inputs from standard input with --files-from -', async () => {
    const dir = workspace()
    const r = await run(dir, ['compile', '--files-from', '-', '-f', 'yaml', '-q'], 'fixtures/RUN-24-2020.md\n')
    expect(r.code).toBe(0)
    expect((load(r.stdout.replace(/^---\n/, '')) as { metadata: { caseNumber: string } }).metadata.caseNumber).toBe(
      'RUN/24/2020'
    )
  })
})

describe('a slow reader', () => {
  it('holds back new inputs while standard output is full, and writes every record when it drains', async () => {
    // The built batch (its worker threads are dist/batch/worker.js; `npm test` builds first).
    const { runBatch } = (await import(join(root, 'dist', 'batch', 'run.js'))) as typeof import('../src/batch/run.js')
    const dir = workspace()
    mkdirSync(join(dir, 'in'))
    const seed = readFileSync(seedPath)
    const inputs = Array.from({ length: 400 }, (_, i) => {
      const path = `in/memo-${String(i).padStart(3, '0')}.md`
      writeFileSync(join(dir, path), seed)
      return path
    })
    // A reader that takes nothing until it is opened.
    let open = false
    const pending: Array<() => void> = []
    const chunks: string[] = []
    const stdout = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString())
        if (open) done()
        else pending.push(done)
      }
    })
    let written = 0
    const write = stdout.write.bind(stdout) as (chunk: string) => boolean
    stdout.write = ((chunk: string) => (written++, write(chunk))) as typeof stdout.write
    const run = runBatch({
      inputs,
      cwd: dir,
      outDir: null,
      format: 'ndjson',
      jobs: 1,
      maxBytes: 1_000_000,
      timeoutMs: 30_000,
      maxMemoryMb: 512,
      incremental: false,
      quiet: true,
      terminal: false,
      configFor: () => ({ vocabulary: {} }),
      stdout,
      stderr: new PassThrough()
    })
    // Wait for the first records, then until the batch stops handing them on (one second without a new one).
    let last = -1
    for (let quiet = 0; quiet < 10 || written === 0;) {
      await new Promise((done) => setTimeout(done, 100))
      quiet = written === last ? quiet + 1 : 0
      last = written
    }
    // At most the groups in flight when the stream first said it was full (64 memos a group).
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThanOrEqual(3 * 64)
    open = true
    for (const done of pending.splice(0)) done()
    const summary = await run
    expect(summary.ok + summary.warnings).toBe(400)
    expect(written).toBe(400)
    const records = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: { path: string } })
    expect(records.map((r) => r.source.path)).toEqual(inputs)
  })
})

describe('the manifest writer', () => {
  const entry = (path: string, status: ManifestEntry['status'] = 'ok'): ManifestEntry => ({
    path,
    sha256: 'ab'.repeat(32),
    bytes: 10,
    status,
    output: status === 'ok' ? path.replace(/\.md$/, '.json') : null,
    diagnostics: 0,
    reason: status === 'ok' ? null : 'cannot read: no such file',
    version: '0.1.0',
    config: 'c0ffee'
  })

  it("makes the manifest from this run's journal, after the half line a killed run left", () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-manifest-'))
    // A killed run: two whole lines, then one cut short.
    writeFileSync(
      join(dir, JOURNAL),
      `${JSON.stringify(entry('old/a.md'))}\n${JSON.stringify(entry('b.md'))}\n{"path":"old/c.m`
    )
    const before = readManifest(dir)
    expect([...before.keys()]).toEqual(['old/a.md', 'b.md'])

    const writer = new ManifestWriter(dir)
    writer.add(entry('b.md', 'failed'))
    writer.add(entry('a.md'))
    // While the run goes on, the journal holds the killed run's lines and this run's, each whole.
    expect([...readManifest(dir).keys()]).toEqual(['old/a.md', 'b.md', 'a.md'])
    expect(readManifest(dir).get('b.md')?.status).toBe('failed')

    writer.finish()
    expect(existsSync(join(dir, JOURNAL))).toBe(false)
    // The out dir's account, sorted by path: this run's results, and what the killed run finished.
    expect(manifest(dir).map((l) => [l.path as string, l.status] as const)).toEqual([
      ['a.md', 'ok'],
      ['b.md', 'failed'],
      ['old/a.md', 'ok']
    ])
  })

  it("writes a long manifest in pieces: sorted by path, an input's last line wins, nothing else", () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-manifest-'))
    const writer = new ManifestWriter(dir)
    // 3,000 inputs in reverse order (about 700 kB of manifest: several 64 kB pieces), one of them twice.
    const names = Array.from({ length: 3000 }, (_, i) => `in/${String(i).padStart(4, '0')}-${'x'.repeat(100)}.md`)
    for (const name of [...names].reverse()) writer.add(entry(name))
    writer.add(entry(names[10]!, 'failed'))
    writer.finish()
    const lines = manifest(dir)
    expect(lines.length).toBe(3000)
    expect(lines.map((l) => l.path)).toEqual(names)
    expect(lines[10]!.status).toBe('failed')
    expect(lines.filter((l) => l.status === 'failed').length).toBe(1)
    const text = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n').length).toBe(3001)
    expect(readdirSync(dir)).toEqual(['manifest.jsonl'])
  })
})
