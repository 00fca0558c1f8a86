/**
 * Compile one input in a worker thread under a time and a memory limit: the
 * single-file path for inputs that look pathological, or when --timeout is given.
 */
import { Piscina } from 'piscina'
import type { Task, TaskResult } from './worker.js'

export class GuardError extends Error {
  override name = 'GuardError'
}

export async function compileGuarded(task: Task, limits: { timeoutMs: number; maxMemoryMb: number }): Promise<TaskResult> {
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb }
  })
  pool.on('error', () => {})
  try {
    const [result] = (await pool.run(task, { signal: AbortSignal.timeout(limits.timeoutMs) })) as TaskResult[]
    return result!
  } catch (error) {
    const e = error as { name?: string; code?: string }
    if (e.name === 'AbortError') throw new GuardError(`took longer than --timeout ${limits.timeoutMs} ms; stopped`)
    if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new GuardError(`needed more memory than --max-memory ${limits.maxMemoryMb} MB; stopped`)
    throw error
  } finally {
    await pool.destroy()
  }
}
