import { defineRule } from './types.js'
import { sections } from './util.js'
import { key } from '../vocab/text.js'

export default defineRule({
  meta: {
    id: 'duplicate-section',
    type: 'suggestion',
    category: 'structure',
    severity: 'warn',
    description: 'The same section heading twice.',
    messages: {
      duplicate:
        'Unexpected second section `{{heading}}` (the first is on line {{firstLine}}), expected each section ' +
        'once; merge them'
    }
  },
  check({ tree }, report) {
    const seen = new Map<string, number>()
    for (const section of sections(tree)) {
      const k = key(section.heading)
      const first = seen.get(k)
      if (first !== undefined)
        report({
          messageId: 'duplicate',
          data: { heading: section.heading, firstLine: first },
          place: section.headingPosition
        })
      else seen.set(k, section.headingPosition?.start.line ?? 0)
    }
  }
})
