import { defineRule } from './types.js'
import { headerFields } from './util.js'

/** What a field holds, for the message: `expected an address`. */
const EXPECTED: Record<string, string> = {
  email: 'an address',
  phone: 'a number',
  officer: 'a name',
  date: 'a date',
  meetingDate: 'a date',
  caseNumber: 'a case number',
  unit: 'a unit'
}

export default defineRule({
  meta: {
    id: 'empty-field',
    type: 'suggestion',
    category: 'metadata',
    severity: 'warn',
    description: 'A labelled header field with nothing after it (`E-post:`).',
    messages: {
      empty: 'Unexpected empty `{{label}}` field, expected {{expected}} or no label; fill it in or remove the label'
    }
  },
  check({ tree }, report) {
    for (const f of headerFields(tree))
      if (f.label !== null && f.value === null)
        report({
          messageId: 'empty',
          data: { label: f.label, field: f.name, expected: EXPECTED[f.name] ?? 'a value' },
          place: f.position
        })
  }
})
