/**
 * One memo's review page, from its bytes: compile it with the configuration's
 * rule settings (the findings `casefile check` gives), and lay the record and the
 * findings out beside the text.
 */
import { toHtml } from 'hast-util-to-html'
import { compile } from '../compile.js'
import type { Config } from '../check/config.js'
import type { Encoding } from '../read/decode.js'
import { nullFields, toDiagnostic } from './diagnostics.js'
import { reviewPage } from './page.js'
import type { Lang } from './labels.js'

export interface ReviewOptions {
  path: string
  config: Config
  lang: Lang
  maxBytes?: number
  encoding?: Encoding
}

/** The page as HTML. Throws `CasefileError` when the bytes cannot be read as text. */
export function reviewHtml(bytes: Uint8Array, options: ReviewOptions): string {
  return toHtml(review(bytes, options).tree)
}

/** The page as a hast tree, with the compile result it shows. */
export function review(bytes: Uint8Array, options: ReviewOptions) {
  const result = compile(bytes, {
    path: options.path,
    vocabulary: options.config.vocabulary,
    rules: options.config.rules,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {})
  })
  const tree = reviewPage({
    text: String(result.file.value),
    record: result.record,
    tree: result.tree,
    diagnostics: result.messages.map(toDiagnostic),
    nulls: nullFields(result.record, result.tree, result.messages),
    lang: options.lang
  })
  return { tree, result }
}
