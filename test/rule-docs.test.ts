/**
 * Each rule's documentation page shows a failing memo and the exact message;
 * the same example runs here.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkFile } from '../src/check/run.js'
import { defaultConfig } from '../src/check/config.js'
import { rules } from '../src/rules/index.js'
import { root } from './helpers.js'

const docs = join(root, 'docs', 'rules')

function example(id: string) {
  const text = readFileSync(join(docs, `${id}.md`), 'utf8')
  const memo = /```markdown file=(\S+)\n([\s\S]*?)\n```/.exec(text)
  const expected = /`casefile check [^`]+` reports:\n\n```text\n([\s\S]*?)\n```/.exec(text)
  if (!memo || !expected) throw new Error(`docs/rules/${id}.md has no example`)
  return { name: memo[1]!, memo: `${memo[2]}\n`, expected: expected[1]!.split('\n') }
}

it('every rule has a page and every page a rule', () => {
  expect(readdirSync(docs).sort()).toEqual(rules.map((r) => `${r.id}.md`).sort())
})

describe.each(rules.map((r) => r.id))('docs/rules/%s.md', (id) => {
  it('reports exactly the message the page shows', () => {
    const { name, memo, expected } = example(id)
    const file = checkFile(Buffer.from(memo), name, defaultConfig())
    const level = (fatal: boolean | null | undefined) =>
      fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
    const got = file.messages
      .filter((m) => m.ruleId === id)
      .map(
        (m) =>
          `${m.line}:${m.column}-` +
          (m.place && 'end' in m.place ? `${m.place.end.line}:${m.place.end.column}` : '') +
          ` ${level(m.fatal)} ${m.reason} ${id}`
      )
    expect(got).toEqual(expected)
  })
})

describe.each(rules.map((r) => r.id))('docs/rules/%s.md messages', (id) => {
  it('lists every message id of the rule with its template, and no other', () => {
    const text = readFileSync(join(docs, `${id}.md`), 'utf8')
    const section = /\n## Messages\n([\s\S]*?)(?=\n## |$)/.exec(text)
    expect(section, `docs/rules/${id}.md has no Messages section`).not.toBeNull()
    const listed = [...section![1]!.matchAll(/^- `(\w+)`: (.+)$/gm)].map((m) => [m[1], m[2]])
    const { messages } = rules.find((r) => r.id === id)!.meta
    expect(listed).toHaveLength(Object.keys(messages).length)
    expect(Object.fromEntries(listed)).toEqual(messages)
  })
})
