/**
 * Where `casefile compile` finds each input's configuration (vocabulary and rule
 * settings): from --config, from the configuration files above the input, or the
 * built-in one. A single input with no configuration above it loads nothing.
 */
import { dirname, resolve } from 'node:path'
import { hasConfigAbove } from '../check/config-files.js'
import type { FileConfig } from '../batch/run.js'

export interface Configs {
  /** The configuration for a file: the same object for every file it applies to. */
  forFile(path: string): FileConfig
}

const BUILT_IN_CONFIG: FileConfig = { vocabulary: {} }
const BUILT_IN: Configs = { forFile: () => BUILT_IN_CONFIG }

/** `config`: the --config path, false for --no-config, undefined to look for configuration files. */
export async function configsFor(
  cwd: string,
  config: string | false | undefined,
  single: string | null
): Promise<Configs> {
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
