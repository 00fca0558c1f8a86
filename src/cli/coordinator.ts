/**
 * `casefile compile` runs a batch in a thread of its own (coordinator-thread.ts):
 * the thread that hands out inputs, keeps the manifest and streams records
 * allocates a little for every input, and V8 grows that thread's young
 * generation by itself as a long batch goes on (8 → 32 MiB on the main thread,
 * which a program cannot cap once started). A worker's can be capped, so the
 * memory of 10,000 inputs stays near that of 1,000. The main thread only starts
 * the batch, passes Ctrl-C and SIGTERM on, and waits for the summary; even the
 * inputs are expanded in the coordinator (src/cli/batch.ts).
 */
import { Worker } from 'node:worker_threads'
import type { BatchOutcome, BatchRequest } from './batch.js'

const THREAD = new URL('./coordinator-thread.js', import.meta.url)
/** The coordinator's young generation (MiB): enough that it collects rarely, small enough to stay put. */
const YOUNG_GENERATION_MB = 8

export interface CoordinatorStart {
  request: BatchRequest
  /** --config: a path, false for --no-config, undefined to look for configuration files. */
  config: string | false | undefined
}

/** What the thread sends back: the summary, or a configuration that could not be used. */
export type CoordinatorReport = { outcome: BatchOutcome } | { configError: string }

export function runCoordinator(request: BatchRequest, config: string | false | undefined): Promise<BatchOutcome> {
  return new Promise((done, fail) => {
    const start: CoordinatorStart = { request, config }
    const worker = new Worker(THREAD, {
      workerData: start,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
    })
    const stop = () => worker.postMessage('stop')
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    let report: CoordinatorReport | null = null
    let failure: Error | null = null
    worker.on('message', (message: CoordinatorReport) => (report = message))
    worker.on('error', (error) => (failure = error))
    worker.on('exit', () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      if (report && 'outcome' in report) done(report.outcome)
      else if (report) fail(Object.assign(new Error(report.configError), { name: 'ConfigError' }))
      else fail(failure ?? new Error('the batch thread stopped without a summary'))
    })
  })
}
