/**
 * Header labels: the words a template prints before a value. Longest first, so
 * `Diarienummer` wins over `Datum`-like prefixes and `Er beteckning` is known
 * as someone else's reference.
 */
import { LETTER, allMatches, key, withoutColon } from './text.js'

export type LabelField =
  | 'caseNumber'
  | 'date'
  | 'meetingDate'
  | 'officer'
  | 'phone'
  | 'email'
  | 'addressee'
  | 'unit'
  | 'theirReference'
  | 'filingCode'
  | 'documentType'
  | 'distribution'
  | 'protocol'
  | 'page'
  | 'published'
  | 'organ'

const BUILT_IN: Record<LabelField, string[]> = {
  // `Vår referens` and `Referens` hold a case number or a person: the value's form decides (header.ts).
  caseNumber: [
    'diarienummer',
    'diarienr',
    'diarienr.',
    'dnr',
    'dnr.',
    'vår beteckning',
    'vår referens',
    'referens',
    'beteckning',
    'ärendebeteckning',
    'ärendenummer',
    'ärendenr',
    'ärende nr',
    'diarie nr',
    'registreringsnummer',
    'reg.nr',
    'änr',
    'änr.'
  ],
  date: ['datum', 'dokumentdatum', 'upprättad', 'upprättat', 'daterad', 'utfärdat', 'utfärdad'],
  // `Behandlat på Tekniska nämnden, den 5 maj 2022`: the meeting that decided, on a page of decisions.
  meetingDate: [
    'sammanträde',
    'sammanträdesdatum',
    'mötesdatum',
    'sammanträdesdag',
    'tid',
    'tid och plats',
    'behandlat på',
    'behandlad på',
    'behandlat i',
    'behandlades på',
    'beslutat på',
    'beslutad på'
  ],
  officer: [
    'handläggare',
    'kontaktperson',
    'ansvarig handläggare',
    'föredragande',
    'ansvarig tjänsteperson',
    'ansvarig tjänsteman',
    'ansvarig',
    'upprättad av',
    'upprättat av',
    'handläggare, telefon',
    'handläggare/telefon'
  ],
  phone: ['telefon', 'tfn', 'tel', 'tel.', 'telefonnummer', 'direkttelefon', 'mobil', 'mobiltelefon'],
  email: ['e-post', 'epost', 'e-postadress', 'e-mail', 'email', 'mejl', 'mail'],
  addressee: ['till', 'mottagare', 'beslutsinstans'],
  // `Beslutande organ: Kommunfullmäktige`: the body that decided, on a page of decisions.
  organ: ['beslutande organ', 'beslutsorgan'],
  unit: ['enhet', 'förvaltning', 'avdelning', 'från', 'verksamhet', 'kontor'],
  // The other party's reference, and the date of their letter (`Ert datum`): not the memo's.
  theirReference: ['er beteckning', 'er referens', 'ert dnr', 'ert diarienummer', 'ert datum', 'er skrivelse'],
  filingCode: ['diariekod', 'dokumentplan', 'klassificering'],
  documentType: ['dokumenttyp'],
  distribution: ['expediering', 'expedieras till', 'kopia till', 'sändlista'],
  // A web page's own dates (`Publicerad 2021-06-10`, `Sidan uppdaterades: …`): when it was put up, not the memo's date.
  published: [
    'publicerad',
    'publicerat',
    'publicerades',
    'uppdaterad',
    'sidan uppdaterades',
    'senast uppdaterad',
    'senast ändrad',
    'sidan senast ändrad'
  ],
  // The cover page of minutes: who met, where and when, who checks the minutes.
  // A letterhead's page column (`DATUM DIARIENR SIDA`): its value is a page counter, which the record does not keep.
  page: ['sida', 'sid', 'sidnr', 'sidnummer', 'blad'],
  protocol: [
    'datum då anslaget sätts upp',
    'datum då anslaget tas ned',
    'datum för anslags uppsättande',
    'datum för anslags nedtagande',
    'förvaringsplats för protokollet',
    'styrelse/nämnd',
    'plats och tid',
    'beslutande',
    'övriga närvarande',
    'övriga deltagare',
    'närvarande ersättare',
    'tjänstgörande ersättare',
    'ersättare',
    'utses att justera',
    'justerare',
    'justeringens tid och plats',
    'justeringens plats och tid',
    'anslag/bevis',
    'paragrafer',
    'underskrifter',
    'sekreterare',
    'ordförande'
  ]
}

const WORD = String.raw`${LETTER}0-9`

export interface LabelHit {
  field: LabelField
  /** The label as written. */
  label: string
  index: number
  end: number
}

export class LabelVocabulary {
  private readonly words: Array<[string, LabelField]> = []
  private readonly fields = new Map<string, LabelField>()
  private readonly pattern: RegExp
  /** The same pattern, anchored where the search starts. */
  private readonly sticky: RegExp

  constructor(extra: Partial<Record<LabelField, string[]>> = {}) {
    for (const [field, list] of Object.entries(BUILT_IN))
      for (const w of list) this.words.push([key(w), field as LabelField])
    // A configuration may leave a field's list empty (`caseNumber:` in YAML is null).
    for (const [field, list] of Object.entries<string[] | undefined | null>(extra))
      for (const w of list ?? []) this.words.push([key(w), field as LabelField])
    this.words.sort((a, b) => b[0].length - a[0].length)
    // The first (longest-listed) field of a word wins, as a search of the sorted list would find it.
    for (const [w, field] of this.words) if (!this.fields.has(w)) this.fields.set(w, field)
    const alternatives = this.words.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    // Latin letters and digits spelled out: a Unicode-aware, case-insensitive pattern this long takes milliseconds to
    // compile.
    this.pattern = new RegExp(`(?<![${WORD}-])(?:${alternatives.join('|')})(?![${WORD}-])(?:\\s*:)?`, 'gi')
    this.sticky = new RegExp(this.pattern.source, 'iy')
  }

  fieldOf(label: string): LabelField | null {
    return this.fields.get(withoutColon(key(label))) ?? null
  }

  /** Every label in a line, in order. */
  find(line: string): LabelHit[] {
    const hits: LabelHit[] = []
    for (const m of allMatches(this.pattern, line)) {
      const field = this.fieldOf(m[0])
      if (field) hits.push({ field, label: m[0], index: m.index, end: m.index + m[0].length })
    }
    return hits
  }

  /** The label a line starts with, if the line starts with one. */
  leading(line: string): LabelHit | null {
    this.sticky.lastIndex = 0
    const m = this.sticky.exec(line)
    const field = m ? this.fieldOf(m[0]) : null
    return m && field ? { field, label: m[0], index: 0, end: m[0].length } : null
  }
}

/** The words a letterhead prints over the memo's matter (`Ärende`, `Rubrik`): what follows is its title. */
const TITLE_LABELS = new Set(['ärende', 'ärendemening', 'rubrik', 'ämne', 'angående'])

/** A line that is only a label of the title (`Ärende`, `Rubrik:`). */
export function isTitleLabel(text: string): boolean {
  // The longest of them, `ärendemening:`, is 13 characters: a longer line is something else.
  return text.length <= 13 && TITLE_LABELS.has(key(text))
}
