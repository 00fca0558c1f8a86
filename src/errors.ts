/**
 * Typed errors at the boundary (as changesets does): an expected failure that
 * the user can fix (unreadable file, bad usage) versus an internal error (a bug).
 * Only the CLI shell maps them to exit codes.
 */
import type { Position } from 'unist'

export class CasefileError extends Error {
  override name = 'CasefileError'
  /** Where in the input the problem is, when it has a place. */
  readonly place: Position | undefined
  /** A short identifier for the kind of failure (`invalid-utf8`, `binary`, `too-large`). */
  readonly ruleId: string
  constructor(message: string, ruleId: string, place?: Position) {
    super(message)
    this.ruleId = ruleId
    this.place = place
  }
}

/** Bad command-line usage: exit 2 with a one-line message. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Why a file could not be written, in plain words. */
export function whyUnwritable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EROFS') return 'the file system is read-only'
  if (code === 'ENOSPC') return 'no space left on the device'
  if (code === 'EDQUOT') return 'the disk quota is used up'
  if (code === 'ENOENT') return 'its folder cannot be created there'
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of its folder is a file, not a directory'
  if (code === 'EISDIR') return 'it is a directory, expected a file name'
  return String(code ?? error)
}

/** Why a file could not be opened, in plain words (`no such file`, `permission denied`, …). */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory, expected a Markdown file'
  if (code === 'ENOTREG') return (error as Error).message
  if (code === 'ELOOP') return 'a symbolic link loop'
  return String(code ?? error)
}
