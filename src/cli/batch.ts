/**
 * A batch as `casefile compile` asks for it: the inputs as given (patterns and
 * a --files-from list), expanded, de-duplicated and cut to the --shard, then
 * run. Expanding 10,000 paths is done where the batch runs (the coordinator
 * thread, for the command line), not on the main thread.
 */
import { expandInputs } from '../inputs.js'
import { printable } from '../check/reporters/text.js'
import { runBatch, type BatchOptions, type BatchSettings, type BatchSummary } from '../batch/run.js'
import { inShard, type Shard } from '../batch/shard.js'

export interface BatchRequest {
  patterns: string[]
  /** Paths from --files-from, one a line. */
  listed: string[]
  ignorePatterns: string[]
  shard: Shard | null
  /** Follow symbolic links that lead outside an input directory. */
  followSymlinks: boolean
  settings: Omit<BatchSettings, 'inputs'>
}

export interface BatchOutcome {
  summary: BatchSummary
  /** Inputs named but not found (each reported on stderr). */
  missing: number
}

export async function runRequest(request: BatchRequest, context: Pick<BatchOptions, 'vocabularyFor' | 'configSourceFor' | 'stdout' | 'stderr' | 'onStop'>): Promise<BatchOutcome> {
  const { settings, shard } = request
  const expanded = await expandInputs(request.patterns, settings.cwd, request.ignorePatterns, { ignoreFile: false, followSymlinks: request.followSymlinks })
  for (const m of expanded.missing) context.stderr.write(`casefile: ${printable(m.path)}: ${m.reason}\n`)
  const leftOut = shard ? expanded.leftOut.filter((l) => inShard(l.path, shard)) : expanded.leftOut
  const seen = new Set<string>()
  const inputs = [...expanded.files, ...request.listed].filter((p) => {
    if (seen.has(p)) return false
    seen.add(p)
    return shard ? inShard(p, shard) : true
  })
  const summary = await runBatch({ ...settings, inputs, leftOut, ...context })
  return { summary, missing: expanded.missing.length }
}
