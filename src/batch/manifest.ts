/**
 * The manifest: `manifest.jsonl` in the out dir, one JSON object a line for
 * every input, failed ones too. While a run goes on, each finished input is
 * appended to `manifest.journal.jsonl`, so an interrupted or killed run leaves
 * a true account; at the end the manifest is written whole (sorted by path)
 * and the journal removed. `--incremental` reads both.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { writeAtomicSync } from '../write.js'

export const MANIFEST = 'manifest.jsonl'
export const JOURNAL = 'manifest.journal.jsonl'

export type Status = 'ok' | 'warnings' | 'failed' | 'skipped'

export interface ManifestEntry {
  /** The input as given (relative to the working directory, `/` separators). */
  path: string
  sha256: string | null
  bytes: number | null
  status: Status
  /** The record's path relative to the out dir, or null when none was written. */
  output: string | null
  diagnostics: number
  /** Why it failed, naming the guard that stopped it. */
  reason: string | null
  /** casefile's version and a digest of the configuration that made the record. */
  version: string
  config: string
}

function readLines(path: string): ManifestEntry[] {
  if (!existsSync(path)) return []
  const out: ManifestEntry[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    try {
      const entry = JSON.parse(line) as ManifestEntry
      if (typeof entry.path === 'string') out.push(entry)
    } catch {
      // A line cut short by a killed run: the input is simply done again.
    }
  }
  return out
}

/** What earlier runs recorded, by input path; the journal's entries are newer than the manifest's. */
export function readManifest(outDir: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>()
  for (const e of [...readLines(join(outDir, MANIFEST)), ...readLines(join(outDir, JOURNAL))]) entries.set(e.path, e)
  return entries
}

/** Why an input could not be read, in the words of the manifest. */
export function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return `cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : String(code ?? error)}`
}

/** The manifest could not be written: exit 2 with this message. */
export class ManifestError extends Error {
  override name = 'ManifestError'
}

export class ManifestWriter {
  private readonly entries = new Map<string, ManifestEntry>()
  /** Why the journal could not be written (a full disk): the final manifest is still tried. */
  journalError: string | null = null
  /** The journal, open for appending for the whole run (one open, not one a line). */
  private journal: number | null = null
  constructor(private readonly outDir: string) {}

  /** Record an input's outcome now (journal), and keep it for the final manifest. */
  add(entry: ManifestEntry): void {
    this.entries.set(entry.path, entry)
    if (this.journalError) return
    try {
      this.journal ??= openSync(join(this.outDir, JOURNAL), 'a')
      writeSync(this.journal, `${JSON.stringify(entry)}\n`)
    } catch (error) {
      this.journalError = (error as NodeJS.ErrnoException).code ?? String(error)
    }
  }

  /** Write the whole manifest atomically, then drop the journal. Entries of inputs not in this run are kept. */
  async finish(previous: Map<string, ManifestEntry>): Promise<void> {
    if (this.journal !== null) {
      closeSync(this.journal)
      this.journal = null
    }
    const all = new Map(previous)
    for (const [k, v] of this.entries) all.set(k, v)
    const lines = [...all.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((e) => JSON.stringify(e))
    try {
      writeAtomicSync(join(this.outDir, MANIFEST), lines.length > 0 ? `${lines.join('\n')}\n` : '')
    } catch (error) {
      throw new ManifestError(
        `cannot write the manifest \`${join(this.outDir, MANIFEST)}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}; the records written are whole${this.journalError ? '' : `, and \`${JOURNAL}\` lists them`}`
      )
    }
    rmSync(join(this.outDir, JOURNAL), { force: true })
  }
}
