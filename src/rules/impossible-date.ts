import { defineRule } from './types.js'
import { headerFields } from './util.js'

export default defineRule({
  meta: {
    id: 'impossible-date',
    type: 'problem',
    category: 'metadata',
    severity: 'error',
    description: 'A date in the header does not exist in the calendar (`2020-02-30`).',
    messages: {
      impossible:
        'Unexpected date `{{date}}` that does not exist, expected a real calendar date; correct the day or the month'
    }
  },
  check({ tree }, report) {
    for (const f of headerFields(tree))
      if ((f.name === 'date' || f.name === 'meetingDate') && f.value !== null && f.iso === null)
        report({ messageId: 'impossible', data: { date: f.value }, place: f.position })
  }
})
