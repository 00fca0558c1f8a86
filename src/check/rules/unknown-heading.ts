import { defineRule } from '../types.js'
import { sections } from './util.js'

export default defineRule({
  id: 'unknown-heading',
  category: 'structure',
  severity: 'info',
  description: 'A heading that the vocabulary does not know (its role is `other`).',
  check({ tree }, report) {
    for (const section of sections(tree))
      if (!section.known)
        report(
          `Unexpected heading \`${section.heading}\` that the vocabulary does not know, expected one with a role; its role is \`other\`. Map it in \`vocabulary.headings\` if it has one`,
          section.headingPosition
        )
  }
})
