/**
 * Where the official validation files are: the CITS ERMS XSDs and Schematron, METS with
 * the CSIP and SIP extensions. casefile does not ship them (the ERMS files carry no licence);
 * an export reads them from a folder laid out as the standards publish them:
 *
 *     cits-erms/ERMS.xsd  cits-erms/ERMS_v3.xsd  cits-erms/erms.sch  cits-erms/erms_v3.sch
 *     e-ark/mets.xsd  e-ark/xlink.xsd  e-ark/DILCISExtensionMETS.xsd  e-ark/DILCISExtensionSIPMETS.xsd
 *
 * The folder is `--schemas`, else `CASEFILE_SCHEMAS`, else `export.schemas` in the
 * configuration (relative to the configuration file).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UsageError } from '../errors.js'

export const SCHEMA_FILES = {
  erms21: 'cits-erms/ERMS.xsd',
  erms30: 'cits-erms/ERMS_v3.xsd',
  erms21sch: 'cits-erms/erms.sch',
  erms30sch: 'cits-erms/erms_v3.sch',
  mets: 'e-ark/mets.xsd',
  xlink: 'e-ark/xlink.xsd',
  csip: 'e-ark/DILCISExtensionMETS.xsd',
  sip: 'e-ark/DILCISExtensionSIPMETS.xsd'
} as const

export type SchemaName = keyof typeof SCHEMA_FILES

/** The schema folder's files, read once each. */
export class SchemaFolder {
  private readonly cache = new Map<SchemaName, Uint8Array>()
  constructor(readonly dir: string) {}

  bytes(name: SchemaName): Uint8Array {
    let bytes = this.cache.get(name)
    if (!bytes) {
      const path = join(this.dir, SCHEMA_FILES[name])
      try {
        bytes = readFileSync(path)
      } catch (error) {
        throw new UsageError(
          `cannot read the schema \`${path}\` (${(error as NodeJS.ErrnoException).code ?? String(error)}): the ` +
            `schema folder must hold ${Object.values(SCHEMA_FILES)
              .map((f) => `\`${f}\``)
              .join(', ')}`
        )
      }
      this.cache.set(name, bytes)
    }
    return bytes
  }

  text(name: SchemaName): string {
    return Buffer.from(this.bytes(name)).toString('utf8')
  }
}

/** The schema folder an export validates against: the option, the environment, or the configuration. */
export function schemaFolder(
  option: string | undefined,
  env: Record<string, string | undefined>,
  configured: string | null,
  cwd: string
): SchemaFolder {
  const dir = option ?? env.CASEFILE_SCHEMAS ?? configured
  if (!dir)
    throw new UsageError(
      'an export is validated against the official schemas before it is written: give their folder with ' +
        '`--schemas <dir>`, `CASEFILE_SCHEMAS` or `export.schemas` in the configuration'
    )
  return new SchemaFolder(resolve(cwd, dir))
}
