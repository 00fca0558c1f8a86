import { defineRule } from './types.js'
import { headerFields, headerPlace } from './util.js'

export default defineRule({
  meta: {
    id: 'case-number-format',
    type: 'suggestion',
    category: 'metadata',
    severity: 'warn',
    description: 'The case number is incomplete or in no known format.',
    messages: {
      unknownFormat:
        'Unexpected case number `{{caseNumber}}` that is incomplete or in no known format, expected a series, a ' +
        "year and a number such as `KS 2015/112`; complete it, or add your organisation's format to " +
        '`vocabulary.caseNumbers`'
    }
  },
  check({ record, tree }, report) {
    const { caseNumber, caseRef } = record.metadata
    if (caseNumber === null || caseRef !== null) return
    const field = headerFields(tree).find((f) => f.name === 'caseNumber' && f.value === caseNumber)
    report({ messageId: 'unknownFormat', data: { caseNumber }, place: field?.position ?? headerPlace(tree) })
  }
})
