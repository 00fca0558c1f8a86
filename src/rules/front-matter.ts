import { defineRule } from './types.js'
import { reportFindings } from './util.js'

const meta = {
  id: 'front-matter',
  type: 'problem',
  category: 'metadata',
  severity: 'warn',
  description: 'The YAML front matter cannot be used, in whole or in part.',
  messages: {
    invalid:
      'Unexpected front matter that cannot be used ({{reason}}), expected a small YAML mapping of plain ' +
      'values; it is ignored. Fix the YAML between the `---` lines',
    notMapping: 'Unexpected front matter that is not a mapping, expected `key: value` lines between the `---` lines',
    dropped: "Unexpected front matter key `{{key}}`, which could reach an object's prototype; it is ignored",
    unknownKey:
      "Unexpected front matter key `{{key}}`, expected one of the record's fields or their Swedish names; kept " +
      'under `metadata.frontMatter`',
    converted: 'Unexpected non-text value for front matter key `{{key}}`, expected a string; it was converted to text',
    notText: 'Unexpected non-text value for front matter key `{{key}}`, expected a string; it is ignored',
    date: 'Unexpected front matter date `{{value}}`, expected a date such as `2020-08-28`; it is not used'
  }
} as const

export default defineRule({
  meta,
  check({ findings }, report) {
    reportFindings(findings, meta, report)
  }
})
