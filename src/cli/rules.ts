/** `casefile rules`: every rule with its id, default severity and one line. */
import { rules } from '../check/rules/index.js'
import type { Io } from './io.js'

export function runRules(io: Io): number {
  const width = Math.max(...rules.map((r) => r.id.length))
  const lines = rules.map(
    (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.category.padEnd(10)}  ${r.description}`
  )
  io.stdout.write(
    `${'rule'.padEnd(width)}  ${'level'.padEnd(5)}  ${'category'.padEnd(10)}  description\n${lines.join('\n')}\n`
  )
  return 0
}
