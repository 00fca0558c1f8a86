/**
 * Which files a command works on: files, directories (their Markdown files:
 * `.md` and `.markdown` in any case, since a Windows export writes `.MD`), globs, and
 * `-` for standard input; minus what `.casefileignore` (gitignore syntax, when
 * asked for) and `--ignore-pattern` leave out. Paths are given relative to the
 * working directory, with `/`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import ignore from 'ignore'

export interface Inputs {
  /** Files to check, relative to cwd (or absolute outside it), sorted, without duplicates. */
  files: string[]
  /** Patterns or paths that matched nothing or could not be read: each is an I/O failure. */
  missing: Array<{ path: string; reason: string }>
  stdin: boolean
  /** Files in the directories walked that were left out for their type, by extension (`.pdf`, or `` for none). */
  leftOut: Map<string, number>
  /** Files named on the command line that an ignore pattern leaves out (ESLint warns about those too). */
  ignored: Array<{ path: string; by: IgnoredBy }>
}

export type IgnoredBy = '.casefileignore' | '--ignore-pattern'

/** The warning for a file named on the command line that an ignore pattern leaves out. */
export function ignoredWarning(by: IgnoredBy, done: 'checked' | 'compiled'): string {
  const pattern = by === '.casefileignore' ? 'a pattern in `.casefileignore`' : '`--ignore-pattern`'
  return `File ignored because ${pattern} matches it, though it was named; it was not ${done}. Change the pattern to ${done === 'checked' ? 'check' : 'compile'} it, or stop naming it`
}

/** What a directory walk takes: Markdown files, whatever the case of the extension. */
const MARKDOWN = /\.(?:md|markdown)$/i

/** The files a walk left out, for a summary: `3 files of other types left out (.pdf 2, .txt 1; …)`, or null for none. */
export function describeLeftOut(leftOut: Map<string, number>): string | null {
  const total = [...leftOut.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const kinds = [...leftOut].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const shown = kinds.slice(0, 3).map(([ext, n]) => `${ext || 'no extension'} ${n}`)
  if (kinds.length > 3) shown.push('…')
  return `${total} ${total === 1 ? 'file' : 'files'} of other types left out (${shown.join(', ')}; a directory walk takes .md and .markdown)`
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

function toPosix(path: string): string {
  return path.split('\\').join('/')
}

export async function expandInputs(
  patterns: string[],
  cwd: string,
  ignorePatterns: string[],
  options: { ignoreFile?: boolean } = {}
): Promise<Inputs> {
  const fromFile = ignore()
  const ignoreFile = resolve(cwd, '.casefileignore')
  if (options.ignoreFile !== false && existsSync(ignoreFile)) fromFile.add(readFileSync(ignoreFile, 'utf8'))
  const fromFlag = ignore().add(ignorePatterns)
  /** What leaves a path out: `.casefileignore`, `--ignore-pattern`, or nothing. */
  const ignoredBy = (path: string): IgnoredBy | null =>
    isAbsolute(path) ? null : fromFile.ignores(path) ? '.casefileignore' : fromFlag.ignores(path) ? '--ignore-pattern' : null

  const found = new Set<string>()
  /** Files named one by one: left out by an ignore pattern, they are not silently dropped. */
  const named = new Set<string>()
  const missing: Inputs['missing'] = []
  const leftOut: Inputs['leftOut'] = new Map()
  let stdin = false
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true
      continue
    }
    const absolute = resolve(cwd, pattern)
    let kind: 'file' | 'dir' | null = null
    try {
      const stat = statSync(absolute)
      kind = stat.isDirectory() ? 'dir' : 'file'
    } catch {
      kind = null
    }
    if (kind === 'file') {
      found.add(absolute)
      named.add(absolute)
    } else if (kind === 'dir') {
      const all = await glob('**/*', { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED })
      const matches = all.filter((m) => MARKDOWN.test(m))
      for (const m of all) {
        if (MARKDOWN.test(m)) continue
        const ext = extname(m).toLowerCase()
        leftOut.set(ext, (leftOut.get(ext) ?? 0) + 1)
      }
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no Markdown files (`.md`, `.markdown`) in this directory' })
      for (const m of matches) found.add(resolve(m))
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(toPosix(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED })
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no files match this pattern' })
      for (const m of matches) found.add(resolve(m))
    } else missing.push({ path: pattern, reason: 'no such file or directory' })
  }

  const shown = (abs: string) => {
    const rel = relative(cwd, abs)
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(abs) : toPosix(rel)
  }
  const files: string[] = []
  const ignored: Inputs['ignored'] = []
  for (const abs of found) {
    const path = shown(abs)
    const by = ignoredBy(path)
    if (by === null) files.push(path)
    else if (named.has(abs)) ignored.push({ path, by })
  }
  files.sort()
  ignored.sort((a, b) => a.path.localeCompare(b.path))
  return { files, missing, stdin, leftOut, ignored }
}
