/**
 * The case tree: a typed unist tree of a memo. Every node keeps the position of
 * the source text it was built from (1-based line and column, 0-based offset).
 *
 * Like @types/mdast, node types are interfaces with a `type` discriminant and
 * content maps (`CaseRootContentMap`, `SectionContentMap`) that a plugin can
 * extend through declaration merging.
 */
import type { Position } from 'unist'
import type { Role } from '../vocab/headings.js'
import type { CaseRef } from '../vocab/case-numbers.js'
import type { LabelField } from '../vocab/labels.js'

export type { Position, Point } from 'unist'

export interface CaseNode {
  type: string
  position?: Position
}

/** The whole memo. */
export interface CaseRoot extends CaseNode {
  type: 'caseDocument'
  /** Parsed front matter, when the file opens with a YAML block. */
  frontMatter: FrontMatter | null
  children: CaseRootContent[]
}

/**
 * Something compiling noticed that the tree itself does not show (a second title
 * line, front matter that could not be used): reported by the check rule of the
 * same id (src/rules), which holds the message's words.
 */
export interface Finding {
  ruleId: string
  messageId: string
  data?: Record<string, string | number>
  place: Position | undefined
}

export interface CaseRootContentMap {
  header: Header
  title: Title
  preamble: Preamble
  section: Section
  references: References
}
export type CaseRootContent = CaseRootContentMap[keyof CaseRootContentMap]

export interface FrontMatter extends CaseNode {
  type: 'frontMatter'
  /** The YAML block as parsed (sanitised: only plain data). */
  value: Record<string, unknown>
}

/** The lines before the title: labels, values, letterhead. */
export interface Header extends CaseNode {
  type: 'header'
  children: HeaderLine[]
  /** Which value won for each field of the memo's metadata, and where it stands. */
  summary?: HeaderSummary
}

/** A metadata field that the header (or the title) gave: where its value stands, and why it won. */
export type SummaryField =
  | 'documentType'
  | 'caseNumber'
  | 'date'
  | 'unit'
  | 'addressee'
  | 'officer.name'
  | 'officer.title'
  | 'officer.phone'
  | 'officer.email'
  | 'filingCode'
  | 'paragraph'
  | 'distribution'

export interface SummarySource {
  position?: Position
  /** Why this value won: `labelled`, `unlabelled` (by its form), `title`, `position`, `organ`, `signature`. */
  why: string
}

export interface HeaderSummary {
  documentType: string | null
  caseNumber: string | null
  caseRef: CaseRef | null
  date: string | null
  unit: string | null
  addressee: string | null
  officer: { name: string | null; title: string | null; phone: string | null; email: string | null }
  /** Every officer the header names, the first being `officer`. */
  officers: Array<{ name: string; title: string | null; phone: string | null; email: string | null }>
  filingCode: string | null
  paragraph: string | null
  /** A distribution list in the header (`Expediering: Tekniska nämnden`), with its label. */
  distribution: { label: string; recipients: string[] } | null
  unclassified: string[]
  sources: Partial<Record<SummaryField, SummarySource>>
}

export type HeaderFieldName = LabelField | 'organ' | 'officerTitle' | 'paragraph'

/** One physical line of the header. */
export interface HeaderLine extends CaseNode {
  type: 'headerLine'
  /** The line as written, markup removed, white space folded. */
  text: string
  /**
   * What the line is: `fields` (it gave values), `labels` (a row of labels whose
   * values stand on another line), `furniture` (page counter, address footer),
   * or `unclassified` (not understood; kept verbatim in the record).
   */
  kind: 'fields' | 'labels' | 'furniture' | 'unclassified'
  /** The part of the line that was not understood, if any. */
  residual: string | null
  children: HeaderField[]
}

/** A value found in a header line, with the label it stood under (if any). */
export interface HeaderField extends CaseNode {
  type: 'headerField'
  name: HeaderFieldName
  /** The label as written (`Dnr`, `Tfn:`), or null for an unlabelled value. */
  label: string | null
  /** The value as written, or null for a labelled field with nothing after it (`E-post:`). */
  value: string | null
  /** Parsed forms: an ISO date, a case reference. */
  iso?: string | null
  caseRef?: CaseRef | null
}

export interface Title extends CaseNode {
  type: 'title'
  /**
   * The title as a clerk reads it: markup, an agenda number in front and a reference in parentheses after it removed.
   */
  value: string
  /** The title as written, markup removed. */
  written: string
  /** How it was recognised: a Markdown heading, a bold line, or a plain line before the first section. */
  source: 'heading' | 'bold' | 'plain'
}

/** Text between the title and the first section heading. */
export interface Preamble extends CaseNode {
  type: 'preamble'
  children: SectionContent[]
  /** A decision that stands without a heading (`Nämnden beslutar att …`), when no section holds one. */
  proposals?: ProposalList
}

export interface Section extends CaseNode {
  type: 'section'
  /** The heading as written, markup removed (a trailing colon is kept). */
  heading: string
  /** Markdown heading depth, or 0 for a bold or plain line used as a heading. */
  depth: number
  role: Role
  /** Was the heading known to the vocabulary (by word list or pattern)? */
  known: boolean
  headingPosition?: Position
  children: SectionContent[]
  /** For the section that holds the proposed decision: its items. */
  proposals?: ProposalList
  /** For a distribution section: its recipients. */
  distribution?: DistributionList
}

export interface ProposalList extends CaseNode {
  type: 'proposalList'
  /** Who proposes, from the heading or a sub-heading line (`Kommunstyrelsens förslag till …`). */
  proposer: string | null
  /** How the items were written. */
  form: 'ordered' | 'bullets' | 'att-clauses' | 'paragraphs'
  children: ProposalItem[]
}

export interface ProposalItem extends CaseNode {
  type: 'proposalItem'
  number: number | null
  text: string
}

export interface DistributionList extends CaseNode {
  type: 'distributionList'
  children: Recipient[]
  /** Lines that are the template's guidance text, not recipients. */
  guidance: Line[]
}

export interface Recipient extends CaseNode {
  type: 'recipient'
  value: string
}

export interface SectionContentMap {
  paragraph: Paragraph
  list: List
  signatures: SignatureBlock
  furniture: Furniture
}
export type SectionContent = SectionContentMap[keyof SectionContentMap]

export interface Line {
  text: string
  position: Position
}

export interface Paragraph extends CaseNode {
  type: 'paragraph'
  /** Folded text (line breaks folded to spaces). */
  text: string
  /** The physical lines, as written. */
  lines: Line[]
  /** Is all of its text bold? */
  bold: boolean
}

export interface List extends CaseNode {
  type: 'list'
  ordered: boolean
  children: ListItem[]
}

export interface ListItem extends CaseNode {
  type: 'listItem'
  /** The number written before an ordered item (`2.` → 2), null for bullets. */
  number: number | null
  /** The item's paragraphs joined by a blank line; nested items follow as their own paragraphs. */
  text: string
}

/** Page counters, address footers and repeated page headers left in the body by conversion. */
export interface Furniture extends CaseNode {
  type: 'furniture'
  text: string
  reason: 'page-counter' | 'address' | 'repeated-header' | 'rule' | 'signature-box'
}

export interface SignatureBlock extends CaseNode {
  type: 'signatures'
  /** `I tjänsten`, `Enligt uppdrag`…, or null. */
  clause: string | null
  /** The body that signs, set above the names in capitals (`REGIONSTYRELSEN`), or null. */
  body: string | null
  bodyPosition?: Position
  children: Signatory[]
}

export interface Signatory extends CaseNode {
  type: 'signatory'
  name: string
  /** The title, lines of a wrapped title joined with one space; null when none is written. */
  title: string | null
  /** Where the title stands. */
  titlePosition?: Position
}

/** Case numbers mentioned in the body. */
export interface References extends CaseNode {
  type: 'references'
  children: CaseReference[]
}

export interface CaseReference extends CaseNode {
  type: 'caseReference'
  caseNumber: string
  caseRef: CaseRef | null
}
