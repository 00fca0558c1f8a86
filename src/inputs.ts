/**
 * Which files a command works on: files, directories (their `*.md`), globs, and
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
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { kindOfFile } from './read/file.js'
import { glob, isDynamicPattern } from 'tinyglobby'
import ignore from 'ignore'

export interface Inputs {
  /** Files to check, relative to cwd (or absolute outside it), sorted, without duplicates. */
  files: string[]
  /** Patterns or paths that matched nothing or could not be read: each is an I/O failure. */
  missing: Array<{ path: string; reason: string }>
  /** Files a directory walk or a glob found but did not take (not regular files, links that leave, loops), with the reason. */
  leftOut: Array<{ path: string; reason: string }>
  stdin: boolean
}

export interface InputOptions {
  /** Read `.casefileignore` in the working directory (default true). */
  ignoreFile?: boolean
  /** Follow symbolic links that lead outside the directory being walked. */
  followSymlinks?: boolean
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
      leftOut.push({ path: dir, absolute: dir, reason: `cannot read the directory: ${String((error as NodeJS.ErrnoException).code ?? error)}` })
      continue
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue
      const path = join(dir, entry.name)
      const markdown = entry.name.endsWith('.md')
      if (entry.isDirectory()) {
        walked.set(realpathSync(path), path)
        stack.push(path)
      } else if (entry.isFile()) {
        if (markdown) found.add(path)
      } else if (entry.isSymbolicLink()) {
        let real: string
        let stats: Stats
        try {
          real = realpathSync(path)
          stats = statSync(real)
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'ELOOP') leftOut.push({ path, absolute: path, reason: 'a symbolic link loop' })
          else if (markdown) leftOut.push({ path, absolute: path, reason: code === 'ENOENT' ? 'a broken symbolic link' : `cannot follow the symbolic link: ${String(code ?? error)}` })
          continue
        }
        if (!stats.isDirectory() && !markdown) continue
        if (!followSymlinks && !isInside(real, top)) {
          leftOut.push({ path, absolute: path, reason: `a symbolic link to \`${real}\`, outside the directory; give --follow-symlinks to follow it` })
        } else if (stats.isDirectory()) {
          const before = walked.get(real)
          if (before !== undefined) leftOut.push({ path, absolute: path, reason: `a symbolic link loop: it leads back to \`${show(before)}\`` })
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
        leftOut.push({ path, absolute: path, reason: `it is ${kindOfFile(statSync(path)) ?? 'not a regular file'}, not a regular file` })
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
  const ig = ignore()
  const ignoreFile = resolve(cwd, '.casefileignore')
  if (options.ignoreFile !== false && existsSync(ignoreFile)) ig.add(readFileSync(ignoreFile, 'utf8'))
  ig.add(ignorePatterns)

  const shown = (abs: string) => {
    const rel = relative(cwd, abs)
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(abs) : toPosix(rel)
  }
  const found = new Set<string>()
  const missing: Inputs['missing'] = []
  const left: Array<{ path: string; absolute: string; reason: string }> = []
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
      const before = found.size + left.length
      walk(absolute, follow, found, left, shown)
      if (found.size + left.length === before) missing.push({ path: pattern, reason: 'no `.md` files in this directory' })
    } else if (stats) {
      const kind = kindOfFile(stats)
      if (kind === null) found.add(absolute)
      else missing.push({ path: pattern, reason: `it is ${kind}, expected a regular file (use - for standard input)` })
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(toPosix(pattern), { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED })
      if (matches.length === 0) missing.push({ path: pattern, reason: 'no files match this pattern' })
      for (const m of matches) {
        const path = resolve(m)
        let kind: string | null
        let real: string
        try {
          real = realpathSync(path)
          kind = kindOfFile(statSync(real))
        } catch (error) {
          left.push({ path, absolute: path, reason: `cannot follow: ${String((error as NodeJS.ErrnoException).code ?? error)}` })
          continue
        }
        if (!follow && real !== path && !isInside(real, realpathSync(cwd)))
          left.push({ path, absolute: path, reason: `a symbolic link to \`${real}\`, outside the working directory; give --follow-symlinks to follow it` })
        else if (kind !== null) left.push({ path, absolute: path, reason: `it is ${kind}, not a regular file` })
        else found.add(path)
      }
    } else missing.push({ path: pattern, reason: 'no such file or directory' })
  }

  const leftOut = left
    .map((l) => ({ path: shown(l.absolute), reason: l.reason }))
    .filter((l) => isAbsolute(l.path) || !ig.ignores(l.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const files = [...found]
    .map(shown)
    .filter((p) => isAbsolute(p) || !ig.ignores(p))
    .sort()
  return { files, missing, leftOut, stdin }
}
