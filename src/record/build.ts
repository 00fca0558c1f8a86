/**
 * Case tree → record. Values are verbatim (markup removed, white space folded);
 * paragraphs inside a text are joined by a blank line; nothing is invented.
 */
import type { CaseRecord } from './types.js'
import type { CaseRoot, Preamble, Section, SectionContent, Title } from '../tree/types.js'
import type { HeaderSummary } from '../tree/handlers/header-summary.js'
import type { State } from '../tree/state.js'
import { applyFrontMatter } from './front-matter.js'
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

export function buildRecord(state: State, tree: CaseRoot, header: HeaderSummary, source: RecordSource, version: string): CaseRecord {
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
    unit: header.unit,
    addressee: header.addressee,
    officer: { ...header.officer },
    filingCode: header.filingCode,
    paragraph: header.paragraph,
    unclassified: header.unclassified,
    headerLines: tree.children.flatMap((n) => (n.type === 'header' ? n.children.map((l) => l.text) : []))
  }
  if (tree.frontMatter) applyFrontMatter(state, metadata, tree.frontMatter)

  const describing =
    sections.find((s) => s.role === 'description') ?? sections.find((s) => s.role === 'summary') ?? sections.find((s) => s.role === 'background')
  const proposing = sections.find((s) => s.proposals)
  const distributing = sections.find((s) => s.distribution)
  const signatureBlock = [preamble, ...sections]
    .flatMap((c) => c?.children ?? [])
    .find((n) => n.type === 'signatures')

  const furniture = [
    ...tree.children.flatMap((n) => (n.type === 'header' ? n.children.filter((l) => l.kind === 'furniture').map((l) => l.text) : [])),
    ...[preamble, ...sections].flatMap((c) => (c?.children ?? []).filter((n) => n.type === 'furniture').map((n) => n.text))
  ]

  return {
    recordVersion: 1,
    metadata,
    description: describing ? { heading: describing.heading, text: contentText(describing.children) } : null,
    proposals: proposing?.proposals
      ? {
          heading: proposing.heading,
          proposer: proposing.proposals.proposer,
          items: proposing.proposals.children.map((i) => ({ number: i.number, text: i.text }))
        }
      : null,
    signatures:
      signatureBlock && signatureBlock.type === 'signatures'
        ? { clause: signatureBlock.clause, signatories: signatureBlock.children.map((s) => ({ name: s.name, title: s.title })) }
        : null,
    distribution: distributing?.distribution
      ? { heading: distributing.heading, recipients: distributing.distribution.children.map((r) => r.value) }
      : null,
    sections: sections.map((s) => ({ heading: s.heading, role: s.role, text: contentText(s.children) })),
    references:
      references && references.type === 'references'
        ? references.children.map((r) => (r.caseRef ? { caseNumber: r.caseNumber, caseRef: r.caseRef } : { caseNumber: r.caseNumber }))
        : [],
    preamble: preamble ? contentText(preamble.children) || null : null,
    pageFurniture: furniture,
    source: { path: source.path, sha256: source.sha256, bytes: source.bytes },
    generator: { name: 'casefile', version }
  }
}
