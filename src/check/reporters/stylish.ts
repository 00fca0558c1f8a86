/**
 * Grouped by file, one row a message, a summary at the end (like ESLint's
 * stylish). The place and severity columns are aligned; the message is not
 * padded to the longest one. Given a width (a terminal's), a long message
 * wraps under its own column with the rule id after its last word, so no line
 * is wider than the terminal; without one (a file, a CI log), each message
 * stays on one line, to be searched.
 */
import { Chalk } from 'chalk'
import { counts, levelOf, span, type Reporter } from './types.js'
import { forHumans, printable } from './text.js'

/** Break `text` into lines of at most `width` characters at spaces (a longer word stands alone). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  lines.push(line)
  return lines
}

/** A message column narrower than this is not worth wrapping into: the row then runs on. */
const MIN_MESSAGE_WIDTH = 30

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
      return {
        place: `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`,
        level: levelOf(m),
        reason: forHumans(m.reason),
        ruleId: printable(m.ruleId ?? '')
      }
    })
    // A loop, not Math.max(...lengths): 150,000 findings would overflow the stack as arguments.
    let placeWidth = 0
    let levelWidth = 0
    for (const row of rows) {
      placeWidth = Math.max(placeWidth, row.place.length)
      levelWidth = Math.max(levelWidth, row.level.length)
    }
    const indent = 2 + placeWidth + 2 + levelWidth + 2
    for (const { place, level, reason, ruleId } of rows) {
      const head = `  ${chalk.dim(place.padEnd(placeWidth))}  ${paint[level](level.padEnd(levelWidth))}  `
      const room =
        options.width !== undefined && options.width - indent >= MIN_MESSAGE_WIDTH ? options.width - indent : Infinity
      const lines = wrap(reason, room)
      // The rule id ends the row: after the last line of the message, or below it when it does not fit.
      if (ruleId) {
        const last = lines.length - 1
        if (lines[last]!.length + 2 + ruleId.length <= room) lines[last] = `${lines[last]}  ${chalk.dim(ruleId)}`
        else lines.push(chalk.dim(ruleId))
      }
      lines.forEach((line, i) => out.push(`${i === 0 ? head : ' '.repeat(indent)}${line}`))
    }
    out.push('')
  }
  const c = counts(results)
  const total = c.error + c.warning + c.info
  if (total === 0) return ''
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const summary =
    `${c.error > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${plural(c.error, 'error')}, ` +
    `${plural(c.warning, 'warning')}, ${c.info} info)`
  out.push((c.error > 0 ? chalk.red : c.warning > 0 ? chalk.yellow : chalk.blue).bold(summary))
  return `${out.join('\n')}\n`
}
