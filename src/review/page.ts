/**
 * The review page of one memo, as a hast tree: the memo's text on the left with
 * every value the record took from it highlighted in its field's colour, the
 * record on the right as a form; each value links to its highlight and back.
 * Built with hastscript, serialised by hast-util-to-html (which escapes).
 */
import { h, type Child as HChild } from 'hastscript'
import type { Element, ElementContent, Root } from 'hast'
import type { CaseRecord } from '../record/types.js'
import type { CaseRoot } from '../tree/types.js'
import { FIELDS, fieldLabel, fieldOf, slug, type Field } from './fields.js'
import { labelsFor, type Lang, type Labels } from './labels.js'
import { segment, type Piece, type SourceLine } from './segments.js'
import { lineNotes, type LineNote } from './lines.js'
import type { Diagnostic, NullField } from './diagnostics.js'
import { BASE_CSS, REVIEW_CSS } from './style.js'

export interface ReviewInput {
  /** The memo's text, as compiled (decoded, BOM removed). */
  text: string
  record: CaseRecord
  tree: CaseRoot
  diagnostics: Diagnostic[]
  nulls: NullField[]
  lang: Lang
}

type Child = HChild
/** A row of a form: its term and its description. */
type Row = [Element, Element] | null

/** What the two panes share while the page is built. */
interface State {
  labels: Labels
  record: CaseRecord
  /** Pointer → id of the highlight its link leads to. */
  highlightOf: Map<string, string>
  /** Pointer → the line it starts on, for values without a highlight of their own. */
  lineOf: Map<string, number>
  /** Ids the record pane gave its values (`rec-…`), for the links back. */
  recordIds: Set<string>
  nullIds: Set<string>
  /** Line numbers of the header's lines, of unclassified header lines and of page furniture. */
  linesOf: Record<'header' | 'unclassified' | 'furniture', number[]>
}

export function reviewPage(input: ReviewInput): Root {
  const labels = labelsFor(input.lang)
  const provenance = input.record.provenance ?? {}
  const lines = segment(input.text, provenance)
  const highlightOf = new Map<string, string>()
  for (const line of lines)
    for (const piece of line.pieces)
      for (const pointer of piece.anchors) highlightOf.set(pointer, `src-${slug(piece.anchors[0]!)}`)
  const lineOf = new Map(Object.entries(provenance).map(([p, pos]) => [p, pos.start.line]))
  const notes = lineNotes(input.tree, input.record)
  const kinds = (kind: LineNote['kind']) =>
    [...notes]
      .filter(([, n]) => n.some((x) => x.kind === kind))
      .map(([line]) => line)
      .sort((a, b) => a - b)
  const header = input.tree.children.find((c) => c.type === 'header')
  const state: State = {
    labels,
    record: input.record,
    highlightOf,
    lineOf,
    recordIds: new Set(),
    nullIds: new Set(input.nulls.map((n) => `null-${slug(n.pointer)}`)),
    linesOf: {
      header:
        header?.type === 'header' ? header.children.flatMap((l) => (l.position ? [l.position.start.line] : [])) : [],
      unclassified: kinds('unclassified'),
      furniture: kinds('furniture')
    }
  }

  const recordPane = recordSection(state, input)
  const memoPane = memoSection(state, lines, notes, input.diagnostics)
  const path = input.record.source.path
  const title = `${labels.reviewTitle}: ${path}`
  return h(null, [
    { type: 'doctype' },
    h('html', { lang: input.lang }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: `casefile ${input.record.generator.version}` }),
        h('title', title),
        h('style', BASE_CSS + REVIEW_CSS)
      ]),
      h('body', [
        h('a.skip', { href: '#record' }, labels.skipToRecord),
        h('header.page-head', [
          h('h1', [`${labels.reviewTitle}: `, h('code', path)]),
          h('p.muted', { style: 'margin:0' }, summary(input, labels)),
          legend(labels)
        ]),
        h('main.panes', [memoPane, recordPane])
      ])
    ])
  ])
}

function summary(input: ReviewInput, labels: Labels): string {
  const count = (level: Diagnostic['severity']) => input.diagnostics.filter((d) => d.severity === level).length
  return (
    `${input.diagnostics.length} ${labels.diagnostics.toLowerCase()} (${count('error')} ${labels.error}, ` +
    `${count('warning')} ${labels.warning}, ${count('info')} ${labels.info}) · ${input.nulls.length} ` +
    labels.nullFields.toLowerCase()
  )
}

function legend(labels: Labels): Element {
  return h(
    'ul.legend',
    { 'aria-label': labels.legend },
    FIELDS.map((f) => h('li', [h(`span.swatch.f-${f}`, { 'aria-hidden': 'true' }), fieldLabel(f, labels)]))
  )
}

// ---- The memo -------------------------------------------------------------

function memoSection(
  state: State,
  lines: SourceLine[],
  notes: Map<number, LineNote[]>,
  diagnostics: Diagnostic[]
): Element {
  const { labels } = state
  const byLine = new Map<number, Array<[Diagnostic, number]>>()
  diagnostics.forEach((d, i) => {
    const line = Math.min(Math.max(d.line, 1), lines.length)
    byLine.set(line, [...(byLine.get(line) ?? []), [d, i]])
  })
  const rows: Element[] = []
  for (const line of lines) {
    const kinds = notes.get(line.number) ?? []
    rows.push(
      h(
        'div.src-line',
        { id: `L${line.number}`, dataLine: String(line.number), className: kinds.map((k) => `k-${k.kind}`) },
        h('span', [
          h(
            'span.src-text',
            line.pieces.map((p) => piece(state, p))
          ),
          kinds.map((k) => badge(k, labels))
        ])
      )
    )
    for (const [d, i] of byLine.get(line.number) ?? []) rows.push(diagnostic(d, i, labels))
  }
  return h('section.pane#memo', { tabIndex: 0, ariaLabelledby: 'memo-h' }, [
    h('h2#memo-h', labels.memo),
    h('div.src', rows)
  ])
}

function piece(state: State, p: Piece): ElementContent {
  if (p.primary === null) return { type: 'text', value: p.text }
  const field = fieldOf(p.primary)
  const back = p.pointers.find((pointer) => state.recordIds.has(`rec-${slug(pointer)}`))
  const className = ['hl', `f-${field}`]
  if (p.anchors.length > 0) {
    const id = `src-${slug(p.anchors[0]!)}`
    const props = { id, className, dataPointers: p.pointers.join(' '), title: fieldLabel(field, state.labels) }
    return back ? h('a', { ...props, href: `#rec-${slug(back)}` }, p.text) : h('mark', props, p.text)
  }
  return h('span', { className, dataPointers: p.pointers.join(' ') }, p.text)
}

function badge(note: LineNote, labels: Labels): Element {
  const text =
    note.kind === 'heading'
      ? `${labels.role}: ${note.role}`
      : note.kind === 'title'
        ? labels.titleRole
        : note.kind === 'furniture'
          ? labels.furniture
          : note.kind === 'unclassified'
            ? labels.unclassifiedLine
            : labels.labelsLine
  return h('span.badge', text)
}

function diagnostic(d: Diagnostic, index: number, labels: Labels): Element {
  return h(`div.diag.sev-${d.severity}`, { role: 'note', id: `D${index + 1}` }, [
    h(`span.sev.sev-${d.severity}`, labels[d.severity]),
    ' ',
    d.url ? h('a', { href: d.url }, h('code', d.ruleId)) : h('code', d.ruleId),
    ' ',
    h('span.muted', `${d.line}:${d.column}`),
    ' ',
    h('span.msg', d.message)
  ])
}

// ---- The record -----------------------------------------------------------

function recordSection(state: State, input: ReviewInput): Element {
  const { labels, record } = state
  const m = record.metadata
  const body: Array<Element | null> = [
    h('h2#record-h', labels.record),
    h('h3', `${labels.diagnostics} (${input.diagnostics.length})`),
    input.diagnostics.length === 0
      ? h('p', labels.noDiagnostics)
      : h(
          'ul.plain.diag-list',
          input.diagnostics.map((d, i) =>
            // The message stands once, at its line in the memo (it quotes the memo).
            h('li', [
              h(`span.sev.sev-${d.severity}`, labels[d.severity]),
              ' ',
              h('a', { href: `#D${i + 1}` }, `${labels.line} ${d.line}`),
              ' ',
              h('code', d.ruleId)
            ])
          )
        ),
    h('h3', `${labels.nullFields} (${input.nulls.length})`),
    input.nulls.length === 0
      ? h('p', labels.noNullFields)
      : h(
          'ul.plain.null-list',
          input.nulls.map((n) =>
            h('li', { id: `null-${slug(n.pointer)}` }, [
              h('code', n.pointer),
              ': ',
              n.reason ?? labels.notFound,
              n.line !== null ? [' (', h('a', { href: `#L${n.line}` }, `${labels.line} ${n.line}`), ')'] : null
            ])
          )
        ),
    h('h3', labels.metadata),
    form([
      row(labels.documentType, value(state, '/metadata/documentType', m.documentType)),
      row(labels.caseNumber, [
        value(state, '/metadata/caseNumber', m.caseNumber),
        m.caseRef
          ? [
              ' ',
              h(
                'span.muted',
                { id: recId(state, '/metadata/caseRef') },
                `(${m.caseRef.series ?? '–'} · ${m.caseRef.year} · ${m.caseRef.sequence})`
              )
            ]
          : null
      ]),
      row(labels.date, value(state, '/metadata/date', m.date)),
      row(labels.title, value(state, '/metadata/title', m.title)),
      m.titleWritten !== null ? row(labels.titleWritten, value(state, '/metadata/titleWritten', m.titleWritten)) : null,
      row(labels.unit, value(state, '/metadata/unit', m.unit)),
      row(labels.addressee, value(state, '/metadata/addressee', m.addressee)),
      row(
        labels.officer,
        form([
          row(labels.name, value(state, '/metadata/officer/name', m.officer.name)),
          row(labels.jobTitle, value(state, '/metadata/officer/title', m.officer.title)),
          row(labels.phone, value(state, '/metadata/officer/phone', m.officer.phone)),
          row(labels.email, value(state, '/metadata/officer/email', m.officer.email))
        ])
      ),
      m.officers.length > 0
        ? row(
            labels.officers,
            h(
              'ol.plain',
              m.officers.map((o, i) =>
                h('li', [
                  value(state, `/metadata/officers/${i}/name`, o.name),
                  o.title !== null ? [', ', value(state, `/metadata/officers/${i}/title`, o.title)] : null,
                  o.phone !== null ? [', ', value(state, `/metadata/officers/${i}/phone`, o.phone)] : null,
                  o.email !== null ? [', ', value(state, `/metadata/officers/${i}/email`, o.email)] : null
                ])
              )
            )
          )
        : null,
      row(labels.filingCode, value(state, '/metadata/filingCode', m.filingCode)),
      row(labels.paragraph, value(state, '/metadata/paragraph', m.paragraph)),
      row(labels.unclassified, lineLinks(state, m.unclassified.length, state.linesOf.unclassified)),
      row(labels.headerLines, lineLinks(state, m.headerLines.length, state.linesOf.header))
    ]),
    h('h3', labels.description),
    record.description
      ? form([
          row(labels.heading, value(state, '/description/heading', record.description.heading)),
          row(labels.text, textLink(state, '/description/text', record.description.text))
        ])
      : nullValue(state, '/description'),
    h('h3', labels.proposals),
    record.proposals
      ? form([
          row(labels.heading, value(state, '/proposals/heading', record.proposals.heading)),
          row(labels.proposer, value(state, '/proposals/proposer', record.proposals.proposer)),
          row(
            labels.items,
            record.proposals.items.length === 0
              ? h('span.muted', labels.emptyList)
              : h(
                  'ol.plain',
                  record.proposals.items.map((item, i) =>
                    h('li', { value: item.number ?? undefined }, value(state, `/proposals/items/${i}/text`, item.text))
                  )
                )
          )
        ])
      : nullValue(state, '/proposals'),
    h('h3', labels.signatures),
    record.signatures
      ? form([
          row(labels.clause, value(state, '/signatures/clause', record.signatures.clause)),
          row(
            labels.signatories,
            list(
              record.signatures.signatories.map((s, i) => [
                value(state, `/signatures/signatories/${i}/name`, s.name),
                ', ',
                value(state, `/signatures/signatories/${i}/title`, s.title)
              ]),
              labels
            )
          )
        ])
      : nullValue(state, '/signatures'),
    h('h3', labels.distribution),
    record.distribution
      ? form([
          row(labels.heading, value(state, '/distribution/heading', record.distribution.heading)),
          row(
            labels.recipients,
            list(
              record.distribution.recipients.map((r, i) => value(state, `/distribution/recipients/${i}`, r)),
              labels
            )
          )
        ])
      : nullValue(state, '/distribution'),
    h('h3', labels.sections),
    record.sections.length === 0
      ? h('p.muted', labels.emptyList)
      : h('table', [
          h(
            'thead',
            h('tr', [
              h('th', { scope: 'col' }, labels.heading),
              h('th', { scope: 'col' }, labels.role),
              h('th', { scope: 'col' }, labels.text)
            ])
          ),
          h(
            'tbody',
            record.sections.map((s, i) =>
              h('tr', [
                h('td', value(state, `/sections/${i}/heading`, s.heading)),
                h('td', h('code', s.role)),
                h('td', textLink(state, `/sections/${i}/text`, s.text))
              ])
            )
          )
        ]),
    h('h3', labels.references),
    list(
      record.references.map((r, i) => value(state, `/references/${i}/caseNumber`, r.caseNumber)),
      labels
    ),
    h('h3', labels.other),
    form([
      row(
        labels.preamble,
        record.preamble === null ? h('span.muted', labels.none) : textLink(state, '/preamble', record.preamble)
      ),
      row(labels.pageFurniture, lineLinks(state, record.pageFurniture.length, state.linesOf.furniture)),
      record.metadata.frontMatter ? row('frontMatter', h('code', JSON.stringify(record.metadata.frontMatter))) : null,
      row(labels.source, [
        h('code', record.source.path),
        ` · ${record.source.bytes} ${labels.bytes.toLowerCase()} · `,
        h('code', `sha256 ${record.source.sha256.slice(0, 16)}…`)
      ]),
      row(labels.generator, `${record.generator.name} ${record.generator.version}`)
    ])
  ]
  return h('section.pane#record', { tabIndex: 0, ariaLabelledby: 'record-h' }, body)
}

function form(rows: Row[]): Element {
  return h(
    'dl.form',
    rows.flatMap((r) => r ?? [])
  )
}

function row(label: string, content: Child): Row {
  return [h('dt', label), h('dd', content)]
}

function list(items: Child[], labels: Labels): Element {
  return items.length === 0
    ? h('span.muted', labels.emptyList)
    : h(
        'ul.plain',
        items.map((i) => h('li', i))
      )
}

function recId(state: State, pointer: string): string {
  const id = `rec-${slug(pointer)}`
  state.recordIds.add(id)
  return id
}

/** A value of the record: linked to its highlight when the memo shows where it was read. */
function value(state: State, pointer: string, text: string | null): Element {
  if (text === null) return nullValue(state, pointer)
  const field: Field = fieldOf(pointer)
  const target = state.highlightOf.get(pointer)
  const id = recId(state, pointer)
  if (target) return h(`a.val.f-${field}`, { id, href: `#${target}`, title: state.labels.showInMemo }, text)
  const line = state.lineOf.get(pointer)
  if (line !== undefined) return h(`a.val.f-${field}`, { id, href: `#L${line}`, title: state.labels.showInMemo }, text)
  return h('span', { id }, text)
}

/** A long text of the record: not repeated (the memo shows it), but measured and linked. */
function textLink(state: State, pointer: string, text: string): Element {
  const position = state.record.provenance?.[pointer]
  const size = `${text.length} ${state.labels.characters}`
  if (!position) return h('span', { id: recId(state, pointer) }, size)
  const lines =
    position.start.line === position.end.line
      ? `${state.labels.line} ${position.start.line}`
      : `${state.labels.lines} ${position.start.line}–${position.end.line}`
  const target = state.highlightOf.get(pointer) ?? `L${position.start.line}`
  return h('a.val.f-text', { id: recId(state, pointer), href: `#${target}` }, `${size}, ${lines}`)
}

/** Text the record keeps verbatim (header lines, furniture): counted and linked to its lines, not repeated. */
function lineLinks(state: State, count: number, lines: number[]): Element {
  if (count === 0) return h('span.muted', state.labels.emptyList)
  const { labels } = state
  return h('span', [
    `${count} · ${lines.length === 1 ? labels.line : labels.lines} `,
    lines.flatMap((line, i) => [i > 0 ? ', ' : '', h('a', { href: `#L${line}` }, String(line))])
  ])
}

function nullValue(state: State, pointer: string): Element {
  const id = `null-${slug(pointer)}`
  return state.nullIds.has(id) ? h('a.null', { href: `#${id}` }, state.labels.none) : h('span.null', state.labels.none)
}
