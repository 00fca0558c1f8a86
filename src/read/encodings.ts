/** The encodings an archive can be read in on purpose (`--encoding`); UTF-8 is the default. */
export const ENCODINGS = ['utf-8', 'windows-1252', 'latin1', 'utf-16le'] as const
export type Encoding = (typeof ENCODINGS)[number]
