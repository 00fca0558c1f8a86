import { defineRule } from '../types.js'
import { headerFields } from './util.js'

export default defineRule({
  id: 'impossible-date',
  category: 'metadata',
  severity: 'error',
  description: 'A date in the header does not exist in the calendar (`2020-02-30`).',
  check({ tree }, report) {
    for (const f of headerFields(tree))
      if ((f.name === 'date' || f.name === 'meetingDate') && f.value !== null && f.iso === null)
        report(`Unexpected date \`${f.value}\` that does not exist, expected a real calendar date; correct the day or the month`, f.position)
  }
})
