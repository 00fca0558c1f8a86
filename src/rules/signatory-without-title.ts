import { defineRule } from './types.js'
import { signatureBlock } from './util.js'

export default defineRule({
  meta: {
    id: 'signatory-without-title',
    type: 'suggestion',
    category: 'signatures',
    severity: 'warn',
    description: 'A signatory without a title.',
    messages: {
      noTitle: 'Unexpected signatory `{{name}}` without a title, expected a title on the line after the name; add it'
    }
  },
  check({ tree }, report) {
    for (const person of signatureBlock(tree)?.children ?? [])
      if (person.title === null) report({ messageId: 'noTitle', data: { name: person.name }, place: person.position })
  }
})
