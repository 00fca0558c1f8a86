import rule from '../../src/rules/unknown-heading.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const before = (sections: string) => memo(['## Förslag till beslut', `${sections}## Förslag till beslut`])

ruleTester(rule, {
  valid: [
    { name: 'headings with roles', code: BASE },
    {
      name: '`Bakgrund` and `Ekonomiska konsekvenser`',
      code: before('## Bakgrund\n\nA.\n\n## Ekonomiska konsekvenser\n\nB.\n\n')
    },
    {
      name: 'a heading mapped in `vocabulary.headings`',
      code: before('## Tidplan\n\nArbetet klart i maj.\n\n'),
      vocabulary: { headings: { background: ['Tidplan'] } }
    }
  ],
  invalid: [
    {
      name: 'the page example: `Tidplan`',
      code: before('## Tidplan\n\nArbetet klart i maj.\n\n'),
      errors: [{ messageId: 'unknown', data: { heading: 'Tidplan' }, line: 16, column: 1, endLine: 16, endColumn: 11 }]
    },
    {
      name: 'each unknown heading',
      code: before('## Tidplan\n\nI maj.\n\n## Övrigt\n\nInget.\n\n'),
      errors: [
        { messageId: 'unknown', data: { heading: 'Tidplan' }, line: 16, column: 1 },
        { messageId: 'unknown', data: { heading: 'Övrigt' }, line: 20, column: 1 }
      ]
    }
  ]
})
