/**
 * Bytes → text. Strict UTF-8: a byte sequence that is not UTF-8 is a fatal,
 * positioned error, never mojibake. A leading byte order mark is removed (line
 * and column positions are unaffected: the BOM is not a column); CRLF and CR
 * line endings are accepted as they are.
 */
import { CasefileError } from '../errors.js'
import { messages } from '../messages.js'

export interface DecodeOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number
}

/** Line and column (1-based) of a byte offset, counting characters of the valid prefix. */
function placeOf(bytes: Uint8Array, offset: number) {
  const prefix = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, offset))
  const lines = prefix.split(/\r\n|\r|\n/)
  const line = lines.length
  const column = (lines.at(-1)?.length ?? 0) + 1
  const point = { line, column, offset: prefix.length }
  return { start: point, end: point }
}

/** Offset of the first byte that breaks UTF-8, found by a scan that follows the encoding rules. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    let min = 0
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (0xff >> (need + 2))
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): string {
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes)
    throw new CasefileError(messages.tooLarge(bytes.length, options.maxBytes), 'too-large')
  const nul = bytes.indexOf(0)
  if (nul >= 0) throw new CasefileError(messages.binary(nul), 'binary', placeOf(bytes, nul))
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return text
  } catch {
    const at = firstInvalidByte(bytes)
    throw new CasefileError(messages.invalidUtf8(Math.max(at, 0)), 'invalid-utf8', placeOf(bytes, Math.max(at, 0)))
  }
}
