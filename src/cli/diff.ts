/**
 * `casefile diff A B [--format text|json|html] [-o FILE]`: two records, or two
 * out dirs. Exit 0 identical, 1 different, 2 usage or unreadable input.
 */
import { resolve } from 'node:path'
import { toHtml } from 'hast-util-to-html'
import { diff, diffText } from '../review/diff.js'
import { diffPage } from '../review/diff-page.js'
import { version } from '../version.js'
import { langOf, writeOut } from './pages.js'
import type { Io } from './io.js'

export interface DiffCommandOptions {
  format?: string
  output?: string
  lang?: string
}

export async function runDiff(io: Io, a: string, b: string, options: DiffCommandOptions): Promise<number> {
  const lang = langOf(options.lang)
  const result = await diff(resolve(io.cwd, a), resolve(io.cwd, b), a, b)
  const format = options.format ?? 'text'
  const out =
    format === 'json'
      ? `${JSON.stringify({ identical: result.files.length === 0, ...result }, null, 2)}\n`
      : format === 'html'
        ? toHtml(diffPage(result, lang, version))
        : diffText(result)
  writeOut(io, out, options.output)
  return result.files.length === 0 ? 0 : 1
}
