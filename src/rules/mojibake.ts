import { defineRule } from './types.js'
import { allMatches } from '../vocab/text.js'

const NON_SPACE_RUN = /[^\s]+/g

/** Windows-1252 characters above 0x7f that are not Latin-1, by the byte they stand for. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f
}
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252).join('')}]`
/** A UTF-8 lead byte (Ã Â â …) read as Windows-1252, followed by continuation bytes read the same way. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}`, 'g')
/** The same, once over the whole text: most memos have none, and need not be read word by word. */
const ANY_MOJIBAKE = new RegExp(MOJIBAKE.source)

/** What the text was before it was decoded the wrong way, or null if it does not decode. */
function repair(text: string): string | null {
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code <= 0xff) bytes.push(code)
    else if (CP1252[char] !== undefined) bytes.push(CP1252[char])
    else return null
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes))
  } catch {
    return null
  }
}

export default defineRule({
  meta: {
    id: 'mojibake',
    type: 'problem',
    category: 'leftovers',
    severity: 'error',
    description: 'Text decoded with the wrong encoding upstream (`VÃ¤lfÃ¤rd` for `Välfärd`).',
    messages: {
      repairable:
        'Unexpected `{{text}}`, which looks like UTF-8 read as Windows-1252 (mojibake), expected ' +
        '`{{repaired}}`; convert the source again with the right encoding',
      unrepairable:
        'Unexpected `{{text}}`, which looks like UTF-8 read as Windows-1252 (mojibake), expected Swedish ' +
        'letters; convert the source again with the right encoding'
    }
  },
  check({ text, place }, report) {
    if (!ANY_MOJIBAKE.test(text)) return
    for (const word of allMatches(NON_SPACE_RUN, text)) {
      if (!MOJIBAKE.test(word[0])) continue
      MOJIBAKE.lastIndex = 0
      const repaired = repair(word[0])
      const at = place(word.index, word.index + word[0].length)
      report(
        repaired
          ? { messageId: 'repairable', data: { text: word[0], repaired }, place: at }
          : { messageId: 'unrepairable', data: { text: word[0] }, place: at }
      )
    }
  }
})
