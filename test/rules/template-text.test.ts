import rule from '../../src/rules/template-text.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo, withBody } from './memo.js'

const placeholder = (text: string, endColumn: number) => ({
  messageId: 'placeholder',
  data: { text },
  line: 14,
  column: 1,
  endColumn
})

ruleTester(rule, {
  valid: [
    { name: "the memo's own text", code: BASE },
    { name: 'a Markdown link is not a placeholder', code: withBody('Se [bilaga 1](bilaga.pdf).') },
    { name: '`lorem ipsum` inside a sentence', code: withBody('Texten lorem ipsum är ett exempel.') },
    { name: 'recipients', code: memo(['Ekonomienheten', 'Ekonomienheten\n\nKommunstyrelsen']) }
  ],
  invalid: [
    {
      name: 'the page example: guidance where the recipients go',
      code: memo(['Ekonomienheten', '[Ange mottagare]']),
      errors: [
        {
          messageId: 'guidance',
          data: { text: '[Ange mottagare]', heading: 'Beslutet skickas till' },
          line: 28,
          column: 1,
          endLine: 28,
          endColumn: 17
        }
      ]
    },
    {
      name: '`[Namn]`',
      code: withBody('Riktlinjerna har setts över av [Namn].'),
      errors: [placeholder('Riktlinjerna har setts över av [Namn].', 39)]
    },
    {
      name: '`<datum>`',
      code: withBody('Beslut fattades <datum>.'),
      errors: [placeholder('Beslut fattades <datum>.', 25)]
    },
    {
      name: '`«…»`',
      code: withBody('Nämnden «Nämndens namn» beslutar.'),
      errors: [placeholder('Nämnden «Nämndens namn» beslutar.', 34)]
    },
    {
      name: '`Skriv här`',
      code: withBody('Skriv här om ärendet.'),
      errors: [placeholder('Skriv här om ärendet.', 22)]
    },
    {
      name: '`Lorem ipsum` at the start',
      code: withBody('Lorem ipsum dolor sit amet.'),
      errors: [placeholder('Lorem ipsum dolor sit amet.', 28)]
    },
    {
      name: 'a long paragraph is shortened to 60 characters in the message',
      code: withBody(
        'Riktlinjerna har setts över av förvaltningen under våren och hösten och [Namn] har lett arbetet.'
      ),
      errors: [placeholder('Riktlinjerna har setts över av förvaltningen under våren …', 97)]
    }
  ]
})
