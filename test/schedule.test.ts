/**
 * How many workers a batch starts: the rule (schedule.ts) on given costs, the
 * costs as measured from tasks, and a batch that starts one worker or two.
 */
import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { CostMeter, SETTLING_TASKS, START_FACTOR, workersFor } from '../src/batch/schedule.js'
import { root, seedPath } from './helpers.js'

describe('workersFor', () => {
  const load = { queued: 1000, perFileMs: 1, startupMs: 100, jobs: 2 }

  it('keeps one worker while the queue saves less than START_FACTOR starts', () => {
    // A second worker saves half the queue's work: 1,000 inputs × 1 ms / 2 = 500 ms < 20 × 100 ms.
    expect(START_FACTOR).toBe(20)
    expect(workersFor(load)).toBe(1)
    expect(workersFor({ ...load, queued: 3999 })).toBe(1)
  })

  it('adds the second worker when the saving reaches START_FACTOR starts', () => {
    expect(workersFor({ ...load, queued: 4000 })).toBe(2)
    expect(workersFor({ ...load, queued: 2000, perFileMs: 2 })).toBe(2)
    // A dearer start needs a longer queue.
    expect(workersFor({ ...load, queued: 4000, startupMs: 101 })).toBe(1)
  })

  it('never starts more than --jobs', () => {
    expect(workersFor({ ...load, queued: 1_000_000 })).toBe(2)
    expect(workersFor({ ...load, queued: 1_000_000, jobs: 1 })).toBe(1)
    expect(workersFor({ ...load, queued: 1_000_000, jobs: 4 })).toBe(4)
  })

  it('adds each further worker for less than the one before: worker w + 1 saves W/w − W/(w + 1)', () => {
    // W = 20,000 ms: 10,000 ms for the second, 3,333 for the third, 1,667 (< 2,000) for the fourth.
    expect(workersFor({ ...load, queued: 20_000, jobs: 4 })).toBe(3)
    // W = 24,000 ms: the fourth saves 2,000 ms, exactly 20 starts.
    expect(workersFor({ ...load, queued: 24_000, jobs: 4 })).toBe(4)
  })

  it('keeps one worker for an empty queue or costs not measured yet', () => {
    expect(workersFor({ ...load, queued: 0 })).toBe(1)
    expect(workersFor({ ...load, perFileMs: Number.NaN })).toBe(1)
    expect(workersFor({ ...load, startupMs: Number.NaN })).toBe(1)
    expect(workersFor({ ...load, queued: -64 })).toBe(1)
  })

  it('takes another factor: 0 starts --jobs workers for any queue with work in it', () => {
    expect(workersFor({ ...load, queued: 1 }, 0)).toBe(2)
    expect(workersFor({ ...load, queued: 4000 }, 21)).toBe(1)
    expect(workersFor({ ...load, queued: 1600 }, 8)).toBe(2)
  })
})

describe('CostMeter', () => {
  it('has no costs before a task is done, and is settled after SETTLING_TASKS tasks', () => {
    const meter = new CostMeter()
    expect(meter.perFileMs).toBeNaN()
    expect(meter.startupMs).toBeNaN()
    expect(SETTLING_TASKS).toBe(3)
    meter.record({ workMs: 320, files: 64 }, 500)
    meter.record({ workMs: 96, files: 64 }, 100)
    expect(meter.settled).toBe(false)
    meter.record({ workMs: 64, files: 64 }, 66)
    expect(meter.settled).toBe(true)
  })

  it('takes an input’s cost as the median of the last three tasks, and the start as the first task’s excess', () => {
    const meter = new CostMeter()
    // The first task: 500 ms from being handed out (a thread started, the compiler loaded, 64 inputs cold).
    meter.record({ workMs: 320, files: 64 }, 500)
    expect(meter.perFileMs).toBe(5)
    expect(meter.startupMs).toBe(180)
    meter.record({ workMs: 96, files: 64 }, 100)
    meter.record({ workMs: 64, files: 64 }, 66)
    // Per input: 5, 1.5, 1 → the median 1.5; the start: 500 − 64 × 1.5.
    expect(meter.perFileMs).toBe(1.5)
    expect(meter.startupMs).toBe(404)
    meter.record({ workMs: 64, files: 64 }, 66)
    // 1.5, 1, 1 → 1: the first task's 5 ms an input has left the window.
    expect(meter.perFileMs).toBe(1)
    expect(meter.startupMs).toBe(436)
    // One busy moment does not move the median.
    meter.record({ workMs: 640, files: 64 }, 650)
    expect(meter.perFileMs).toBe(1)
  })

  it('takes no time per input from a task without inputs, and never a negative start', () => {
    const meter = new CostMeter()
    meter.record({ workMs: 0, files: 0 }, 30)
    expect(meter.perFileMs).toBeNaN()
    meter.record({ workMs: 200, files: 10 }, 40)
    expect(meter.perFileMs).toBe(20)
    expect(meter.startupMs).toBe(30)
  })
})

describe('a batch', () => {
  /** A batch of `count` copies of the seed memo with --jobs 2: its summary. */
  async function batch(count: number, startFactor?: number) {
    // The built batch (its worker threads are dist/batch/worker-entry.cjs; `npm test` builds first).
    const { runBatch } = (await import(join(root, 'dist', 'batch', 'run.js'))) as typeof import('../src/batch/run.js')
    const dir = mkdtempSync(join(tmpdir(), 'casefile-schedule-'))
    mkdirSync(join(dir, 'in'))
    const seed = readFileSync(seedPath)
    const inputs = Array.from({ length: count }, (_, i) => {
      const path = `in/memo-${String(i).padStart(3, '0')}.md`
      writeFileSync(join(dir, path), seed)
      return path
    })
    return runBatch({
      inputs,
      cwd: dir,
      outDir: join(dir, 'out'),
      format: 'json',
      jobs: 2,
      maxBytes: 1_000_000,
      timeoutMs: 30_000,
      maxMemoryMb: 512,
      incremental: false,
      quiet: true,
      terminal: false,
      configFor: () => ({ vocabulary: {} }),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      ...(startFactor === undefined ? {} : { startFactor })
    })
  }

  it('of a few hundred memos starts one worker with --jobs 2', async () => {
    const summary = await batch(320)
    expect(summary.ok + summary.warnings).toBe(320)
    expect(summary.workers).toBe(1)
  })

  it('starts the second worker when the queue repays it (here: with a start that costs nothing)', async () => {
    const summary = await batch(320, 0)
    expect(summary.ok + summary.warnings).toBe(320)
    expect(summary.workers).toBe(2)
  })

  it('of a handful of memos never grows: the costs are not settled before it ends', async () => {
    const summary = await batch(2 * 64, 0)
    expect(summary.ok + summary.warnings).toBe(128)
    expect(summary.workers).toBe(1)
  })
})
