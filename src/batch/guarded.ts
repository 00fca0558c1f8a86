/**
 * Work in a worker thread under a time and a memory limit, and the words for
 * what stopped it. `compileGuarded` is the single-file path for inputs that look
 * pathological, or when --timeout is given; the batch uses the same pieces.
 */
import { Piscina } from 'piscina'
import type { Task, TaskResult } from './worker.js'

export interface Limits {
  timeoutMs: number
  maxMemoryMb: number
}

export class GuardError extends Error {
  override name = 'GuardError'
}

/**
 * Run a task with its time budget, which starts now and is cleared as soon as the
 * task is done (AbortSignal.timeout would keep a timer and raise an exception
 * for every task).
 */
export async function runWithin(pool: Piscina, task: Task, timeoutMs: number): Promise<TaskResult[]> {
  const budget = new AbortController()
  const timer = setTimeout(() => budget.abort(), timeoutMs)
  try {
    return (await pool.run(task, { signal: budget.signal })) as TaskResult[]
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

export async function compileGuarded(task: Task, limits: Limits): Promise<TaskResult> {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb }
  })
  pool.on('error', () => {})
  try {
    const [result] = await runWithin(pool, task, limits.timeoutMs)
    return result!
  } catch (error) {
    const guard = guardThatStopped(error, limits)
    if (guard) throw new GuardError(`${guard}; stopped`)
    throw error
  } finally {
    await pool.destroy()
  }
}
