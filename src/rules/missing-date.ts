import { defineRule } from './types.js'
import { headerFields, headerPlace } from './util.js'

export default defineRule({
  meta: {
    id: 'missing-date',
    type: 'problem',
    category: 'metadata',
    severity: 'warn',
    description: 'The header has no document date.',
    messages: {
      missing: 'Missing date, expected the document date such as `2020-08-28` in the header; add a `Datum` line'
    }
  },
  check({ record, tree }, report) {
    if (record.metadata.date !== null) return
    // A date that does not exist is impossible-date's to report, not a missing one.
    if (
      headerFields(tree).some(
        (f) => (f.name === 'date' || f.name === 'meetingDate') && f.iso === null && f.value !== null
      )
    )
      return
    report({ messageId: 'missing', place: headerPlace(tree) })
  }
})
