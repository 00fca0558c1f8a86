/**
 * How many worker threads a batch uses: one at once, and another only when the
 * inputs still queued are enough work to repay its start. A worker's start is
 * not free: loading the compiler into a new thread, and then warming it up (each
 * thread's V8 optimizes its own copy of the code, on the cores the other workers
 * use). A short batch on two cores was slower with two workers than with one.
 *
 * The batch measures both costs as it runs (`CostMeter`): what an input costs a
 * worker, and what starting one cost. `workersFor` then says how many workers
 * the remaining queue is worth.
 */

/**
 * How many times its start-up cost a worker must save before it is added. Large,
 * for three reasons. The costs are read after the first SETTLING_TASKS tasks,
 * while the code is still cold: what an input costs then is several times what
 * it costs warm (5–15 ms against 0.8–3.6 ms at the end of the same runs, on a
 * busy two-core machine), and the start, read against it, comes out small. The
 * saving is reckoned as if the work split evenly, which a second worker on two
 * cores does not reach (1.3–1.4× the speed of one after warm-up, not 2×). And a
 * new worker warms up again, on the cores the others use. With 20, the first
 * look at a batch on that machine adds the second worker from about 2,000–3,500
 * queued inputs (bench/README.md, How many workers).
 */
export const START_FACTOR = 20

/**
 * Tasks done before the pool may grow: the first tasks run
 * cold (unoptimized code), so what an input costs is overstated until then, and
 * a batch of a few groups never pays for a second worker anyway.
 */
export const SETTLING_TASKS = 3

export interface PoolLoad {
  /** Inputs not yet handed to a worker. */
  queued: number
  /** What one input costs a worker, in ms (measured). */
  perFileMs: number
  /** What starting a worker costs, in ms (measured): loading it, and its warm-up. */
  startupMs: number
  /** --jobs: the most workers there may be. */
  jobs: number
}

/**
 * The number of workers the queue repays, from 1 to `jobs`. With the queue's
 * work W = queued × perFileMs split over w workers, worker w + 1 saves
 * W/w − W/(w + 1) of wall time; it is added when that is at least `factor` times
 * its start-up cost. For a second worker: W ≥ 2 × factor × startupMs.
 */
export function workersFor(load: PoolLoad, factor = START_FACTOR): number {
  const { queued, perFileMs, startupMs, jobs } = load
  const work = queued * perFileMs
  // A measure that is not a number (no input timed yet) adds nothing.
  if (!(work > 0) || !(startupMs >= 0)) return 1
  let workers = 1
  while (workers < jobs && work / workers - work / (workers + 1) >= factor * startupMs) workers++
  return workers
}

/** What a worker reports with a task's results: how long they took. */
export interface TaskTiming {
  /** The time the task's inputs took the worker, in ms. */
  workMs: number
  /** Inputs in the task. */
  files: number
}

/** Tasks whose time per input makes the estimate of what an input costs: their median. */
const RECENT = 3

/**
 * The two costs, measured on the batch's own inputs. What an input costs: the
 * median time per input of the last RECENT tasks, which follows the workers as
 * they warm up and is not thrown by one busy moment. What a start costs: what
 * the first task (which an empty pool had to start a worker for) took, from
 * being handed out to its results, beyond what its inputs cost now, warm: the
 * thread's start, loading the compiler, and running its first inputs cold.
 */
export class CostMeter {
  /** Tasks done. */
  tasks = 0
  private readonly recent: number[] = []
  private first: { roundTripMs: number; files: number } | null = null

  /** Account for a task that took `roundTripMs` from being handed out to its results. */
  record(timing: TaskTiming, roundTripMs: number): void {
    this.tasks++
    this.first ??= { roundTripMs, files: timing.files }
    if (timing.files === 0) return
    this.recent.push(timing.workMs / timing.files)
    if (this.recent.length > RECENT) this.recent.shift()
  }

  /** Have enough tasks been done for the costs to be taken as measured? */
  get settled(): boolean {
    return this.tasks >= SETTLING_TASKS
  }

  /** What an input costs a worker, in ms: NaN until a task is done. */
  get perFileMs(): number {
    if (this.recent.length === 0) return Number.NaN
    const sorted = [...this.recent].sort((a, b) => a - b)
    return sorted[Math.floor((sorted.length - 1) / 2)]!
  }

  /** What starting a worker costs, in ms: NaN until a task is done. */
  get startupMs(): number {
    if (!this.first) return Number.NaN
    return Math.max(0, this.first.roundTripMs - this.first.files * this.perFileMs)
  }
}
