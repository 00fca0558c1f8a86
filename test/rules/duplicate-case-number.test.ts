import rule from '../../src/rules/duplicate-case-number.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, withBody } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'one case number', code: BASE },
    { name: 'the same number twice', code: memo(['Dnr KS 2021/17', 'Dnr KS 2021/17\n\nDiarienummer: KS 2021/17']) },
    { name: 'another number in the body is a reference', code: withBody('Se även ärende KS 2020/311.') }
  ],
  invalid: [
    {
      name: 'the page example: a second number under its own label',
      code: memo(['Dnr KS 2021/17', 'Dnr KS 2021/17\n\nDnr KS 2020/311']),
      errors: [{ messageId: 'second', data: { second: 'KS 2020/311', first: 'KS 2021/17' }, line: 10, column: 1 }]
    }
  ]
})
