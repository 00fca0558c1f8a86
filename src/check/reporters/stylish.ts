/** Grouped by file, one line a message, a summary at the end (like ESLint's stylish). */
import { Chalk } from 'chalk'
import { counts, levelOf, span, type Reporter } from './types.js'
import { forHumans, printable } from './text.js'

export const stylish: Reporter = (results, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue }
  const out: string[] = []
  for (const result of results) {
    const messages = result.file?.messages ?? []
    if (!result.ioError && messages.length === 0) continue
    out.push(chalk.underline(forHumans(result.path)))
    if (result.ioError) out.push(`  ${paint.error('error')}  ${forHumans(result.ioError)}`)
    const rows = messages.map((m) => {
      const s = span(m)
      const level = levelOf(m)
      return [`${s.line}:${s.column}-${s.endLine}:${s.endColumn}`, level, forHumans(m.reason), printable(m.ruleId ?? '')] as const
    })
    // A loop, not Math.max(...lengths): 150,000 findings would overflow the stack as arguments.
    const widths = [0, 0, 0]
    for (const row of rows) for (let i = 0; i < 3; i++) widths[i] = Math.max(widths[i]!, row[i]!.length)
    for (const [place, level, reason, ruleId] of rows)
      out.push(`  ${chalk.dim(place.padEnd(widths[0]!))}  ${paint[level](level.padEnd(widths[1]!))}  ${reason.padEnd(widths[2]!)}  ${chalk.dim(ruleId)}`)
    out.push('')
  }
  const c = counts(results)
  const total = c.error + c.warning + c.info
  if (total === 0) return ''
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const summary = `${c.error > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)`
  out.push((c.error > 0 ? chalk.red : c.warning > 0 ? chalk.yellow : chalk.blue).bold(summary))
  return `${out.join('\n')}\n`
}
