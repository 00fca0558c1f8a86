import rule from '../../src/rules/duplicate-section.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const before = (sections: string) => memo(['## Förslag till beslut', `${sections}## Förslag till beslut`])

ruleTester(rule, {
  valid: [
    { name: 'each section once', code: BASE },
    { name: 'a heading that only starts like another', code: before('## Ärendebeskrivning och bakgrund\n\nA.\n\n') }
  ],
  invalid: [
    {
      name: 'the page example: `Ärendebeskrivning` twice',
      code: before('## Ärendebeskrivning\n\nSe även bilaga.\n\n'),
      errors: [
        {
          messageId: 'duplicate',
          data: { heading: 'Ärendebeskrivning', firstLine: 12 },
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 21
        }
      ]
    },
    {
      name: 'the same heading in capitals is the same section',
      code: before('## ÄRENDEBESKRIVNING\n\nSe även bilaga.\n\n'),
      errors: [{ messageId: 'duplicate', data: { heading: 'ÄRENDEBESKRIVNING', firstLine: 12 }, line: 16, column: 1 }]
    },
    {
      name: 'three times: both repeats point back to the first',
      code: before('## Ärendebeskrivning\n\nA.\n\n## Ärendebeskrivning\n\nB.\n\n'),
      errors: [
        { messageId: 'duplicate', data: { heading: 'Ärendebeskrivning', firstLine: 12 }, line: 16, column: 1 },
        { messageId: 'duplicate', data: { heading: 'Ärendebeskrivning', firstLine: 12 }, line: 20, column: 1 }
      ]
    }
  ]
})
