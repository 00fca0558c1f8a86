/**
 * Which files a command works on: files, directories (their Markdown files:
 * `.md` and `.markdown` in any case, since a Windows export writes `.MD`), globs, and
 * `-` for standard input; minus what `.casefileignore` (gitignore syntax, when
 * asked for) and `--ignore-pattern` leave out. Paths are given relative to the
 * working directory, with `/`.
 *
 * Only regular files are taken. A directory walk leaves out, and lists with
 * the reason, a FIFO, device or socket named `*.md`, a symbolic link that leads
 * outside the directory (unless `--follow-symlinks`), a broken link and a link
 * that leads back into a directory already walked (a loop). A named input that
 * is not a regular file is an input that cannot be read.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { kindOfFile } from './read/file.js'
import { glob, isDynamicPattern } from 'tinyglobby'
import ignore from 'ignore'

export interface Inputs {
  /** Files to check, relative to cwd (or absolute outside it), sorted, without duplicates. */
  files: string[]
  /** Patterns or paths that matched nothing or could not be read: each is an I/O failure. */
  missing: Array<{ path: string; reason: string }>
  /**
   * Files a directory walk or a glob found but did not take (not regular files, links that leave,
   * loops), with the reason; `name` is the path under the input root, as `names` gives it.
   */
  leftOut: Array<{ path: string; name: string; reason: string }>
  stdin: boolean
  /** Files in the directories walked that were left out for their type, by extension (`.pdf`, or `` for none). */
  otherTypes: Map<string, number>
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
  return (
    `File ignored because ${pattern} matches it, though it was named; it was not ${done}. Change the ` +
    `pattern to ${done === 'checked' ? 'check' : 'compile'} it, or stop naming it`
  )
}

/** What a directory walk takes: Markdown files, whatever the case of the extension. */
const MARKDOWN = /\.(?:md|markdown)$/i

/**
 * The files a walk left out, for a summary: `3 files of other types left out (.pdf 2, .txt 1; …)`, or null for none.
 */
export function describeOtherTypes(otherTypes: Map<string, number>): string | null {
  const total = [...otherTypes.values()].reduce((a, b) => a + b, 0)
  if (total === 0) return null
  const kinds = [...otherTypes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const shown = kinds.slice(0, 3).map(([ext, n]) => `${ext || 'no extension'} ${n}`)
  if (kinds.length > 3) shown.push('…')
  return (
    `${total} ${total === 1 ? 'file' : 'files'} of other types left out (${shown.join(', ')}; a directory ` +
    `walk takes .md and .markdown)`
  )
}

export interface InputOptions {
  /** Read `.casefileignore` in the working directory (default true). */
  ignoreFile?: boolean
  /** Follow symbolic links that lead outside the directory being walked. */
  followSymlinks?: boolean
  /** The folder every input's name is taken under (--root), instead of each input's own root. */
  root?: string
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git'])

function isInside(path: string, directory: string): boolean {
  return path === directory || path.startsWith(directory.endsWith(sep) ? directory : directory + sep)
}

/**
 * The `*.md` regular files under `directory`, walked without recursion. Links are
 * resolved to their real paths: one that leaves the directory is followed only
 * with `followSymlinks`; one into a directory already on the walk is a loop.
 */
function walk(
  directory: string,
  followSymlinks: boolean,
  found: Set<string>,
  leftOut: Array<{ path: string; absolute: string; reason: string }>,
  otherTypes: Map<string, number>,
  show: (absolute: string) => string
): void {
  const top = realpathSync(directory)
  const walked = new Map<string, string>([[top, directory]])
  const stack = [directory]
  while (stack.length > 0) {
    const dir = stack.pop()!
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      leftOut.push({
        path: dir,
        absolute: dir,
        reason: `cannot read the directory: ${String((error as NodeJS.ErrnoException).code ?? error)}`
      })
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue
      const path = join(dir, entry.name)
      const markdown = MARKDOWN.test(entry.name)
      if (entry.isDirectory()) {
        walked.set(realpathSync(path), path)
        stack.push(path)
      } else if (entry.isFile()) {
        if (markdown) found.add(path)
        else
          otherTypes.set(
            extname(entry.name).toLowerCase(),
            (otherTypes.get(extname(entry.name).toLowerCase()) ?? 0) + 1
          )
      } else if (entry.isSymbolicLink()) {
        let real: string
        let stats: Stats
        try {
          real = realpathSync(path)
          stats = statSync(real)
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'ELOOP') leftOut.push({ path, absolute: path, reason: 'a symbolic link loop' })
          else if (markdown)
            leftOut.push({
              path,
              absolute: path,
              reason:
                code === 'ENOENT'
                  ? 'a broken symbolic link'
                  : `cannot follow the symbolic link: ${String(code ?? error)}`
            })
          continue
        }
        if (!stats.isDirectory() && !markdown) continue
        if (!followSymlinks && !isInside(real, top)) {
          leftOut.push({
            path,
            absolute: path,
            reason: `a symbolic link to \`${real}\`, outside the directory; give --follow-symlinks to follow it`
          })
        } else if (stats.isDirectory()) {
          const before = walked.get(real)
          if (before !== undefined)
            leftOut.push({ path, absolute: path, reason: `a symbolic link loop: it leads back to \`${show(before)}\`` })
          else {
            walked.set(real, path)
            stack.push(path)
          }
        } else {
          const kind = kindOfFile(stats)
          if (kind === null) found.add(path)
          else leftOut.push({ path, absolute: path, reason: `it leads to ${kind}, not a regular file` })
        }
      } else if (markdown) {
        leftOut.push({
          path,
          absolute: path,
          reason: `it is ${kindOfFile(statSync(path)) ?? 'not a regular file'}, not a regular file`
        })
      }
    }
  }
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

function toPosix(path: string): string {
  return path.split('\\').join('/')
}

export async function expandInputs(
  patterns: string[],
  cwd: string,
  ignorePatterns: string[],
  options: InputOptions = {}
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

  const shown = (abs: string) => {
    const rel = relative(cwd, abs)
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(abs) : toPosix(rel)
  }
  /** Each file found, absolute, with the root of the input that found it first (null: named, root to come). */
  const found = new Map<string, string | null>()
  /** Files named one by one: left out by an ignore pattern, they are not silently dropped. */
  const named = new Set<string>()
  const missing: Inputs['missing'] = []
  const left: Array<{ path: string; absolute: string; reason: string }> = []
  const otherTypes: Inputs['otherTypes'] = new Map()
  const rootOfLeft = new Map<(typeof left)[number], string>()
  const follow = options.followSymlinks === true
  let stdin = false
  for (const pattern of patterns) {
    if (pattern === '-') {
      stdin = true
      continue
    }
    const absolute = resolve(cwd, pattern)
    let stats: Stats | null
    try {
      stats = statSync(absolute)
    } catch {
      stats = null
    }
    if (stats?.isDirectory()) {
      const walked = new Set<string>()
      const before = left.length
      walk(absolute, follow, walked, left, otherTypes, shown)
      if (walked.size + left.length === before)
        missing.push({ path: pattern, reason: 'no Markdown files (`.md`, `.markdown`) in this directory' })
      for (const l of left.slice(before)) rootOfLeft.set(l, absolute)
      for (const m of walked) if (!found.has(m)) found.set(m, absolute)
    } else if (stats) {
      const kind = kindOfFile(stats)
      if (kind !== null)
        missing.push({ path: pattern, reason: `it is ${kind}, expected a regular file (use - for standard input)` })
      else {
        if (!found.has(absolute)) found.set(absolute, null)
        named.add(absolute)
      }
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(toPosix(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED })
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no files match this pattern' })
      const base = resolve(cwd, staticBase(pattern))
      const before = left.length
      for (const m of matches) {
        const path = resolve(m)
        let kind: string | null
        let real: string
        try {
          real = realpathSync(path)
          kind = kindOfFile(statSync(real))
        } catch (error) {
          left.push({
            path,
            absolute: path,
            reason: `cannot follow: ${String((error as NodeJS.ErrnoException).code ?? error)}`
          })
          continue
        }
        if (!follow && real !== path && !isInside(real, realpathSync(cwd)))
          left.push({
            path,
            absolute: path,
            reason: `a symbolic link to \`${real}\`, outside the working directory; give --follow-symlinks to follow it`
          })
        else if (kind !== null) left.push({ path, absolute: path, reason: `it is ${kind}, not a regular file` })
        else if (!found.has(path)) found.set(path, base)
      }
      for (const l of left.slice(before)) rootOfLeft.set(l, base)
    } else missing.push({ path: pattern, reason: 'no such file or directory' })
  }

  const leftOut = left
    .map((l) => ({
      path: shown(l.absolute),
      name: nameUnder(options.root ?? rootOfLeft.get(l) ?? cwd, l.absolute) ?? shown(l.absolute),
      reason: l.reason
    }))
    .filter((l) => ignoredBy(l.path, l.path) === null)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
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
  return { files, missing, leftOut, stdin, otherTypes, ignored, names }
}
