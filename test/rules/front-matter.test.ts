import rule from '../../src/rules/front-matter.js'
import { ruleTester } from '../rule-tester.js'
import { BASE } from './memo.js'

const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\n\n${BASE}`

ruleTester(rule, {
  valid: [
    { name: 'no front matter', code: BASE },
    {
      name: 'known keys, in Swedish and English',
      code: withFrontMatter('Diarienummer: KS 2021/17\ntitle: Riktlinjer')
    },
    {
      name: 'a known officer mapping',
      code: withFrontMatter('handläggare:\n  namn: Anna Berg\n  telefon: 0123-456 78')
    }
  ],
  invalid: [
    {
      name: 'the page example: a key the record does not know',
      code: withFrontMatter('färg: blå'),
      errors: [{ messageId: 'unknownKey', data: { key: 'färg' }, line: 1, column: 1, endLine: 3, endColumn: 4 }]
    },
    {
      name: 'a number where text is expected: converted',
      code: withFrontMatter('Diarienummer: 17'),
      errors: [{ messageId: 'converted', data: { key: 'Diarienummer' }, line: 1, column: 1 }]
    },
    {
      name: 'a list where text is expected: ignored',
      code: withFrontMatter('title: [a, b]'),
      errors: [{ messageId: 'notText', data: { key: 'title' }, line: 1, column: 1 }]
    },
    {
      name: 'a date that does not exist',
      code: withFrontMatter('datum: 2021-02-30'),
      errors: [{ messageId: 'date', data: { value: '2021-02-30' }, line: 1, column: 1 }]
    },
    {
      name: 'a list, not a mapping',
      code: withFrontMatter('- a\n- b'),
      errors: [{ messageId: 'notMapping', line: 1, column: 1 }]
    },
    {
      name: 'YAML that does not parse',
      code: withFrontMatter('title: [unclosed'),
      errors: [
        {
          messageId: 'invalid',
          data: { reason: 'unexpected end of the stream within a flow collection (1:17)' },
          line: 1,
          column: 1
        }
      ]
    },
    {
      name: "a key that could reach an object's prototype",
      code: withFrontMatter('__proto__: x'),
      errors: [{ messageId: 'dropped', data: { key: '__proto__' }, line: 1, column: 1 }]
    }
  ]
})
