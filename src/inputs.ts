/**
 * Which files a command works on: files, directories (their `*.md`), globs, and
 * `-` for standard input; minus what `.casefileignore` (gitignore syntax, when
 * asked for) and `--ignore-pattern` leave out. Paths are given relative to the
 * working directory, with `/`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import ignore from 'ignore'

export interface Inputs {
  /** Files to check, relative to cwd (or absolute outside it), sorted, without duplicates. */
  files: string[]
  /** Patterns or paths that matched nothing or could not be read: each is an I/O failure. */
  missing: Array<{ path: string; reason: string }>
  stdin: boolean
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
  const ig = ignore()
  const ignoreFile = resolve(cwd, '.casefileignore')
  if (options.ignoreFile !== false && existsSync(ignoreFile)) ig.add(readFileSync(ignoreFile, 'utf8'))
  ig.add(ignorePatterns)

  const found = new Set<string>()
  const missing: Inputs['missing'] = []
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
    if (kind === 'file') found.add(absolute)
    else if (kind === 'dir' || isDynamicPattern(pattern)) {
      const matches = await glob(kind === 'dir' ? '**/*.md' : toPosix(pattern), {
        cwd: kind === 'dir' ? absolute : cwd,
        absolute: true,
        dot: false,
        ignore: ALWAYS_IGNORED
      })
      if (matches.length === 0) missing.push({ path: pattern, reason: kind === 'dir' ? 'no `.md` files in this directory' : 'no files match this pattern' })
      for (const m of matches) found.add(resolve(m))
    } else missing.push({ path: pattern, reason: 'no such file or directory' })
  }

  const files = [...found]
    .map((abs) => {
      const rel = relative(cwd, abs)
      return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(abs) : toPosix(rel)
    })
    .filter((p) => isAbsolute(p) || !ig.ignores(p))
    .sort()
  return { files, missing, stdin }
}
