/**
 * What the case tree says about each physical line: a heading and its role, the
 * title, a header line and its kind, page furniture. The review page greys
 * furniture, marks unclassified header lines and names each heading's role.
 */
import type { CaseRecord } from '../record/types.js'
import type { CaseRoot, SectionContent } from '../tree/types.js'

export type LineKind = 'title' | 'heading' | 'labels' | 'unclassified' | 'furniture'

export interface LineNote {
  kind: LineKind
  /** The heading's role (`description`, `proposals`, …) for a heading. */
  role?: string
}

/** Notes by line number. A header line counts as unclassified when the record keeps it in `metadata.unclassified`. */
export function lineNotes(tree: CaseRoot, record: CaseRecord): Map<number, LineNote[]> {
  const notes = new Map<number, LineNote[]>()
  const add = (from: number | undefined, to: number | undefined, note: LineNote) => {
    if (from === undefined) return
    for (let line = from; line <= (to ?? from); line++) {
      const list = notes.get(line) ?? []
      if (!list.some((n) => n.kind === note.kind && n.role === note.role)) list.push(note)
      notes.set(line, list)
    }
  }
  const furniture = (children: SectionContent[]) => {
    for (const c of children)
      if (c.type === 'furniture') add(c.position?.start.line, c.position?.end.line, { kind: 'furniture' })
  }
  for (const node of tree.children) {
    if (node.type === 'header') {
      for (const line of node.children) {
        const kind: LineKind | null =
          line.kind === 'furniture' || line.kind === 'labels'
            ? line.kind
            : record.metadata.unclassified.includes(line.text)
              ? 'unclassified'
              : null
        if (kind) add(line.position?.start.line, line.position?.end.line, { kind })
      }
    } else if (node.type === 'title') {
      add(node.position?.start.line, node.position?.end.line, { kind: 'title' })
    } else if (node.type === 'section') {
      const at = node.headingPosition ?? node.position
      add(at?.start.line, at?.end.line, { kind: 'heading', role: node.role })
      furniture(node.children)
    } else if (node.type === 'preamble') {
      furniture(node.children)
    }
  }
  return notes
}
