/**
 * Where configuration may live, and whether a directory or one of its parents
 * has any: cheap to ask, so commands that seldom need configuration (compile)
 * load the configuration machinery only when there is some.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const CONFIG_FILES = ['.casefilerc.yml', '.casefilerc.yaml', '.casefilerc.json', 'package.json'] as const

function holdsConfig(path: string): boolean {
  if (!existsSync(path)) return false
  if (!path.endsWith('package.json')) return true
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return false
  }
  try {
    const data: unknown = JSON.parse(text)
    return typeof data === 'object' && data !== null && Object.hasOwn(data, 'casefile')
  } catch {
    // Broken JSON: let the configuration loader say so if it mentions casefile at all.
    return /"casefile"\s*:/.test(text)
  }
}

/** Is there a configuration file in `dir` or above it? */
export function hasConfigAbove(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (CONFIG_FILES.some((name) => holdsConfig(join(current, name)))) return true
    if (dirname(current) === current) return false
  }
}
