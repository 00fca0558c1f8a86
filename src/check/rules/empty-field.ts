import { defineRule } from '../types.js'
import { headerFields } from './util.js'

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
  id: 'empty-field',
  category: 'metadata',
  severity: 'warn',
  description: 'A labelled header field with nothing after it (`E-post:`).',
  check({ tree }, report) {
    for (const f of headerFields(tree))
      if (f.label !== null && f.value === null)
        report(`Unexpected empty \`${f.label}\` field, expected ${EXPECTED[f.name] ?? 'a value'} or no label; fill it in or remove the label`, f.position)
  }
})
