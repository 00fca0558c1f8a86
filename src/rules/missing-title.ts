import { defineRule } from './types.js'
import { headerPlace } from './util.js'

export default defineRule({
  meta: {
    id: 'missing-title',
    type: 'problem',
    category: 'metadata',
    severity: 'error',
    description: 'The memo has no title (ärendemening).',
    messages: {
      missing: 'Missing title, expected the ärendemening as a heading before the first section; add it as `# Title`'
    }
  },
  check({ record, tree }, report) {
    if (record.metadata.title === null) report({ messageId: 'missing', place: headerPlace(tree) })
  }
})
