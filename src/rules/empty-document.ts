import { defineRule } from './types.js'

export default defineRule({
  meta: {
    id: 'empty-document',
    type: 'problem',
    category: 'structure',
    severity: 'error',
    description: 'The file holds no text (the other rules do not run on it).',
    runsOnBlank: true,
    messages: {
      empty: 'Unexpected empty document, expected a case document with a header, a title and sections'
    }
  },
  check({ text }, report) {
    if (text.trim() === '')
      report({ messageId: 'empty', place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })
  }
})
