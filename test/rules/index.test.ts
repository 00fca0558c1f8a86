/**
 * The rule registry and each rule's meta: the count first, so that a rule
 * added or lost is seen here, then one rule-tester file and one doc page a rule.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ruleById, rules } from '../../src/rules/index.js'
import { defaultConfig } from '../../src/check/config.js'
import { DOCS, formatMessage } from '../../src/rules/types.js'
import { root } from '../helpers.js'
import { VFile } from 'vfile'
import { compile } from '../../src/compile.js'
import { defaultSettings, runRules } from '../../src/rules/run.js'

const ids = rules.map((r) => r.id)

it('has 29 rules, each with a rule-tester file in test/rules/ and a page in docs/rules/', () => {
  expect(rules).toHaveLength(29)
  expect(ruleById.size).toBe(29)
  const testFiles = readdirSync(join(root, 'test', 'rules')).filter(
    (f) => f.endsWith('.test.ts') && f !== 'index.test.ts'
  )
  expect(testFiles.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual([...ids].sort())
  for (const id of ids) expect(existsSync(join(root, 'docs', 'rules', `${id}.md`)), id).toBe(true)
})

describe.each(ids)('%s meta', (id) => {
  const rule = ruleById.get(id)!
  it('names itself, its docs page and its defaults', () => {
    expect(rule.meta.id).toBe(id)
    expect(rule.id).toBe(id)
    expect(rule.meta.docs).toBe(`${DOCS}/${id}.md`)
    expect(['problem', 'suggestion', 'layout']).toContain(rule.meta.type)
    expect(['info', 'warn', 'error']).toContain(rule.meta.severity)
    expect(defaultConfig().rules[id]).toEqual({ severity: rule.meta.severity, options: rule.defaults ?? {} })
  })
  it('has a schema that its default options satisfy', () => {
    const { schema } = rule.meta
    expect(schema.type).toBe('object')
    expect(schema.additionalProperties).toBe(false)
    const defaults = (rule.defaults ?? {}) as Record<string, unknown>
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(schema.properties).sort())
    for (const [k, v] of Object.entries(defaults)) expect(typeof v, k).toBe(schema.properties[k]!.type)
  })
  it('has message templates whose placeholders are filled by name', () => {
    const templates = Object.entries(rule.meta.messages)
    expect(templates.length).toBeGreaterThan(0)
    for (const [messageId, template] of templates) {
      expect(messageId).toMatch(/^[a-z][A-Za-z]*$/)
      const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)
      const data = Object.fromEntries(names.map((n) => [n, `<${n}>`]))
      const text = formatMessage(template, data)
      expect(text).not.toMatch(/\{\{|\}\}/)
      for (const n of names) expect(text).toContain(`<${n}>`)
      // Reasons read like remark-lint's: what was found, what was expected, the fix.
      expect(text).toMatch(/^(Unexpected|Missing) /)
    }
  })
})

describe('formatMessage', () => {
  it('fills placeholders and refuses a missing value', () => {
    expect(formatMessage('Unexpected `{{a}}`, expected {{ b }}', { a: 'x', b: 2 })).toBe('Unexpected `x`, expected 2')
    expect(() => formatMessage('Unexpected `{{a}}`', {})).toThrow('message data has no `a` for `Unexpected `{{a}}``')
  })
})

describe('runRules', () => {
  it('refuses a note of compiling that no rule reports (a bug in casefile, not a memo)', () => {
    const { tree, record } = compile('Dnr KS 2031/77\n\n# Titel\n')
    const context = {
      path: 'a.md',
      text: 'Dnr KS 2031/77\n\n# Titel\n',
      tree,
      record,
      place: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
      findings: [{ ruleId: 'no-such-rule', messageId: 'x', place: undefined }]
    }
    expect(() => runRules(new VFile(), context, defaultSettings())).toThrow(
      'compiling noted `no-such-rule`, which no rule reports'
    )
    // A noted finding with its rule is reported by it, at the severity the settings give.
    const file = new VFile()
    runRules(
      file,
      {
        ...context,
        findings: [
          { ruleId: 'duplicate-title', messageId: 'second', data: { second: 'B', first: 'A' }, place: undefined }
        ]
      },
      defaultSettings()
    )
    expect(file.messages.filter((m) => m.ruleId === 'duplicate-title').map((m) => [m.messageId, m.fatal])).toEqual([
      ['second', false]
    ])
  })
})
