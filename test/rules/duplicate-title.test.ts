import rule from '../../src/rules/duplicate-title.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const TITLE = '# Riktlinjer för representation'

ruleTester(rule, {
  valid: [
    { name: 'one title', code: BASE },
    { name: 'a title followed by a known section heading of its depth', code: memo([TITLE, `${TITLE}\n\n# Bakgrund`]) }
  ],
  invalid: [
    {
      name: 'the page example: a second heading of the same depth that names no section',
      code: memo([TITLE, `${TITLE}\n\n# Policy för gåvor och förmåner`]),
      errors: [
        {
          messageId: 'second',
          data: { second: 'Policy för gåvor och förmåner', first: 'Riktlinjer för representation' },
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 32
        }
      ]
    }
  ]
})
