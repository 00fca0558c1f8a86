import { defineRule } from '../types.js'
import { headerFields, headerPlace } from './util.js'

export default defineRule({
  id: 'missing-date',
  category: 'metadata',
  severity: 'warn',
  description: 'The header has no document date.',
  check({ record, tree }, report) {
    if (record.metadata.date !== null) return
    if (headerFields(tree).some((f) => (f.name === 'date' || f.name === 'meetingDate') && f.iso === null && f.value !== null)) return
    report('Missing date, expected the document date such as `2020-08-28` in the header; add a `Datum` line', headerPlace(tree))
  }
})
