/**
 * Text → mdast, with unified + remark-parse, YAML front matter through
 * remark-frontmatter and GFM (pipe tables, autolink literals, …) through
 * remark-gfm; plain documents take a fast path to the same tree (the parser
 * plugin of `fast-path.ts`; `CASEFILE_FAST_PARSE=0` turns it off). The front matter is read
 * with js-yaml's core schema (plain data only: no custom tags, nothing
 * executed) and sanitised so that no key can reach an object's prototype.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { jsYaml } from '../lazy.js'
import type { Root } from 'mdast'
import type { FrontMatter } from '../tree/types.js'
import remarkFastPath from './fast-path.js'

const fastPath = process.env.CASEFILE_FAST_PARSE !== '0'
let reference: ReturnType<typeof remark> | undefined
let processor: ReturnType<typeof remark> | undefined

function remark() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
}

/** The tree remark-parse (with front matter and GFM) gives; the tests hold the fast path to it. */
export function parseWithRemark(text: string): Root {
  reference ??= remark().freeze()
  return reference.parse(text)
}

let withoutGfm: ReturnType<typeof remark> | undefined

/**
 * Block-quote and list markers at the start of a line, with their spaces: how deep a line nests. 1,000
 * characters are some 300–500 levels; a memo has a handful, and GFM's recursive autolink pass is safe far
 * beyond that on a worker thread's stack.
 */
const DEEP_NESTING = /[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*){1,}/y
const MAX_NESTING_CHARACTERS = 1000
const LINE_END = /[\n\r]/g

/** Where the line from `start` ends: by `indexOf`, unless the text has carriage returns (then by a pattern). */
function nextLineEnd(text: string, start: number, carriage: boolean): number {
  if (!carriage) {
    const at = text.indexOf('\n', start)
    return at < 0 ? text.length : at
  }
  LINE_END.lastIndex = start
  return LINE_END.exec(text)?.index ?? text.length
}

/** Whether a line's markers run longer than `MAX_NESTING_CHARACTERS`; only a longer line can hold that many. */
function nestsDeep(text: string): boolean {
  if (text.length <= MAX_NESTING_CHARACTERS) return false
  const carriage = text.includes('\r')
  for (let start = 0; start < text.length;) {
    const end = nextLineEnd(text, start, carriage)
    if (end - start > MAX_NESTING_CHARACTERS) {
      DEEP_NESTING.lastIndex = start
      const m = DEEP_NESTING.exec(text)
      if (m && m[0].length > MAX_NESTING_CHARACTERS) return true
    }
    start = end + 1
  }
  return false
}

export function parseMarkdown(text: string): Root {
  processor ??= fastPath ? remark().use(remarkFastPath).freeze() : remark().freeze()
  // GFM's autolink pass walks the tree recursively (mdast-util-find-and-replace): a hostile document nested
  // thousands of levels deep (block quotes, lists) overflows the stack there. Such a document is read without
  // GFM (no tables or bare links, which nothing that deep holds) rather than not at all; the depth is seen
  // before parsing, and a stack overflow all the same is caught, so that it is never parsed twice in vain.
  if (!nestsDeep(text)) {
    try {
      return processor.parse(text)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
    }
  }
  withoutGfm ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
  return withoutGfm.parse(text)
}

const MAX_FRONT_MATTER = 64 * 1024
const MAX_VALUES = 10_000
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

export interface FrontMatterResult {
  node: FrontMatter | null
  /** Why the block could not be used, when it could not. */
  problem: string | null
  /** Keys that were dropped because they could reach an object's prototype. */
  dropped: string[]
}

/**
 * Copy plain data into null-prototype objects, iteratively, dropping keys that
 * name prototypes, and stopping when aliases make the data expand beyond reason.
 */
function sanitize(root: unknown, dropped: string[]): unknown {
  let budget = MAX_VALUES
  const copy = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    if (Array.isArray(value)) return []
    if (value && typeof value === 'object') return Object.create(null) as Record<string, unknown>
    return value
  }
  const out = copy(root)
  const stack: Array<[unknown, unknown, number]> = [[root, out, 0]]
  while (stack.length > 0) {
    const [from, to, depth] = stack.pop()!
    if (from instanceof Date || !from || typeof from !== 'object') continue
    if (depth > 32) throw new Error('nested deeper than 32 levels')
    for (const [k, v] of Object.entries(from)) {
      if (--budget < 0) throw new Error(`expands to more than ${MAX_VALUES} values (aliases that repeat themselves?)`)
      if (FORBIDDEN.has(k)) {
        dropped.push(k)
        continue
      }
      const c = copy(v)
      if (Array.isArray(to)) to.push(c)
      else (to as Record<string, unknown>)[k] = c
      if (c !== v) stack.push([v, c, depth + 1])
    }
  }
  return out
}

export function readFrontMatter(tree: Root): FrontMatterResult {
  const first = tree.children[0]
  if (first?.type !== 'yaml') return { node: null, problem: null, dropped: [] }
  if (first.value.trim() === '')
    return { node: { type: 'frontMatter', value: {}, position: first.position }, problem: null, dropped: [] }
  if (first.value.length > MAX_FRONT_MATTER)
    return {
      node: null,
      problem: `${first.value.length} characters, more than the ${MAX_FRONT_MATTER} front matter may hold`,
      dropped: []
    }
  const dropped: string[] = []
  try {
    const { load, CORE_SCHEMA } = jsYaml()
    const data = load(first.value, { schema: CORE_SCHEMA, maxDepth: 32 })
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { node: null, problem: 'not-mapping', dropped }
    const value = sanitize(data, dropped) as Record<string, unknown>
    return { node: { type: 'frontMatter', value, position: first.position }, problem: null, dropped }
  } catch (error) {
    return { node: null, problem: error instanceof Error ? error.message.split('\n')[0]! : String(error), dropped }
  }
}
