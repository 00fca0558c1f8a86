import { defineRule } from './types.js'
import { headerPlace, sections } from './util.js'
import { didYouMean } from '../vocab/did-you-mean.js'
import { HeadingVocabulary } from '../vocab/headings.js'

const HEADINGS = new HeadingVocabulary()

/** `Regiondirektörens förslg` → `Regiondirektörens förslag`: a heading one misspelt word away from a decision's. */
function nearDecisionHeading(heading: string): string | null {
  const words = heading.split(' ')
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const fix = didYouMean(word, ['förslag', 'beslut', 'beslutsförslag'])
    if (fix === null || fix === word.toLowerCase()) continue
    const written = word.startsWith(word[0]!.toUpperCase()) ? fix[0]!.toUpperCase() + fix.slice(1) : fix
    const candidate = [...words.slice(0, i), written, ...words.slice(i + 1)].join(' ')
    const role = HEADINGS.roleOf(candidate)
    if (role === 'proposals' || role === 'decision') return candidate
  }
  return null
}

export default defineRule({
  meta: {
    id: 'missing-proposals',
    type: 'problem',
    category: 'structure',
    severity: 'error',
    description: 'No proposed decision (`Förslag till beslut`), or one without items.',
    messages: {
      missing:
        'Missing proposals, expected a section such as `Förslag till beslut` with the proposed decision; add ' +
        'one, or map your heading in `vocabulary.headings`',
      empty: 'Unexpected empty section `{{heading}}`, expected the proposed decision; write its items',
      misspelt:
        'Missing proposals, expected a section such as `Förslag till beslut`; did you mean `{{fix}}` for the ' +
        'heading `{{heading}}`? Correct it, or map it in `vocabulary.headings`'
    }
  },
  check({ record, tree }, report) {
    if (record.proposals === null) {
      // A heading a typo away from a decision's: point at it and say which it is likely meant to be.
      for (const section of sections(tree)) {
        const fix = section.role === 'other' ? nearDecisionHeading(section.heading) : null
        if (fix) {
          report({
            messageId: 'misspelt',
            data: { heading: section.heading, fix },
            place: section.headingPosition
          })
          return
        }
      }
      report({ messageId: 'missing', place: headerPlace(tree) })
    } else if (record.proposals.items.length === 0) {
      const section = sections(tree).find((s) => s.proposals)
      report({ messageId: 'empty', data: { heading: record.proposals.heading }, place: section?.headingPosition })
    }
  }
})
