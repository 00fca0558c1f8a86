/**
 * A rule tester in the manner of ESLint's RuleTester: each rule gets `valid`
 * memos, on which it reports nothing, and `invalid` memos with the exact
 * messages it reports, asserted by message id, data and position, not by prose.
 *
 *     ruleTester(rule, {
 *       valid: [{ name: 'the base memo', code: BASE }],
 *       invalid: [
 *         {
 *           name: 'no Dnr line',
 *           code: memo(['Dnr KS 2021/17\n\n', '']),
 *           errors: [{ messageId: 'missing', line: 1, column: 1 }]
 *         }
 *       ]
 *     })
 *
 * Only the rule under test runs (at its default severity, with the case's
 * options checked against its schema), so another rule's findings never leak
 * into a case; it need not be registered yet.
 */
import { describe, expect, it } from 'vitest'
import { checkFile } from '../src/check/run.js'
import { configFrom, settingOf, type Config } from '../src/check/config.js'
import { formatMessage, type MessageData, type Rule } from '../src/rules/types.js'

export interface ValidCase {
  /** What the case shows: the edge case it stands for. */
  name: string
  code: string
  /** The path the memo is checked under; `KS-2021-17.md` unless given. */
  filename?: string
  /** The rule's options, validated against `meta.schema` as a configuration file's would be. */
  options?: Record<string, unknown>
  /** A `vocabulary` section, as in `.casefilerc.yml`. */
  vocabulary?: Record<string, unknown>
}

export interface ExpectedError {
  messageId: string
  data?: MessageData
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

export interface InvalidCase extends ValidCase {
  errors: [ExpectedError, ...ExpectedError[]]
}

export interface Cases {
  valid: ValidCase[]
  invalid: InvalidCase[]
}

export const DEFAULT_FILENAME = 'KS-2021-17.md'

/** The messages the rule reports on one case, as the tester compares them. */
export function runCase(rule: Rule<object>, c: ValidCase) {
  const config: Config = {
    source: null,
    rules: {
      [rule.id]: settingOf(rule, c.options ? [rule.meta.severity, c.options] : rule.meta.severity, 'rule-tester')
    },
    vocabulary: c.vocabulary ? configFrom({ vocabulary: c.vocabulary }, 'rule-tester').vocabulary : {}
  }
  const file = checkFile(Buffer.from(c.code), c.filename ?? DEFAULT_FILENAME, config, undefined, [rule])
  return file.messages.map((m) => {
    expect(m.ruleId).toBe(rule.id)
    const end = m.place && 'end' in m.place ? m.place.end : undefined
    return {
      messageId: m.messageId,
      data: m.data,
      line: m.line,
      column: m.column,
      endLine: end?.line,
      endColumn: end?.column,
      reason: m.reason
    }
  })
}

export function ruleTester(rule: Rule<object>, { valid, invalid }: Cases): void {
  describe(rule.id, () => {
    it('has valid and invalid cases, and an invalid case for every message id', () => {
      expect(valid.length).toBeGreaterThan(0)
      expect(invalid.length).toBeGreaterThan(0)
      const used = new Set(invalid.flatMap((c) => c.errors.map((e) => e.messageId)))
      expect([...used].sort()).toEqual(Object.keys(rule.meta.messages).sort())
    })

    describe('valid', () => {
      it.each(valid.map((c) => [c.name, c] as const))('%s', (_, c) => {
        expect(runCase(rule, c)).toEqual([])
      })
    })

    describe('invalid', () => {
      it.each(invalid.map((c) => [c.name, c] as const))('%s', (_, c) => {
        const got = runCase(rule, c)
        // Compare the fields each expected error names; messageId, data, line and column always.
        const picked = got.map((g, i) => {
          const want = c.errors[i]
          const out: Record<string, unknown> = { messageId: g.messageId, data: g.data, line: g.line, column: g.column }
          if (want?.endLine !== undefined) out.endLine = g.endLine
          if (want?.endColumn !== undefined) out.endColumn = g.endColumn
          return out
        })
        expect(picked).toEqual(c.errors.map((e) => ({ data: undefined, ...e })))
        // The text shown is the template filled with the data, nothing else.
        for (const g of got) expect(g.reason).toBe(formatMessage(rule.meta.messages[g.messageId!]!, g.data))
      })
    })
  })
}
