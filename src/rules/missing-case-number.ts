import { defineRule } from './types.js'
import { headerPlace } from './util.js'

export default defineRule({
  meta: {
    id: 'missing-case-number',
    type: 'problem',
    category: 'metadata',
    severity: 'error',
    description: 'The header has no case number (diarienummer).',
    messages: {
      missing: 'Missing case number, expected a diarienummer such as `KS 2017/421` in the header; add a `Dnr` line'
    }
  },
  check({ record, tree }, report) {
    if (record.metadata.caseNumber === null) report({ messageId: 'missing', place: headerPlace(tree) })
  }
})
