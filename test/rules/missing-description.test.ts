import rule from '../../src/rules/missing-description.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const heading = (h: string) => memo(['## Ärendebeskrivning', h])

ruleTester(rule, {
  valid: [
    { name: '`Ärendebeskrivning`', code: BASE },
    { name: '`Ärendet`', code: heading('## Ärendet') },
    { name: '`Sammanfattning`', code: heading('## Sammanfattning') },
    {
      name: 'a heading mapped to the role in `vocabulary.headings`',
      code: heading('## Om ärendet'),
      vocabulary: { headings: { description: ['Om ärendet'] } }
    }
  ],
  invalid: [
    {
      name: 'the page example: no describing section',
      code: memo(['## Ärendebeskrivning\n\nRiktlinjerna har setts över.\n\n', '']),
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 11 }]
    },
    {
      name: 'a heading the vocabulary does not know',
      code: heading('## Tidplan'),
      errors: [{ messageId: 'missing', line: 1, column: 1 }]
    }
  ]
})
