import type { Furniture } from '../tree/types.js'
import { defineRule } from './types.js'
import { quote } from './util.js'
import { isPageCounter } from '../vocab/furniture.js'

/** The message for each kind of furniture the tree builder recognises. */
const MESSAGE_ID = {
  'page-counter': 'pageCounter',
  address: 'pageFooter',
  'repeated-header': 'repeatedHeader',
  rule: 'ruleLine',
  'signature-box': 'signatureBox'
} as const satisfies Record<Furniture['reason'], string>

const LEFT = 'left by conversion, expected document text; remove it'

export default defineRule({
  meta: {
    id: 'page-furniture',
    type: 'layout',
    category: 'leftovers',
    severity: 'warn',
    description: 'Conversion debris: page counters (`Sida 2 av 5`, `1(2)`), repeated page headers and footers.',
    messages: {
      pageCounter: `Unexpected page counter \`{{text}}\` ${LEFT}`,
      pageFooter: `Unexpected page footer \`{{text}}\` ${LEFT}`,
      repeatedHeader: `Unexpected repeated page header \`{{text}}\` ${LEFT}`,
      ruleLine: `Unexpected rule line \`{{text}}\` ${LEFT}`,
      signatureBox: `Unexpected signature box \`{{text}}\` ${LEFT}`
    }
  },
  check({ tree }, report) {
    for (const node of tree.children) {
      if (node.type === 'header') {
        for (const line of node.children)
          if (line.kind === 'furniture' && isPageCounter(line.text))
            report({ messageId: 'pageCounter', data: { text: quote(line.text) }, place: line.position })
        continue
      }
      if (node.type !== 'section' && node.type !== 'preamble') continue
      for (const child of node.children)
        if (child.type === 'furniture')
          report({ messageId: MESSAGE_ID[child.reason], data: { text: quote(child.text) }, place: child.position })
    }
  }
})
