import rule from '../../src/rules/personal-number.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, withBody } from './memo.js'

const found = (kind: string, masked: string, column: number, endColumn: number) => ({
  messageId: 'found',
  data: { kind, masked },
  line: 14,
  column,
  endColumn
})

ruleTester(rule, {
  valid: [
    { name: 'no numbers', code: BASE },
    {
      name: 'phone numbers, case numbers, dates and year ranges',
      code: withBody(
        'Tfn: 063146619, 0701-234567, 08-581 690 00, Dnr 2015-5613, BN-2024-00241, 20200828, 2015-2020, 2014-02-09 1234'
      )
    },
    { name: 'a wrong check digit', code: withBody('Sökande 121212-1213.') },
    { name: 'a day that does not exist', code: withBody('Sökande 121232-1212.') },
    { name: 'glued to letters', code: withBody('ABC121212-1212') },
    { name: 'ten digits without a separator (a phone number or a serial)', code: withBody('Ring 1212121212.') }
  ],
  invalid: [
    {
      name: 'the page example: twelve digits with a dash; the data is masked',
      code: withBody('Riktlinjerna har setts över av 19121212-1212.'),
      errors: [{ ...found('personnummer', '19121212-XXXX', 32, 45), endLine: 14 }]
    },
    {
      name: 'ten digits with a dash',
      code: withBody('Sökande 121212-1212.'),
      errors: [found('personnummer', '121212-XXXX', 9, 20)]
    },
    {
      name: 'a plus for someone over a hundred',
      code: withBody('Sökande 121212+1212.'),
      errors: [found('personnummer', '121212+XXXX', 9, 20)]
    },
    {
      name: 'twelve digits run together',
      code: withBody('Sökande 191212121212.'),
      errors: [found('personnummer', '19121212XXXX', 9, 21)]
    },
    {
      name: "Markdown's escaped hyphen, as converters write it",
      code: withBody('Sökande 19121212\\-1212.'),
      errors: [found('personnummer', '19121212-XXXX', 9, 23)]
    },
    {
      name: 'a spaced hyphen',
      code: withBody('Sökande 19121212 - 1212.'),
      errors: [found('personnummer', '19121212-XXXX', 9, 24)]
    },
    {
      name: 'an en dash',
      code: withBody('Sökande 19121212–1212.'),
      errors: [found('personnummer', '19121212-XXXX', 9, 22)]
    },
    {
      name: 'a samordningsnummer (day + 60)',
      code: withBody('Sökande 197010632391.'),
      errors: [found('samordningsnummer', '19701063XXXX', 9, 21)]
    },
    {
      name: 'in the header as well as the body',
      code: memo(['Telefon: 0123-456 78', 'Telefon: 0123-456 78\nSökande: 19121212-1212']),
      errors: [
        {
          messageId: 'found',
          data: { kind: 'personnummer', masked: '19121212-XXXX' },
          line: 7,
          column: 10,
          endColumn: 23
        }
      ]
    }
  ]
})
