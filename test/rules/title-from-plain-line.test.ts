import rule from '../../src/rules/title-from-plain-line.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'a heading', code: BASE },
    { name: 'a bold line', code: memo(['# Riktlinjer för representation', '**Riktlinjer för representation**']) }
  ],
  invalid: [
    {
      name: 'the page example: a plain line where the title stands',
      code: memo(['# Riktlinjer för representation', 'Riktlinjer för representation']),
      errors: [
        {
          messageId: 'plain',
          data: { title: 'Riktlinjer för representation' },
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 30
        }
      ]
    }
  ]
})
