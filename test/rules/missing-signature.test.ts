import rule from '../../src/rules/missing-signature.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'an empty file: empty-document reports it, not this rule', code: '' },
    { name: 'a name and a title after `I tjänsten`', code: BASE },
    { name: 'without `I tjänsten`', code: memo(['I tjänsten\n\n', '']) },
    {
      name: 'a name without a title is a signature (signatory-without-title says the rest)',
      code: memo(['Karin Karlsson  \nKommundirektör', 'Karin Karlsson'])
    },
    { name: 'two signatories', code: memo(['Kommundirektör', 'Kommundirektör\n\nOlle Ek  \nEkonomichef']) }
  ],
  invalid: [
    {
      name: 'the page example: no signature; points at the end of the file',
      code: memo(['I tjänsten\n\nKarin Karlsson  \nKommundirektör\n\n', '']),
      errors: [{ messageId: 'missing', line: 24, column: 1, endLine: 24, endColumn: 1 }]
    }
  ]
})
