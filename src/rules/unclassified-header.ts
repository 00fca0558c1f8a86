import type { Header } from '../tree/types.js'
import { defineRule } from './types.js'
import { quote } from './util.js'

export default defineRule({
  meta: {
    id: 'unclassified-header',
    type: 'suggestion',
    category: 'metadata',
    severity: 'warn',
    description: 'A header line that casefile does not understand.',
    messages: {
      unclassified:
        'Unexpected header line `{{text}}` that is not understood, expected a labelled field such as `Datum`, ' +
        '`Dnr` or `Handläggare`; label it, or add the label to `vocabulary.labels`'
    }
  },
  check({ tree, record }, report) {
    const header = tree.children.find((n): n is Header => n.type === 'header')
    const unclassified = new Set(record.metadata.unclassified)
    for (const line of header?.children ?? [])
      if (line.residual !== null && unclassified.has(line.text))
        report({ messageId: 'unclassified', data: { text: quote(line.text) }, place: line.position })
  }
})
