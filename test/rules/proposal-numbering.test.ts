import rule from '../../src/rules/proposal-numbering.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const PROPOSALS = '1. Kommunstyrelsen antar riktlinjerna.\n2. Riktlinjerna gäller från och med 2021-04-01.'
const proposals = (items: string) => memo([PROPOSALS, items])

ruleTester(rule, {
  valid: [
    { name: '`1.`, `2.`', code: BASE },
    {
      name: 'a list may start at another number',
      code: proposals('3. Kommunstyrelsen antar riktlinjerna.\n4. Riktlinjerna gäller.')
    },
    { name: 'one proposal needs no number', code: proposals('- Kommunstyrelsen antar riktlinjerna.') },
    { name: '`att` clauses as bullets', code: proposals('- att anta riktlinjerna.\n- att riktlinjerna gäller') },
    { name: '`att` clauses as paragraphs', code: proposals('att anta riktlinjerna.\n\natt riktlinjerna gäller') }
  ],
  invalid: [
    {
      name: 'the page example: `3.` after `1.`',
      code: memo(['2. Riktlinjerna', '3. Riktlinjerna']),
      errors: [
        { messageId: 'skipped', data: { number: 3, expected: 2 }, line: 19, column: 1, endLine: 19, endColumn: 48 }
      ]
    },
    {
      name: 'a number repeats',
      code: memo(['2. Riktlinjerna', '1. Riktlinjerna']),
      errors: [{ messageId: 'repeated', data: { number: 1, expected: 2 }, line: 19, column: 1 }]
    },
    {
      name: 'a skip and then a repeat: counting goes on from each number',
      code: memo([
        '2. Riktlinjerna gäller från och med 2021-04-01.',
        '3. Riktlinjerna gäller från och med 2021-04-01.\n3. Tre.'
      ]),
      errors: [
        { messageId: 'skipped', data: { number: 3, expected: 2 }, line: 19, column: 1 },
        { messageId: 'repeated', data: { number: 3, expected: 4 }, line: 20, column: 1 }
      ]
    },
    {
      name: 'bullets; points at the heading',
      code: proposals('- Kommunstyrelsen antar riktlinjerna.\n- Riktlinjerna gäller.'),
      errors: [
        {
          messageId: 'unnumbered',
          data: { count: 2, heading: 'Förslag till beslut' },
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 23
        }
      ]
    },
    {
      name: 'paragraphs',
      code: proposals('Kommunstyrelsen antar riktlinjerna.\n\nRiktlinjerna gäller.'),
      errors: [{ messageId: 'unnumbered', data: { count: 2, heading: 'Förslag till beslut' }, line: 16, column: 1 }]
    }
  ]
})
