/**
 * Document types (`tjänsteskrivelse`, `protokollsutdrag` …) and the template
 * guidance text that a clerk forgot to replace.
 */
import { LETTER, allMatches, collapseLetterSpacing, fold, joinHyphenated, key } from './text.js'

const TYPES = [
  'tjänsteskrivelse',
  'tjänsteutlåtande',
  'protokollsutdrag',
  'sammanträdesprotokoll',
  'protokoll',
  'beslut',
  'delegationsbeslut',
  'yttrande',
  'missiv',
  'promemoria',
  'kallelse',
  'skrivelse',
  'remissvar',
  'remiss',
  'utredning',
  'beslutsförslag',
  'tjänstemannaförslag',
  'ordförandeförslag',
  'tjänsteanteckning',
  // A decision sent to the party it concerns.
  'meddelande om beslut',
  'underrättelse om beslut',
  'beslutsmeddelande',
  // A line of its own that says the page is an extract of the minutes.
  'utdrag ur sammanträdesprotokoll',
  'utdrag ur sammanträdesprotokollet',
  'utdrag ur protokoll',
  'utdrag ur protokollet',
  'utdrag av protokoll',
  // A meeting's agenda, and the letter that tells a party what a body decided.
  'föredragningslista',
  'meddelande om beslut',
  'underrättelse om beslut',
  'beslutsmeddelande'
]

/** Is this one word a document type as written plainly (`Kallelse`, `MISSIV`)? A set lookup, for hot paths. */
export function isDocumentTypeWord(word: string): boolean {
  return TYPE_WORDS.has(word.toLowerCase())
}
const TYPE_WORDS = new Set(TYPES)

/**
 * The document type a line names, lower-case, or null. `T J Ä N S T E S K R I V E L S E` and `Sammanträdes- protokoll`
 * are understood.
 */
export function documentTypeOf(line: string): string | null {
  const k = key(joinHyphenated(collapseLetterSpacing(line)))
  if (TYPES.includes(k)) return k
  // `KALLELSE/FÖREDRAGNINGSLISTA`: two types of one page, joined by a slash.
  const slash = k.indexOf('/')
  if (slash > 0 && TYPES.includes(k.slice(0, slash)) && TYPES.includes(k.slice(slash + 1).trim())) return k
  return null
}

/**
 * The types of more words, by their last word: `meddelande om` before `beslut`. Inside a line, the
 * word is found first and the words before it then tell the longer type.
 */
const LEADS = new Map<string, string[]>()
for (const t of TYPES) {
  const space = t.lastIndexOf(' ')
  if (space < 0) continue
  const last = t.slice(space + 1)
  LEADS.set(last, [...(LEADS.get(last) ?? []), t.slice(0, space + 1)])
}

const WORD_RUN = new RegExp(String.raw`[${LETTER}]+`, 'g')

/** `/FÖREDRAGNINGSLISTA`: a slash and the word after it. */
const SLASH_TYPE = new RegExp(String.raw`^ ?/ ?([${LETTER}]+)`)

/** A word that is a document type, inside a longer line (`Tjänsteskrivelse Datum`). */
export function findDocumentType(line: string): { type: string; index: number; end: number } | null {
  const text = joinHyphenated(line)
  for (const m of allMatches(WORD_RUN, text)) {
    const k = m[0].toLowerCase()
    if (!TYPES.includes(k)) continue
    const end = m.index + m[0].length
    // `KALLELSE/FÖREDRAGNINGSLISTA`: a second type of the same page after a slash belongs to it.
    const second = SLASH_TYPE.exec(text.slice(end))
    if (second && TYPES.includes(second[1]!.toLowerCase()))
      return { type: key(text.slice(m.index, end + second[0].length)), index: m.index, end: end + second[0].length }
    // `MEDDELANDE OM BESLUT`: the whole type, when the words before its last one are its own.
    for (const lead of LEADS.get(k) ?? []) {
      const index = m.index - lead.length
      if (index >= 0 && text.slice(index, m.index).toLowerCase() === lead) return { type: lead + k, index, end }
    }
    return { type: k, index: m.index, end }
  }
  return null
}

const GUIDANCE = [
  /\boch\/eller\b/i,
  /\bska skickas till\b/i,
  /\bskrivs? (?:här|in)\b/i,
  /^(?:ange|fyll i|skriv|klicka|välj|ersätt|radera|ta bort)\b/i,
  /\[[^\]]*\]|<[^>]+>|«[^»]*»/,
  /\b(?:rubrik|text|namn|titel) här\b/i,
  /\bexempel(?:vis)?:/i,
  /\borganisation\/person\b/i,
  /^lorem ipsum\b/i,
  // A template's placeholder for the text itself, left as it was.
  /^(?:text|brödtext|rubrik)$/i
]

/**
 * Is this the template's guidance text rather than content? (`Organisation/person
 * som protokollsutdrag och/eller yttrande ska skickas till.`)
 */
export function isGuidanceText(value: string): boolean {
  const t = fold(value)
  return t !== '' && GUIDANCE.some((p) => p.test(t))
}

/** `du`, `ni`, `ditt`: the reader, addressed. */
const SECOND_PERSON = new RegExp(`(?<![${LETTER}])(?:du|dig|din|ditt|dina|ni|er|era|ert)(?![${LETTER}])`, 'i')
/** Whom to ask or where to read more: what a note to the reader offers. */
const FURTHER_HELP = new RegExp(
  `(?<![${LETTER}])(?:kontakta|frågor|veta mer|läsa mer|mer information|välkommen)(?![${LETTER}])`,
  'i'
)
/** `Kontakta …`, `Läs mer …`: a sentence that opens by telling the reader what to do. */
const TELLS_READER = new RegExp(`^(?:kontakta|läs mer|ring|mejla|besök)(?![${LETTER}])`, 'i')

/**
 * A note to the reader beside a decision, not part of it: a question (`Har du frågor?`), a call to get in touch
 * (`Kontakta förvaltningen för mer information.`), or an offer of help to the reader addressed (`Vill du veta mer
 * … är du välkommen att kontakta …`). A decision that addresses its recipient (`Ni föreläggs att …`) offers no help
 * and is none. `t` is folded.
 */
function isReaderNote(t: string): boolean {
  if (t.endsWith('?')) return true
  return TELLS_READER.test(t) || (FURTHER_HELP.test(t) && SECOND_PERSON.test(t))
}

/**
 * `Beslutet har fattats med stöd av delegation …`, `Detta beslut är fattat på delegation från nämnden`: under what
 * authority the decision was taken, a statement about it beside its items.
 */
const AUTHORITY = new RegExp(
  String.raw`^(?:beslutet|detta beslut)\s+(?:har\s+|är\s+)?(?:fattats|fattat|fattas|tagits|tagit|tas)\s+` +
    String.raw`(?:med stöd av|på|enligt)\s+(?:[${LETTER}]+\s+){0,2}delegation`,
  'i'
)

/** A sentence beside a decision, none of its items: a note to the reader, or the authority it was taken under. */
export function besideDecision(value: string): boolean {
  const t = fold(value)
  return isReaderNote(t) || AUTHORITY.test(t)
}
