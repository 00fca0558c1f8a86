import { defineRule } from './types.js'
import { headerFields, headerPlace } from './util.js'

/**
 * The digit groups of a file name (`RUN-24-2020.md` → 24, 2020). A name with
 * fewer than two groups makes no claim about a case number.
 */
function numbersOf(path: string): number[] {
  const stem = path
    .split('/')
    .pop()!
    .replace(/\.[^.]*$/, '')
  return (stem.match(/\d+/g) ?? []).map(Number)
}

export default defineRule({
  meta: {
    id: 'filename-case-number',
    type: 'problem',
    category: 'metadata',
    severity: 'warn',
    description: 'The case number in the file name disagrees with the one inside.',
    messages: {
      mismatch:
        'Unexpected case number `{{caseNumber}}` inside `{{fileName}}`, expected the one the file name gives; ' +
        'rename the file or correct the case number'
    }
  },
  check({ path, record, tree }, report) {
    const { caseNumber, caseRef } = record.metadata
    if (!caseRef || !caseNumber || path === '-') return
    const numbers = numbersOf(path)
    // A year and a serial are two numbers: a name with fewer does not say which case it is.
    if (numbers.length < 2) return
    const hasYear = numbers.some((n) => n === caseRef.year || n === caseRef.year % 100)
    const hasSequence = numbers.some((n) => n === caseRef.sequence)
    if (hasYear && hasSequence) return
    const fileName = path.split('/').pop()!
    const field = headerFields(tree).find((f) => f.name === 'caseNumber' && f.value === caseNumber)
    report({ messageId: 'mismatch', data: { caseNumber, fileName }, place: field?.position ?? headerPlace(tree) })
  }
})
