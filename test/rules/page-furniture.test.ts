import rule from '../../src/rules/page-furniture.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, withBody } from './memo.js'

/** The base memo with a paragraph of its own after the body paragraph (on line 16). */
const after = (line: string) => withBody(`Riktlinjerna har setts över.\n\n${line}`)

ruleTester(rule, {
  valid: [
    { name: 'no debris', code: BASE },
    { name: '`sida` in a sentence', code: withBody('Se sida 2 av rapporten.') },
    { name: 'a count in a sentence', code: withBody('Riktlinjerna gäller 1 av 2 år.') }
  ],
  invalid: [
    {
      name: 'the page example: `Sida 2 av 3`',
      code: after('Sida 2 av 3'),
      errors: [
        { messageId: 'pageCounter', data: { text: 'Sida 2 av 3' }, line: 16, column: 1, endLine: 16, endColumn: 12 }
      ]
    },
    {
      name: '`1(2)`',
      code: after('1(2)'),
      errors: [{ messageId: 'pageCounter', data: { text: '1(2)' }, line: 16, column: 1, endColumn: 5 }]
    },
    {
      name: '`Page 1 of 2`',
      code: after('Page 1 of 2'),
      errors: [{ messageId: 'pageCounter', data: { text: 'Page 1 of 2' }, line: 16, column: 1 }]
    },
    {
      name: 'a page counter among the header lines',
      code: memo(['Kommunledningskontoret', 'Kommunledningskontoret\n\nSida 1 av 2']),
      errors: [{ messageId: 'pageCounter', data: { text: 'Sida 1 av 2' }, line: 5, column: 1 }]
    },
    {
      name: 'a page counter between the title and the first section',
      code: memo(['# Riktlinjer för representation', '# Riktlinjer för representation\n\nSida 1 av 2']),
      errors: [{ messageId: 'pageCounter', data: { text: 'Sida 1 av 2' }, line: 12, column: 1 }]
    },
    {
      name: 'a page footer with the address',
      code: after('Postadress: Box 123, 831 82 Exempelby. Växel: 0123-45 60 00. www.exempelby.se'),
      errors: [
        {
          messageId: 'pageFooter',
          data: { text: 'Postadress: Box 123, 831 82 Exempelby. Växel: 0123-45 60 …' },
          line: 16,
          column: 1,
          endColumn: 78
        }
      ]
    },
    {
      name: 'the document type repeated as a page header',
      code: after('TJÄNSTESKRIVELSE'),
      errors: [{ messageId: 'repeatedHeader', data: { text: 'TJÄNSTESKRIVELSE' }, line: 16, column: 1 }]
    },
    {
      name: 'a dotted signature line',
      code: after('. . . . . . . .'),
      errors: [{ messageId: 'ruleLine', data: { text: '. . . . . . . .' }, line: 16, column: 1 }]
    },
    {
      name: 'a signature box',
      code: after('Justerandes sign'),
      errors: [{ messageId: 'signatureBox', data: { text: 'Justerandes sign' }, line: 16, column: 1 }]
    }
  ]
})
