import { defineRule } from './types.js'
import { headerPlace } from './util.js'

export default defineRule({
  meta: {
    id: 'missing-description',
    type: 'suggestion',
    category: 'structure',
    severity: 'warn',
    description: 'No section describes the case (`Ärendebeskrivning`, `Ärendet`, `Sammanfattning`).',
    messages: {
      missing:
        'Missing case description, expected a section such as `Ärendebeskrivning`, `Ärendet` or ' +
        '`Sammanfattning`; add one, or map your heading in `vocabulary.headings`'
    }
  },
  check({ record, tree }, report) {
    if (record.description === null) report({ messageId: 'missing', place: headerPlace(tree) })
  }
})
