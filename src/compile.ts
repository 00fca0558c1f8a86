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
import { locate, runRules, sharedDefaults, type RuleSettings } from './rules/run.js'
import type { Rule, RuleContext } from './rules/types.js'
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
  /** Each rule's severity and options, as a configuration gives them (default: every rule's defaults). */
  rules?: RuleSettings
  /** The rules to run (default: every registered rule; the rule tester runs one not yet registered). */
  ruleSet?: ReadonlyArray<Rule<object>>
}

export interface CompileResult {
  record: CaseRecord
  tree: CaseRoot
  /**
   * The rules' findings, sorted by place: vfile messages with `ruleId`, `messageId`, `data`,
   * `source: 'casefile'`, a position and the severity the settings give (`fatal` true for an error,
   * false for a warning, undefined for an info). `casefile check` prints the same.
   */
  messages: VFileMessage[]
  file: VFile
}

/**
 * Compile one case document and run the rules on it. Throws a `CasefileError` when the bytes cannot
 * be read as text (not UTF-8, binary, too large); everything else is a rule's finding.
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
  const top = mdast.children[0]?.position
  if (fm.problem === 'not-mapping') state.note('front-matter', 'notMapping', undefined, top)
  else if (fm.problem) state.note('front-matter', 'invalid', { reason: fm.problem }, top)
  for (const key of fm.dropped) state.note('front-matter', 'dropped', { key }, top)
  const { tree } = buildTree(state, mdast, fm.node)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const record = buildRecord(state, tree, { path, sha256, bytes: bytes.length }, version)
  if (options.provenance === false) delete record.provenance
  const context: RuleContext = {
    path,
    text: value,
    tree,
    record,
    place: (from, to) => ({ start: locate(source.lineStarts, from), end: locate(source.lineStarts, to) }),
    findings: state.findings
  }
  runRules(file, context, options.rules ?? sharedDefaults(), options.ruleSet)
  return { record, tree, messages: file.messages, file }
}
