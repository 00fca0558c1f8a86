import rule from '../../src/rules/unclassified-header.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const extra = (line: string) => memo(['Dnr KS 2021/17', `Dnr KS 2021/17\n\n${line}`])

ruleTester(rule, {
  valid: [
    { name: 'a date, a unit, labelled fields and a case number', code: BASE },
    {
      name: 'a label added in `vocabulary.labels`',
      code: extra('Ärende-id: 42'),
      vocabulary: { labels: { theirReference: ['Ärende-id'] } }
    }
  ],
  invalid: [
    {
      name: 'the page example: `Version 3 (utkast)`',
      code: extra('Version 3 (utkast)'),
      errors: [
        {
          messageId: 'unclassified',
          data: { text: 'Version 3 (utkast)' },
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 19
        }
      ]
    },
    {
      name: 'a label casefile does not know',
      code: extra('Ärende-id: 42'),
      errors: [{ messageId: 'unclassified', data: { text: 'Ärende-id: 42' }, line: 10, column: 1 }]
    },
    {
      name: 'a long line is quoted by its first 60 characters',
      code: extra('Avser perioden från och med den första januari till och med den sista december i år'),
      errors: [
        {
          messageId: 'unclassified',
          data: { text: 'Avser perioden från och med den första januari till och m…' },
          line: 10,
          column: 1,
          endColumn: 84
        }
      ]
    }
  ]
})
