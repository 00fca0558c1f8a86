/**
 * Case tree → record. Values are verbatim (markup removed, white space folded);
 * paragraphs inside a text are joined by a blank line; nothing is invented.
 */
import type { Position } from 'unist'
import type { CaseRecord, Provenance } from './types.js'
import type {
  CaseRoot,
  Header,
  HeaderSummary,
  Preamble,
  ProposalList,
  Section,
  SectionContent,
  Title
} from '../tree/types.js'
import type { State } from '../tree/state.js'
import { applyFrontMatter, keyPosition } from './front-matter.js'
import { fold } from '../vocab/text.js'

export interface RecordSource {
  path: string
  sha256: string
  bytes: number
}

export function contentText(children: SectionContent[]): string {
  const parts: string[] = []
  for (const node of children) {
    if (node.type === 'paragraph') parts.push(node.text)
    else if (node.type === 'list')
      for (const item of node.children) parts.push(item.number !== null ? `${item.number}. ${item.text}` : item.text)
  }
  return parts.filter(Boolean).join('\n\n')
}

/** The title without the memo's own case number printed after it (`Arbetssätt … KS-2015/112`). */
function titleText(title: Title | undefined, caseNumber: string | null): string | null {
  if (!title) return null
  let value = fold(title.value)
  if (caseNumber && value.endsWith(caseNumber) && value.length > caseNumber.length) {
    value = value.slice(0, -caseNumber.length).replace(/[\s,;:–-]+$/, '')
  } else if (caseNumber && value.startsWith(caseNumber) && value.length > caseNumber.length) {
    value = value.slice(caseNumber.length).replace(/^[\s,;:–-]+/, '')
  }
  return value || null
}

const NO_HEADER: HeaderSummary = {
  documentType: null,
  caseNumber: null,
  caseRef: null,
  date: null,
  unit: null,
  addressee: null,
  officer: { name: null, title: null, phone: null, email: null },
  officers: [],
  filingCode: null,
  paragraph: null,
  distribution: null,
  unclassified: [],
  sources: {}
}

/** The record: a pure function of the case tree (and of the source's identity). */
export function buildRecord(state: State, tree: CaseRoot, source: RecordSource, version: string): CaseRecord {
  const header = tree.children.find((n): n is Header => n.type === 'header')?.summary ?? NO_HEADER
  const title = tree.children.find((n): n is Title => n.type === 'title')
  const sections = tree.children.filter((n): n is Section => n.type === 'section')
  const preamble = tree.children.find((n): n is Preamble => n.type === 'preamble')
  const references = tree.children.find((n) => n.type === 'references')

  const metadata: CaseRecord['metadata'] = {
    documentType: header.documentType,
    caseNumber: header.caseNumber,
    caseRef: header.caseRef,
    date: header.date,
    title: titleText(title, header.caseNumber),
    titleWritten: title && fold(title.written) !== titleText(title, header.caseNumber) ? fold(title.written) : null,
    unit: header.unit,
    addressee: header.addressee,
    officer: { ...header.officer },
    officers: header.officers.map((o) => ({ ...o })),
    filingCode: header.filingCode,
    paragraph: header.paragraph,
    unclassified: header.unclassified,
    headerLines: tree.children.flatMap((n) => (n.type === 'header' ? n.children.map((l) => l.text) : []))
  }
  const fromFrontMatter = tree.frontMatter ? applyFrontMatter(state, metadata, tree.frontMatter) : undefined

  const describing =
    sections.find((s) => s.role === 'description') ??
    sections.find((s) => s.role === 'summary') ??
    sections.find((s) => s.role === 'background')
  // The proposals section's decision; else one the text states without a heading (heading '').
  const proposing: { heading: string; proposals?: ProposalList; headingPosition?: Position } | undefined =
    sections.find((s) => s.proposals) ??
    (preamble?.proposals ? { heading: '', proposals: preamble.proposals } : undefined)
  const distributing = sections.find((s) => s.distribution)
  const signatureBlock = [preamble, ...sections].flatMap((c) => c?.children ?? []).find((n) => n.type === 'signatures')

  const furniture = [
    ...tree.children.flatMap((n) =>
      n.type === 'header' ? n.children.filter((l) => l.kind === 'furniture').map((l) => l.text) : []
    ),
    ...[preamble, ...sections].flatMap((c) =>
      (c?.children ?? []).filter((n) => n.type === 'furniture').map((n) => n.text)
    )
  ]

  const record: CaseRecord = {
    recordVersion: 2,
    metadata,
    description: describing ? { heading: describing.heading, text: contentText(describing.children) } : null,
    proposals: proposing?.proposals
      ? {
          heading: proposing.heading,
          proposer: proposing.proposals.proposer,
          items: proposing.proposals.children.map((i) => ({ number: i.number, text: i.text }))
        }
      : null,
    signatures: signatureBlock
      ? {
          clause: signatureBlock.clause,
          signatories: signatureBlock.children.map((s) => ({ name: s.name, title: s.title }))
        }
      : null,
    // The section's list; else the one the header names after its label (`Expediering: …`).
    distribution: distributing?.distribution
      ? { heading: distributing.heading, recipients: distributing.distribution.children.map((r) => r.value) }
      : header.distribution
        ? { heading: header.distribution.label, recipients: [...header.distribution.recipients] }
        : null,
    sections: sections.map((s) => ({ heading: s.heading, role: s.role, text: contentText(s.children) })),
    references: references
      ? references.children.map((r) =>
          r.caseRef ? { caseNumber: r.caseNumber, caseRef: r.caseRef } : { caseNumber: r.caseNumber }
        )
      : [],
    preamble: preamble ? contentText(preamble.children) || null : null,
    pageFurniture: furniture,
    source: { path: source.path, sha256: source.sha256, bytes: source.bytes },
    generator: { name: 'casefile', version }
  }
  const provenance = provenanceOf(state, record, header, title, sections, proposing, signatureBlock, references)
  record.provenance = provenance
  // A value the front matter gave stands on its key's line.
  if (tree.frontMatter && fromFrontMatter)
    for (const [target, keys] of fromFrontMatter) {
      const position = keyPosition(state.source, tree.frontMatter, keys)
      if (!position) continue
      const pointer = `/metadata/${target.replace('.', '/')}`
      provenance[pointer] = position
      if (target === 'caseNumber' && record.metadata.caseRef) provenance['/metadata/caseRef'] = position
      if (target.startsWith('officer.') && record.metadata.officers.length > 0)
        provenance[`/metadata/officers/0/${target.slice('officer.'.length)}`] = position
    }
  return record
}

/**
 * Where each value of the record was read: JSON pointer → source position. Values the tree
 * does not place (the source's hash, the generator) have none.
 */
function provenanceOf(
  state: State,
  record: CaseRecord,
  header: HeaderSummary,
  title: Title | undefined,
  sections: Section[],
  proposing: { proposals?: ProposalList; headingPosition?: Position } | undefined,
  signatureBlock: SectionContent | undefined,
  references: CaseRoot['children'][number] | undefined
): Provenance {
  const map: Provenance = {}
  const { lineStarts } = state.source
  // Every point with its offset, whichever handler made it.
  const point = (p: Position['start']) => ({
    line: p.line,
    column: p.column,
    offset: p.offset ?? (lineStarts[p.line - 1] ?? 0) + p.column - 1
  })
  const put = (pointer: string, position: Position | undefined) => {
    if (position) map[pointer] = { start: point(position.start), end: point(position.end) }
  }
  const m = record.metadata
  const metadataKeys = ['documentType', 'caseNumber', 'date', 'unit', 'addressee', 'filingCode', 'paragraph'] as const
  for (const k of metadataKeys) if (m[k] !== null) put(`/metadata/${k}`, header.sources[k]?.position)
  if (m.caseRef !== null) put('/metadata/caseRef', header.sources.caseNumber?.position)
  for (const k of ['name', 'title', 'phone', 'email'] as const)
    if (m.officer[k] !== null) {
      put(`/metadata/officer/${k}`, header.sources[`officer.${k}`]?.position)
      put(`/metadata/officers/0/${k}`, header.sources[`officer.${k}`]?.position)
    }
  if (m.title !== null) put('/metadata/title', title?.position)
  if (m.titleWritten !== null) put('/metadata/titleWritten', title?.position)
  if (proposing?.proposals) {
    put('/proposals/heading', proposing.headingPosition)
    proposing.proposals.children.forEach((item, i) => put(`/proposals/items/${i}/text`, item.position))
  }
  if (signatureBlock?.type === 'signatures')
    signatureBlock.children.forEach((s, i) => {
      put(`/signatures/signatories/${i}/name`, s.position)
      if (s.title !== null) put(`/signatures/signatories/${i}/title`, s.titlePosition ?? s.position)
    })
  const distributing = sections.find((s) => s.distribution)
  if (!distributing && header.distribution) {
    put('/distribution/heading', header.sources.distribution?.position)
    header.distribution.recipients.forEach((_, i) =>
      put(`/distribution/recipients/${i}`, header.sources.distribution?.position)
    )
  }
  if (distributing?.distribution) {
    put('/distribution/heading', distributing.headingPosition)
    distributing.distribution.children.forEach((r, i) => put(`/distribution/recipients/${i}`, r.position))
  }
  sections.forEach((s, i) => {
    put(`/sections/${i}/heading`, s.headingPosition)
    if (record.sections[i]!.text !== '')
      put(`/sections/${i}/text`, s.children.length > 0 ? span(s.children) : undefined)
  })
  const described = record.description ? sections.find((s) => s.heading === record.description!.heading) : undefined
  if (described) put('/description/text', span(described.children))
  if (references?.type === 'references')
    references.children.forEach((r, i) => put(`/references/${i}/caseNumber`, r.position))
  return map
}

function span(children: SectionContent[]): Position | undefined {
  const first = children.find((c) => c.position)?.position
  const last = [...children].reverse().find((c) => c.position)?.position
  return first && last ? { start: first.start, end: last.end } : undefined
}
