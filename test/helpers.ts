import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { compile, type CaseRecord } from '../src/index.js'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const fixtures = join(root, 'fixtures')
export const corpus = join(fixtures, 'corpus')
export const variants = join(fixtures, 'variants')
export const seedPath = join(fixtures, 'RUN-24-2020.md')

/**
 * JSON that casefile wrote, typed as what the test expects it to be (a record unless told); the assertions check it.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed JSON.parse, on purpose
export function parsed<T = CaseRecord>(text: string): T {
  return JSON.parse(text) as T
}

export interface Expectation {
  caseNumber: string | null
  date: string | null
  title: string | null
  unit: string | null
  officer: { name: string | null; phone: string | null; email: string | null }
  proposals: string[]
  proposer: string | null
  signatories: Array<{ name: string; title: string | null }>
  distribution: string[]
  sections: string[]
  references: string[]
}

/** The memos of a fixture folder that have an expect file, by name. */
export function corpusNames(dir = corpus): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.replace(/\.md$/, ''))
    .sort()
}

export function expectationOf(name: string, dir = corpus): Expectation {
  return load(readFileSync(join(dir, `${name}.expect.yaml`), 'utf8')) as Expectation
}

/** Every fixture memo: the seed and the corpus, as [relative path, absolute path]. */
export function allFixtures(): Array<[string, string]> {
  return [
    ['fixtures/RUN-24-2020.md', seedPath] as [string, string],
    ...corpusNames().map((n) => [`fixtures/corpus/${n}.md`, join(corpus, `${n}.md`)] as [string, string]),
    ...corpusNames(variants).map((n) => [`fixtures/variants/${n}.md`, join(variants, `${n}.md`)] as [string, string])
  ]
}

export function compileFile(relative: string, absolute: string) {
  return compile(readFileSync(absolute), { path: relative })
}

/** Every string and number in a record (and the keys of its objects), lower-case NFC, for the lossless checks. */
export function recordText(value: unknown): string {
  const out: string[] = []
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stack.push(k, x)
  }
  return out.join(' ').normalize('NFC').toLowerCase()
}

/**
 * For a test that needs something this machine may lack (a tool, root for a
 * mount): whether to skip it. A skip is never silent — it says why on stderr —
 * and on CI (`CI=true`) nothing is skipped: `check()`, the test's first line,
 * fails with the reason instead.
 */
export function needs(present: boolean, what: string): { skip: boolean; check(): void } {
  const skip = !present && process.env.CI !== 'true'
  if (skip)
    process.stderr.write(
      `[skipped] ${what} is not available here, so the test that needs it does not run (with CI=true it fails)\n`
    )
  return {
    skip,
    check() {
      if (!present) throw new Error(`${what} is not available, and CI=true runs every test`)
    }
  }
}
