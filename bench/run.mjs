/**
 * npm run bench: throughput of casefile's batch against bare remark-parse in the
 * same run, peak memory for 1,000 and 10,000 inputs, and cold start against
 * `node -e 0`. Reports medians and ratios (the machines are shared and noisy).
 *
 *   BENCH_FILES=10000 BENCH_RUNS=3 npm run bench
 *
 * BENCH_BASELINE=DIR (another checkout of casefile, built) adds its `--jobs 1` batch to every round,
 * and the ratio of this build's throughput to it.
 *
 * The generated memos and the records go to /dev/shm when there is one (else the
 * temporary directory); BENCH_DIR chooses another place.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tmpdir } from 'node:os'
import { bare } from './bare.mjs'
import { generate } from './generate.mjs'
import { parseMarkdown } from '../dist/parse/markdown.js'
import { fastPathCounts } from '../dist/parse/fast-path.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'casefile.cjs')
const files = Number(process.env.BENCH_FILES ?? 10000)
const runs = Number(process.env.BENCH_RUNS ?? 3)
// In memory where the machine has it: what is measured is casefile, not the disk (on ext4, creating
// 10,000 files where 10,000 were just deleted costs seconds of kernel time, and varies run to run).
const work = process.env.BENCH_DIR ?? join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'casefile-bench')
const baseline = process.env.BENCH_BASELINE ? join(process.env.BENCH_BASELINE, 'bin', 'casefile.cjs') : null

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6

function corpus(count) {
  const dir = join(work, `corpus-${count}`)
  if (!existsSync(dir)) generate(root, dir, count)
  return dir
}

function list(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f))
}

/**
 * Bare remark-parse in two processes at once, each over half the files: how much this machine gains from a second
 * thread.
 */
async function bareTwice(paths) {
  const list = join(work, 'list.txt')
  writeFileSync(list, paths.join('\n'))
  const half = Math.ceil(paths.length / 2)
  const child = (from, to) =>
    new Promise((done, fail) => {
      let out = ''
      const p = spawn(process.execPath, [join(root, 'bench', 'bare.mjs'), list, String(from), String(to)], {
        stdio: ['ignore', 'pipe', 'inherit']
      })
      p.stdout.on('data', (d) => (out += String(d)))
      p.on('exit', (code) => (code === 0 ? done(Number(out)) : fail(new Error(`bare.mjs exited ${code}`))))
    })
  const times = await Promise.all([child(0, half), child(half, paths.length)])
  return Math.max(...times)
}

function batch(dir, jobs, env = {}, node = [], cli = bin) {
  const out = join(work, `out-${jobs}`)
  rmSync(out, { recursive: true, force: true })
  const start = process.hrtime.bigint()
  const r = spawnSync(
    process.execPath,
    [...node, cli, 'compile', dir, '--out-dir', out, '--jobs', String(jobs), '-q'],
    {
      encoding: 'utf8',
      env: { ...process.env, CASEFILE_REPORT_RSS: '1', CASEFILE_REPORT_POOL: '1', ...env }
    }
  )
  const wall = ms(start)
  // Exit 1: some memos have findings at error severity (a missing case number); they are compiled all the same.
  if (r.status !== 0 && r.status !== 1) throw new Error(`casefile failed (${r.status}): ${r.stderr.slice(-500)}`)
  const rss = Number(/max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024
  // The most workers the batch had at once (it adds them as the queue repays their start: src/batch/schedule.ts).
  const workers = Number(/pool: (\d+) workers? at most/.exec(r.stderr)?.[1] ?? NaN)
  return { wall, rss, workers }
}

/**
 * Two casefile processes at once, `--jobs 1` each, over the two halves of `--shard`: what a
 * second core gives casefile with nothing shared between the two (no coordinator, no pool).
 */
async function batchTwice(dir) {
  const child = (k) =>
    new Promise((done, fail) => {
      const out = join(work, `out-shard-${k}`)
      rmSync(out, { recursive: true, force: true })
      const p = spawn(
        process.execPath,
        [bin, 'compile', dir, '--out-dir', out, '--jobs', '1', '--shard', `${k}/2`, '-q'],
        { stdio: 'ignore' }
      )
      p.on('exit', (code) =>
        code === 0 || code === 1 ? done() : fail(new Error(`casefile --shard ${k}/2 exited ${code}`))
      )
    })
  const start = process.hrtime.bigint()
  await Promise.all([child(1), child(2)])
  return ms(start)
}

/** Wall times of several commands, taken in turn (so that a noisy moment hits them all alike): medians. */
function walls(commands, times = 15) {
  const samples = commands.map(() => [])
  for (let i = 0; i < times; i++)
    commands.forEach((args, k) => {
      const start = process.hrtime.bigint()
      const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' })
      samples[k].push(ms(start))
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`)
    })
  return samples.map(median)
}

const big = corpus(files)
const paths = list(big)
console.log(`casefile bench: ${paths.length} generated memos, ${runs} runs each, medians\n`)

bare(paths.slice(0, 200)) // warm the file cache and the JIT
// Rounds of every measure in turn, so that a busy moment on a shared machine hits them alike; the
// ratios are taken within each round, then their median.
const rounds = []
for (let i = 0; i < runs; i++)
  rounds.push({
    bare: bare(paths),
    one: batch(big, 1),
    base: baseline ? batch(big, 1, {}, [], baseline) : null,
    two: batch(big, 2),
    bareTwo: await bareTwice(paths),
    twoProcesses: await batchTwice(big),
    remarkOnly: batch(big, 1, { CASEFILE_FAST_PARSE: '0' }),
    // Without V8's optimizing compiler: each worker thread optimizes its own copy of the code on
    // V8's background threads, which a second core runs for free when there is one worker.
    // (Without the code cache: it was made without V8 flags, and a run with them would reject it.)
    oneNoOpt: batch(big, 1, { CASEFILE_CODE_CACHE: '0' }, ['--no-opt']),
    twoNoOpt: batch(big, 2, { CASEFILE_CODE_CACHE: '0' }, ['--no-opt'])
  })
// The fast path counts what it takes: parse every input once the way a worker does, and read the count.
for (const p of paths) parseMarkdown(readFileSync(p, 'utf8'))
const { taken: fast } = fastPathCounts()
const two = rounds.map((r) => r.two)
const rate = (t) => (paths.length / (t / 1000)).toFixed(0)
const mid = (f) => median(rounds.map(f))
console.log(`throughput (files/s; ratios within each round, median of ${runs} rounds)`)
console.log(`  bare remark-parse, 1 thread   ${rate(mid((r) => r.bare))}`)
console.log(
  `  casefile --jobs 1             ${rate(mid((r) => r.one.wall))}   full/bare ` +
    `${mid((r) => r.bare / r.one.wall).toFixed(2)}  (target ≥ 0.90)`
)
if (baseline)
  console.log(
    `  baseline --jobs 1 (${process.env.BENCH_BASELINE})   ${rate(mid((r) => r.base.wall))}   this/baseline ` +
      `${mid((r) => r.base.wall / r.one.wall).toFixed(2)}  (target ≥ 0.90)`
  )
console.log(
  `  casefile --jobs 2             ${rate(mid((r) => r.two.wall))}   jobs2/jobs1 ` +
    `${mid((r) => r.one.wall / r.two.wall).toFixed(2)}  (target ≥ 1.6; workers: ` +
    `${rounds.map((r) => r.two.workers).join(', ')})`
)
console.log(
  `  bare remark-parse, 2 processes ${rate(mid((r) => r.bareTwo))}   two/one ` +
    `${mid((r) => r.bare / r.bareTwo).toFixed(2)}  (this machine's own gain from a second core, for the parser alone)`
)
console.log(
  `  casefile --jobs 1 in 2 processes at once (--shard 1/2, 2/2)   ${rate(mid((r) => r.twoProcesses))}   ` +
    `two/one ${mid((r) => r.one.wall / r.twoProcesses).toFixed(2)}  (nothing shared between the two)`
)
console.log(
  `  node --no-opt: casefile --jobs 1 ${rate(mid((r) => r.oneNoOpt.wall))}, --jobs 2 ` +
    `${rate(mid((r) => r.twoNoOpt.wall))}   jobs2/jobs1 ` +
    `${mid((r) => r.oneNoOpt.wall / r.twoNoOpt.wall).toFixed(2)}  (without the optimizing compiler's background work)`
)
console.log(
  `  casefile --jobs 1, remark-parse for every input (CASEFILE_FAST_PARSE=0)   ` +
    `${rate(mid((r) => r.remarkOnly.wall))}   full/bare ${mid((r) => r.bare / r.remarkOnly.wall).toFixed(2)}`
)
console.log(
  `  inputs the fast path took: ${fast} of ${paths.length} (${((100 * fast) / paths.length).toFixed(1)} %; ` +
    `the rest were parsed with remark-parse)`
)

const small = corpus(Math.min(1000, files))
const rssSmall = median(Array.from({ length: runs }, () => batch(small, 2).rss))
const rssBig = median(two.map((r) => r.rss))
console.log(`\npeak RSS (MiB, --jobs 2)`)
console.log(`  ${Math.min(1000, files)} inputs   ${rssSmall.toFixed(0)}`)
console.log(
  `  ${paths.length} inputs   ${rssBig.toFixed(0)}   ratio ${(rssBig / rssSmall).toFixed(2)}  (targets ≤ 256 ` +
    `MiB, ≤ 1.2)`
)

const [node, single, ver] = walls(
  [
    ['-e', '0'],
    [bin, 'compile', 'fixtures/RUN-24-2020.md', '-q'],
    [bin, '--version']
  ],
  21
)
console.log(`\ncold start (ms, median of 21, taken in turn)`)
console.log(`  node -e 0                                   ${node.toFixed(0)}`)
console.log(
  `  casefile compile fixtures/RUN-24-2020.md    ${single.toFixed(0)}   ratio ${(single / node).toFixed(2)}  ` +
    `(target ≤ 1.5)`
)
console.log(
  `  casefile --version                          ${ver.toFixed(0)}   ratio ${(ver / node).toFixed(2)}  (target ≤ 1.3)`
)
