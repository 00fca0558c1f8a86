import { defineRule } from './types.js'
import { sections } from './util.js'

export default defineRule({
  meta: {
    id: 'empty-proposal',
    type: 'problem',
    category: 'structure',
    severity: 'error',
    description: 'A proposal item with no text.',
    messages: {
      emptyNumbered:
        'Unexpected empty proposal `{{number}}.`, expected the text of a decision; write it or remove the item',
      empty: 'Unexpected empty proposal, expected the text of a decision; write it or remove the item'
    }
  },
  check({ tree }, report) {
    for (const section of sections(tree))
      for (const item of section.proposals?.children ?? [])
        if (item.text === '')
          report(
            item.number !== null
              ? { messageId: 'emptyNumbered', data: { number: item.number }, place: item.position }
              : { messageId: 'empty', place: item.position }
          )
  }
})
