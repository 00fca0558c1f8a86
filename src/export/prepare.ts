/**
 * What every export does with a memo before it is written: compile it, stop it when it
 * holds a personal identity number (unless allowed), give it its `objectId`, group the
 * memos into cases, and write and validate each case's ERMS document. A memo that fails
 * any step carries a fatal message on its file and is not exported.
 */
import type { VFile } from 'vfile'
import type { Point, Position } from 'unist'
import { compile } from '../compile.js'
import type { VocabularyOptions } from '../tree/state.js'
import type { Encoding } from '../read/decode.js'
import personalNumber from '../rules/personal-number.js'
import { formatMessage } from '../rules/types.js'
import { indexSource } from '../tree/blocks.js'
import { locate } from '../rules/run.js'
import type { CaseRecord } from '../record/types.js'
import type { ReadyExportConfig } from './config.js'
import { ermsDocument, versionsOf, type ErmsCase, type ErmsMemo, type ErmsTarget } from './erms.js'
import { dateTimeOf, objectIdOf } from './ids.js'
import { exportMessages as say } from './messages.js'
import { formatProblems, type Validators } from './validate.js'

export interface PrepareOptions {
  path: string
  vocabulary?: VocabularyOptions
  maxBytes?: number
  encoding?: Encoding
  config: ReadyExportConfig
  allowPersonalNumbers: boolean
}

export interface PreparedMemo extends ErmsMemo {
  bytes: Uint8Array
  /** Set when the memo cannot be exported (its file holds the fatal message). */
  failed: boolean
}

const TOP: Point = { line: 1, column: 1 }

function fail(file: VFile, reason: string, ruleId: string, place: Position | Point = TOP): void {
  const message = file.message(reason, { place, ruleId, source: 'casefile' })
  message.fatal = true
}

/**
 * Compile a memo for export. Throws what `compile` throws for bytes that are not text. The
 * memo's messages are the export's (personal data, an object id, validation): no other rule
 * runs, since what makes a memo well-formed is `check`'s and `compile`'s to say, not an export's.
 */
export function prepareMemo(bytes: Uint8Array, options: PrepareOptions, appendixPath: string): PreparedMemo {
  const result = compile(bytes, {
    path: options.path,
    rules: {},
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {})
  })
  const text = String(result.file.value)
  const memo: PreparedMemo = {
    record: result.record,
    text,
    file: result.file,
    objectId: '',
    appendixPath,
    bytes,
    failed: false
  }
  if (!options.allowPersonalNumbers) {
    const { lineStarts } = indexSource(text)
    personalNumber.check(
      {
        path: options.path,
        text,
        tree: result.tree,
        record: result.record,
        place: (from, to) => ({ start: locate(lineStarts, from), end: locate(lineStarts, to) }),
        findings: []
      },
      ({ messageId, data, place }) => {
        memo.failed = true
        const reason = formatMessage(personalNumber.meta.messages[messageId], data)
        fail(result.file, `${reason}. ${say.personalNumber()}`, 'personal-number', place)
      },
      {}
    )
  }
  const id = objectIdOf(result.record, options.config.idTemplate)
  if ('missing' in id) {
    memo.failed = true
    fail(result.file, say.noIdValue(id.missing, options.config.idTemplate), 'export-object-id')
  } else memo.objectId = id.id
  return memo
}

/** The memos grouped into cases (by case number, else by their own id), cases and memos in a stable order. */
export function casesOf<M extends ErmsMemo>(memos: M[]): Array<ErmsCase & { memos: M[] }> {
  const byCase = new Map<string, M[]>()
  for (const memo of memos) {
    const key = memo.record.metadata.caseNumber ?? memo.objectId
    byCase.set(key, [...(byCase.get(key) ?? []), memo])
  }
  const order = (a: M, b: M) =>
    (a.record.metadata.date ?? '').localeCompare(b.record.metadata.date ?? '') ||
    a.record.source.path.localeCompare(b.record.source.path)
  return [...byCase.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([objectId, list]) => ({ objectId, memos: list.sort(order) }))
}

/** The date an export of these records carries: `created` when given, else the latest memo date; null when neither. */
export function exportDate(records: CaseRecord[], created: string | null): string | null {
  if (created !== null) return created
  const dates = records
    .map((r) => r.metadata.date)
    .filter((d): d is string => d !== null)
    .sort()
  return dates.length > 0 ? dateTimeOf(dates[dates.length - 1]!) : null
}

/**
 * The validated ERMS document of one case, or null when it cannot be made (every memo of
 * the case then carries the reason).
 */
export function validatedErms(
  c: ErmsCase,
  settings: { target: ErmsTarget; config: ReadyExportConfig; created: string | null },
  validators: Validators
): string | null {
  const created = exportDate(
    c.memos.map((m) => m.record),
    settings.created
  )
  if (created === null) {
    for (const m of c.memos) fail(m.file, say.noDate(), 'export-date')
    return null
  }
  const xml = ermsDocument([c], { target: settings.target, config: settings.config, created })
  const problems = validators.erms(xml, versionsOf(settings.target))
  if (problems.length === 0) return xml
  for (const m of c.memos) fail(m.file, say.invalid(formatProblems(problems)), 'export-invalid')
  return null
}
