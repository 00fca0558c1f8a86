/**
 * The messages of reading an input that is not text, in one place (the rules'
 * messages are in their `meta.messages`, src/rules). Reasons follow
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
    `the file or raise the limit with \`--max-bytes\``
} as const
