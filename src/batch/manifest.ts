/**
 * The manifest: `manifest.jsonl` in the out dir, one JSON object a line for
 * every input, failed ones too. While a run goes on, each finished input is
 * appended to `manifest.journal.jsonl`, so an interrupted or killed run leaves
 * a true account; at the end the manifest is written whole (sorted by path)
 * and the journal removed. `--incremental` reads both.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import { writeAtomicSync } from '../write.js'
import { whyUnreadable } from '../errors.js'
import { maskPersonalNumbers } from '../check/reporters/text.js'
import type { VFileMessage } from 'vfile-message'

export const MANIFEST = 'manifest.jsonl'
export const JOURNAL = 'manifest.journal.jsonl'

/** `error`: the record was written, and a rule found an error in it (as `casefile check` would). */
export type Status = 'ok' | 'warnings' | 'error' | 'failed' | 'skipped'

/** A diagnostic as the manifest keeps it: rule, severity, place and message. */
export interface Finding {
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  line: number
  column: number
  message: string
}

export function findingOf(m: VFileMessage): Finding {
  const severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'
  return { ruleId: m.ruleId ?? null, severity, line: m.line ?? 1, column: m.column ?? 1, message: m.reason }
}

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
  /** The diagnostics of the run that made this result (absent in manifests from casefile 0.1). */
  findings?: Finding[]
  /**
   * This run did not compile the input (unchanged under --incremental, or not reached before an
   * interruption): `status`, `findings`, `version` and `config` are those of the run that did.
   */
  skipped?: boolean
  /** Records of this input in another format that an earlier run wrote and no run has removed (--prune does). */
  stale?: string[]
}

/** One manifest or journal line; null for a line cut short by a killed run (its input is simply done again). */
function parseLine(line: string): ManifestEntry | null {
  try {
    const entry = JSON.parse(line) as ManifestEntry
    return typeof entry.path === 'string' ? entry : null
  } catch {
    return null
  }
}

function parseLines(text: string): ManifestEntry[] {
  const out: ManifestEntry[] = []
  for (const line of text.split('\n')) {
    const entry = line.trim() ? parseLine(line) : null
    if (entry) out.push(entry)
  }
  return out
}

function readLines(path: string): ManifestEntry[] {
  return existsSync(path) ? parseLines(readFileSync(path, 'utf8')) : []
}

/** What earlier runs recorded, by input path; the journal's entries are newer than the manifest's. */
export function readManifest(outDir: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>()
  for (const e of [...readLines(join(outDir, MANIFEST)), ...readLines(join(outDir, JOURNAL))]) entries.set(e.path, e)
  return entries
}

/** Why an input could not be read, in the words of the manifest. */
export function cannotRead(error: unknown): string {
  return `cannot read: ${whyUnreadable(error)}`
}

/** The manifest could not be written: exit 2 with this message. */
export class ManifestError extends Error {
  override name = 'ManifestError'
}

/**
 * Accounts for every input of a run: each entry goes to the journal as it comes
 * (nothing is kept in memory), and the manifest is made from the journal at the
 * end, so memory stays flat however many inputs a batch has.
 */
export class ManifestWriter {
  /** Why the journal could not be written (a full disk): the final manifest is still tried. */
  journalError: string | null = null
  /** Entries the journal could not take: kept here for the final manifest. */
  private readonly unjournaled: ManifestEntry[] = []
  /** The journal, open for appending for the whole run (one open, not one a line). */
  private journal: number | null = null
  /** Where this run's lines begin in the journal (a killed run's lines may come before). */
  private start = 0
  /** Inputs whose lines the manifest no longer keeps (--prune). */
  private readonly dropped = new Set<string>()
  constructor(private readonly outDir: string) {}

  /** Leave these inputs' lines out of the final manifest (their records were removed). */
  drop(paths: Iterable<string>): void {
    for (const path of paths) this.dropped.add(path)
  }

  private open(): number {
    const fd = openSync(join(this.outDir, JOURNAL), 'a+')
    this.start = fstatSync(fd).size
    if (this.start > 0) {
      // A killed run may have left half a line: end it, so this run's first line stands alone.
      const last = Buffer.alloc(1)
      readSync(fd, last, 0, 1, this.start - 1)
      if (last[0] !== 0x0a) this.start += writeSync(fd, '\n')
    }
    return fd
  }

  /** Record an input's outcome now, in the journal. */
  add(given: ManifestEntry): void {
    // A personnummer in a message stays out of the manifest, as out of every report.
    const entry: ManifestEntry = {
      ...given,
      reason: given.reason === null ? null : maskPersonalNumbers(given.reason),
      ...(given.findings
        ? { findings: given.findings.map((f) => ({ ...f, message: maskPersonalNumbers(f.message) })) }
        : {})
    }
    if (this.journalError === null) {
      try {
        this.journal ??= this.open()
        const line = `${JSON.stringify(entry)}\n`
        if (writeSync(this.journal, line) === Buffer.byteLength(line)) return
        this.journalError = 'ENOSPC'
      } catch (error) {
        this.journalError = (error as NodeJS.ErrnoException).code ?? String(error)
      }
    }
    this.unjournaled.push(entry)
  }

  /**
   * This run's lines, from the journal and from memory, each with its input's
   * path: only the text is held (10,000 inputs, about 3 MB), not the entries.
   */
  private lines(): Array<[path: string, line: string]> {
    const out: Array<[string, string]> = []
    const take = (line: string) => {
      const entry = parseLine(line)
      if (entry) out.push([entry.path, line])
    }
    if (this.journal !== null) {
      const size = fstatSync(this.journal).size - this.start
      const text = Buffer.alloc(size)
      readSync(this.journal, text, 0, size, this.start)
      closeSync(this.journal)
      this.journal = null
      let from = 0
      for (let end = text.indexOf(0x0a); end !== -1; from = end + 1, end = text.indexOf(0x0a, from))
        if (end > from) take(text.toString('utf8', from, end))
      if (from < text.length) take(text.toString('utf8', from))
    }
    for (const entry of this.unjournaled) take(JSON.stringify(entry))
    return out
  }

  /**
   * The out dir's account before this run: the manifest, and the journal lines a
   * killed run left before this run's, each line with its input's path.
   */
  private earlier(): Array<[path: string, line: string]> {
    const out: Array<[string, string]> = []
    const take = (line: string) => {
      const entry = line.trim() ? parseLine(line) : null
      if (entry) out.push([entry.path, line])
    }
    // Either may be gone: another run on the same out dir may have just finished with them.
    const read = (path: string): Buffer | null => {
      try {
        return readFileSync(path)
      } catch {
        return null
      }
    }
    for (const line of (read(join(this.outDir, MANIFEST)) ?? '').toString().split('\n')) take(line)
    if (this.start > 0)
      for (const line of (read(join(this.outDir, JOURNAL))?.subarray(0, this.start) ?? '').toString().split('\n'))
        take(line)
    return out
  }

  /**
   * Write the whole manifest atomically, then drop the journal. It describes the
   * out dir, not only this run: earlier entries of inputs this run did not touch
   * are kept, and an input's last line wins; sorted by path.
   */
  finish(): void {
    const latest = new Map<string, string>()
    const ours = this.lines()
    for (const [path, line] of this.earlier()) latest.set(path, line)
    for (const [path, line] of ours) latest.set(path, line)
    for (const path of this.dropped) latest.delete(path)
    const paths = [...latest.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    try {
      writeAtomicSync(
        join(this.outDir, MANIFEST),
        (function* () {
          for (const path of paths) yield `${latest.get(path)!}\n`
        })()
      )
    } catch (error) {
      throw new ManifestError(
        `cannot write the manifest \`${join(this.outDir, MANIFEST)}\`: ` +
          `${(error as NodeJS.ErrnoException).code ?? String(error)}; the records written are ` +
          `whole${this.journalError ? '' : `, and \`${JOURNAL}\` lists them`}`
      )
    }
    rmSync(join(this.outDir, JOURNAL), { force: true })
  }
}

export const LOCK = 'manifest.lock'

/**
 * One run at a time in an out dir: two runs that each wrote the manifest from
 * their own journal would each lose the other's inputs. The lock is a file made
 * exclusively, holding the process id; a lock whose process is gone (a killed
 * run) is taken over, and a live one makes the later run refuse.
 */
export class OutDirLock {
  private constructor(private readonly path: string) {}

  static take(outDir: string): OutDirLock {
    const path = join(outDir, LOCK)
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        writeFileSync(path, `${process.pid}\n`, { flag: 'wx' })
        return new OutDirLock(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new ManifestError(
            `cannot lock the out dir \`${outDir}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
          )
      }
      const holder = Number.parseInt(readTextOr(path, ''), 10)
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder))
        throw new ManifestError(
          `another casefile run (process ${holder}) is writing to \`${outDir}\`; wait for it to finish, or use ` +
            `another --out-dir (if no such run is going on, remove \`${path}\`)`
        )
      rmSync(path, { force: true })
    }
    throw new ManifestError(`cannot lock the out dir \`${outDir}\`: another run keeps taking \`${path}\``)
  }

  release(): void {
    rmSync(this.path, { force: true })
  }
}

function readTextOr(path: string, otherwise: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return otherwise
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
