import rule from '../../src/rules/filename-case-number.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'year and number in the name: `KS-2021-17.md`', code: BASE, filename: 'KS-2021-17.md' },
    { name: 'a two-digit year: `KS-21-17.md`', code: BASE, filename: 'KS-21-17.md' },
    { name: 'in another order: `17-2021.md`', code: BASE, filename: '17-2021.md' },
    { name: 'one digit group makes no claim: `riktlinjer-2021.md`', code: BASE, filename: 'riktlinjer-2021.md' },
    { name: 'no digits: `riktlinjer.md`', code: BASE, filename: 'riktlinjer.md' },
    { name: 'standard input (`-`) has no name', code: BASE, filename: '-' },
    { name: "only the file's own name counts, not its folders", code: BASE, filename: 'arkiv/2019/12/KS-2021-17.md' },
    {
      name: 'a case number in no known format is not compared',
      code: memo(['Dnr KS 2021/17', 'Dnr KS-2021/']),
      filename: 'KS-2020-18.md'
    }
  ],
  invalid: [
    {
      name: 'the page example: `KS-2021-18.md` holds `KS 2021/17`',
      code: BASE,
      filename: 'KS-2021-18.md',
      errors: [
        {
          messageId: 'mismatch',
          data: { caseNumber: 'KS 2021/17', fileName: 'KS-2021-18.md' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 15
        }
      ]
    },
    {
      name: 'the wrong year, in a folder: the message names the file only',
      code: BASE,
      filename: 'arkiv/KS-2020-17.md',
      errors: [
        { messageId: 'mismatch', data: { caseNumber: 'KS 2021/17', fileName: 'KS-2020-17.md' }, line: 8, column: 1 }
      ]
    }
  ]
})
