/**
 * How a memo writes a way to reach someone, in running text: an e-mail address and a Swedish phone number. The
 * header reads them as an officer's; the furniture finder counts a line of them as a page footer's. One pattern
 * each, as source text, so that each reader makes the flags it needs.
 */
import { LETTER } from './text.js'

/** An e-mail address (`kommunen@exempelby.se`). */
export const EMAIL_PATTERN = String.raw`[${LETTER}0-9._%+-]+@[${LETTER}0-9-]+(?:\.[${LETTER}0-9-]+)+`

/**
 * A Swedish number in a line: `+46` or a trunk `0`, an area code of one to three digits, then groups of two to four
 * digits (at most seven more groups, for numbers written in pairs), not inside a longer run of digits (`013-20 60 00`).
 */
export const PHONE_PATTERN =
  String.raw`(?<![${LETTER}0-9/.-])(?:\+46[\s-]?|0)\d{1,3}[\s-]?\d{2,4}` + String.raw`(?:[\s-]\d{2,4}){0,7}(?![0-9/.-])`
