import rule from '../../src/rules/unit-from-position.js'
import { ruleTester } from '../rule-tester.js'
import { BASE, memo } from './memo.js'

const HEAD = 'Kommunledningskontoret\n\nHandläggare: Anna Berg'

ruleTester(rule, {
  valid: [
    { name: 'a unit word (`-kontoret`)', code: BASE },
    { name: 'a labelled unit', code: memo([HEAD, 'Förvaltning: Ekonomi och styrning\n\nAnna Berg']) }
  ],
  invalid: [
    {
      name: 'the page example: a line before an unlabelled officer',
      code: memo([HEAD, 'Ekonomi och styrning\n\nAnna Berg']),
      errors: [
        {
          messageId: 'position',
          data: { unit: 'Ekonomi och styrning' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21
        }
      ]
    }
  ]
})
