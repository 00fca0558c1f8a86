import { defineRule } from './types.js'

export default defineRule({
  meta: {
    id: 'missing-header',
    type: 'suggestion',
    category: 'metadata',
    severity: 'warn',
    description: 'The memo has no header lines before its title.',
    messages: {
      missing:
        'Missing header, expected the date, the case number and the case officer before the title; add them as ' +
        'lines above the title'
    }
  },
  check({ tree, record }, report) {
    if (record.metadata.headerLines.length > 0 || record.metadata.frontMatter !== undefined || tree.frontMatter) return
    report({ messageId: 'missing', place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })
  }
})
