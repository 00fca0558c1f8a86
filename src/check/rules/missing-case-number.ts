import { defineRule } from '../types.js'
import { headerPlace } from './util.js'

export default defineRule({
  id: 'missing-case-number',
  category: 'metadata',
  severity: 'error',
  description: 'The header has no case number (diarienummer).',
  check({ record, tree }, report) {
    if (record.metadata.caseNumber === null)
      report('Missing case number, expected a diarienummer such as `KS 2017/421` in the header; add a `Dnr` line', headerPlace(tree))
  }
})
