import type { Furniture } from '../../tree/types.js'
import { defineRule } from '../types.js'
import { isPageCounter } from '../../vocab/furniture.js'

const WHAT: Record<Furniture['reason'], string> = {
  'page-counter': 'page counter',
  address: 'page footer',
  'repeated-header': 'repeated page header',
  rule: 'rule line',
  'signature-box': 'signature box'
}

export default defineRule({
  id: 'page-furniture',
  category: 'leftovers',
  severity: 'warn',
  description: 'Conversion debris: page counters (`Sida 2 av 5`, `1(2)`), repeated page headers and footers.',
  check({ tree }, report) {
    for (const node of tree.children) {
      if (node.type === 'header') {
        for (const line of node.children)
          if (line.kind === 'furniture' && isPageCounter(line.text))
            report(`Unexpected page counter \`${line.text}\` left by conversion, expected document text; remove it`, line.position)
        continue
      }
      if (node.type !== 'section' && node.type !== 'preamble') continue
      for (const child of node.children)
        if (child.type === 'furniture')
          report(`Unexpected ${WHAT[child.reason]} \`${child.text}\` left by conversion, expected document text; remove it`, child.position)
    }
  }
})
