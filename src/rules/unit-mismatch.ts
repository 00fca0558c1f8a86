import type { Position } from 'unist'
import { defineRule } from './types.js'
import type { Header } from '../tree/types.js'
import { signatureBlock } from './util.js'
import { LETTER, editDistance, fold } from '../vocab/text.js'
import { unitWordIn } from '../vocab/people.js'

interface Options {
  /** Largest edit distance still taken for the same unit written differently. */
  maxDistance: number
}

/** The message ids: which spelling is suspect, and what says so. */
type MessageId = 'titleUnknown' | 'titleOutnumbered' | 'headerUnknown' | 'headerOutnumbered' | 'undecided'

/** A letter or digit: a spelling counted in the text must not continue a longer word. */
const WORD_CHARACTER = new RegExp(`[${LETTER}0-9]`)

/** How often `spelling` stands in the folded, small-letter text as whole words (across line breaks, in any case). */
function occurrences(folded: string, spelling: string): number {
  const needle = spelling.toLowerCase()
  let count = 0
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    const before = at > 0 ? folded[at - 1]! : ' '
    const after = folded[at + needle.length] ?? ' '
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) count++
  }
  return count
}

/**
 * Which of two spellings of the unit is suspect. casefile's vocabulary of unit
 * words (`kontoret`, `förvaltningen`, `enheten`, …) decides first: a spelling
 * whose words end in none of them when the other's do is the misspelt one,
 * however often it was copied. Otherwise the memo's own majority decides (the
 * header, every title, the distribution list and the text all count); when the
 * two are as common, neither is suspect and the clerk is asked.
 */
function suspectSpelling(
  unit: string,
  found: string,
  folded: string
): { messageId: MessageId; data: Record<string, string | number> } {
  const unitWord = unitWordIn(unit)
  const foundWord = unitWordIn(found)
  if (unitWord !== null && foundWord === null) return { messageId: 'titleUnknown', data: { word: unitWord } }
  if (foundWord !== null && unitWord === null) return { messageId: 'headerUnknown', data: { word: foundWord } }
  const inHeader = occurrences(folded, unit)
  const inTitle = occurrences(folded, found)
  const total = inHeader + inTitle
  if (inHeader > inTitle) return { messageId: 'titleOutnumbered', data: { count: inHeader, total } }
  if (inTitle > inHeader) return { messageId: 'headerOutnumbered', data: { count: inTitle, total } }
  return { messageId: 'undecided', data: {} }
}

/**
 * The unit as the header writes it against the unit inside a signatory's title
 * (`Välfärd, klimat och kompetens` / `Områdeschef Valfärd, klimat och kompetens`):
 * a near match by edit distance, so any misspelling is found, not a list of words.
 * The message names the spelling to correct, at its place: the header's unit
 * when that is the suspect one (once for every signatory who writes it otherwise
 * the same way), else the title.
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
      titleUnknown:
        'Unexpected `{{found}}` in the title of `{{name}}`, expected `{{unit}}` as the header writes the unit ' +
        '(it ends in the unit word `{{word}}`, the title does not); correct the title',
      titleOutnumbered:
        'Unexpected `{{found}}` in the title of `{{name}}`, expected `{{unit}}` as the header writes the unit ' +
        '({{count}} of the {{total}} times the memo writes it); correct the title',
      headerUnknown:
        'Unexpected `{{unit}}` as the unit in the header, expected `{{found}}` as the title of `{{name}}` writes it ' +
        '(it ends in the unit word `{{word}}`, the header does not); correct the header',
      headerOutnumbered:
        'Unexpected `{{unit}}` as the unit in the header, expected `{{found}}` as the title of `{{name}}` writes it ' +
        '({{count}} of the {{total}} times the memo writes it); correct the header',
      undecided:
        'Unexpected two spellings of the unit, `{{unit}}` in the header and `{{found}}` in the title of `{{name}}`, ' +
        'as often each; which is right? Correct the other'
    }
  },
  defaults: { maxDistance: 3 } satisfies Options,
  check({ tree, record, text, place }, report, { maxDistance }) {
    const unit = record.metadata.unit
    if (!unit) return
    const unitWords = fold(unit).split(' ')
    const target = unitWords.join(' ').toLowerCase()
    const limit = Math.min(maxDistance, Math.max(1, Math.floor(target.length / 6)))
    let folded: string | null = null
    /** Header spellings already reported as suspect, by the spelling the titles hold: one message each. */
    const headerReported = new Set<string>()
    for (const person of signatureBlock(tree)?.children ?? []) {
      if (!person.title) continue
      const words = fold(person.title).split(' ')
      const lower = words.map((w) => w.toLowerCase())
      // The title writes the unit as the header does (the common case): a window at distance 0, nothing to report,
      // and no window need be measured.
      if (` ${lower.join(' ')} `.includes(` ${target} `)) continue
      let best: { text: string; distance: number } | null = null
      for (let size = Math.max(1, unitWords.length - 1); size <= unitWords.length + 1; size++) {
        for (let i = 0; i + size <= words.length; i++) {
          // The distance is at least the difference in length: a window longer or shorter than the unit by
          // more than `limit` characters is never taken, so it is not measured (the loop runs for every memo).
          let length = size - 1
          for (let k = i; k < i + size; k++) length += lower[k]!.length
          if (Math.abs(length - target.length) > limit) continue
          const text = words.slice(i, i + size).join(' ')
          const distance = editDistance(lower.slice(i, i + size).join(' '), target)
          if (!best || distance < best.distance) best = { text, distance }
        }
      }
      if (!best || best.distance === 0 || best.distance > limit) continue
      folded ??= fold(text).toLowerCase()
      const verdict = suspectSpelling(unit, best.text, folded)
      const data = { ...verdict.data, found: best.text, name: person.name, unit }
      const at = person.titlePosition
      const from = at?.start.offset !== undefined ? text.indexOf(best.text.split(' ')[0]!, at.start.offset) : -1
      const inTitle: Position | undefined =
        from >= 0 && at?.end.offset !== undefined ? place(from, at.end.offset) : (at ?? person.position)
      if (verdict.messageId === 'headerUnknown' || verdict.messageId === 'headerOutnumbered') {
        const key = best.text.toLowerCase()
        if (headerReported.has(key)) continue
        headerReported.add(key)
        // Where the header's unit was read from: a labelled field, a line of its own, the line before the officer.
        const header = tree.children.find((n): n is Header => n.type === 'header')
        report({ messageId: verdict.messageId, data, place: header?.summary?.sources.unit?.position ?? inTitle })
        continue
      }
      report({ messageId: verdict.messageId, data, place: inTitle })
    }
  }
})
