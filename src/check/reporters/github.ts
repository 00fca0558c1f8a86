/**
 * GitHub Actions workflow commands:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`.
 */
import { levelOf, span, type Reporter } from './types.js'

/** Escape a message: `%`, CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property value: as data, plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

export const github: Reporter = (results) => {
  const out: string[] = []
  for (const r of results) {
    if (r.ioError) out.push(`::error file=${escapeProperty(r.path)},title=${escapeProperty('casefile')}::${escapeData(r.ioError)}`)
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
      out.push(`::${COMMAND[levelOf(m)]} ${props.join(',')}::${escapeData(m.reason)}`)
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}
