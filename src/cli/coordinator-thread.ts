/**
 * The thread that runs a batch for `casefile compile` (see coordinator.ts): its
 * standard output and error are the process's, passed on by Node.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runRequest } from './batch.js'
import { configsFor } from './configs.js'
import type { CoordinatorReport, CoordinatorStart } from './coordinator.js'

const { request, config } = workerData as CoordinatorStart
const port = parentPort!

// Ctrl-C may come while the inputs are still being expanded: remembered until the batch listens.
let stopRequested = false
let stopBatch: (() => void) | null = null
const onMessage = (message: unknown) => {
  if (message !== 'stop') return
  stopRequested = true
  stopBatch?.()
}
port.on('message', onMessage)

let report: CoordinatorReport
try {
  const configs = await configsFor(request.settings.cwd, config, null)
  const outcome = await runRequest(request, {
    configFor: (absolute) => configs.forFile(absolute),
    stdout: process.stdout,
    stderr: process.stderr,
    onStop: (stop) => {
      stopBatch = stop
      if (stopRequested) stop()
      return () => (stopBatch = null)
    }
  })
  report = { outcome }
} catch (error) {
  if (!(error instanceof Error && error.name === 'ConfigError')) throw error
  report = { configError: error.message }
}
port.off('message', onMessage)
port.postMessage(report)
