/**
 * What `compile --format erms` and `package` share: the options they read, the
 * configuration (vocabulary and `export:` section) of each input, the schema folder and
 * the validators. Loaded only by those commands.
 */
import { resolve } from 'node:path'
import { UsageError } from '../errors.js'
import { ConfigResolver, defaultConfig, loadConfigFile, type Config } from '../check/config.js'
import { requireExportConfig, ExportConfigProblem, type ReadyExportConfig } from '../export/config.js'
import { createdFrom } from '../export/ids.js'
import { schemaFolder } from '../export/schemas.js'
import { Validators } from '../export/validate.js'
import type { ErmsTarget } from '../export/erms.js'
import type { Io } from './io.js'

export interface ExportOptions {
  target: ErmsTarget
  created: string | null
  allowPersonalNumbers: boolean
}

export function exportOptions(io: Io, options: Record<string, unknown>): ExportOptions {
  const version = options.ermsVersion as string | undefined
  return {
    target: version === '2.1' || version === '3.0' ? version : 'common',
    created: createdFrom(options.created as string | undefined, io.env),
    allowPersonalNumbers: Boolean(options.allowPersonalNumbers)
  }
}

/** The configuration of each input: from --config, none with --no-config, else the nearest file. */
export function configsFor(io: Io, options: Record<string, unknown>): (absolute: string) => Config {
  if (options.config === false) return () => defaultConfig()
  const resolver = new ConfigResolver(
    typeof options.config === 'string' ? (loadConfigFile(resolve(io.cwd, options.config)) ?? defaultConfig()) : null
  )
  return (absolute) => resolver.forFile(absolute)
}

/** The export settings of a configuration; an absent required key is a usage error naming it. */
export function readyExport(config: Config): ReadyExportConfig {
  try {
    return requireExportConfig(config.export, config.source)
  } catch (error) {
    if (error instanceof ExportConfigProblem) throw new UsageError(error.message)
    throw error
  }
}

export async function validatorsFor(
  io: Io,
  options: Record<string, unknown>,
  config: ReadyExportConfig
): Promise<Validators> {
  return Validators.create(schemaFolder(options.schemas as string | undefined, io.env, config.schemas, io.cwd))
}
