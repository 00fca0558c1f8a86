import rule from '../../src/rules/empty-proposal.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const PROPOSALS = '1. Kommunstyrelsen antar riktlinjerna.\n2. Riktlinjerna gäller från och med 2021-04-01.'

ruleTester(rule, {
  valid: [
    { name: 'every item has text', code: BASE },
    {
      name: 'bullets with text',
      code: memo([PROPOSALS, '- Kommunstyrelsen antar riktlinjerna.\n- Riktlinjerna gäller.'])
    }
  ],
  invalid: [
    {
      name: 'the page example: `2.` with nothing after it',
      code: memo(['2. Riktlinjerna', '2.\n3. Riktlinjerna']),
      errors: [{ messageId: 'emptyNumbered', data: { number: 2 }, line: 19, column: 1, endLine: 19, endColumn: 3 }]
    },
    {
      name: 'an empty last item',
      code: memo([PROPOSALS, `${PROPOSALS}\n3.`]),
      errors: [{ messageId: 'emptyNumbered', data: { number: 3 }, line: 20, column: 1 }]
    },
    {
      name: 'an empty bullet has no number to name',
      code: memo([PROPOSALS, '- Kommunstyrelsen antar riktlinjerna.\n-\n- Riktlinjerna gäller.']),
      errors: [{ messageId: 'empty', line: 19, column: 1, endLine: 19, endColumn: 2 }]
    }
  ]
})
