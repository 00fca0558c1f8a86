/**
 * Work in a worker thread under a time and a memory limit, and the words for
 * what stopped it. `compileGuarded` and `GuardedWorker` are the single-file path
 * (compile, check, ast) for inputs over a few kilobytes, inputs that look
 * pathological, inputs read with a configuration's own patterns, and any input
 * when --timeout is given; the batch uses the same pieces.
 */
import { Piscina } from 'piscina'
import type { Task, TaskOutcome, TaskResult } from './worker.js'

export interface Limits {
  timeoutMs: number
  maxMemoryMb: number
}

/**
 * Each worker's young generation (MiB). V8 grows it as a long batch goes on:
 * peak memory for 10,000 inputs against 1,000 measured 1.09–1.11× with 8,
 * 1.09–1.12× with 12 and 1.13–1.17× with 16, at speeds within this machine's
 * noise of each other.
 */
const YOUNG_GENERATION_MB = 8

/**
 * Worker threads that compile (worker.ts), each under the memory ceiling. A
 * worker that dies is reported through its task, and the pool replaces it.
 */
/**
 * The worker's entry (CommonJS, see worker-entry.cts): beside this module when built
 * (dist/batch, dist/bundle); run from source (the tests run `main` in-process from
 * src/), the bundled one, since a worker thread cannot load TypeScript (one file
 * starts a worker in about half the time of tsc's hundred).
 */
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/bundle/worker-entry.cjs', import.meta.url)
  : new URL('./worker-entry.cjs', import.meta.url)

export function workerPool(threads: number, maxMemoryMb: number): Piscina {
  const pool = new Piscina({
    filename: WORKER.href,
    // Started only for a task, never ahead of one: Node 20 aborts the whole process (a fatal
    // `IsGraphAsync` error) when a worker is terminated while it still loads its module, as
    // `destroy()` would a spare worker at the end of a run whose inputs all failed before
    // reaching one, or the replacement of a worker a guard has just stopped.
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 1000,
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  })
  // An 'error' event nobody listens to would throw; a task's own failure reaches the task's caller.
  pool.on('error', () => undefined)
  return pool
}

export class GuardError extends Error {
  override name = 'GuardError'
}

/**
 * Run a task with its time budget, which starts now and is cleared as soon as the
 * task is done (AbortSignal.timeout would keep a timer and raise an exception
 * for every task).
 */
export async function runWithin(pool: Piscina, task: Task, timeoutMs: number): Promise<TaskOutcome> {
  const budget = new AbortController()
  const timer = setTimeout(() => budget.abort(), timeoutMs)
  try {
    return (await pool.run(task, { signal: budget.signal })) as TaskOutcome
  } finally {
    clearTimeout(timer)
  }
}

/** Which guard stopped a task, in words; null when it was something else. */
export function guardThatStopped(error: unknown, limits: Limits): string | null {
  const e = error as { name?: string; code?: string }
  if (e.name === 'AbortError') return `took longer than --timeout ${limits.timeoutMs} ms`
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return `needed more memory than --max-memory ${limits.maxMemoryMb} MB`
  return null
}

/**
 * One guarded worker for the single inputs of a run (the files `casefile check`
 * works on one after another): started when first needed, replaced when a guard
 * stops it.
 */
export class GuardedWorker {
  private pool: Piscina | null = null
  constructor(private readonly limits: Limits) {}

  async run(task: Task): Promise<TaskResult> {
    this.pool ??= workerPool(1, this.limits.maxMemoryMb)
    try {
      const { results } = await runWithin(this.pool, task, this.limits.timeoutMs)
      return results[0]!
    } catch (error) {
      const guard = guardThatStopped(error, this.limits)
      if (guard) throw new GuardError(`${guard}; stopped`)
      throw error
    }
  }

  async destroy(): Promise<void> {
    await this.pool?.destroy()
    this.pool = null
  }
}

export async function compileGuarded(task: Task, limits: Limits): Promise<TaskResult> {
  const worker = new GuardedWorker(limits)
  try {
    return await worker.run(task)
  } finally {
    await worker.destroy()
  }
}
