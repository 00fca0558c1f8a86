import { defineRule } from './types.js'
import { headerFields, headerSummary, reportSecondValue } from './util.js'
import { fold } from '../vocab/text.js'

export default defineRule({
  meta: {
    id: 'duplicate-case-number',
    type: 'problem',
    category: 'metadata',
    severity: 'warn',
    description: 'The header gives two different case numbers.',
    messages: {
      second:
        'Unexpected second case number `{{second}}` in the header, expected one; kept `{{first}}`. Remove the ' +
        "one that is not this memo's, or write it as a reference in the text"
    }
  },
  check({ tree }, report) {
    const chosen = headerSummary(tree)?.sources.caseNumber
    if (chosen?.why === 'title') return
    const fields = headerFields(tree).filter((f) => f.name === 'caseNumber')
    reportSecondValue(fields, chosen?.position, (f) => fold(f.value ?? ''), report)
  }
})
