/**
 * People, bodies and units: what a name looks like, which words are job titles,
 * which lines name a nämnd or a förvaltning, and the formulas that open a
 * signature block.
 */
import { LETTER, LOWER, UPPER, UPPER_START, atMostWords, fold, key } from './text.js'
import { isDocumentTypeWord } from './documents.js'

/** `Lind`, `Anna-Karin`, `O’Brien`: a capital, then small letters, parts joined by hyphens. */
const NAME_WORD = new RegExp(String.raw`^[${UPPER}][${LOWER}'’]*(?:-[${UPPER}]?[${LOWER}'’]+)*$`)

/**
 * `Hodžić`, `Łukasz`, `Şahin`: a name with letters of Latin Extended, where capitals and small letters
 * alternate code point by code point and no range of a character class holds the small ones. Its case is
 * then read off the letters themselves; only a word holding such a letter is tested this way.
 */
const NAME_WORD_EXTENDED = new RegExp(String.raw`^[${LETTER}'’]+(?:-[${LETTER}'’]+)*$`)
const EXTENDED_LETTER = /[\u0100-\u024F]/

function isExtendedNameWord(word: string): boolean {
  if (!EXTENDED_LETTER.test(word) || !NAME_WORD_EXTENDED.test(word)) return false
  const first = word[0]!
  const rest = word.slice(1)
  return first !== first.toLowerCase() && rest.replace(/-./g, (m) => m.toLowerCase()) === rest.toLowerCase()
}

/** `LIND`, `ANNA-KARIN`: a name written in capitals. */
const NAME_WORD_IN_CAPITALS = new RegExp(String.raw`^[${UPPER}]{2,}(?:-[${UPPER}]{2,})?$`)

/** Two capitals first: a word in capitals. */
const TWO_CAPITALS_START = new RegExp(String.raw`^[${UPPER}]{2,}`)

/** `AB`, `SN`: two or three capitals, a company form or a series. */
const SHORT_CAPITALS = new RegExp(String.raw`^[${UPPER}]{2,3}$`)

const NAME_PARTICLES = new Set(['af', 'av', 'von', 'van', 'de', 'der', 'la', 'le', 'di', 'da', 'du', 'el', 'bin'])

/** Capitalised words that begin lines often but are never part of a person's name. */
// prettier-ignore
const NOT_NAMES = new Set([
  'region', 'regionen', 'kommun', 'kommunen', 'landsting', 'landstinget', 'staden', 'stad', 'sida', 'sidan', 'till',
  'från', 'datum', 'bilaga', 'bilagor', 'postadress', 'besöksadress', 'telefon', 'box', 'med', 'för', 'enligt', 'att',
  'och', 'den', 'det', 'ett', 'en', 'beslut', 'beslutet', 'förslag', 'ärende', 'ärendet', 'dnr', 'diarienummer',
  'handläggare', 'sammanfattning', 'bakgrund', 'i', 'på', 'om', 'av', 'vid', 'sign', 'ordf', 'justerare', 'exp',
  'kommunfullmäktige', 'fullmäktige', 'kommunstyrelsen', 'protokoll', 'tjänsteskrivelse', 'tjänsteutlåtande',
  'sverige', 'svenska', 'page', 'the', 'utdrag', 'se', 'ja', 'nej', 'inga', 'ingen', 'alla', 'samtliga', 'övriga',
  'tel', 'tfn', 'fax', 'mobil', 'e-post', 'epost', 'webb', 'www', 'org', 'vår', 'er', 'ref', 'referens',
  'ab', 'hb', 'kb', 'aktiebolag', 'bolag', 'fastigheter', 'förening', 'föreningen', 'stiftelse', 'stiftelsen'
])

/** The words that open a district's or a place's name (`Västra Hisingen`, `Norra Exempelby`), never a person's. */
// prettier-ignore
const PLACE_WORDS = new Set([
  'norra', 'södra', 'västra', 'östra', 'nordöstra', 'nordvästra', 'sydöstra', 'sydvästra', 'mellersta', 'centrala',
  'övre', 'nedre', 'inre', 'yttre', 'stora', 'lilla'
])

// prettier-ignore
const TITLE_ENDINGS = [
  'chef', 'direktör', 'sekreterare', 'handläggare', 'ansvarig', 'strateg', 'utredare', 'controller', 'ordförande',
  'samordnare', 'jurist', 'ekonom', 'arkitekt', 'inspektör', 'planerare', 'ingenjör', 'registrator', 'notarie',
  'rådgivare', 'specialist', 'koordinator', 'administratör', 'assistent', 'konsult', 'konsulent', 'ombudsman',
  'föreståndare', 'rektor', 'läkare', 'sjuksköterska', 'kurator', 'tekniker', 'analytiker', 'ledare', 'förvaltare',
  'intendent', 'revisor', 'kommunikatör', 'bibliotekarie', 'arkivarie', 'officer', 'manager', 'superintendent',
  'kanslist', 'sakkunnig', 'utvecklare', 'designer', 'vägledare', 'biträde', 'lots', 'värd'
]
const TITLE_WORD = new RegExp(`(?:${TITLE_ENDINGS.join('|')})$`, 'i')

const TITLE_PREFIX = new RegExp(
  String.raw`^(?:t\.?\s?f\.?|tf|vik\.?|bitr\.?|biträdande|tillförordnad|vikarierande|ställföreträdande|stf\.?|` +
    String.raw`vice|förste|senior|tjänstgörande)$`,
  'i'
)

/**
 * An adjective before a title word (`teknisk`, `medicinskt`, `administrativ`, `kommersiell`): its endings, which no
 * title word has.
 */
const TITLE_ADJECTIVE = /^[a-zåäö]{3,}(?:skt?|ivt?|ellt?)$/i

/** Prepositions: a phrase with one before its last word is about something (`Reglemente för nämnden`). */
// prettier-ignore
const PREPOSITIONS = new Set([
  'av', 'för', 'om', 'till', 'med', 'i', 'på', 'vid', 'från', 'inom', 'mot', 'under', 'över', 'hos'
])

// A kommunalförbund's board is its `direktion`.
// prettier-ignore
const ORGAN_ENDINGS = [
  'nämnd', 'nämnden', 'styrelse', 'styrelsen', 'styrelses', 'fullmäktige', 'utskott', 'utskottet', 'beredning',
  'beredningen', 'råd', 'rådet', 'presidium', 'presidiet', 'direktion', 'direktionen'
]
/** `Samråd` (a consultation) and `Förråd` (a store) end as a council's name does and are none. */
const ORGAN_WORD = new RegExp(`(?:${ORGAN_ENDINGS.join('|')})$(?<!^(?:sam|för)råd(?:et)?)`, 'i')

// prettier-ignore
const UNIT_ENDINGS = [
  'förvaltning', 'förvaltningen', 'kontor', 'kontoret', 'avdelning', 'avdelningen', 'enhet', 'enheten', 'sektor',
  'sektorn', 'stab', 'staben', 'byrå', 'byrån', 'sekretariat', 'sekretariatet', 'kansli', 'kansliet',
  'verksamhetsområde', 'verksamhetsområdet', 'område', 'området', 'division', 'divisionen', 'center', 'centrum',
  'funktion', 'funktionen'
]
const UNIT_WORD = new RegExp(`(?:${UNIT_ENDINGS.join('|')})$`, 'i')

const CLAUSES = [
  'i tjänsten',
  'enligt uppdrag',
  'på uppdrag',
  'enligt delegation',
  'med vänlig hälsning',
  'med vänliga hälsningar',
  'vänliga hälsningar',
  'för förvaltningen',
  'för kommunstyrelsen',
  'underskrift',
  'underskrifter'
]

/** `Idrottsförening`, `Hembygdsförbundet`: an association's name ends so; a person's never does. */
const ASSOCIATION_WORD = /(?:förening|föreningen|förbund|förbundet|sällskap|sällskapet|klubb|klubben)$/i

function tokens(value: string): string[] {
  const t = fold(value)
  return t === '' ? [] : t.split(' ')
}

/**
 * `Götalandsregionen`, `Idrottsförening`, `Hyresgästföreningen`: a word that ends in what an organisation is, the
 * way no surname ends.
 */
const ORGANISATION_WORD =
  /(?:regionen|kommun|kommunen|landstinget|förening|föreningen|förbund|förbundet|klubb|klubben|bolaget|myndigheten)$/i

function isNameToken(token: string): boolean {
  const bare = token.replace(/[,]$/, '')
  if (NAME_PARTICLES.has(bare)) return true
  if (NOT_NAMES.has(bare.toLowerCase()) || PLACE_WORDS.has(bare.toLowerCase()) || ORGANISATION_WORD.test(bare))
    return false
  if (TITLE_WORD.test(bare) || ORGAN_WORD.test(bare) || UNIT_WORD.test(bare) || ASSOCIATION_WORD.test(bare))
    return false
  // `Kallelse`, `Missiv`: a document's kind; `Kf`, `Ks`: an abbreviation, since a name has a vowel.
  if (isDocumentTypeWord(bare) || !/[aeiouyåäöéèüæø]/i.test(bare)) return false
  return NAME_WORD.test(bare) || NAME_WORD_IN_CAPITALS.test(bare) || isExtendedNameWord(bare)
}

/** The white space `fold` folds, and what lies between two words. */
const GAP = String.raw`[\s\u200b-\u200d\u2060]`
/**
 * A capitalised word, then a capitalised word or a particle (`af`, `von`: three small letters at most) and a
 * capitalised word: how every person's name begins. A test that a name may open a line, cheap enough to rule out
 * the body's lines before the name tests.
 */
const NAME_OPENING = new RegExp(String.raw`^${GAP}*\p{Lu}(?:(?!${GAP}).)*${GAP}+(?:\p{Ll}{1,3}${GAP}+)?\p{Lu}`, 'u')

/** Can a person's name open the line (`Ebba Lind, socialchef`)? False rules it out; true is only a maybe. */
export function mayOpenWithName(value: string): boolean {
  return NAME_OPENING.test(value)
}

/**
 * Does the line look like a person's name: two to four capitalised words
 * (`Ebba Lind`, `Nils Erik Wiklund`, `Wiklund, Nils`)?
 */
export function isPersonName(value: string): boolean {
  if (value.length > 80 || /[\d.!?:;()@/]/.test(value)) return false
  const parts = tokens(value)
  if (parts.length < 2 || parts.length > 5) return false
  // A person's name has at most four names besides particles (`Anna Maria af Klint Berg`); more is a phrase.
  if (parts.filter((p) => !NAME_PARTICLES.has(p)).length > 4) return false
  if (NAME_PARTICLES.has(parts[0]!) || NAME_PARTICLES.has(parts.at(-1)!)) return false
  const commas = parts.filter((p) => p.endsWith(',')).length
  if (commas > 1 || (commas === 1 && !parts[0]!.endsWith(','))) return false
  // Four words or more all in capitals are a heading or a body's name, not a person.
  if (parts.every((p) => TWO_CAPITALS_START.test(p)) && parts.length > 3) return false
  // `Huge Fastigheter AB`, `Region SN`: a short all-capital word is a company form or a series, not a name.
  if (parts.some((p) => SHORT_CAPITALS.test(p))) return false
  return parts.every(isNameToken)
}

/** `Kommunstyrelsens`, `förvaltningens`, `regionens`: a body in the genitive. */
function isGenitiveOfBody(word: string): boolean {
  if (!/s$/i.test(word)) return false
  const stem = word.slice(0, -1)
  return ORGAN_WORD.test(stem) || UNIT_WORD.test(stem) || /^(?:kommunen|regionen|landstinget|staden)$/i.test(stem)
}

/** `(S)`, `(KD)`, `(Fp)`: a party's letters after a politician's name. */
const PARTY = /\s*\((?:S|M|C|L|V|KD|Kd|MP|Mp|SD|Sd|FP|Fp|PP|Pp|FI|Fi|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,3})\)$/

/** `Nils Wiklund (S)`: a politician's name with the party's letters; null when the line is not one. */
export function politicianName(value: string): { name: string; party: string } | null {
  // The party's letters close the line: most lines are ruled out before the pattern is tried at every space.
  if (!value.endsWith(')')) return null
  const m = PARTY.exec(value)
  if (!m) return null
  const name = value.slice(0, m.index)
  return isPersonName(name) ? { name, party: m[0].trim() } : null
}

/** Does the line begin with a job title (`Regiondirektör`, `Vik. kommunsekreterare`, `miljödirektör`)? */
export function startsWithJobTitle(value: string): boolean {
  // Loops over the words, not slice/map: a rare empty array reaching this hot function as
  // another element kind would throw its optimized code away.
  const folded = fold(value.slice(0, 80))
  if (folded === '') return false
  const parts = folded.split(' ')
  const last = Math.min(parts.length, 4) - 1
  let i = 0
  while (i < last && TITLE_PREFIX.test(parts[i]!.replace(/[,:]$/, ''))) i++
  // `Landstingsstyrelsens ordförande`, `kommunens jurist`: the body whose title it is.
  if (i < last && isGenitiveOfBody(parts[i]!)) i++
  // `Teknisk chef`, `Administrativ chef`, `Medicinskt ansvarig sjuksköterska`: the adjective that says which one.
  else if (i < last && TITLE_ADJECTIVE.test(parts[i]!)) i++
  // `Kultur- och fritidschef`, `Hälso- och sjukvårdsdirektör`: a compound shared over `och`.
  if (i + 2 < parts.length && parts[i]!.endsWith('-') && parts[i + 1] === 'och') i += 2
  return TITLE_WORD.test(parts[i]!.replace(/[,:]$/, ''))
}

/**
 * `Socialchef Ebba Lind`: a title followed by a name, as a two-column
 * signature flattened by a converter. Returns both parts, or null.
 */
export function splitTitleAndName(value: string): { title: string; name: string } | null {
  if (value.length > 100 || !startsWithJobTitle(value)) return null
  const parts = tokens(value)
  for (let cut = 1; cut < Math.min(parts.length - 1, 4); cut++) {
    const title = parts.slice(0, cut).join(' ')
    const name = parts.slice(cut).join(' ')
    // A title in front of a name is short (`Kommundirektör`, `t.f. ekonomichef`): three words at most.
    if (startsWithJobTitle(title) && atMostWords(title, 3) && isPersonName(name)) return { title, name }
  }
  return null
}

/**
 * `Nils Wiklund Ebba Lind` as `n` names of two or three words side by side: the spans of
 * the one way to cut it, or null when there is none or more than one.
 */
export function splitNames(text: string, n: number): Array<{ index: number; end: number }> | null {
  if (!mayOpenWithName(text)) return null
  const words = [...text.matchAll(/\S+/g)]
  let found: Array<{ index: number; end: number }> | null = null
  // Set inside `cut`, which calls itself: `as boolean` keeps TypeScript from narrowing it to `false`.
  let ambiguous = false as boolean
  const cut = (w: number, parts: Array<{ index: number; end: number }>): void => {
    if (ambiguous) return
    if (parts.length === n) {
      if (w !== words.length) return
      if (found) ambiguous = true
      found = parts
      return
    }
    for (const size of [2, 3]) {
      if (w + size > words.length) continue
      const last = words[w + size - 1]!
      const span = { index: words[w]!.index, end: last.index + last[0].length }
      if (isPersonName(text.slice(span.index, span.end))) cut(w + size, [...parts, span])
    }
  }
  cut(0, [])
  return ambiguous ? null : found
}

/** `Nils Wiklund Utredare` or `Ebba Lind, förvaltningschef`: a name, then a title, on one line. */
export function splitNameAndTitle(value: string): { name: string; title: string } | null {
  if (value.length > 100 || !mayOpenWithName(value)) return null
  const comma = /^(.+?), (.+)$/.exec(value)
  if (comma && isPersonName(comma[1]!) && startsWithJobTitle(comma[2]!)) return { name: comma[1]!, title: comma[2]! }
  const parts = tokens(value)
  for (let cut = 2; cut <= Math.min(4, parts.length - 1); cut++) {
    const name = parts.slice(0, cut).join(' ')
    const title = parts.slice(cut).join(' ')
    // A title after a name may name its unit (`Områdeschef Välfärd och lärande`): six words at most.
    if (isPersonName(name) && startsWithJobTitle(title) && atMostWords(title, 6)) return { name, title }
  }
  return null
}

/** `I tjänsten`, `Enligt uppdrag`…: the formula that opens a signature block. */
export function isSignatureClause(value: string): boolean {
  if (value.length > 40) return false
  const k = key(value).replace(/[,.]$/, '')
  return CLAUSES.includes(k)
}

/**
 * The organisation's own name: `Exempelby kommun`, `EXEMPELBY KOMMUN`, `Region Exempellän`, `Exempelby stad`, and a
 * kommunalförbund's, whose last word ends in förbund (`Exempelby miljö- och energiförbund`).
 */
export function isOrganisationName(value: string): boolean {
  if (value.length > 60 || /[\d@.!?:;]/.test(value) || !atMostWords(value, 4)) return false
  return /^(?:region|landstinget)\s|\s(?:kommun|stad|län|landsting|\S*förbund)$/i.test(fold(value))
}

/** A line that names a political body: `Kommunstyrelsen`, `Kommunstyrelsens arbetsutskott`, `Socialnämnden`. */
export function isOrganName(value: string): boolean {
  if (value.length > 100) return false
  const parts = tokens(value)
  if (parts.length === 0 || parts.length > 6 || /\d/.test(value)) return false
  // `Reglemente för valnämnden` is a matter about a body, not the body.
  if (parts.slice(0, -1).some((p) => PREPOSITIONS.has(p))) return false
  return ORGAN_WORD.test(parts.at(-1)!.replace(/[,.:]$/, ''))
}

/**
 * A department named by its number in roman numerals: `Avdelning III`, `Rotel IV`, and the short form `RIV`
 * (one capital for the word before the numerals).
 */
const ROMAN_UNIT = new RegExp(
  String.raw`^(?:(?:[Aa]vdelning|[Aa]vd\.?|[Rr]otel|[Ee]nhet|[Ss]ektion|[Bb]yrå) (?=[IVX])|R(?=[IVX]{2}))` +
    String.raw`X{0,3}(?:IX|IV|V?I{0,3})$`
)

/** A line that names an administrative unit: `Socialkontoret`, `Avdelningen för ekonomi och styrning`. */
export function isUnitName(value: string): boolean {
  if (value.length > 120) return false
  if (ROMAN_UNIT.test(value)) return true
  const parts = tokens(value)
  // A name of a body or unit is at most eight words; a longer value is a sentence.
  if (parts.length === 0 || parts.length > 8 || /\d|@/.test(value) || /[.!?]$/.test(value)) return false
  if (!UPPER_START.test(parts[0]!)) return false
  // The unit's own word comes before any preposition (`Avdelningen för ekonomi`); after one, the phrase is
  // about a unit or a place (`Avgifter inom funktionshinderområdet`, `Detaljplan för Exempelby centrum`).
  for (const p of parts) {
    if (UNIT_WORD.test(p.replace(/[,.:]$/, ''))) return true
    if (PREPOSITIONS.has(p.toLowerCase())) return false
  }
  return false
}

/**
 * The unit word that a word of `value` ends in (`kontoret` in `Kommunledningskontoret`), in small
 * letters; null when no word ends as a unit's name does (`Kommunledningskontorett`).
 */
export function unitWordIn(value: string): string | null {
  for (const part of tokens(value)) {
    const found = UNIT_WORD.exec(part.replace(/[,.:]$/, ''))
    if (found) return found[0].toLowerCase()
  }
  return null
}

/**
 * `Västra Hisingen`, `Norra Exempelby`: a district's name, two or three capitalised words opened by a
 * word of place, as a unit's name goes on (`Stadsdelsförvaltningen` / `Västra Hisingen`).
 */
export function isPlaceName(value: string): boolean {
  if (value.length > 60 || /[\d@.!?:;,]/.test(value)) return false
  const parts = tokens(value)
  // A district's name is the place word and one or two names (`Södra Skärgården`, `Norra Stora Exempelby`).
  if (parts.length < 2 || parts.length > 3 || !PLACE_WORDS.has(parts[0]!.toLowerCase())) return false
  return parts.every((p) => UPPER_START.test(p))
}

/**
 * `Samhällsbyggnadskontoret Nils Erik Wiklund`, `Omsorgsförvaltningen Ebba Lind, avgiftshandläggare`: a unit's
 * name, then a person's, perhaps with the person's title after it (a letterhead's lines run together).
 */
export function splitUnitAndName(value: string): { unit: string; name: string; title: string | null } | null {
  if (value.length > 120) return null
  const parts = tokens(value)
  for (let cut = 1; cut < parts.length - 1; cut++) {
    const unit = parts.slice(0, cut).join(' ')
    if (!isUnitName(unit)) continue
    const rest = parts.slice(cut).join(' ')
    if (isPersonName(rest)) return { unit, name: rest, title: null }
    const titled = splitNameAndTitle(rest)
    if (titled) return { unit, ...titled }
  }
  return null
}

/**
 * `EXEMPELBY KOMMUN Socialförvaltningen`, `Region Exempelland Regionstyrelsen`: the organisation's name run
 * into the name of its unit or body, as a letterhead's two lines on one (a document type between them left out).
 * The body's name, or null.
 * The longest organisation's name that leaves a body's name wins (`Region Västra Exempelland Koncernkontoret`).
 */
export function afterOrganisation(value: string): string | null {
  if (value.length > 160) return null
  const parts = tokens(value)
  // An organisation's name is two to four words (`Exempelby kommun`, `Region Västra Exempelland`).
  for (let cut = Math.min(4, parts.length - 1); cut >= 2; cut--) {
    if (!isOrganisationName(parts.slice(0, cut).join(' '))) continue
    // `EXEMPELBY KOMMUN TJÄNSTESKRIVELSE Kommunledningsförvaltningen`: a collapsed letterhead sets the document type
    // between the two names.
    const skip = cut + 1 < parts.length && isDocumentTypeWord(parts[cut]!) ? 1 : 0
    const rest = parts.slice(cut + skip).join(' ')
    if (isUnitName(rest) || isOrganName(rest)) return rest
  }
  return null
}
