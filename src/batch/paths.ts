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
  return placeOutput(inputPath, cwd, resolve(outDir), extension).target
}

/**
 * The record's place under `root` (an absolute out dir): `target`, and `shown`,
 * the same relative to the out dir with `/` (for the manifest). Built from the
 * safe segments without resolving again: a batch asks this for every input.
 */
export function placeOutput(
  inputPath: string,
  cwd: string,
  root: string,
  extension: 'json' | 'yaml'
): { target: string; shown: string } {
  const segments = safeSegments(inputPath, cwd)
  const last = segments.pop()!
  segments.push(
    /\.(md|markdown)$/i.test(last) ? last.replace(/\.(md|markdown)$/i, `.${extension}`) : `${last}.${extension}`
  )
  const base = root.endsWith(sep) ? root : root + sep
  const target = base + segments.join(sep)
  if (!target.startsWith(base) || segments.some((s) => s === '..' || s === '.' || s.includes('/') || s.includes(sep)))
    throw new Error(`output path for \`${inputPath}\` would leave the out dir`)
  return { target, shown: segments.join('/') }
}
