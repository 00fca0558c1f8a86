/**
 * The file piscina loads in each worker thread. piscina `require`s it: were it an ES module,
 * Node 20 would load it through require(esm), whose synchronous instantiation aborts the whole
 * process (a fatal `v8::Module::IsGraphAsync` error) when the worker is terminated meanwhile, as a
 * guard does to a worker that takes too long, even while it still loads. As CommonJS it loads
 * plainly, and the worker's ES module (worker.js beside it) comes through an asynchronous import.
 *
 * With the results goes the time the inputs took: the batch measures from it what an input
 * costs, to decide whether another worker would pay for its start (schedule.ts).
 */
import type { Task, TaskOutcome, TaskResult } from './worker.js'

let loaded: Promise<{ default: (task: Task) => TaskResult[] }> | null = null

async function run(task: Task): Promise<TaskOutcome> {
  loaded ??= import('./worker.js')
  const worker = await loaded
  const start = performance.now()
  const results = worker.default(task)
  return { results, workMs: performance.now() - start, files: task.inputs.length }
}
export = run
