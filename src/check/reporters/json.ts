/** One object per file with its messages (like ESLint's json formatter). */
import { counts, levelOf, span, type Reporter } from './types.js'
import { maskPersonalNumbers } from './text.js'

export const json: Reporter = (results) => {
  const files = results.map((r) => {
    const messages = (r.file?.messages ?? []).map((m) => ({
      ruleId: m.ruleId ?? null,
      severity: levelOf(m),
      message: maskPersonalNumbers(m.reason),
      ...span(m),
      url: m.url ?? null
    }))
    const c = counts([r])
    return {
      filePath: r.path,
      ioError: r.ioError === null ? null : maskPersonalNumbers(r.ioError),
      messages,
      errorCount: c.error,
      warningCount: c.warning,
      infoCount: c.info
    }
  })
  return `${JSON.stringify(files, null, 2)}\n`
}
