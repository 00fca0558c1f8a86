/**
 * Section headings and the roles they play. Organisations extend the vocabulary
 * through configuration (`aliases`), so their own templates are understood
 * without code.
 */
import { LETTER, atMostWords, key, wordCount } from './text.js'

/** `Regiondirektörens förslag…`: who proposes, before the genitive `s förslag`. */
const PROPOSER = new RegExp(String.raw`^(.*?[${LETTER}]+)s förslag\b`, 'i')

export const ROLES = [
  'summary',
  'description',
  'background',
  'assessment',
  'consequences',
  'decisionBasis',
  'proposals',
  'decision',
  'distribution',
  'attachments',
  'proceedings',
  'other'
] as const

export type Role = (typeof ROLES)[number]

const BUILT_IN: Record<Exclude<Role, 'other'>, string[]> = {
  description: [
    'ärendebeskrivning',
    'ärendet',
    'ärende',
    'beskrivning av ärendet',
    'bakgrund och ärendebeskrivning',
    'ärendebeskrivning och bakgrund',
    'redogörelse',
    'redogörelse för ärendet',
    'beskrivning'
  ],
  summary: [
    'sammanfattning',
    'sammanfattning av ärendet',
    'ärendets sammanfattning',
    'sammanfattning av förslaget',
    // A web page's summary of a decision.
    'ärendet i korthet',
    'beslutet i korthet',
    'i korthet'
  ],
  background: ['bakgrund', 'historik', 'inledning', 'tidigare beslut', 'bakgrund till ärendet'],
  assessment: [
    'bedömning',
    'överväganden',
    'analys',
    'synpunkter',
    'motivering',
    'skäl för beslutet',
    'skäl för beslut',
    'beslutsmotivering',
    'yttrande'
  ],
  consequences: [
    'konsekvenser',
    'ekonomi',
    'ekonomiska konsekvenser',
    'finansiering',
    'kostnader',
    'barnperspektiv',
    'konsekvensanalys'
  ],
  decisionBasis: ['beslutsunderlag', 'underlag', 'underlag för beslut', 'handlingar i ärendet', 'handlingar'],
  proposals: [
    'förslag till beslut',
    'förslag',
    'föreslaget beslut',
    'förslag till yttrande',
    'beslutsförslag',
    'förslag till kommunfullmäktige',
    'förslag till kommunstyrelsen',
    'förslag till nämnden'
  ],
  decision: ['beslut', 'beslutet', 'beslut i ärendet'],
  distribution: [
    'utdrag till',
    'expedieras till',
    'expediering',
    'beslutet expedieras till',
    'beslutet skickas till',
    'beslutet ska skickas till',
    'beslut skickas till',
    'beslutet sänds till',
    'beslut sänds till',
    'beslutsexpediering',
    'sändlista',
    'delges',
    'beslutet delges',
    'beslutet ska expedieras till',
    'protokollet skickas till',
    'protokollsutdrag skickas till',
    'för kännedom',
    'protokollsutdrag till',
    'kopia till',
    'för kännedom till',
    'skickas till',
    'kopia av beslut till',
    'kopia',
    'utdrag',
    'för verkställighet',
    'för kännedom'
  ],
  attachments: ['bilagor', 'bilaga', 'bifogade handlingar', 'bilageförteckning'],
  // What happened at the meeting, in minutes and protocol extracts.
  proceedings: [
    'yrkanden',
    'yrkande',
    'beslutsgång',
    'proposition',
    'propositionsordning',
    'beslutsordning',
    'omröstning',
    'reservation',
    'reservationer',
    'protokollsanteckning',
    'protokollsanteckningar',
    'jäv',
    'beredning',
    'ärendets beredning',
    'särskilt yttrande',
    'deltar inte i beslutet'
  ]
}

/**
 * Heading patterns for the family of headings that name someone (`Regiondirektörens förslag`), a
 * compound shared over `och` included (`Kultur- och fritidsnämndens beslut`).
 */
/** `Regiondirektörens`, `Kultur- och fritidsnämndens`, `Kommunstyrelsens arbetsutskotts`: whose, a genitive. */
const WHOSE = String.raw`(?:[${LETTER}]+- och )?[${LETTER}][${LETTER}-]*s(?: [${LETTER}-]+s)?`

/**
 * `Expediera till`, `Beslutet ska sändas till`, `Protokollsutdrag skickas till`, `Kopia av beslutet till`: the decision
 * or its copy (or nothing), a verb of sending in any form, `till`; or a copy or an extract of the decision and `till`.
 * Not what someone else sends (`Remissvar skickas till:` leads into an address).
 */
const SENT = String.raw`(?:beslut|beslutet|protokollet|protokollsutdrag|utdrag|kopia|kopior|yttrandet|ärendet)`
const SENT_TO = new RegExp(
  String.raw`^(?:${SENT} (?:ska )?)?(?:expedier|skick|sänd|översänd|delg|distribuer)[${LETTER}]* till$|` +
    String.raw`^(?:protokollsutdrag|utdrag|kopia|kopior)(?: av (?:beslut|beslutet|protokollet))? till$`
)

/** The patterns, and whether a match alone makes a line a heading (else it only gives a known heading its role). */
const PATTERNS: Array<[RegExp, Role, boolean]> = [
  [/^förslag till beslut\b/, 'proposals', true],
  // `Kommundirektörens förslag till kommunstyrelsen för förslag till kommunfullmäktige`: a proposer chain.
  [
    new RegExp(String.raw`^${WHOSE} förslag(?: till (?:beslut|[${LETTER}]+))?(?: för förslag till [${LETTER}]+)?$`),
    'proposals',
    true
  ],
  [new RegExp(String.raw`^${WHOSE} beslut$`), 'decision', true],
  [new RegExp(String.raw`^${WHOSE} (?:bedömning|synpunkter|överväganden)$`), 'assessment', true],
  [SENT_TO, 'distribution', true],
  [/konsekvens|perspektiv$/, 'consequences', false],
  [/^sammanfattning\b/, 'summary', false],
  [/^bakgrund\b/, 'background', false],
  [/^bedömning\b/, 'assessment', false]
]

/** The vocabulary key of a heading: without a section number (`2.1 Bakgrund`) or a trailing colon. */
function headingKey(heading: string): string {
  return key(heading).replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '')
}

/**
 * The most words a heading of the anchored patterns can have: a genitive of up to four words (`Kultur- och
 * fritidsnämndens arbetsutskotts`) and `förslag till beslut för förslag till kommunfullmäktige` (six).
 */
const PATTERN_WORDS = 10

export class HeadingVocabulary {
  private readonly exact = new Map<string, Role>()
  /**
   * The most words a line may have and still be a heading the vocabulary knows or its anchored patterns
   * match, with a section number in front (`2.1`) and a colon set apart (`Bakgrund :`): a longer line (running
   * text) is not looked up.
   */
  private readonly maxWords: number

  constructor(aliases: Partial<Record<Role, string[]>> = {}) {
    for (const [role, words] of Object.entries(BUILT_IN)) for (const w of words) this.exact.set(key(w), role as Role)
    // A configuration may leave a role's list empty (`proposals:` in YAML is null).
    for (const [role, words] of Object.entries<string[] | undefined | null>(aliases))
      for (const w of words ?? []) this.exact.set(key(w), role as Role)
    let most = PATTERN_WORDS
    for (const k of this.exact.keys()) most = Math.max(most, wordCount(k))
    this.maxWords = most + 2
  }

  /** The role a heading plays, or null when the vocabulary does not know it. */
  roleOf(heading: string): Role | null {
    const k = headingKey(heading)
    const exact = this.exact.get(k)
    if (exact) return exact
    for (const [pattern, role] of PATTERNS) if (pattern.test(k)) return role
    return null
  }

  /**
   * Is this certainly a section heading (listed, or a `… förslag`, `… beslut`,
   * `… bedömning` heading)? The looser patterns (`konsekvens…`) are only used for
   * text already known to be a heading.
   */
  isSectionHeading(heading: string): boolean {
    if (!atMostWords(heading, this.maxWords)) return false
    const k = headingKey(heading)
    return this.exact.has(k) || PATTERNS.some(([pattern, , certain]) => certain && pattern.test(k))
  }

  /** Is this exact heading text one the vocabulary lists (not only matched by a pattern)? */
  knows(heading: string): boolean {
    return atMostWords(heading, this.maxWords) && this.exact.has(headingKey(heading))
  }
}

/**
 * Who proposes, from a heading such as `Regiondirektörens förslag` (→
 * `Regiondirektören`); null for a bare `Förslag till beslut` or a heading that
 * names the deciding body (`Förslag till beslut i byggnadsnämnden`).
 */
export function proposerFromHeading(heading: string): string | null {
  const m = PROPOSER.exec(heading.trim())
  if (!m) return null
  const name = m[1]!.trim()
  // A proposer is an organ or an office (`Kommunstyrelsens arbetsutskott`, `Regiondirektören`): at most three
  // words; more is a phrase that happens to end in `förslag`.
  if (/^förslag/i.test(name) || name.split(' ').length > 3) return null
  return name
}
