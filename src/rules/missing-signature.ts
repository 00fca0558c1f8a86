import { defineRule } from './types.js'
import { signatureBlock } from './util.js'

export default defineRule({
  meta: {
    id: 'missing-signature',
    type: 'suggestion',
    category: 'signatures',
    severity: 'warn',
    description: 'No signature block (names and titles of those who sign).',
    messages: {
      missing:
        'Missing signature block, expected the names and titles of those who sign, after `I tjänsten`; add them ' +
        'at the end'
    }
  },
  check({ tree }, report) {
    if (signatureBlock(tree)) return
    const end = tree.position?.end ?? { line: 1, column: 1 }
    report({ messageId: 'missing', place: { start: end, end } })
  }
})
