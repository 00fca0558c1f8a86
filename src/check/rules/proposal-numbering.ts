import { defineRule } from '../types.js'
import { sections } from './util.js'

export default defineRule({
  id: 'proposal-numbering',
  category: 'structure',
  severity: 'warn',
  description: 'Several proposals that are not numbered, or numbered with gaps or repeats.',
  check({ tree }, report) {
    const section = sections(tree).find((s) => s.proposals)
    const list = section?.proposals
    if (!section || !list || list.children.length < 2) return
    const attClauses = list.children.every((i) => /^att\s/i.test(i.text))
    if ((list.form === 'paragraphs' || list.form === 'bullets') && !attClauses) {
      report(
        `Unexpected ${list.children.length} unnumbered proposals in \`${section.heading}\`, expected a numbered list; number them \`1.\`, \`2.\` …`,
        section.headingPosition
      )
      return
    }
    if (list.form !== 'ordered') return
    let expected = list.children[0]!.number ?? 1
    for (const item of list.children) {
      if (item.number !== null && item.number !== expected) {
        const what = item.number < expected ? 'a number repeats' : 'a number is skipped'
        report(`Unexpected proposal number \`${item.number}\`, expected \`${expected}\` (${what}); renumber the list`, item.position)
      }
      expected = (item.number ?? expected) + 1
    }
  }
})
