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
  try {
    return /"casefile"\s*:/.test(readFileSync(path, 'utf8'))
  } catch {
    return false
  }
}

/** Is there a configuration file in `dir` or above it? */
export function hasConfigAbove(dir: string): boolean {
  for (let current = dir; ; current = dirname(current)) {
    if (CONFIG_FILES.some((name) => holdsConfig(join(current, name)))) return true
    if (dirname(current) === current) return false
  }
}
