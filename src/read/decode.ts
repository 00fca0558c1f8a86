/**
 * Bytes → text. Strict UTF-8: a byte sequence that is not UTF-8 is a fatal,
 * positioned error, never mojibake. A leading byte order mark is removed (line
 * and column positions are unaffected: the BOM is not a column); CRLF and CR
 * line endings are accepted as they are.
 */
import { CasefileError } from '../errors.js'
import { messages } from '../messages.js'

import type { Encoding } from './encodings.js'
export { ENCODINGS, type Encoding } from './encodings.js'

export interface DecodeOptions {
  /** Largest input accepted, in bytes. */
  maxBytes?: number
  /** Read the bytes in this encoding on purpose (old archives); default strict UTF-8. */
  encoding?: Encoding
}

/**
 * What the bytes probably are, when they are not UTF-8: a UTF-16 byte order
 * mark, UTF-16 text without one (every other byte NUL), or single-byte Swedish
 * letters (`ä` = E4, `ö` = F6, `å` = E5) of Windows-1252 / Latin-1.
 */
export function guessEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'windows-1252' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const sample = bytes.subarray(0, 4096)
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) evenNul++
    else oddNul++
  }
  if (sample.length >= 4 && oddNul > sample.length / 4 && evenNul === 0) return 'utf-16le'
  if (sample.length >= 4 && evenNul > sample.length / 4 && oddNul === 0) return 'utf-16be'
  let swedish = 0
  for (const b of sample)
    if (b === 0xe4 || b === 0xf6 || b === 0xe5 || b === 0xc4 || b === 0xd6 || b === 0xc5 || b === 0xe9) swedish++
  return swedish > 0 ? 'windows-1252' : null
}

function encodingHint(bytes: Uint8Array): string {
  const guess = guessEncoding(bytes)
  if (guess === 'utf-16le' || guess === 'utf-16be')
    return (
      ` It looks like ${guess.toUpperCase()}` +
      (bytes[0] === 0xff || bytes[0] === 0xfe ? ' (it starts with a byte order mark)' : '') +
      '; read it with `--encoding utf-16le` or convert it to UTF-8'
    )
  if (guess === 'windows-1252')
    return (
      ' It looks like Windows-1252 or Latin-1 (Swedish letters as single bytes); read it with `--encoding ' +
      'windows-1252` or convert it to UTF-8'
    )
  return ' Convert the file to UTF-8, or name its encoding with `--encoding`'
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
  const encoding = options.encoding ?? 'utf-8'
  if (encoding !== 'utf-8') {
    // WHATWG decoders: `latin1` is read as windows-1252, as browsers do; a BOM is dropped.
    const text = new TextDecoder(encoding === 'latin1' ? 'windows-1252' : encoding, {
      fatal: encoding === 'utf-16le'
    }).decode(bytes)
    const nul = text.indexOf('\u0000')
    if (nul >= 0) throw new CasefileError(messages.binary(nul), 'binary')
    return text
  }
  const guess = guessEncoding(bytes)
  if (guess === 'utf-16le' || guess === 'utf-16be') {
    throw new CasefileError(
      `Unexpected UTF-16 text, expected UTF-8.${encodingHint(bytes)}`,
      'wrong-encoding',
      placeOf(bytes, 0)
    )
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) throw new CasefileError(messages.binary(nul), 'binary', placeOf(bytes, nul))
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = Math.max(firstInvalidByte(bytes), 0)
    throw new CasefileError(`${messages.invalidUtf8(at)}.${encodingHint(bytes)}`, 'invalid-utf8', placeOf(bytes, at))
  }
}
