import rule from '../../src/rules/empty-field.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'every label has a value', code: BASE },
    { name: 'no label at all for a missing field', code: memo(['Telefon: 0123-456 78\n', '']) }
  ],
  invalid: [
    {
      name: 'the page example: `E-post:` alone',
      code: memo(['Telefon: 0123-456 78', 'Telefon: 0123-456 78\nE-post:']),
      errors: [
        {
          messageId: 'empty',
          data: { label: 'E-post:', field: 'email', expected: 'an address' },
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 8
        }
      ]
    },
    {
      name: 'an empty phone, case number, officer and date each say what they expect',
      code: memo(
        ['Telefon: 0123-456 78', 'Telefon:'],
        ['Dnr KS 2021/17', 'Dnr:'],
        ['Handläggare: Anna Berg', 'Handläggare:'],
        ['2021-03-01', 'Datum:']
      ),
      errors: [
        { messageId: 'empty', data: { label: 'Datum:', field: 'date', expected: 'a date' }, line: 1, column: 1 },
        {
          messageId: 'empty',
          data: { label: 'Handläggare:', field: 'officer', expected: 'a name' },
          line: 5,
          column: 1
        },
        { messageId: 'empty', data: { label: 'Telefon:', field: 'phone', expected: 'a number' }, line: 6, column: 1 },
        {
          messageId: 'empty',
          data: { label: 'Dnr:', field: 'caseNumber', expected: 'a case number' },
          line: 8,
          column: 1
        }
      ]
    },
    {
      name: 'a field without its own wording expects `a value`',
      code: memo(['Telefon: 0123-456 78', 'Telefon: 0123-456 78\nEr referens:']),
      errors: [
        {
          messageId: 'empty',
          data: { label: 'Er referens:', field: 'theirReference', expected: 'a value' },
          line: 7,
          column: 1
        }
      ]
    }
  ]
})
