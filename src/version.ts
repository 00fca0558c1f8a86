/** casefile's own version, read once from its package.json (found from dist/ or from the bundle in dist/bundle/). */
import { existsSync, readFileSync } from 'node:fs'

function find(): string {
  for (const up of ['../package.json', '../../package.json']) {
    const url = new URL(up, import.meta.url)
    if (existsSync(url)) {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'casefile' && pkg.version) return pkg.version
    }
  }
  return '0.0.0'
}

export const version: string = find()
