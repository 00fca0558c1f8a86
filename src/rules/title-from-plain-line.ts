import { defineRule } from './types.js'
import type { Title } from '../tree/types.js'

export default defineRule({
  meta: {
    id: 'title-from-plain-line',
    type: 'suggestion',
    category: 'metadata',
    severity: 'info',
    description: 'The title was read from a plain line, not from a heading or a bold line.',
    messages: {
      plain:
        'Unexpected title `{{title}}` on a plain line before the first section, expected a heading or a bold ' +
        'line; it was taken as the title, mark it as a heading (`# …`) to be sure'
    }
  },
  check({ tree }, report) {
    const title = tree.children.find((n): n is Title => n.type === 'title')
    if (title?.source === 'plain') report({ messageId: 'plain', data: { title: title.value }, place: title.position })
  }
})
