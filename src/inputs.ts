/**
 * Which files a command works on: files, directories (their Markdown files:
 * `.md` and `.markdown` in any case, since a Windows export writes `.MD`), globs, and
 * `-` for standard input; minus what `.casefileignore` (gitignore syntax, when
 * asked for) and `--ignore-pattern` leave out. Paths are given relative to the
 * working directory, with `/`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path'
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
  /**
   * Each file's path relative to its input root, with `/`: a directory input's
   * root is the directory, a glob's its static base (the folders before the first
   * wildcard), and files named one by one share their common directory. What
   * `--out-dir` mirrors, whatever the working directory.
   */
  names: Map<string, string>
}

/** The folders of a glob before its first wildcard: `archive/20*\/KS/*.md` → `archive`. */
export function staticBase(pattern: string): string {
  const segments = toPosix(pattern).split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

/** The deepest directory that holds every one of some absolute paths. */
export function commonDirectory(paths: string[]): string | null {
  if (paths.length === 0) return null
  let common = dirname(paths[0]!)
  for (const path of paths) {
    while (common !== dirname(common) && relative(common, path).startsWith('..')) common = dirname(common)
  }
  return common
}

/** A path relative to a root that holds it, with `/`; null when the root does not hold it. */
export function nameUnder(root: string, absolute: string): string | null {
  const rel = relative(root, absolute)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? null : toPosix(rel)
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
  options: { ignoreFile?: boolean; root?: string } = {}
): Promise<Inputs> {
  const fromFile = ignore()
  const ignoreFile = resolve(cwd, '.casefileignore')
  if (options.ignoreFile !== false && existsSync(ignoreFile)) fromFile.add(readFileSync(ignoreFile, 'utf8'))
  const fromFlag = ignore().add(ignorePatterns)
  /**
   * What leaves a path out: `.casefileignore` (by the path from the working directory, where it
   * lives), `--ignore-pattern` (by that path or by the name under the input root, so that a pattern
   * works from any working directory and for inputs outside it), or nothing.
   */
  const ignoredBy = (path: string, name: string): IgnoredBy | null => {
    const inside = !isAbsolute(path)
    if (inside && fromFile.ignores(path)) return '.casefileignore'
    if ((inside && fromFlag.ignores(path)) || fromFlag.ignores(name)) return '--ignore-pattern'
    return null
  }

  /** Each file found, absolute, with the root of the input that found it first (null: named, root to come). */
  const found = new Map<string, string | null>()
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
      if (!found.has(absolute)) found.set(absolute, null)
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
      for (const m of matches) if (!found.has(resolve(m))) found.set(resolve(m), absolute)
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(toPosix(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED })
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no files match this pattern' })
      const base = resolve(cwd, staticBase(pattern))
      for (const m of matches) if (!found.has(resolve(m))) found.set(resolve(m), base)
    } else missing.push({ path: pattern, reason: 'no such file or directory' })
  }

  const shown = (abs: string) => {
    const rel = relative(cwd, abs)
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(abs) : toPosix(rel)
  }
  const namedRoot = commonDirectory([...found].filter(([, root]) => root === null).map(([abs]) => abs))
  const files: string[] = []
  const ignored: Inputs['ignored'] = []
  const names: Inputs['names'] = new Map()
  for (const [abs, root] of found) {
    const path = shown(abs)
    const under = nameUnder(options.root ?? root ?? namedRoot!, abs)
    if (under === null && options.root !== undefined) {
      missing.push({ path, reason: `not under --root \`${shown(options.root)}\`` })
      continue
    }
    const name = under ?? path
    const by = ignoredBy(path, name)
    if (by === null) {
      files.push(path)
      names.set(path, name)
    } else if (named.has(abs)) ignored.push({ path, by })
  }
  files.sort()
  ignored.sort((a, b) => a.path.localeCompare(b.path))
  return { files, missing, stdin, leftOut, ignored, names }
}
