import { defineRule } from './types.js'
import { sections } from './util.js'

export default defineRule({
  meta: {
    id: 'proposal-numbering',
    type: 'layout',
    category: 'structure',
    severity: 'warn',
    description: 'Several proposals that are not numbered, or numbered with gaps or repeats.',
    messages: {
      unnumbered:
        'Unexpected {{count}} unnumbered proposals in `{{heading}}`, expected a numbered list; number them ' +
        '`1.`, `2.` …',
      repeated:
        'Unexpected proposal number `{{number}}`, expected `{{expected}}` (a number repeats); renumber the list',
      skipped:
        'Unexpected proposal number `{{number}}`, expected `{{expected}}` (a number is skipped); renumber the list'
    }
  },
  check({ tree }, report) {
    const section = sections(tree).find((s) => s.proposals)
    const list = section?.proposals
    // Numbering needs two items to be out of order or missing: one item is numbered or not, either is fine.
    if (!section || !list || list.children.length < 2) return
    const attClauses = list.children.every((i) => /^att\s/i.test(i.text))
    if ((list.form === 'paragraphs' || list.form === 'bullets') && !attClauses) {
      report({
        messageId: 'unnumbered',
        data: { count: list.children.length, heading: section.heading },
        place: section.headingPosition
      })
      return
    }
    if (list.form !== 'ordered') return
    let expected = list.children[0]!.number ?? 1
    for (const item of list.children) {
      if (item.number !== null && item.number !== expected) {
        report({
          messageId: item.number < expected ? 'repeated' : 'skipped',
          data: { number: item.number, expected },
          place: item.position
        })
      }
      expected = (item.number ?? expected) + 1
    }
  }
})
