import rule from '../../src/rules/missing-title.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const TITLE = '# Riktlinjer för representation'

ruleTester(rule, {
  valid: [
    { name: 'an ATX heading', code: BASE },
    { name: 'a setext heading', code: memo([TITLE, 'Riktlinjer för representation\n===']) },
    { name: 'a plain line where the title stands', code: memo([TITLE, 'Riktlinjer för representation']) }
  ],
  invalid: [
    {
      name: 'the page example: no title; points at the first header line',
      code: memo([`${TITLE}\n\n`, '']),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 11 }]
    },
    {
      name: 'neither header nor title: 1:1',
      code: '## Ärendebeskrivning\n\nText.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 1 }]
    }
  ]
})
