/**
 * The fast path as a unified parser plugin: `.use(remarkFastPath)` after remark-parse wraps the
 * processor's parser, so that a document the scanner (`scan.ts`) can read takes it and every other
 * document the parser that was there before. It reads only the dialect it knows: remark-parse,
 * remark-frontmatter with YAML only, and remark-gfm. A processor with any other syntax extension
 * (from a plugin it does not know, or front matter in TOML) gets no fast path at all, so that
 * adding an extension can never silently give another tree.
 *
 * Used before remark-parse it does nothing: there is no parser yet to fall back to.
 */
import type { Root } from 'mdast'
import { unified, type Data, type Plugin, type Processor } from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { scanMarkdown } from './scan.js'

let taken = 0
let declined = 0

/** How many documents this thread's fast path took, and how many it left to the parser before it. */
export function fastPathCounts(): { taken: number; declined: number } {
  return { taken, declined }
}

/**
 * What an extension adds, by hook, character code and construct name (micromark), or by token
 * type and transform (mdast): remark-gfm's and remark-frontmatter's constructs are made anew for
 * each processor, but their names and places stay.
 */
function fingerprint(extension: unknown): string {
  const parts: string[] = []
  const stack: Array<[string, unknown]> = [['', extension]]
  while (stack.length > 0) {
    const [path, value] = stack.pop()!
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([`${path}[${i}]`, item]))
    else if (typeof value === 'function') parts.push(`${path}()`)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record.name === 'string') parts.push(`${path}=${record.name}`)
      if ('tokenize' in record || 'resolveAll' in record) {
        if (typeof record.name !== 'string') parts.push(`${path}=?`)
        continue
      }
      for (const [key, v] of Object.entries(record)) stack.push([`${path}.${key}`, v])
    } else parts.push(`${path}:${String(value)}`)
  }
  return parts.sort().join(' ')
}

function printsOf(data: Data): string[] {
  return [...(data.micromarkExtensions ?? []), ...(data.fromMarkdownExtensions ?? [])].map(fingerprint)
}

/** The fingerprints of the extensions the scanner knows, and of GFM's among them. */
let knownFingerprints: { all: Set<string>; gfm: Set<string> } | undefined

function known() {
  if (knownFingerprints) return knownFingerprints
  const gfm = new Set(printsOf(unified().use(remarkGfm).freeze().data()))
  const all = new Set([...gfm, ...printsOf(unified().use(remarkFrontmatter, ['yaml']).freeze().data())])
  knownFingerprints = { all, gfm }
  return knownFingerprints
}

/** Whether the scanner reads the processor's dialect, and whether that dialect is GFM; null if it does not. */
function dialectOf(data: Data): { gfm: boolean } | null {
  const { all, gfm } = known()
  const prints = printsOf(data)
  if (!prints.every((p) => all.has(p))) return null
  return { gfm: prints.some((p) => gfm.has(p)) }
}

function fastPath(this: Processor): undefined {
  const fallback = this.parser
  if (!fallback) return
  // The processor is frozen by the time it parses: its extensions are known from then on.
  let dialect: { gfm: boolean } | null | undefined
  this.parser = (document, file) => {
    dialect = dialect === undefined ? dialectOf(this.data()) : dialect
    const tree = dialect ? scanMarkdown(document, dialect) : null
    if (tree) {
      taken++
      return tree
    }
    declined++
    return fallback(document, file)
  }
}

/** The plugin, typed as remark-parse is: it takes a string and gives mdast. */
const remarkFastPath: Plugin<[], string, Root> = fastPath
export default remarkFastPath
