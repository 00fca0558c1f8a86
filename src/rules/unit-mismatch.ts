import { defineRule } from './types.js'
import { signatureBlock } from './util.js'
import { editDistance, fold } from '../vocab/text.js'

interface Options {
  /** Largest edit distance still taken for the same unit written differently. */
  maxDistance: number
}

/**
 * The unit as the header writes it against the unit inside a signatory's title
 * (`Välfärd, klimat och kompetens` / `Områdeschef Valfärd, klimat och kompetens`):
 * a near match by edit distance, so any misspelling is found, not a list of words.
 */
export default defineRule({
  meta: {
    id: 'unit-mismatch',
    type: 'suggestion',
    category: 'signatures',
    severity: 'warn',
    description: "The unit is written differently in the header and in a signatory's title.",
    schema: {
      type: 'object',
      properties: {
        maxDistance: {
          type: 'number',
          minimum: 0,
          description: 'Largest edit distance still taken for the same unit written differently.'
        }
      },
      additionalProperties: false
    },
    messages: {
      mismatch:
        'Unexpected `{{found}}` in the title of `{{name}}`, expected `{{unit}}` as the header writes the unit; ' +
        'make them agree'
    }
  },
  defaults: { maxDistance: 3 } satisfies Options,
  check({ tree, record, text, place }, report, { maxDistance }) {
    const unit = record.metadata.unit
    if (!unit) return
    const unitWords = fold(unit).split(' ')
    const target = unitWords.join(' ').toLowerCase()
    const limit = Math.min(maxDistance, Math.max(1, Math.floor(target.length / 6)))
    for (const person of signatureBlock(tree)?.children ?? []) {
      if (!person.title) continue
      const words = fold(person.title).split(' ')
      let best: { text: string; distance: number } | null = null
      for (let size = Math.max(1, unitWords.length - 1); size <= unitWords.length + 1; size++) {
        for (let i = 0; i + size <= words.length; i++) {
          const text = words.slice(i, i + size).join(' ')
          const distance = editDistance(text.toLowerCase(), target)
          if (!best || distance < best.distance) best = { text, distance }
        }
      }
      if (!best || best.distance === 0 || best.distance > limit) continue
      const at = person.titlePosition
      const from = at?.start.offset !== undefined ? text.indexOf(best.text.split(' ')[0]!, at.start.offset) : -1
      report({
        messageId: 'mismatch',
        data: { found: best.text, name: person.name, unit },
        place: from >= 0 && at?.end.offset !== undefined ? place(from, at.end.offset) : (at ?? person.position)
      })
    }
  }
})
