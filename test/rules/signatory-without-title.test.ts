import rule from '../../src/rules/signatory-without-title.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'a name and a title', code: BASE },
    { name: 'two signatories with titles', code: memo(['Kommundirektör', 'Kommundirektör\n\nOlle Ek  \nEkonomichef']) },
    {
      name: 'no signature block (that is missing-signature)',
      code: memo(['I tjänsten\n\nKarin Karlsson  \nKommundirektör\n\n', ''])
    }
  ],
  invalid: [
    {
      name: 'the page example: a name alone',
      code: memo(['Karin Karlsson  \nKommundirektör', 'Karin Karlsson']),
      errors: [
        { messageId: 'noTitle', data: { name: 'Karin Karlsson' }, line: 23, column: 1, endLine: 23, endColumn: 15 }
      ]
    },
    {
      name: 'only the signatory without one',
      code: memo(['Kommundirektör', 'Kommundirektör\n\nOlle Ek']),
      errors: [{ messageId: 'noTitle', data: { name: 'Olle Ek' }, line: 26, column: 1, endColumn: 8 }]
    }
  ]
})
