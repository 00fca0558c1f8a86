import rule from '../../src/rules/empty-document.js'
import { ruleTester } from '../rule-tester.js'
import { BASE } from './memo.js'

ruleTester(rule, {
  valid: [
    { name: 'a memo', code: BASE },
    { name: 'only front matter: there is text to check', code: '---\nDiarienummer: KS 2021/17\n---\n' }
  ],
  invalid: [
    {
      name: 'the page example: an empty file',
      code: '',
      errors: [{ messageId: 'empty', line: 1, column: 1, endLine: 1, endColumn: 1 }]
    },
    {
      name: 'blank lines and spaces only',
      code: '\n  \n\t\n',
      errors: [{ messageId: 'empty', line: 1, column: 1 }]
    }
  ]
})
