import rule from '../../src/rules/unit-mismatch.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

/** The base memo with the signatory's title followed by `unitInTitle`. */
const titled = (unitInTitle: string, ...edits: Array<[string, string]>) =>
  memo(['Kommundirektör', `Kommundirektör ${unitInTitle}`], ...edits)
const kansliet: [string, string] = ['Kommunledningskontoret', 'Kansliet']
const mismatch = (found: string, unit: string, endColumn: number) => ({
  messageId: 'mismatch',
  data: { found, name: 'Karin Karlsson', unit },
  line: 24,
  column: 16,
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
      name: 'the page example: one letter too many',
      code: titled('Kommunledningskontorett'),
      errors: [{ ...mismatch('Kommunledningskontorett', 'Kommunledningskontoret', 39), endLine: 24 }]
    },
    {
      name: 'two edits within the default `maxDistance: 3`',
      code: titled('Komunledningskontorett'),
      errors: [mismatch('Komunledningskontorett', 'Kommunledningskontoret', 38)]
    },
    {
      name: 'one edit in a short unit',
      code: titled('Kanslit', kansliet),
      errors: [mismatch('Kanslit', 'Kansliet', 23)]
    },
    {
      name: 'only the signatory whose title differs',
      code: titled('Kommunledningskontorett\n\nOlle Ek  \nEkonomichef Kommunledningskontoret'),
      errors: [mismatch('Kommunledningskontorett', 'Kommunledningskontoret', 39)]
    }
  ]
})
