/**
 * A package as a ZIP archive that is the same bytes for the same files: entries in the
 * order given, every entry (and folder) with the same time, taken from the package's
 * date as written (ZIP stores local date and time fields, so they are set field by field,
 * whatever the machine's time zone), no extra fields. fflate writes it in memory.
 */
import { createRequire } from 'node:module'
import type { Zippable } from 'fflate'
import type { SipFile } from './sip.js'

const load = createRequire(import.meta.url)

/** The ZIP time of an `xs:dateTime` (`2020-08-28T00:00:00`, with or without a zone): its written fields. */
export function zipTime(dateTime: string): Date {
  const [y, mo, d, h, mi, s] = (dateTime.match(/\d+/g) ?? []).map(Number)
  // ZIP cannot hold dates before 1980.
  return y! < 1980 ? new Date(1980, 0, 1) : new Date(y!, mo! - 1, d, h ?? 0, mi ?? 0, s ?? 0)
}

/** The archive: every file under the folder `root`. */
export function zipPackage(root: string, files: SipFile[], dateTime: string): Uint8Array {
  const { zipSync } = load('fflate') as typeof import('fflate')
  const mtime = zipTime(dateTime)
  const entries: Zippable = {}
  for (const f of files) entries[`${root}/${f.path}`] = [f.bytes, { mtime, level: 9 }]
  return zipSync(entries, { mtime })
}
