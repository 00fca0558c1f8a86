import rule from '../../src/rules/unit-mismatch.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

/** The base memo with the signatory's title followed by `unitInTitle`. */
const titled = (unitInTitle: string, ...edits: Array<[string, string]>) =>
  memo(['Kommundirektör', `Kommundirektör ${unitInTitle}`], ...edits)
const kansliet: [string, string] = ['Kommunledningskontoret', 'Kansliet']
/** The header's unit written otherwise (line 3). */
const header = (unit: string): [string, string] => ['2021-03-01\n\nKommunledningskontoret', `2021-03-01\n\n${unit}`]
/** The case officer without a label: the line before the name is the unit, whether or not it ends in a unit word. */
const unlabelledOfficer: [string, string] = ['Handläggare: Anna Berg', 'Anna Berg']
/** A second signatory, whose title writes `unit`. */
const second = (unit: string) => `\n\nNils Wiklund  \nEkonomichef ${unit}`
/** The distribution list names `unit` too. */
const sentTo = (unit: string): [string, string] => ['Ekonomienheten', `Ekonomienheten\n\n${unit}`]
/** A suspect title: the data and place of the message on line 24, from column 16. */
const inTitle = (messageId: string, data: Record<string, string | number>, endColumn: number) => ({
  messageId,
  data: { ...data, name: 'Karin Karlsson' },
  line: 24,
  column: 16,
  endColumn
})
/** A suspect header: the message on the header's unit, line 3. */
const inHeader = (messageId: string, data: Record<string, string | number>, endColumn: number) => ({
  messageId,
  data: { ...data, name: 'Karin Karlsson' },
  line: 3,
  column: 1,
  endLine: 3,
  endColumn
})

ruleTester(rule, {
  valid: [
    { name: 'no unit in the title', code: BASE },
    { name: 'the unit written the same', code: titled('Kommunledningskontoret') },
    { name: 'another unit altogether', code: titled('Miljöförvaltningen') },
    { name: 'no unit in the header', code: titled('Kommunledningskontorett', ['Kommunledningskontoret\n\n', '']) },
    {
      name: '`maxDistance: 0` turns near matches off',
      code: titled('Kommunledningskontorett'),
      options: { maxDistance: 0 }
    },
    {
      name: '`maxDistance: 1` does not take two edits',
      code: titled('Komunledningskontorett'),
      options: { maxDistance: 1 }
    },
    {
      name: 'a short unit takes at most one edit a six characters: `Kansli` for `Kansliet` is two',
      code: titled('Kansli', kansliet)
    }
  ],
  invalid: [
    {
      name: 'the page example: the title ends in no unit word, the header in `kontoret`',
      code: titled('Kommunledningskontorett'),
      errors: [
        {
          ...inTitle(
            'titleUnknown',
            { found: 'Kommunledningskontorett', unit: 'Kommunledningskontoret', word: 'kontoret' },
            39
          ),
          endLine: 24
        }
      ]
    },
    {
      name: 'two edits within the default `maxDistance: 3`',
      code: titled('Komunledningskontorett'),
      errors: [
        inTitle(
          'titleUnknown',
          { found: 'Komunledningskontorett', unit: 'Kommunledningskontoret', word: 'kontoret' },
          38
        )
      ]
    },
    {
      name: 'one edit in a short unit',
      code: titled('Kanslit', kansliet),
      errors: [inTitle('titleUnknown', { found: 'Kanslit', unit: 'Kansliet', word: 'kansliet' }, 23)]
    },
    {
      name: 'only the signatory whose title differs',
      code: titled(`Kommunledningskontorett${second('Kommunledningskontoret')}`),
      errors: [
        inTitle(
          'titleUnknown',
          { found: 'Kommunledningskontorett', unit: 'Kommunledningskontoret', word: 'kontoret' },
          39
        )
      ]
    },
    {
      name: 'the vocabulary outranks a misspelling copied more often than the header’s spelling stands',
      code: titled(`Kommunledningskontorett${second('Kommunledningskontorett')}`),
      errors: [
        inTitle(
          'titleUnknown',
          { found: 'Kommunledningskontorett', unit: 'Kommunledningskontoret', word: 'kontoret' },
          39
        ),
        {
          messageId: 'titleUnknown',
          data: {
            found: 'Kommunledningskontorett',
            unit: 'Kommunledningskontoret',
            word: 'kontoret',
            name: 'Nils Wiklund'
          },
          line: 27,
          column: 13,
          endLine: 27,
          endColumn: 36
        }
      ]
    },
    {
      name: 'both end in a unit word: the spelling the header and another title share is the majority',
      code: titled(`Kommunlednigskontoret${second('Kommunledningskontoret')}`),
      errors: [
        inTitle(
          'titleOutnumbered',
          { found: 'Kommunlednigskontoret', unit: 'Kommunledningskontoret', count: 2, total: 3 },
          37
        )
      ]
    },
    {
      name: 'the header misspelt where the vocabulary cannot tell: the title and the distribution list outnumber it',
      code: titled('Kommunledningskontoret', header('Kommunlednigskontoret'), sentTo('Kommunledningskontoret')),
      errors: [
        inHeader(
          'headerOutnumbered',
          { found: 'Kommunledningskontoret', unit: 'Kommunlednigskontoret', count: 2, total: 3 },
          22
        )
      ]
    },
    {
      name: 'the header misspelt out of the vocabulary (a unit taken from its place): the title is right',
      code: titled('Kommunledningskontoret', header('Kommunledningskontorett'), unlabelledOfficer),
      errors: [
        inHeader(
          'headerUnknown',
          { found: 'Kommunledningskontoret', unit: 'Kommunledningskontorett', word: 'kontoret' },
          24
        )
      ]
    },
    {
      name: 'a suspect header is reported once, however many titles write the unit right',
      code: titled(
        `Kommunledningskontoret${second('Kommunledningskontoret')}`,
        header('Kommunledningskontorett'),
        unlabelledOfficer
      ),
      errors: [
        inHeader(
          'headerUnknown',
          { found: 'Kommunledningskontoret', unit: 'Kommunledningskontorett', word: 'kontoret' },
          24
        )
      ]
    },
    {
      name: 'neither in the vocabulary, once each: both are named and the clerk is asked',
      code: titled('Valfärd, klimat och kompetens', header('Välfärd, klimat och kompetens'), unlabelledOfficer),
      errors: [
        inTitle('undecided', { found: 'Valfärd, klimat och kompetens', unit: 'Välfärd, klimat och kompetens' }, 45)
      ]
    },
    {
      name: 'neither in the vocabulary: a mention in the text, across a line break and in other case, is a majority',
      code: titled('Valfärd, klimat och kompetens', header('Välfärd, klimat och kompetens'), unlabelledOfficer, [
        'Riktlinjerna har setts över.',
        'Riktlinjerna har setts över av välfärd, klimat och\nkompetens.'
      ]),
      errors: [
        {
          ...inTitle(
            'titleOutnumbered',
            { found: 'Valfärd, klimat och kompetens', unit: 'Välfärd, klimat och kompetens', count: 2, total: 3 },
            45
          ),
          line: 25
        }
      ]
    },
    {
      name: 'a longer word is no occurrence: `Kommunledningskontorets` does not count for the header',
      code: titled('Kommunlednigskontoret', [
        'Riktlinjerna har setts över.',
        'Kommunledningskontorets riktlinjer har setts över.'
      ]),
      errors: [inTitle('undecided', { found: 'Kommunlednigskontoret', unit: 'Kommunledningskontoret' }, 37)]
    }
  ]
})
