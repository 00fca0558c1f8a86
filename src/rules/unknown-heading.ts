import { defineRule } from './types.js'
import { sections } from './util.js'

export default defineRule({
  meta: {
    id: 'unknown-heading',
    type: 'suggestion',
    category: 'structure',
    severity: 'info',
    description: 'A heading that the vocabulary does not know (its role is `other`).',
    messages: {
      unknown:
        'Unexpected heading `{{heading}}` that the vocabulary does not know, expected one with a role; its role ' +
        'is `other`. Map it in `vocabulary.headings` if it has one'
    }
  },
  check({ tree }, report) {
    for (const section of sections(tree))
      if (!section.known)
        report({ messageId: 'unknown', data: { heading: section.heading }, place: section.headingPosition })
  }
})
