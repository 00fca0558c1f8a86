import rule from '../../src/rules/missing-header.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, WITHOUT_HEADER } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'header lines before the title', code: BASE },
    { name: 'one header line is a header', code: `2021-03-01\n\n${WITHOUT_HEADER}` },
    { name: 'front matter stands for the header', code: `---\ndnr: KS 2021/17\n---\n${WITHOUT_HEADER}` },
    { name: 'an empty file: empty-document reports it, not this rule', code: '' }
  ],
  invalid: [
    {
      name: 'the page example: the memo starts at its title',
      code: WITHOUT_HEADER,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 1 }]
    }
  ]
})
