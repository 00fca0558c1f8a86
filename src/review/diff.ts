/**
 * What changed between two records, or between two out dirs (before and after
 * an upgrade, or a change of configuration): which inputs changed, which
 * fields changed and how, which appeared or disappeared. Records are compared
 * value by value under JSON pointers; `generator` (the version that made the
 * record) and `provenance` (positions, not content) are left out.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { jsYaml } from '../lazy.js'
import { UsageError } from '../errors.js'
import { MANIFEST_NAME } from './report-model.js'

/** Top-level keys of a record that a comparison leaves out. */
export const IGNORED = ['generator', 'provenance'] as const

export interface FieldChange {
  pointer: string
  change: 'changed' | 'added' | 'removed'
  before?: unknown
  after?: unknown
}

export interface FileChange {
  path: string
  change: 'changed' | 'added' | 'removed'
  /** The input's bytes differ (by the manifests' digests); null when it cannot be told. */
  inputChanged: boolean | null
  /** Status in each run, when it differs (`ok` → `failed`). */
  status?: { before: string; after: string }
  fields: FieldChange[]
}

export interface DiffResult {
  kind: 'records' | 'out-dirs'
  a: string
  b: string
  compared: number
  unchanged: number
  files: FileChange[]
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Every leaf of a value under its JSON pointer; empty objects and arrays are leaves. */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
    if (entries.length === 0 && prefix !== '') out.set(prefix, value)
    for (const [k, v] of entries) {
      if (prefix === '' && (IGNORED as readonly string[]).includes(k)) continue
      flatten(v, `${prefix}/${escapePointer(k)}`, out)
    }
  } else out.set(prefix, value)
  return out
}

/** The fields that differ between two records, in the order of the records' fields. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before)
  const b = flatten(after)
  const out: FieldChange[] = []
  for (const [pointer, value] of a) {
    if (!b.has(pointer)) out.push({ pointer, change: 'removed', before: value })
    else if (JSON.stringify(value) !== JSON.stringify(b.get(pointer)))
      out.push({ pointer, change: 'changed', before: value, after: b.get(pointer) })
  }
  for (const [pointer, value] of b) if (!a.has(pointer)) out.push({ pointer, change: 'added', after: value })
  return out
}

/** A record file (JSON or YAML), or a usage error that says why it is not one. */
export function readRecordFile(path: string, given: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `cannot read \`${given}\`: ` +
        (code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code ?? error))
    )
  }
  let value: unknown
  try {
    value = /\.ya?ml$/i.test(path) ? jsYaml().load(text) : JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `\`${given}\` is not a record: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
    )
  }
  if (!value || typeof value !== 'object' || !('metadata' in value) || !('recordVersion' in value))
    throw new UsageError(
      `\`${given}\` is not a casefile record: expected an object with \`recordVersion\` and \`metadata\``
    )
  return value
}

interface Side {
  sha256: string | null
  status: string
  output: string | null
  reason: string | null
}

/** Each input of a manifest by path (the report's reader holds records, not this: here a short row an input). */
async function readSides(dir: string, given: string): Promise<Map<string, Side>> {
  const manifest = join(dir, MANIFEST_NAME)
  if (!existsSync(manifest))
    throw new UsageError(
      `no \`${MANIFEST_NAME}\` in \`${given}\`, expected the out dir of \`casefile compile --out-dir\``
    )
  const sides = new Map<string, Side>()
  let bad = 0
  for await (const line of createInterface({
    input: createReadStream(manifest, { encoding: 'utf8' }),
    crlfDelay: Infinity
  })) {
    if (line.trim() === '') continue
    let e: Record<string, unknown> | null = null
    try {
      e = JSON.parse(line) as Record<string, unknown>
    } catch {
      e = null
    }
    if (!e || typeof e !== 'object' || typeof e.path !== 'string' || typeof e.status !== 'string') {
      bad++
      continue
    }
    sides.set(e.path, {
      sha256: typeof e.sha256 === 'string' ? e.sha256 : null,
      status: e.status,
      output: typeof e.output === 'string' ? e.output : null,
      reason: typeof e.reason === 'string' ? e.reason : null
    })
  }
  if (sides.size === 0 && bad > 0)
    throw new UsageError(
      `\`${join(given, MANIFEST_NAME)}\` is not a casefile manifest: none of its ${bad} lines is an entry`
    )
  return sides
}

function isDirectory(path: string, given: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    throw new UsageError(`cannot read \`${given}\`: no such file or directory`)
  }
}

export async function diff(aPath: string, bPath: string, aGiven: string, bGiven: string): Promise<DiffResult> {
  const aDir = isDirectory(aPath, aGiven)
  const bDir = isDirectory(bPath, bGiven)
  if (aDir !== bDir)
    throw new UsageError(
      `compare two records or two out dirs: \`${aDir ? aGiven : bGiven}\` is a directory, ` +
        `\`${aDir ? bGiven : aGiven}\` is not`
    )
  if (!aDir) {
    const fields = diffRecords(readRecordFile(aPath, aGiven), readRecordFile(bPath, bGiven))
    return {
      kind: 'records',
      a: aGiven,
      b: bGiven,
      compared: 1,
      unchanged: fields.length === 0 ? 1 : 0,
      files: fields.length === 0 ? [] : [{ path: bGiven, change: 'changed', inputChanged: null, fields }]
    }
  }
  const before = await readSides(aPath, aGiven)
  const after = await readSides(bPath, bGiven)
  const result: DiffResult = { kind: 'out-dirs', a: aGiven, b: bGiven, compared: 0, unchanged: 0, files: [] }
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  for (const path of paths) {
    const a = before.get(path)
    const b = after.get(path)
    result.compared++
    if (!a) {
      result.files.push({ path, change: 'added', inputChanged: null, fields: [] })
      continue
    }
    if (!b) {
      result.files.push({ path, change: 'removed', inputChanged: null, fields: [] })
      continue
    }
    const inputChanged = a.sha256 !== null && b.sha256 !== null ? a.sha256 !== b.sha256 : null
    // One record at a time: read, compared, dropped.
    const ra = a.output !== null ? readRecordOrNull(join(aPath, a.output)) : null
    const rb = b.output !== null ? readRecordOrNull(join(bPath, b.output)) : null
    // Without a record on one side (the input failed there) the status says what changed, not every field.
    const fields = ra !== null && rb !== null ? diffRecords(ra, rb) : []
    const statusChanged = a.status !== b.status && (a.status === 'failed' || b.status === 'failed')
    if (fields.length === 0 && !statusChanged && inputChanged !== true) {
      result.unchanged++
      continue
    }
    result.files.push({
      path,
      change: 'changed',
      inputChanged,
      ...(statusChanged
        ? {
            status: {
              before: a.reason ? `${a.status}: ${a.reason}` : a.status,
              after: b.reason ? `${b.status}: ${b.reason}` : b.status
            }
          }
        : {}),
      fields
    })
  }
  return result
}

function readRecordOrNull(path: string): unknown {
  try {
    const text = readFileSync(path, 'utf8')
    return /\.ya?ml$/i.test(path) ? jsYaml().load(text) : JSON.parse(text)
  } catch {
    return null
  }
}

/** A value as the text output shows it: JSON, one line. */
function show(value: unknown): string {
  return JSON.stringify(value)
}

export function diffText(result: DiffResult): string {
  const out: string[] = []
  for (const f of result.files) {
    const input =
      f.inputChanged === true
        ? ' (input changed)'
        : f.inputChanged === false && f.change === 'changed'
          ? ' (same input)'
          : ''
    out.push(`${f.change} ${f.path}${input}`)
    if (f.status) out.push(`  status: ${f.status.before} → ${f.status.after}`)
    for (const c of f.fields) {
      if (c.change === 'changed') out.push(`  ~ ${c.pointer}: ${show(c.before)} → ${show(c.after)}`)
      else if (c.change === 'added') out.push(`  + ${c.pointer}: ${show(c.after)}`)
      else out.push(`  - ${c.pointer}: ${show(c.before)}`)
    }
  }
  const count = (change: FileChange['change']) => result.files.filter((f) => f.change === change).length
  out.push(
    result.kind === 'records'
      ? result.unchanged === 1
        ? 'identical records'
        : result.files[0]!.fields.length === 1
          ? '1 field differs'
          : `${result.files[0]!.fields.length} fields differ`
      : `${result.compared} input${result.compared === 1 ? '' : 's'}: ${result.unchanged} identical, ` +
          `${count('changed')} changed, ${count('added')} added, ${count('removed')} removed`
  )
  return `${out.join('\n')}\n`
}
