import { defineRule } from '../types.js'
import { signatureBlock } from './util.js'

export default defineRule({
  id: 'signatory-without-title',
  category: 'signatures',
  severity: 'warn',
  description: 'A signatory without a title.',
  check({ tree }, report) {
    for (const person of signatureBlock(tree)?.children ?? [])
      if (person.title === null)
        report(`Unexpected signatory \`${person.name}\` without a title, expected a title on the line after the name; add it`, person.position)
  }
})
