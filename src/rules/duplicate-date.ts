import { defineRule } from './types.js'
import { headerFields, headerSummary, reportSecondValue } from './util.js'

export default defineRule({
  meta: {
    id: 'duplicate-date',
    type: 'problem',
    category: 'metadata',
    severity: 'warn',
    description: 'The header gives two different document dates.',
    messages: {
      second:
        'Unexpected second date `{{second}}` in the header, expected one; kept `{{first}}`. Remove the one that ' +
        "is not the memo's date, or label it (`Sammanträdesdatum`, `Beslutsdatum`)"
    }
  },
  check({ tree }, report) {
    const chosen = headerSummary(tree)?.sources.date
    if (chosen === undefined || chosen.why === 'meeting') return
    const fields = headerFields(tree).filter((f) => f.name === 'date' && f.iso)
    reportSecondValue(fields, chosen.position, (f) => f.iso ?? null, report)
  }
})
