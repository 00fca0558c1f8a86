/**
 * GitHub Actions workflow commands:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`.
 */
import { levelOf, span, type Reporter } from './types.js'
import { maskPersonalNumbers } from './text.js'

/**
 * Escape a message: `%`, CR and LF as the runner decodes them; any other control
 * character (an escape sequence in a file name would drive the log viewer) is
 * shown percent-encoded, never raw.
 */
export function escapeData(value: string): string {
  return value
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** Escape a property value: as data, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

export const github: Reporter = (results) => {
  const out: string[] = []
  for (const r of results) {
    if (r.ioError)
      out.push(
        `::error file=${escapeProperty(r.path)},title=${escapeProperty('casefile')}::` +
          escapeData(maskPersonalNumbers(r.ioError))
      )
    for (const m of r.file?.messages ?? []) {
      const s = span(m)
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${s.line}`,
        `endLine=${s.endLine}`,
        `col=${s.column}`,
        `endColumn=${s.endColumn}`,
        `title=${escapeProperty(`casefile (${m.ruleId ?? 'casefile'})`)}`
      ]
      out.push(`::${COMMAND[levelOf(m)]} ${props.join(',')}::${escapeData(maskPersonalNumbers(m.reason))}`)
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}
