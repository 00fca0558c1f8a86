/** SARIF 2.1.0: one run, the rules as the driver's rules, one result a message. */
import { rules } from '../../rules/index.js'
import { DOCS } from '../run.js'
import { levelOf, span, type Reporter } from './types.js'
import { maskPersonalNumbers } from './text.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const
const DEFAULT_LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

export const sarif: Reporter = (results, options) => {
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'casefile',
            version: options.version,
            informationUri: 'https://github.com/casefile/casefile',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: `${DOCS}/${r.id}.md`,
              defaultConfiguration: { level: DEFAULT_LEVEL[r.severity] }
            }))
          }
        },
        results: results.flatMap((r) => [
          ...(r.ioError
            ? [
                {
                  level: 'error',
                  message: { text: maskPersonalNumbers(r.ioError) },
                  locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path) } } }]
                }
              ]
            : []),
          ...(r.file?.messages ?? []).map((m) => {
            const s = span(m)
            const ruleIndex = m.ruleId ? index.get(m.ruleId) : undefined
            return {
              ...(m.ruleId ? { ruleId: m.ruleId } : {}),
              ...(ruleIndex !== undefined ? { ruleIndex } : {}),
              level: LEVEL[levelOf(m)],
              message: { text: maskPersonalNumbers(m.reason) },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: uri(r.path) },
                    region: { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn }
                  }
                }
              ]
            }
          })
        ])
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
