/**
 * Every user-facing message of the exports (ERMS, SIP) in one place, worded like the
 * compiler's: what was found, what was expected (values in backticks), then the fix.
 */
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

export const exportMessages = {
  noConfigFile: 'no configuration file',
  notMapping: (file: string) =>
    `${file}: \`export\` must be a mapping (organisation, archiveCreator, classificationScheme, idTemplate, ` +
    `submissionAgreement, personalData, schemas)`,
  notText: (file: string, key: string) => `${file}: \`${key}\` must be a non-empty string`,
  controlCharacter: (file: string, key: string) =>
    `${file}: \`${key}\` holds a control character that XML 1.0 forbids; remove it`,
  notBoolean: (file: string, key: string) => `${file}: \`${key}\` must be \`true\` or \`false\``,
  notParty: (file: string, key: string) =>
    `${file}: \`${key}\` must be a mapping with \`name\` and optionally \`number\``,
  unknownKey: (file: string, key: string, known: readonly string[]) =>
    `${file}: unknown key \`${key}\`, expected one of ${known.map((k) => `\`${k}\``).join(', ')}`,
  badPlaceholder: (file: string, placeholder: string) =>
    `${file}: unknown placeholder \`${placeholder}\` in \`export.idTemplate\`, expected \`{caseNumber}\`, ` +
    `\`{date}\`, \`{year}\`, \`{file}\` or \`{sha8}\``,
  missing: (where: string, key: string) =>
    `${where}: \`${key}\` is required to export (an archive needs it and the memo does not hold it); add it ` +
    `under \`export:\` in the configuration`,

  forbiddenCharacter: (c: string, field: string, replacement: string) =>
    `Unexpected character ${hex(c)}, which XML 1.0 forbids, in \`${field}\`, expected text; it is written as ` +
    `${replacement === ' ' ? 'a space' : hex(replacement)} in the export. Remove it from the ` +
    `source${c === '\f' ? ' (a page break, often left by a PDF conversion)' : ''}`,
  noIdValue: (placeholder: string, template: string) =>
    `Unexpected memo without a value for \`{${placeholder}}\` of the id template \`${template}\`, expected one ` +
    `to make the record's \`objectId\`; add it to the memo or set \`export.idTemplate\` (for example \`{file}\`)`,
  noDate: () =>
    "Unexpected memo without a date, expected one for the export's dates (`eventDateTime`, `CREATEDATE`); add a " +
    'date to the memo or give `--created` or `SOURCE_DATE_EPOCH`',
  personalNumber: () =>
    'Unexpected personal identity number in a memo to export, expected none; remove it, or export it on purpose ' +
    'with `--allow-personal-numbers`',
  invalid: (problems: string) =>
    `Unexpected export that does not validate, expected a valid document; nothing was written for this memo. ` +
    `The validator says: ${problems}`,
  badCreated: (value: string) =>
    `--created takes a date (\`2020-08-28\`) or a date and time (\`2020-08-28T12:00:00Z\`), got \`${value}\``,
  badEpoch: (value: string) => `SOURCE_DATE_EPOCH must be a whole number of seconds, got \`${value}\``
}
