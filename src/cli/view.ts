/**
 * The page commands (review, report, diff), loaded together when one of them
 * runs. The bundle builds this file on its own (dist/bundle/view.cjs) with the
 * HTML libraries, so that `compile` and `check` never load or parse them.
 *
 * Each command maps its own usage errors to exit 2 here: in the bundle this
 * file has its own copy of errors.ts, whose classes main.ts does not know.
 */
import { UsageError } from '../errors.js'
import { writeError, type Io } from './io.js'
import { runReview as review } from './review.js'
import { runReport as reportCommand } from './archive-report.js'
import { runDiff as diffCommand } from './diff.js'

function exitOnUsage<A extends unknown[]>(run: (io: Io, ...args: A) => number | Promise<number>) {
  return async (io: Io, ...args: A): Promise<number> => {
    try {
      return await run(io, ...args)
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      writeError(io.stderr, error.message)
      return 2
    }
  }
}

export const runReview = exitOnUsage(review)
export const runReport = exitOnUsage(reportCommand)
export const runDiff = exitOnUsage(diffCommand)
