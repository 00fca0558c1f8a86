/**
 * Where a record goes in `--out-dir`: the input's relative path with `.json` or
 * `.yaml` for `.md`. Whatever the input path looks like (absolute, `..`, odd
 * characters), the result stays inside the out dir; case numbers never take
 * part in it.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'

/** The input path as segments that are safe to join under the out dir. */
export function safeSegments(inputPath: string, cwd: string): string[] {
  const absolute = resolve(cwd, inputPath)
  const rel = relative(cwd, absolute)
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
  const path = inside ? rel : absolute.replace(/^[a-zA-Z]:/, '')
  const segments = path
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map((s) => s.replace(/[\u0000-\u001f]/g, '_'))
  if (!inside) segments.unshift('_external')
  return segments.length > 0 ? segments : ['_unnamed']
}

export function outputPath(inputPath: string, cwd: string, outDir: string, extension: 'json' | 'yaml'): string {
  const segments = safeSegments(inputPath, cwd)
  const last = segments.pop()!
  const name = /\.(md|markdown)$/i.test(last) ? last.replace(/\.(md|markdown)$/i, `.${extension}`) : `${last}.${extension}`
  const root = resolve(outDir)
  const target = resolve(root, ...segments, name)
  if (!target.startsWith(root + sep)) throw new Error(`output path for \`${inputPath}\` would leave the out dir`)
  return target
}
