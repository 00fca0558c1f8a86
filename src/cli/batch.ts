/**
 * A batch as `casefile compile` asks for it: the inputs as given (patterns and
 * a --files-from list), expanded, de-duplicated and cut to the --shard, then
 * run. Expanding 10,000 paths is done where the batch runs (the coordinator
 * thread, for the command line), not on the main thread.
 */
import { resolve } from 'node:path'
import { commonDirectory, describeOtherTypes, expandInputs, ignoredWarning, nameUnder } from '../inputs.js'
import { printable } from '../check/reporters/text.js'
import { runBatch, type BatchOptions, type BatchSettings, type BatchSummary } from '../batch/run.js'
import { inShard, type Shard } from '../batch/shard.js'

export interface BatchRequest {
  patterns: string[]
  /** Paths from --files-from, one a line. */
  listed: string[]
  ignorePatterns: string[]
  /** --root: the folder the out dir mirrors, instead of each input's own root. */
  root: string | null
  shard: Shard | null
  /** Follow symbolic links that lead outside an input directory. */
  followSymlinks: boolean
  settings: Omit<BatchSettings, 'inputs'>
}

export interface BatchOutcome {
  /** null when no input was found: nothing ran, and nothing was written. */
  summary: BatchSummary | null
  /** Inputs named but not found (each reported on stderr). */
  missing: number
}

export async function runRequest(
  request: BatchRequest,
  context: Pick<BatchOptions, 'configFor' | 'stdout' | 'stderr' | 'onStop'>
): Promise<BatchOutcome> {
  const { settings, shard } = request
  const root = request.root === null ? undefined : resolve(settings.cwd, request.root)
  // `.casefileignore` leaves out for compile what it leaves out for check: one tool, one set of inputs.
  const expanded = await expandInputs(request.patterns, settings.cwd, request.ignorePatterns, {
    followSymlinks: request.followSymlinks,
    ...(root ? { root } : {})
  })
  for (const m of expanded.missing) context.stderr.write(`casefile: ${printable(m.path)}: ${m.reason}\n`)
  if (!settings.quiet)
    for (const i of expanded.ignored)
      context.stderr.write(`casefile: warning: ${printable(i.path)}: ${ignoredWarning(i.by, 'compiled')}\n`)
  // Paths from --files-from are named under --root, or under their common directory.
  const listedRoot = root ?? commonDirectory(request.listed.map((p) => resolve(settings.cwd, p)))
  const nameOf = (p: string) => expanded.names.get(p) ?? nameUnder(listedRoot!, resolve(settings.cwd, p)) ?? p
  const leftOut = shard ? expanded.leftOut.filter((l) => inShard(l.name, shard)) : expanded.leftOut
  const seen = new Set<string>()
  const inputs = [...expanded.files, ...request.listed].filter((p) => {
    if (seen.has(p)) return false
    seen.add(p)
    return shard ? inShard(nameOf(p), shard) : true
  })
  if (inputs.length === 0 && leftOut.length === 0 && expanded.missing.length > 0)
    return { summary: null, missing: expanded.missing.length }
  const otherTypes = describeOtherTypes(expanded.otherTypes)
  const summary = await runBatch({
    ...settings,
    inputs,
    leftOut,
    names: inputs.map(nameOf),
    complete: shard === null,
    ...context,
    ...(otherTypes ? { otherTypes } : {})
  })
  return { summary, missing: expanded.missing.length }
}
