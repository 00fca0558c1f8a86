/**
 * Bare remark-parse over a list of files in one thread: the reference casefile is
 * measured against (a ceiling for documents that fall back to remark-parse; the
 * fast path, src/parse/scan.ts, goes past it). As a script (`node bench/bare.mjs
 * LIST FROM TO`) it parses that slice of the list (after warming up) and prints
 * the milliseconds, so the benchmark can run two at once and see how well this
 * machine runs two threads of parsing in parallel.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { unified } from 'unified'
import remarkParse from 'remark-parse'

export function bare(paths) {
  const processor = unified().use(remarkParse)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const start = process.hrtime.bigint()
  for (const p of paths) processor.parse(decoder.decode(readFileSync(p)))
  return Number(process.hrtime.bigint() - start) / 1e6
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [list, from, to] = process.argv.slice(2)
  const paths = readFileSync(list, 'utf8').split('\n').filter(Boolean).slice(Number(from), Number(to))
  bare(paths.slice(0, 200))
  process.stdout.write(`${bare(paths)}\n`)
}
