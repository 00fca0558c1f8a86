/**
 * Text → mdast, with unified + remark-parse, and YAML front matter through
 * remark-frontmatter. The front matter is read with js-yaml's core schema
 * (plain data only: no custom tags, nothing executed) and sanitised so that no
 * key can reach an object's prototype.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import { jsYaml } from '../lazy.js'
import type { Root } from 'mdast'
import type { FrontMatter } from '../tree/types.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}

export interface FrontMatterResult {
  node: FrontMatter | null
  /** Why the block could not be used, when it could not. */
  problem: string | null
}

/** Copy plain data into null-prototype objects; drop keys that name prototypes. */
function sanitize(value: unknown, depth = 0): unknown {
  if (depth > 32) return null
  if (Array.isArray(value)) return value.map((v) => sanitize(v, depth + 1))
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null)
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue
      out[k] = sanitize(v, depth + 1)
    }
    return out
  }
  return value
}

export function readFrontMatter(tree: Root): FrontMatterResult {
  const first = tree.children[0]
  if (!first || first.type !== 'yaml') return { node: null, problem: null }
  if (first.value.trim() === '') return { node: { type: 'frontMatter', value: {}, position: first.position }, problem: null }
  try {
    const { load, CORE_SCHEMA } = jsYaml()
    const data = load(first.value, { schema: CORE_SCHEMA, maxDepth: 32 } as Parameters<typeof load>[1])
    if (!data || typeof data !== 'object' || Array.isArray(data))
      return { node: null, problem: 'not-mapping' }
    return { node: { type: 'frontMatter', value: sanitize(data) as Record<string, unknown>, position: first.position }, problem: null }
  } catch (error) {
    return { node: null, problem: error instanceof Error ? error.message.split('\n')[0]! : String(error) }
  }
}
