/**
 * What the report of an archive run says, gathered in one pass over the out
 * dir's manifest: the manifest is read a line at a time, and each record is
 * read, counted and dropped before the next, so memory holds the tallies and
 * one short row per input, never the records (100,000 inputs: about 15 MB).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { jsYaml } from '../lazy.js'
import type { CaseRecord } from '../record/types.js'
import { UsageError } from '../errors.js'
import { DOCS } from '../check/run.js'
import { ruleById } from '../rules/index.js'
import { FIELDS, type Field } from './fields.js'

/** The manifest's name in an out dir (src/batch/manifest.ts). */
export const MANIFEST_NAME = 'manifest.jsonl'

/** How many files the rules table names for each rule. */
export const FIRST_FILES = 5

export type Level = 'error' | 'warning' | 'info'

/** A manifest line, as far as the report reads it. */
export interface ReportEntry {
  path: string
  status: 'ok' | 'warnings' | 'error' | 'failed' | 'skipped'
  output: string | null
  diagnostics: number
  reason: string | null
  findings?: Array<{ ruleId: string | null; severity: Level; line: number; column: number; message: string }>
  skipped?: boolean
}

/** The review page's fields that a record may have or lack (not `other` values, not body `text`). */
export type CoverageField = Exclude<Field, 'other' | 'text'>
export const COVERAGE_FIELDS = FIELDS.filter((f): f is CoverageField => f !== 'other' && f !== 'text')

export interface RuleRow {
  ruleId: string
  count: number
  /** Findings by severity: a rule's severity is configuration, and runs may differ. */
  severities: Record<Level, number>
  files: string[]
  /** The rule's documentation; null for the compiler's own notes, which are no rule. */
  url: string | null
}

export interface FileRow {
  path: string
  status: string
  diagnostics: number
  caseNumber: string | null
  /** The record's path relative to the out dir, or null. */
  output: string | null
  /** The source as the record names it (relative to the directory compile ran in), or null without a record. */
  source: string | null
}

export interface ReportModel {
  outDir: string
  entries: number
  totals: { ok: number; warnings: number; errors: number; failed: number; skipped: number }
  /** From the first record written to the manifest, in milliseconds; null when it cannot be told. */
  timeMs: number | null
  /** Did the manifest carry each input's findings (casefile after 0.1)? */
  hasFindings: boolean
  rules: RuleRow[]
  records: number
  /** Records that could not be read back (removed, or not JSON/YAML). */
  unreadableRecords: number
  /** Manifest lines that are not entries (cut short by a killed run). */
  badLines: number
  coverage: Record<CoverageField, number>
  series: Array<{ series: string; count: number; years: Array<[number, number]> }>
  years: Array<[number, number]>
  failures: Array<{ path: string; reason: string }>
  files: FileRow[]
}

/**
 * A manifest line as read back: `isEntry` checks `path`, `status` and `output`; an older casefile may have left out the
 * rest.
 */
type ReadEntry = Pick<ReportEntry, 'path' | 'status' | 'output'> & Partial<ReportEntry>

/** A record as read back from an out dir: only `metadata` is checked, the rest may be missing. */
type StoredRecord = Partial<Omit<CaseRecord, 'metadata'>> & {
  metadata: Omit<CaseRecord['metadata'], 'officer'> & Partial<Pick<CaseRecord['metadata'], 'officer'>>
}

function isEntry(value: unknown): value is ReadEntry {
  if (!value || typeof value !== 'object') return false
  const e = value as Record<string, unknown>
  return typeof e.path === 'string' && typeof e.status === 'string' && 'output' in e
}

function readRecord(path: string): StoredRecord | null {
  try {
    const text = readFileSync(path, 'utf8')
    const value: unknown = /\.ya?ml$/i.test(path) ? jsYaml().load(text) : JSON.parse(text)
    return value && typeof value === 'object' && 'metadata' in value ? (value as StoredRecord) : null
  } catch {
    return null
  }
}

/** The label of a case number's series when it has none. */
export const NO_SERIES = '–'

/** The report of an out dir; `given` is how the user named it, for messages. */
export async function readReport(outDir: string, given = outDir): Promise<ReportModel> {
  const manifest = join(outDir, MANIFEST_NAME)
  if (!existsSync(outDir)) throw new UsageError(`cannot read \`${given}\`: no such directory`)
  if (!statSync(outDir).isDirectory())
    throw new UsageError(`\`${given}\` is not a directory, expected the out dir of \`casefile compile --out-dir\``)
  if (!existsSync(manifest))
    throw new UsageError(
      `no \`${MANIFEST_NAME}\` in \`${given}\`, expected the out dir of \`casefile compile --out-dir\``
    )

  const model: ReportModel = {
    outDir,
    entries: 0,
    totals: { ok: 0, warnings: 0, errors: 0, failed: 0, skipped: 0 },
    timeMs: null,
    hasFindings: false,
    rules: [],
    records: 0,
    unreadableRecords: 0,
    badLines: 0,
    coverage: Object.fromEntries(COVERAGE_FIELDS.map((f) => [f, 0])) as Record<CoverageField, number>,
    series: [],
    years: [],
    failures: [],
    files: []
  }
  const rules = new Map<string, RuleRow>()
  const series = new Map<string, Map<number, number>>()
  const years = new Map<number, number>()
  let firstWritten = Infinity

  const lines = createInterface({ input: createReadStream(manifest, { encoding: 'utf8' }), crlfDelay: Infinity })
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      value = undefined
    }
    if (!isEntry(value)) {
      if (model.entries === 0 && model.badLines === 0 && lineNumber === 1 && !line.trimStart().startsWith('{'))
        throw new UsageError(`\`${manifest}\` is not a casefile manifest: line 1 is not a JSON object`)
      model.badLines++
      continue
    }
    const entry = value
    model.entries++
    const skipped = entry.skipped === true || entry.status === 'skipped'
    if (skipped) model.totals.skipped++
    else if (entry.status === 'failed') model.totals.failed++
    else if (entry.status === 'error') model.totals.errors++
    else if (entry.status === 'warnings') model.totals.warnings++
    else model.totals.ok++
    if (entry.findings) {
      model.hasFindings = true
      for (const f of entry.findings) {
        const id = f.ruleId ?? 'casefile'
        let row = rules.get(id)
        if (!row)
          rules.set(
            id,
            (row = {
              ruleId: id,
              count: 0,
              severities: { error: 0, warning: 0, info: 0 },
              files: [],
              url: ruleById.has(id) ? `${DOCS}/${id}.md` : null
            })
          )
        row.count++
        // A manifest written by hand or by another version may hold a severity the row does not count yet.
        row.severities[f.severity] = ((row.severities[f.severity] as number | undefined) ?? 0) + 1
        if (row.files.length < FIRST_FILES && !row.files.includes(entry.path)) row.files.push(entry.path)
      }
    }
    if (entry.status === 'failed') model.failures.push({ path: entry.path, reason: entry.reason ?? '' })
    let caseNumber: string | null = null
    let source: string | null = null
    if (entry.output !== null) {
      const path = join(outDir, entry.output)
      const record = readRecord(path)
      if (record === null) model.unreadableRecords++
      else {
        model.records++
        if (!skipped) firstWritten = Math.min(firstWritten, statSync(path).mtimeMs)
        const m = record.metadata
        caseNumber = m.caseNumber
        source = typeof record.source?.path === 'string' ? record.source.path : null
        const has: Record<CoverageField, boolean> = {
          caseNumber: m.caseNumber !== null,
          date: m.date !== null,
          title: m.title !== null,
          unit: m.unit !== null,
          officer: m.officer?.name != null,
          proposals: (record.proposals?.items.length ?? 0) > 0,
          signatories: (record.signatures?.signatories.length ?? 0) > 0,
          distribution: (record.distribution?.recipients.length ?? 0) > 0,
          references: (record.references?.length ?? 0) > 0
        }
        for (const f of COVERAGE_FIELDS) if (has[f]) model.coverage[f]++
        if (m.caseRef?.year != null) {
          const name = m.caseRef.series ?? NO_SERIES
          const byYear = series.get(name) ?? new Map<number, number>()
          byYear.set(m.caseRef.year, (byYear.get(m.caseRef.year) ?? 0) + 1)
          series.set(name, byYear)
          years.set(m.caseRef.year, (years.get(m.caseRef.year) ?? 0) + 1)
        }
      }
    }
    model.files.push({
      path: entry.path,
      status: skipped ? 'skipped' : entry.status,
      diagnostics: entry.diagnostics ?? 0,
      caseNumber,
      output: entry.output,
      source
    })
  }
  if (model.entries === 0 && model.badLines > 0)
    throw new UsageError(`\`${manifest}\` is not a casefile manifest: none of its ${model.badLines} lines is an entry`)
  if (firstWritten !== Infinity) model.timeMs = Math.max(0, statSync(manifest).mtimeMs - firstWritten)
  model.rules = [...rules.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
  model.series = [...series]
    .map(([name, byYear]) => ({
      series: name,
      count: [...byYear.values()].reduce((a, b) => a + b, 0),
      years: [...byYear].sort((a, b) => a[0] - b[0])
    }))
    .sort((a, b) => b.count - a.count || a.series.localeCompare(b.series))
  model.years = [...years].sort((a, b) => a[0] - b[0])
  return model
}
