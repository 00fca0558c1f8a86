import { defineRule } from './types.js'
import { headerSummary } from './util.js'

export default defineRule({
  meta: {
    id: 'unit-from-position',
    type: 'suggestion',
    category: 'metadata',
    severity: 'info',
    description: 'The unit was read from where it stands (before the officer), not from a label or a unit word.',
    messages: {
      position:
        'Unexpected unit `{{unit}}` without a label or a unit word, expected one; it was taken as the unit from ' +
        "its place before the case officer's name, label it (`Förvaltning: …`) to be sure"
    }
  },
  check({ tree }, report) {
    const summary = headerSummary(tree)
    const source = summary?.sources.unit
    if (summary?.unit && source?.why === 'position')
      report({ messageId: 'position', data: { unit: summary.unit }, place: source.position })
  }
})
