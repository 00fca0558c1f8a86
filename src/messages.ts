/**
 * Every user-facing message of the compiler, in one place. Reasons follow
 * remark-lint: what was found, what was expected (values in backticks), then
 * how to fix it.
 */
export const messages = {
  invalidUtf8: (offset: number) =>
    `Unexpected byte sequence at byte ${offset} that is not UTF-8, expected a UTF-8 text file`,
  binary: (offset: number) =>
    `Unexpected NUL byte at byte ${offset}, expected a text file. This looks like a binary file, not a Markdown ` +
    `case document`,
  tooLarge: (bytes: number, max: number) =>
    `Unexpected file of ${bytes} bytes, expected at most ${max} bytes. Split the file or raise the limit with ` +
    `\`--max-bytes\``,
  stopped: (guard: string) => `Unexpected input that ${guard}`,
  tooLargeRead: (max: number) =>
    `Unexpected input of more than ${max} bytes, expected at most ${max} bytes (reading stopped there). Split ` +
    `the file or raise the limit with \`--max-bytes\``,
  emptyFile: () => 'Unexpected empty document, expected a case document with a header, a title and sections',
  frontMatterInvalid: (reason: string) =>
    `Unexpected front matter that cannot be used (${reason}), expected a small YAML mapping of plain values; it ` +
    `is ignored. Fix the YAML between the \`---\` lines`,
  frontMatterNotMapping: () =>
    'Unexpected front matter that is not a mapping, expected `key: value` lines between the `---` lines',
  frontMatterUnknownKey: (k: string) =>
    `Unexpected front matter key \`${k}\`, expected one of the record's fields or their Swedish names; kept ` +
    `under \`metadata.frontMatter\``,
  frontMatterNotString: (k: string, converted: boolean) =>
    `Unexpected non-text value for front matter key \`${k}\`, expected a string; the value ` +
    (converted ? 'was converted to text' : 'is ignored'),
  frontMatterDropped: (k: string) =>
    `Unexpected front matter key \`${k}\`, which could reach an object's prototype; it is ignored`,
  noCaseNumber: () =>
    'No case number found in the header, expected a diarienummer such as `KS 2017/421`; `metadata.caseNumber` is null',
  caseNumberStub: (value: string) =>
    `Unexpected incomplete case number \`${value}\`, expected a series, a year and a sequence number (\`KS ` +
    `2015/112\`); kept as written, \`caseRef\` is null`,
  secondValue: (what: string, second: string, first: string) =>
    `Unexpected second ${what} \`${second}\` in the header, expected one; kept \`${first}\``,
  noDate: () =>
    'No document date found in the header, expected a date such as `2020-08-28` or `28 augusti 2020`; ' +
    '`metadata.date` is null',
  impossibleDate: (value: string) =>
    `Unexpected date \`${value}\` that does not exist, expected a real calendar date; it is not used`,
  noTitle: () =>
    'No title found, expected a heading or a bold line with the ärendemening before the first section; ' +
    '`metadata.title` is null',
  plainTitle: (value: string) =>
    `Title \`${value}\` was taken from a plain line before the first section; mark it as a heading to be sure`,
  secondTitle: (second: string, first: string) =>
    `Unexpected second title \`${second}\` right after the title, expected one; kept \`${first}\` as the title, ` +
    `the other stays as a section`,
  unclassifiedHeader: (value: string) =>
    `Header line \`${value}\` was not understood; kept in \`metadata.unclassified\``,
  emptyField: (label: string) => `Empty labelled field \`${label}\`; its value is null`,
  noProposals: () =>
    'No proposed decision found, expected a section such as `Förslag till beslut` with its items; `proposals` is null',
  noDescription: () =>
    'No case description found, expected a section such as `Ärendebeskrivning`, `Ärendet` or `Sammanfattning`; ' +
    '`description` is null',
  guidanceOnly: (heading: string) =>
    `Section \`${heading}\` holds only the template's guidance text, expected recipients or no section; ` +
    `\`recipients\` is empty`,
  unitFromPosition: (value: string) =>
    `Unit \`${value}\` was taken from its place before the case officer's name, not from a label or a unit word`
} as const
