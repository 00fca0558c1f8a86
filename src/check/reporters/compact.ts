/**
 * One line a message, `file:line:col: severity message [rule]`: ESLint's unix
 * format and markdownlint-cli2's default, for editors, grep and problem matchers.
 */
import { levelOf, span, type Reporter } from './types.js'

export const compact: Reporter = (results) => {
  const out: string[] = []
  for (const r of results) {
    if (r.ioError) out.push(`${r.path}:1:1: error ${r.ioError}`)
    for (const m of r.file?.messages ?? []) {
      const s = span(m)
      out.push(
        `${r.path}:${s.line}:${s.column}: ${levelOf(m)} ` +
          `${m.reason.replace(/[\r\n]+/g, ' ')}${m.ruleId ? ` [${m.ruleId}]` : ''}`
      )
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}
