/**
 * Text for XML 1.0: characters it forbids (C0 controls but tab, line feed and carriage
 * return; U+FFFE, U+FFFF; unpaired surrogates) are replaced, and each is reported once
 * at its place in the source, found through the record's provenance. White-space
 * controls (form feed, vertical tab: page breaks from PDF conversions) are already
 * folded to a space by the compiler; the others become U+FFFD.
 */
import type { VFile } from 'vfile'
import type { CaseRecord } from '../record/types.js'
import { indexSource } from '../tree/blocks.js'
import { locate } from '../rules/run.js'
import { exportMessages as say } from './messages.js'

/** Characters XML 1.0 forbids: controls but tab and line breaks, U+FFFE and U+FFFF, and lone surrogates. */
const FORBIDDEN_CHARACTER = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]'
const LONE_HIGH_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])'
const LONE_LOW_SURROGATE = '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'
const FORBIDDEN = new RegExp(`${FORBIDDEN_CHARACTER}|${LONE_HIGH_SURROGATE}|${LONE_LOW_SURROGATE}`, 'g')

export const FORBIDDEN_RULE = 'xml-forbidden-character'

function replacementOf(c: string): string {
  return c === '\f' || c === '\v' ? ' ' : '\uFFFD'
}

/** Cleans the values of one memo for XML, reporting on its file. */
export class XmlText {
  private readonly reported = new Set<number>()
  private lineStarts: number[] | null = null

  constructor(
    private readonly record: CaseRecord,
    private readonly source: string,
    private readonly file: VFile
  ) {}

  /** `value` (found at `pointer` in the record) with every forbidden character replaced and reported. */
  clean(pointer: string, value: string): string {
    const span = this.record.provenance?.[pointer]
    const field = pointer.slice(1).replace(/\//g, '.')
    let inSource = 0
    if (span?.start.offset !== undefined && span.end.offset !== undefined) {
      const from = span.start.offset
      const part = this.source.slice(from, span.end.offset)
      for (const m of part.matchAll(FORBIDDEN)) {
        inSource++
        this.report(m[0], field, from + m.index)
      }
    }
    const inValue = [...value.matchAll(FORBIDDEN)]
    // A character that the source span does not show (no provenance, or a derived value): reported at the field.
    for (const m of inValue.slice(inSource)) {
      const message = this.file.message(say.forbiddenCharacter(m[0], field, replacementOf(m[0])), {
        ...(span ? { place: span } : {}),
        ruleId: FORBIDDEN_RULE,
        source: 'casefile'
      })
      message.fatal = false
    }
    return inValue.length === 0 ? value : value.replace(FORBIDDEN, replacementOf)
  }

  private report(c: string, field: string, offset: number): void {
    if (this.reported.has(offset)) return
    this.reported.add(offset)
    this.lineStarts ??= indexSource(this.source).lineStarts
    const start = locate(this.lineStarts, offset)
    const end = { line: start.line, column: start.column + c.length, offset: offset + c.length }
    const message = this.file.message(say.forbiddenCharacter(c, field, replacementOf(c)), {
      place: { start, end },
      ruleId: FORBIDDEN_RULE,
      source: 'casefile'
    })
    message.fatal = false
  }
}
