import rule from '../../src/rules/impossible-date.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, withBody } from './memo.js'

const dated = (date: string) => memo(['2021-03-01', date])

ruleTester(rule, {
  valid: [
    { name: 'a real date', code: BASE },
    { name: '29 February in a leap year', code: dated('2020-02-29') },
    {
      name: 'an impossible date in the body is text, not the header',
      code: withBody('Riktlinjerna har setts över 2021-02-30.')
    }
  ],
  invalid: [
    {
      name: 'the page example: 30 February',
      code: dated('2021-02-30'),
      errors: [{ messageId: 'impossible', data: { date: '2021-02-30' }, line: 1, column: 1, endLine: 1, endColumn: 11 }]
    },
    {
      name: '29 February 1900 (not a leap year)',
      code: dated('1900-02-29'),
      errors: [{ messageId: 'impossible', data: { date: '1900-02-29' }, line: 1, column: 1 }]
    },
    {
      name: 'month 13',
      code: dated('2021-13-01'),
      errors: [{ messageId: 'impossible', data: { date: '2021-13-01' }, line: 1, column: 1 }]
    },
    {
      name: 'written in words: `30 februari 2021`',
      code: dated('30 februari 2021'),
      errors: [{ messageId: 'impossible', data: { date: '30 februari 2021' }, line: 1, column: 1 }]
    },
    {
      name: 'a labelled date: the whole field is pointed at',
      code: dated('Datum: 2021-04-31'),
      errors: [{ messageId: 'impossible', data: { date: '2021-04-31' }, line: 1, column: 1, endLine: 1, endColumn: 18 }]
    },
    {
      name: 'a meeting date too',
      code: memo(['Dnr KS 2021/17', 'Dnr KS 2021/17\nSammanträdesdatum: 2021-06-31']),
      errors: [{ messageId: 'impossible', data: { date: '2021-06-31' }, line: 9, column: 1 }]
    }
  ]
})
