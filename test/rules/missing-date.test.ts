import rule from '../../src/rules/missing-date.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const withoutDate = memo(['2021-03-01\n\n', ''])

ruleTester(rule, {
  valid: [
    { name: 'a date line', code: BASE },
    { name: 'a labelled date in words', code: memo(['2021-03-01', 'Datum: 1 mars 2021']) },
    { name: 'a meeting date only', code: memo(['2021-03-01', 'Sammanträdesdatum: 2021-03-01']) },
    { name: 'in front matter', code: `---\ndatum: 2021-03-01\n---\n${withoutDate}` },
    { name: 'an impossible date is impossible-date’s, not missing', code: memo(['2021-03-01', '2021-02-30']) }
  ],
  invalid: [
    {
      name: 'the page example: no date; points at the first header line',
      code: withoutDate,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 23 }]
    },
    {
      name: 'a date in the body is not the document date',
      code: memo(['2021-03-01\n\n', ''], ['Riktlinjerna har setts över.', 'Riktlinjerna har setts över 2021-03-01.']),
      errors: [{ messageId: 'missing', line: 1, column: 1 }]
    }
  ]
})
