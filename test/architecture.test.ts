/**
 * ARCHITECTURE.md is held to the code: the import table (what each part of
 * src/ may import) against every import in src/, and the case-tree excerpt
 * against `casefile ast fixtures/RUN-24-2020.md`.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { compile } from '../src/index.js'
import { root, seedPath } from './helpers.js'

const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8')
const src = join(root, 'src')

/** The part of src/ a file belongs to: its top folder (`tree/`) or, at the top, its name (`compile.ts`). */
function partOf(file: string): string {
  const rel = relative(src, file)
  return rel.includes('/') ? `${rel.split('/')[0]}/` : rel
}

/** The table: part → { allowed parts, parts allowed for types only }. */
function table(): Map<string, { any: Set<string>; typesOnly: Set<string> }> {
  const section = doc.slice(doc.indexOf('## What each part may import'), doc.indexOf('## The case tree'))
  const rows = new Map<string, { any: Set<string>; typesOnly: Set<string> }>()
  for (const m of section.matchAll(/^\| `([^`]+)` \| [^|]+ \| ([^|]+) \|$/gm)) {
    const any = new Set<string>()
    const typesOnly = new Set<string>()
    for (const item of m[2]!.split(', ')) {
      const name = /`([^`]+)`/.exec(item)?.[1]
      if (name) (item.includes('(types only)') ? typesOnly : any).add(name)
    }
    rows.set(m[1]!, { any, typesOnly })
  }
  return rows
}

const files = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.c?ts$/.test(e.name))
  .map((e) => join(e.parentPath, e.name))

describe('ARCHITECTURE.md: what each part may import', () => {
  const rows = table()

  it('has a row for every part of src/', () => {
    expect(rows.size).toBe(22)
    expect([...new Set(files.map(partOf))].sort()).toEqual([...rows.keys()].sort())
  })

  it('holds for every import in src/', () => {
    const broken: string[] = []
    let imports = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      const from = partOf(file)
      const allowed = rows.get(from)!
      for (const m of text.matchAll(/^(import|export)( type)?[^'"]*?from '(\.[^']+)'|import\('(\.[^']+)'\)/gm)) {
        const specifier = m[3] ?? m[4]!
        const to = partOf(
          resolve(dirname(file), specifier)
            .replace(/\.js$/, '.ts')
            .replace(/\.cjs$/, '.cts')
        )
        imports++
        if (to === from || allowed.any.has(to) || (allowed.typesOnly.has(to) && m[2] === ' type')) continue
        broken.push(`${relative(root, file)} imports ${specifier} (${to}), which ${from} may not`)
      }
    }
    expect(imports).toBeGreaterThan(300)
    expect(broken).toEqual([])
  })
})

it('ARCHITECTURE.md: the case-tree excerpt is what `casefile ast fixtures/RUN-24-2020.md` prints', () => {
  const excerpt = /```json tree-excerpt\n([\s\S]*?)\n```/.exec(doc)
  expect(excerpt).not.toBeNull()
  const { tree } = compile(readFileSync(seedPath), { path: 'fixtures/RUN-24-2020.md' })
  expect(JSON.parse(JSON.stringify(tree))).toMatchObject(JSON.parse(excerpt![1]!))
})
