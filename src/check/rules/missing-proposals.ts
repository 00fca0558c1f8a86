import { defineRule } from '../types.js'
import { headerPlace, sections } from './util.js'

export default defineRule({
  meta: {
    id: 'missing-proposals',
    type: 'problem',
    category: 'structure',
    severity: 'error',
    description: 'No proposed decision (`Förslag till beslut`), or one without items.',
    messages: {
      missing:
        'Missing proposals, expected a section such as `Förslag till beslut` with the proposed decision; add ' +
        'one, or map your heading in `vocabulary.headings`',
      empty: 'Unexpected empty section `{{heading}}`, expected the proposed decision; write its items'
    }
  },
  check({ record, tree }, report) {
    if (record.proposals === null) report({ messageId: 'missing', place: headerPlace(tree) })
    else if (record.proposals.items.length === 0) {
      const section = sections(tree).find((s) => s.proposals)
      report({ messageId: 'empty', data: { heading: record.proposals.heading }, place: section?.headingPosition })
    }
  }
})
