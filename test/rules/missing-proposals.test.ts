import rule from '../../src/rules/missing-proposals.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const PROPOSALS = '1. Kommunstyrelsen antar riktlinjerna.\n2. Riktlinjerna gäller från och med 2021-04-01.'

ruleTester(rule, {
  valid: [
    { name: '`Förslag till beslut` with a numbered list', code: BASE },
    { name: '`Beslutsförslag`', code: memo(['## Förslag till beslut', '## Beslutsförslag']) },
    { name: 'one proposal as a paragraph', code: memo([PROPOSALS, 'Kommunstyrelsen antar riktlinjerna.']) },
    { name: '`att` clauses', code: memo([PROPOSALS, 'att anta riktlinjerna']) },
    {
      name: 'a heading mapped to the role in `vocabulary.headings`',
      code: memo(['## Förslag till beslut', '## Presidiets förslag']),
      vocabulary: { headings: { proposals: ['Presidiets förslag'] } }
    }
  ],
  invalid: [
    {
      name: 'the page example: no proposals section; points at the first header line',
      code: memo([`## Förslag till beslut\n\n${PROPOSALS}\n\n`, '']),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 11 }]
    },
    {
      name: 'a heading a typo away from a decision heading: points at it, with what it likely means',
      code: memo(['## Förslag till beslut', '## Regiondirektörens förslg']),
      errors: [
        {
          messageId: 'misspelt',
          data: { heading: 'Regiondirektörens förslg', fix: 'Regiondirektörens förslag' },
          line: 16,
          column: 1
        }
      ]
    },
    {
      name: 'a proposals section without items; points at its heading',
      code: memo([`${PROPOSALS}\n\n`, '']),
      errors: [
        {
          messageId: 'empty',
          data: { heading: 'Förslag till beslut' },
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 23
        }
      ]
    }
  ]
})
