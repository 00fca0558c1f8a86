import rule from '../../src/rules/mojibake.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, withBody } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'Swedish letters', code: BASE },
    {
      name: 'typographic quotes, dashes, the euro sign and Latin-1 letters',
      code: withBody('Välfärd, Örnsberg, Å, “citat” – ok, 5 €, naïve café')
    }
  ],
  invalid: [
    {
      name: 'the page example: `Ã¶ver.` is `över.`',
      code: withBody('Riktlinjerna har setts Ã¶ver.'),
      errors: [
        {
          messageId: 'repairable',
          data: { text: 'Ã¶ver.', repaired: 'över.' },
          line: 14,
          column: 24,
          endLine: 14,
          endColumn: 30
        }
      ]
    },
    {
      name: 'each word on its own',
      code: withBody('VÃ¤lfÃ¤rd och Ã–rnsberg'),
      errors: [
        {
          messageId: 'repairable',
          data: { text: 'VÃ¤lfÃ¤rd', repaired: 'Välfärd' },
          line: 14,
          column: 1,
          endColumn: 10
        },
        {
          messageId: 'repairable',
          data: { text: 'Ã–rnsberg', repaired: 'Örnsberg' },
          line: 14,
          column: 15,
          endColumn: 24
        }
      ]
    },
    {
      name: 'a Windows-1252 character as a continuation byte: `â€“` is an en dash',
      code: withBody('kostnad â€“ 500 kr'),
      errors: [{ messageId: 'repairable', data: { text: 'â€“', repaired: '–' }, line: 14, column: 9 }]
    },
    {
      name: 'in the title too',
      code: memo(['# Riktlinjer för', '# Riktlinjer fÃ¶r']),
      errors: [{ messageId: 'repairable', data: { text: 'fÃ¶r', repaired: 'för' }, line: 10, column: 14 }]
    },
    {
      name: 'a sequence cut short does not decode: no suggestion',
      code: withBody('Ã¤Ã'),
      errors: [{ messageId: 'unrepairable', data: { text: 'Ã¤Ã' }, line: 14, column: 1, endColumn: 4 }]
    }
  ]
})
