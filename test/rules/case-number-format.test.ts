import rule from '../../src/rules/case-number-format.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const withoutDnr = BASE.replace('Dnr KS 2021/17\n\n', '')

ruleTester(rule, {
  valid: [
    { name: 'series, year and number: `KS 2021/17`', code: BASE },
    {
      name: 'series/number/year: `RUN/24/2020`',
      code: memo(['Dnr KS 2021/17', 'Dnr RUN/24/2020']),
      filename: 'RUN-24-2020.md'
    },
    { name: 'dashes: `KS-2021-17`', code: memo(['Dnr KS 2021/17', 'Dnr KS-2021-17']) },
    { name: 'no case number at all (that is missing-case-number)', code: withoutDnr },
    {
      name: "an organisation's own format added to `vocabulary.caseNumbers`",
      code: memo(['Dnr KS 2021/17', 'Dnr: ÄR-2021-17']),
      vocabulary: { caseNumbers: ['ÄR-(?<year>\\d{4})-(?<seq>\\d+)'] }
    }
  ],
  invalid: [
    {
      name: 'the page example: `KS-2021/` has no number',
      code: memo(['Dnr KS 2021/17', 'Dnr KS-2021/']),
      errors: [
        { messageId: 'unknownFormat', data: { caseNumber: 'KS-2021/' }, line: 8, column: 1, endLine: 8, endColumn: 13 }
      ]
    },
    {
      name: 'a series alone',
      code: memo(['Dnr KS 2021/17', 'Dnr KS']),
      errors: [{ messageId: 'unknownFormat', data: { caseNumber: 'KS' }, line: 8, column: 1, endLine: 8, endColumn: 7 }]
    },
    {
      name: 'from front matter: points at the front matter line',
      code: `---\ndnr: abc\n---\n${withoutDnr}`,
      errors: [{ messageId: 'unknownFormat', data: { caseNumber: 'abc' }, line: 4, column: 1 }]
    }
  ]
})
