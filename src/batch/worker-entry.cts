/**
 * The file piscina loads in each worker thread. piscina `require`s it: were it an ES module,
 * Node 20 would load it through require(esm), whose synchronous instantiation aborts the whole
 * process (a fatal `v8::Module::IsGraphAsync` error) when the worker is terminated meanwhile, as a
 * guard does to a worker that takes too long, even while it still loads. As CommonJS it loads
 * plainly, and the worker's ES module (worker.js beside it) comes through an asynchronous import.
 */
import type { Task, TaskResult } from './worker.js'

let loaded: Promise<{ default: (task: Task) => TaskResult[] }> | null = null

function run(task: Task): Promise<TaskResult[]> {
  loaded ??= import('./worker.js')
  return loaded.then((worker) => worker.default(task))
}
export = run
