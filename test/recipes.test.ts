/**
 * Every worked example of CONTRIBUTING.md, run: its fenced blocks are this
 * test's input (```markdown recipe=NAME for the memo, ```yaml recipe=NAME config
 * for `.casefilerc.yml`, ```yaml recipe=NAME expect / expect-without for what the
 * record holds with and without it, ```ts recipe=NAME file=PATH for code).
 */
import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { load } from 'js-yaml'
import { compile } from '../src/index.js'
import { cli } from './cli-helpers.js'
import { configFrom } from '../src/check/config.js'
import { toJson } from '../src/emit/json.js'
import { toYaml } from '../src/emit/yaml.js'
import { root } from './helpers.js'

interface Block {
  lang: string
  recipe: string
  attribute: string
  body: string
}

const doc = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')
const blocks: Block[] = [...doc.matchAll(/^```(\w+) recipe=(\S+)(?: (\S+))?\n([\s\S]*?)\n```$/gm)].map((m) => ({
  lang: m[1]!,
  recipe: m[2]!,
  attribute: m[3] ?? '',
  body: `${m[4]!}\n`
}))
const block = (recipe: string, attribute = '') => blocks.find((b) => b.recipe === recipe && b.attribute === attribute)
const yaml = (recipe: string, attribute: string) => load(block(recipe, attribute)!.body) as Record<string, unknown>

it('has the six recipes, each with its example', () => {
  expect([...new Set(blocks.map((b) => b.recipe))]).toEqual([
    'heading',
    'label',
    'case-number',
    'layout',
    'rule',
    'export'
  ])
  expect(blocks).toHaveLength(18)
})

/**
 * `casefile compile memo.md -q` in a folder with the memo and, if given, the configuration beside it.
 * The recipes' memos are small (no proposals, no signature): the rules' errors are printed (and only
 * they, with -q) and give exit 1, the record is written all the same.
 */
async function compileInFolder(memo: string, config: string | undefined): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-recipe-'))
  writeFileSync(join(dir, 'memo.md'), memo)
  if (config !== undefined) writeFileSync(join(dir, '.casefilerc.yml'), config)
  const r = await cli(['compile', 'memo.md', '-q'], dir)
  expect(r.code).toBe(r.stderr === '' ? 0 : 1)
  expect(r.stderr).not.toMatch(/ (warning|info) /)
  return JSON.parse(r.stdout) as Record<string, unknown>
}

describe.each(['heading', 'label', 'case-number', 'layout', 'export'])('recipe %s', (recipe) => {
  const memo = block(recipe, '')!.body
  const config = block(recipe, 'config')?.body

  it('the record holds what the page says', async () => {
    expect(memo.length).toBeGreaterThan(0)
    const record = await compileInFolder(memo, config)
    expect(record).toMatchObject(yaml(recipe, 'expect'))
  })

  if (block(recipe, 'expect-without'))
    it('without the configuration it does not', async () => {
      expect(config).toBeTypeOf('string')
      // The configuration is valid as written.
      expect(configFrom(load(config!), '.casefilerc.yml').source).toBe('.casefilerc.yml')
      expect(await compileInFolder(memo, undefined)).toMatchObject(yaml(recipe, 'expect-without'))
    })
})

it('recipe layout: the case tree, kept as a snapshot as step 4 does', () => {
  const { tree } = compile(block('layout', '')!.body, { path: 'memo.md' })
  expect(tree.children.map((c) => c.type)).toEqual(['header', 'title', 'section', 'section', 'references'])
  expect(tree).toMatchSnapshot()
})

it('recipe export: both emitters write the field', () => {
  const { record } = compile(block('export', '')!.body, { path: 'memo.md' })
  expect(toJson(record)).toContain('"paragraph": "§ 26/2017"')
  expect(toYaml(record)).toContain('\n  paragraph: § 26/2017\n')
})

/**
 * Recipe rule: its files written where the page says they go, under
 * test/.recipes/ instead of the repository root, with their relative imports
 * pointing where they would; then its rule-tester file runs here.
 */
const recipes = join(root, 'test', '.recipes')
const files = blocks.filter((b) => b.recipe === 'rule').map((b) => ({ ...b, path: b.attribute.replace(/^file=/, '') }))
const placed = (path: string) => join(recipes, path.replace(/\.js$/, '.ts').replace(/\//g, '__'))
for (const file of files) {
  const at = placed(file.path)
  const text = file.body.replace(/from '(\.[^']+)'/g, (_, specifier: string) => {
    const target = relative(root, resolve(root, dirname(file.path), specifier))
    const sibling = files.find((f) => f.path === target.replace(/\.js$/, '.ts'))
    const to = sibling ? placed(sibling.path) : join(root, target)
    const spec = relative(recipes, to).replace(/\.ts$/, '.js')
    return `from '${spec.startsWith('.') ? spec : `./${spec}`}'`
  })
  mkdirSync(recipes, { recursive: true })
  writeFileSync(at, text)
}
it('recipe rule: a rule file and its rule-tester file', () => {
  expect(files.map((f) => f.path)).toEqual(['src/rules/missing-officer.ts', 'test/rules/missing-officer.test.ts'])
})
await import(placed('test/rules/missing-officer.test.ts'))
