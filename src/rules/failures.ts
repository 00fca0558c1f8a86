/**
 * The ids of failures: an input that could not be read as text, stopped by a
 * guard, or could not be exported. They are not rules (nothing is checked, the
 * input simply has no record), so configuration cannot change them; they are
 * listed here so that `casefile rules`, SARIF and the docs name every id a
 * message can carry.
 */
export interface Failure {
  id: string
  /** Where it happens: reading the input, or exporting its record. */
  stage: 'input' | 'export'
  description: string
}

export const failures: readonly Failure[] = [
  { id: 'unreadable', stage: 'input', description: 'The file cannot be read (missing, a folder, no permission).' },
  { id: 'too-large', stage: 'input', description: 'The file is larger than `--max-bytes`.' },
  { id: 'binary', stage: 'input', description: 'The file holds NUL bytes: a binary file, not a text.' },
  { id: 'invalid-utf8', stage: 'input', description: 'The bytes are not UTF-8 (give `--encoding` if on purpose).' },
  { id: 'wrong-encoding', stage: 'input', description: 'The text is UTF-16, not UTF-8.' },
  {
    id: 'guard',
    stage: 'input',
    description: 'Reading the file took longer than `--timeout` or more memory than `--max-memory`.'
  },
  { id: 'export-object-id', stage: 'export', description: "The export's object id cannot be made from the record." },
  { id: 'export-date', stage: 'export', description: 'The record has no date and the export was given none.' },
  {
    id: 'export-invalid',
    stage: 'export',
    description: 'The exported XML does not validate against the official schemas.'
  },
  { id: 'xml-forbidden-character', stage: 'export', description: 'The record holds a character XML cannot carry.' }
]

export const failureById: ReadonlyMap<string, Failure> = new Map(failures.map((f) => [f.id, f]))
