/**
 * The pipeline, one stage after another:
 * bytes → text (read) → mdast (parse) → case tree (tree) → record (record).
 */
import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { decode, type Encoding } from './read/decode.js'
import { parseMarkdown, readFrontMatter } from './parse/markdown.js'
import { indexSource } from './tree/blocks.js'
import { createState, type VocabularyOptions } from './tree/state.js'
import { buildTree } from './tree/build.js'
import { buildRecord } from './record/build.js'
import type { CaseRecord } from './record/types.js'
import type { CaseRoot } from './tree/types.js'
import { messages as text } from './messages.js'
import { version } from './version.js'
import { countCompiled } from './compiled-here.js'

export interface CompileOptions {
  /** The path to put in `source.path` and in diagnostics (`-` for standard input). */
  path?: string
  /** Extra headings and labels for an organisation's own template. */
  vocabulary?: VocabularyOptions
  /** Largest input accepted, in bytes (default: no limit). */
  maxBytes?: number
  /** Read the bytes in this encoding on purpose (default: strict UTF-8). */
  encoding?: Encoding
  /** Put the `provenance` map in the record (default true; `--no-provenance`). */
  provenance?: boolean
}

export interface CompileResult {
  record: CaseRecord
  tree: CaseRoot
  /** Diagnostics: vfile messages with `ruleId`, `source: 'casefile'` and a position. */
  messages: VFileMessage[]
  file: VFile
}

/**
 * Compile one case document. Throws a `CasefileError` when the bytes cannot be
 * read as text (not UTF-8, binary, too large); everything else is a diagnostic.
 */
export function compile(input: string | Uint8Array, options: CompileOptions = {}): CompileResult {
  countCompiled()
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const path = (options.path ?? '-').replace(/\\/g, '/')
  const value = decode(bytes, {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.encoding ? { encoding: options.encoding } : {})
  })
  const file = new VFile({ path, value })
  const source = indexSource(value)
  const state = createState(file, source, options.vocabulary)

  const mdast = parseMarkdown(value)
  const fm = readFrontMatter(mdast)
  if (fm.problem) {
    const where = mdast.children[0]?.position
    state.warn(
      fm.problem === 'not-mapping' ? text.frontMatterNotMapping() : text.frontMatterInvalid(fm.problem),
      where,
      'front-matter'
    )
  }
  for (const key of fm.dropped)
    state.warn(text.frontMatterDropped(key), mdast.children[0]?.position, 'front-matter-key')
  const { tree } = buildTree(state, mdast, fm.node)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const record = buildRecord(state, tree, { path, sha256, bytes: bytes.length }, version)
  if (options.provenance === false) delete record.provenance
  explain(state, record, tree)
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return { record, tree, messages: file.messages, file }
}

const START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** Say why a field is null or empty: never a silent gap. */
function explain(state: ReturnType<typeof createState>, record: CaseRecord, tree: CaseRoot): void {
  if (state.source.text.trim() === '') {
    state.warn(text.emptyFile(), START, 'empty-document')
    return
  }
  const m = record.metadata
  if (m.caseNumber === null) state.info(text.noCaseNumber(), START, 'missing-case-number')
  if (m.date === null) state.info(text.noDate(), START, 'missing-date')
  if (m.title === null) state.info(text.noTitle(), START, 'missing-title')
  if (record.description === null) state.info(text.noDescription(), START, 'missing-description')
  if (record.proposals === null) state.info(text.noProposals(), START, 'missing-proposals')
  for (const node of tree.children) {
    if (node.type === 'header') {
      for (const line of node.children) {
        for (const f of line.children)
          if (f.label !== null && f.value === null) state.info(text.emptyField(f.label), line.position, 'empty-field')
        if (line.residual !== null && m.unclassified.includes(line.text))
          state.info(text.unclassifiedHeader(line.text), line.position, 'unclassified-header')
      }
    }
    if (node.type === 'section') {
      if (node.distribution?.children.length === 0 && node.distribution.guidance.length > 0)
        state.info(text.guidanceOnly(node.heading), node.headingPosition, 'template-text')
    }
  }
}
