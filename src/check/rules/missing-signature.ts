import { defineRule } from '../types.js'
import { signatureBlock } from './util.js'

export default defineRule({
  id: 'missing-signature',
  category: 'signatures',
  severity: 'warn',
  description: 'No signature block (names and titles of those who sign).',
  check({ tree }, report) {
    if (signatureBlock(tree)) return
    const end = tree.position?.end ?? { line: 1, column: 1 }
    report('Missing signature block, expected the names and titles of those who sign, after `I tjänsten`; add them at the end', { start: end, end })
  }
})
