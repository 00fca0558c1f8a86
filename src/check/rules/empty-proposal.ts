import { defineRule } from '../types.js'
import { sections } from './util.js'

export default defineRule({
  id: 'empty-proposal',
  category: 'structure',
  severity: 'error',
  description: 'A proposal item with no text.',
  check({ tree }, report) {
    for (const section of sections(tree))
      for (const item of section.proposals?.children ?? [])
        if (item.text === '')
          report(
            `Unexpected empty proposal${item.number !== null ? ` \`${item.number}.\`` : ''}, expected the text of a decision; write it or remove the item`,
            item.position
          )
  }
})
