import { defineRule } from '../types.js'
import { headerPlace } from './util.js'

export default defineRule({
  id: 'missing-description',
  category: 'structure',
  severity: 'warn',
  description: 'No section describes the case (`Ärendebeskrivning`, `Ärendet`, `Sammanfattning`).',
  check({ record, tree }, report) {
    if (record.description === null)
      report(
        'Missing case description, expected a section such as `Ärendebeskrivning`, `Ärendet` or `Sammanfattning`; add one, or map your heading in `vocabulary.headings`',
        headerPlace(tree)
      )
  }
})
