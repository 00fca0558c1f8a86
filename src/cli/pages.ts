/**
 * What the page commands (review, report, diff) share: the configuration for a
 * file, and writing a page to a file (whole or not at all) or to stdout.
 */
import { resolve } from 'node:path'
import { ConfigError, ConfigResolver, defaultConfig, loadConfigFile, type Config } from '../check/config.js'
import { UsageError } from '../errors.js'
import { writeOutputFile } from './output-file.js'
import { LANGS, type Lang } from '../review/labels.js'
import type { Io } from './io.js'

/** The configuration for a file: `--config FILE`, `--no-config`, or the nearest configuration file. */
export function configFor(io: Io, path: string, config: string | boolean | undefined): Config {
  try {
    if (config === false) return defaultConfig()
    if (typeof config === 'string') return loadConfigFile(resolve(io.cwd, config)) ?? defaultConfig()
    return new ConfigResolver(null).forFile(resolve(io.cwd, path))
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message)
    throw error
  }
}

export function langOf(value: unknown): Lang {
  const lang = (value ?? 'sv') as string
  if (!(LANGS as readonly string[]).includes(lang))
    throw new UsageError(`--lang takes one of ${LANGS.map((l) => `\`${l}\``).join(', ')}, got \`${lang}\``)
  return lang as Lang
}

/** Write to `output` (its folder made, the file whole or not at all), or to stdout when there is none. */
export function writeOut(io: Io, text: string, output: string | undefined): void {
  if (output === undefined) io.stdout.write(text)
  else writeOutputFile(io.cwd, output, '-o', text)
}
