import { defineRule } from './types.js'
import { reportFindings } from './util.js'

const meta = {
  id: 'duplicate-title',
  type: 'suggestion',
  category: 'structure',
  severity: 'warn',
  description: 'A second title-like line stands right after the title.',
  messages: {
    second:
      'Unexpected second title `{{second}}` right after the title, expected one; kept `{{first}}` as the ' +
      'title, the other stays as a section. Join them, or make the second a known section heading'
  }
} as const

export default defineRule({
  meta,
  check({ findings }, report) {
    reportFindings(findings, meta, report)
  }
})
