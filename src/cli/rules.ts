/**
 * `casefile rules`: every id a message can carry. The rules, with their default
 * severity, category and one line; then the failures (an input that could not be
 * read or exported), which no configuration changes.
 */
import { rules } from '../rules/index.js'
import { failures } from '../rules/failures.js'
import type { Io } from './io.js'

export function runRules(io: Io): number {
  const width = Math.max(...rules.map((r) => r.id.length), ...failures.map((f) => f.id.length))
  const row = (id: string, level: string, category: string, description: string) =>
    `${id.padEnd(width)}  ${level.padEnd(5)}  ${category.padEnd(10)}  ${description}`
  const lines = [
    row('rule', 'level', 'category', 'description'),
    ...rules.map((r) => row(r.id, r.severity, r.category, r.description)),
    '',
    row('failure', 'level', 'stage', 'description (always an error; the input gets no record)'),
    ...failures.map((f) => row(f.id, 'fatal', f.stage, f.description))
  ]
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}
