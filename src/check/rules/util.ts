import type { Position } from 'unist'
import type { CaseRoot, Header, HeaderField, Section, SignatureBlock } from '../../tree/types.js'

/** Where to point for something missing: the header, or the start of the file. */
export function headerPlace(tree: CaseRoot): Position {
  const header = tree.children.find((n): n is Header => n.type === 'header')
  const first = header?.children[0]?.position
  return first ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
}

export function headerFields(tree: CaseRoot): HeaderField[] {
  const header = tree.children.find((n): n is Header => n.type === 'header')
  return header ? header.children.flatMap((l) => l.children) : []
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
