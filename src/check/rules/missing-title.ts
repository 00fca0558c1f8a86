import { defineRule } from '../types.js'
import { headerPlace } from './util.js'

export default defineRule({
  id: 'missing-title',
  category: 'metadata',
  severity: 'error',
  description: 'The memo has no title (ärendemening).',
  check({ record, tree }, report) {
    if (record.metadata.title === null)
      report('Missing title, expected the ärendemening as a heading before the first section; add it as `# Title`', headerPlace(tree))
  }
})
