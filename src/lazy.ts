/**
 * Load a dependency synchronously the first time it is needed, so that start-up
 * does not pay for what a run does not use (js-yaml is needed only for front
 * matter, YAML output and configuration files). The module is resolved from
 * casefile's own node_modules at run time, in the library and in the bundle.
 */
import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)

let yaml: typeof import('js-yaml') | null = null

export function jsYaml(): typeof import('js-yaml') {
  yaml ??= load('js-yaml') as typeof import('js-yaml')
  return yaml
}
