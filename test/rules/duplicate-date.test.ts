import rule from '../../src/rules/duplicate-date.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'one date', code: BASE },
    { name: 'the same date in two spellings', code: memo(['2021-03-01\n', '2021-03-01\n\nDatum: 1 mars 2021\n']) },
    {
      name: 'a meeting date under its own label is not a second document date',
      code: memo(['2021-03-01\n', '2021-03-01\n\nSammanträdesdatum: 2021-03-15\n'])
    }
  ],
  invalid: [
    {
      name: 'the page example: the labelled date wins, the other is reported',
      code: memo(['2021-03-01\n', '2021-03-01\n\nDatum: 2021-02-15\n']),
      errors: [
        {
          messageId: 'second',
          data: { second: '2021-03-01', first: '2021-02-15' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11
        }
      ]
    }
  ]
})
