/**
 * What reporters print of a path or a message: never a valid personal identity
 * or coordination number (masked, `19121212-XXXX`, whichever rule's message
 * carried it), and, for a terminal or a CI log, never a control character (a
 * file name with a newline and `::error file=…::` would start a GitHub Actions
 * workflow command; an escape sequence would drive the terminal): each is shown
 * escaped, as `\n`, `\x1b`, `\u202e`.
 */
import { maskPersonalNumbers } from '../../rules/personal-number.js'

export { maskPersonalNumbers }

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

export function printable(text: string): string {
  return text.replace(
    CONTROL,
    (c) =>
      NAMED[c] ??
      (c.charCodeAt(0) <= 0xff
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16)}`)
  )
}

/** For a human reading a terminal or a log: masked and printable. */
export function forHumans(text: string): string {
  return printable(maskPersonalNumbers(text))
}
