import type { Position } from 'unist'
import { fold } from '../vocab/text.js'
import type { Report } from './types.js'
import type { CaseRoot, Finding, Header, HeaderField, HeaderSummary, Section, SignatureBlock } from '../tree/types.js'

/**
 * A line of the memo as a message quotes it: folded, and cut at 60 characters, which show the words that identify
 * it. A whole paragraph quoted (running text taken for a header line) makes a message nobody reads, and a batch's
 * manifest that much larger for every such file.
 */
export function quote(text: string): string {
  const t = fold(text)
  return t.length > 60 ? `${t.slice(0, 57)}…` : t
}

/** Where to point for something missing: the header, or the start of the file. */
export function headerPlace(tree: CaseRoot): Position {
  const header = tree.children.find((n): n is Header => n.type === 'header')
  const first = header?.children[0]?.position
  return first ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
}

/** The header's fields of each tree, gathered once: eight rules read them, for every memo of a batch. */
const fieldsOf = new WeakMap<CaseRoot, HeaderField[]>()

export function headerFields(tree: CaseRoot): readonly HeaderField[] {
  let fields = fieldsOf.get(tree)
  if (!fields) {
    const header = tree.children.find((n): n is Header => n.type === 'header')
    fields = header ? header.children.flatMap((l) => l.children) : []
    fieldsOf.set(tree, fields)
  }
  return fields
}

export function sections(tree: CaseRoot): Section[] {
  return tree.children.filter((n): n is Section => n.type === 'section')
}

export function signatureBlock(tree: CaseRoot): SignatureBlock | null {
  for (const node of tree.children) {
    if (node.type !== 'section' && node.type !== 'preamble') continue
    const found = node.children.find((c): c is SignatureBlock => c.type === 'signatures')
    if (found) return found
  }
  return null
}

/** The header's summary: which value won for each field, and where it stands. */
export function headerSummary(tree: CaseRoot): HeaderSummary | undefined {
  return tree.children.find((n): n is Header => n.type === 'header')?.summary
}

/**
 * Report the first of `fields` whose value differs from the one that won (`chosen`, found by where it
 * stands), compared as `same` says: a second case number or date in the header, as message `second`.
 */
export function reportSecondValue(
  fields: HeaderField[],
  chosen: Position | undefined,
  same: (f: HeaderField) => string | null,
  report: Report<'second'>
): void {
  const first = fields.find((f) => f.position?.start.offset === chosen?.start.offset && f.value !== null)
  const second = first && fields.find((f) => f.value !== null && same(f) !== same(first))
  if (first && second)
    report({
      messageId: 'second',
      data: { second: second.value ?? '', first: first.value ?? '' },
      place: second.position
    })
}

/** Report the findings compiling noted for `rule`, by their message ids (one the rule lacks is a bug). */
export function reportFindings<M extends string>(
  findings: readonly Finding[],
  rule: { id: string; messages: Record<M, string> },
  report: Report<M>
): void {
  for (const f of findings) {
    if (f.ruleId !== rule.id) continue
    if (!Object.hasOwn(rule.messages, f.messageId))
      throw new Error(`rule \`${rule.id}\` has no message \`${f.messageId}\``)
    report({ messageId: f.messageId as M, ...(f.data ? { data: f.data } : {}), place: f.place })
  }
}
