import { defineRule } from '../types.js'
import { headerPlace, sections } from './util.js'

export default defineRule({
  id: 'missing-proposals',
  category: 'structure',
  severity: 'error',
  description: 'No proposed decision (`Förslag till beslut`), or one without items.',
  check({ record, tree }, report) {
    if (record.proposals === null)
      report(
        'Missing proposals, expected a section such as `Förslag till beslut` with the proposed decision; add one, or map your heading in `vocabulary.headings`',
        headerPlace(tree)
      )
    else if (record.proposals.items.length === 0) {
      const section = sections(tree).find((s) => s.proposals)
      report(`Unexpected empty section \`${record.proposals.heading}\`, expected the proposed decision; write its items`, section?.headingPosition)
    }
  }
})
