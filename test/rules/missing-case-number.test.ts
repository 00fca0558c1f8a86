import rule from '../../src/rules/missing-case-number.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, WITHOUT_HEADER } from './memo.js'

const withoutDnr = memo(['Dnr KS 2021/17\n\n', ''])

ruleTester(rule, {
  valid: [
    { name: 'a `Dnr` line', code: BASE },
    { name: 'a `Diarienummer:` label', code: memo(['Dnr KS 2021/17', 'Diarienummer: KS 2021/17']) },
    { name: 'in front matter', code: `---\ndnr: KS 2021/17\n---\n${withoutDnr}` }
  ],
  invalid: [
    {
      name: 'the page example: no `Dnr` line; points at the first header line',
      code: withoutDnr,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 11 }]
    },
    {
      name: 'an empty `Dnr:` label is no case number',
      code: memo(['Dnr KS 2021/17', 'Dnr:']),
      errors: [{ messageId: 'missing', line: 1, column: 1 }]
    },
    {
      name: 'a case number in the body is not the memo’s own',
      code: memo(['Dnr KS 2021/17\n\n', ''], ['Riktlinjerna har setts över.', 'Se KS 2021/17.']),
      errors: [{ messageId: 'missing', line: 1, column: 1 }]
    },
    {
      name: 'no header: points at 1:1',
      code: WITHOUT_HEADER,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 1 }]
    }
  ]
})
