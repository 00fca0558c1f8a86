/**
 * casefile's library API.
 *
 *     import { compile } from 'casefile'
 *     const { record, tree, messages } = compile(bytes, { path: 'RUN-24-2020.md' })
 */
export { compile, type CompileOptions, type CompileResult } from './compile.js'
export { CasefileError, UsageError } from './errors.js'
export { toJson } from './emit/json.js'
export { toYaml } from './emit/yaml.js'
export { recordSchema } from './schema/record-schema.js'
export { parseCaseNumber, findCaseNumbers, type CaseRef, type CaseNumberMatch } from './vocab/case-numbers.js'
export { parseDate, findDates } from './vocab/dates.js'
export { ROLES, type Role } from './vocab/headings.js'
export type { VocabularyOptions } from './tree/state.js'
export type { CaseRecord, RecordMetadata } from './record/types.js'
export type * from './tree/types.js'
export { version } from './version.js'
