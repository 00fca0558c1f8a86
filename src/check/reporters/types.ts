import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** One checked input: its messages, or why it could not be read. */
export interface CheckResult {
  path: string
  file: VFile | null
  /** Set when the file could not be read at all (exit 2). */
  ioError: string | null
}

export interface ReporterOptions {
  color: boolean
  version: string
  /** The terminal's width in columns, when the report goes to one (stylish wraps to it). */
  width?: number
}

export type Reporter = (results: CheckResult[], options: ReporterOptions) => string

export type Level = 'error' | 'warning' | 'info'

export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function counts(results: CheckResult[]): Record<Level, number> {
  const out: Record<Level, number> = { error: 0, warning: 0, info: 0 }
  for (const r of results) {
    if (r.ioError) out.error++
    for (const m of r.file?.messages ?? []) out[levelOf(m)]++
  }
  return out
}

/** Start and end of a message, 1-based, with the end defaulting to the start. */
export function span(message: VFileMessage) {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const endLine = message.place && 'end' in message.place ? message.place.end.line : line
  const endColumn = message.place && 'end' in message.place ? message.place.end.column : column
  return { line, column, endLine, endColumn }
}
