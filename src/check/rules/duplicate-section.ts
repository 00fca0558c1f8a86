import { defineRule } from '../types.js'
import { sections } from './util.js'
import { key } from '../../vocab/text.js'

export default defineRule({
  id: 'duplicate-section',
  category: 'structure',
  severity: 'warn',
  description: 'The same section heading twice.',
  check({ tree }, report) {
    const seen = new Map<string, number>()
    for (const section of sections(tree)) {
      const k = key(section.heading)
      const first = seen.get(k)
      if (first !== undefined)
        report(
          `Unexpected second section \`${section.heading}\` (the first is on line ${first}), expected each section once; merge them`,
          section.headingPosition
        )
      else seen.set(k, section.headingPosition?.start.line ?? 0)
    }
  }
})
