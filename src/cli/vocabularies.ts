/**
 * Where `casefile compile` finds each input's vocabulary: from --config, from
 * the configuration files above the input, or the built-in one. A single input
 * with no configuration above it loads nothing.
 */
import { dirname, resolve } from 'node:path'
import { hasConfigAbove } from '../check/config-files.js'
import type { VocabularyOptions } from '../tree/state.js'

export interface Vocabularies {
  /** The vocabulary for a file, and the configuration file it came from (null: the built-in one). */
  forFile(path: string): { vocabulary: VocabularyOptions; source?: string | null }
}

const BUILT_IN: Vocabularies = { forFile: () => ({ vocabulary: {} }) }

/** `config`: the --config path, false for --no-config, undefined to look for configuration files. */
export async function vocabulariesFor(
  cwd: string,
  config: string | false | undefined,
  single: string | null
): Promise<Vocabularies> {
  if (config === false) return BUILT_IN
  if (
    typeof config !== 'string' &&
    single !== null &&
    !hasConfigAbove(resolve(cwd, single === '-' ? '.' : dirname(single)))
  )
    return BUILT_IN
  const { ConfigResolver, defaultConfig, loadConfigFile } = await import('../check/config.js')
  if (typeof config === 'string') return new ConfigResolver(loadConfigFile(resolve(cwd, config)) ?? defaultConfig())
  return new ConfigResolver(null)
}
