/**
 * The `export:` section of the configuration: what an archive needs that a memo does
 * not hold. Checked when the configuration is loaded (unknown keys, wrong types), and
 * for the keys an export cannot do without, when an export runs.
 *
 *     export:
 *       organisation: { name: Exempelby kommun, number: 212000-0000 }
 *       archiveCreator: { name: Kommunstyrelsen, number: 212000-0000 }
 *       classificationScheme: Klassificeringsstruktur för Exempelby kommun 2020
 *       idTemplate: '{caseNumber}'
 *       submissionAgreement: RA 2020/1234
 *       personalData: false
 *       schemas: ../shared/schemas
 */
import { dirname, resolve } from 'node:path'
import { exportMessages as say } from './messages.js'

export interface Party {
  name: string
  /** Organisation number (organisationsnummer), when given. */
  number: string | null
}

export interface ExportConfig {
  organisation: Partial<Party> | null
  archiveCreator: Party | null
  classificationScheme: string | null
  /** The record's `objectId`; placeholders in ID_PLACEHOLDERS. Default `{caseNumber}`. */
  idTemplate: string
  submissionAgreement: string | null
  /** Put the officer's phone and e-mail and the distribution list into exports. */
  personalData: boolean
  /** The folder of the official schemas, absolute (resolved against the configuration file). */
  schemas: string | null
}

export const ID_PLACEHOLDERS = ['caseNumber', 'date', 'year', 'file', 'sha8'] as const
export const DEFAULT_ID_TEMPLATE = '{caseNumber}'

const KEYS = [
  'organisation',
  'archiveCreator',
  'classificationScheme',
  'idTemplate',
  'submissionAgreement',
  'personalData',
  'schemas'
]

/**
 * A problem with the configuration (the caller reports it as its ConfigError), at the key `path` (`['export',
 * 'organisation', 'name']`).
 */
export class ExportConfigProblem extends Error {
  readonly path: string[]
  constructor(message: string, key = 'export') {
    super(message)
    this.path = key.split('.')
  }
}

export function emptyExportConfig(): ExportConfig {
  return {
    organisation: null,
    archiveCreator: null,
    classificationScheme: null,
    idTemplate: DEFAULT_ID_TEMPLATE,
    submissionAgreement: null,
    personalData: false,
    schemas: null
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown, key: string, file: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ExportConfigProblem(say.notText(file, key), key)
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value))
    throw new ExportConfigProblem(say.controlCharacter(file, key), key)
  return value.trim()
}

function party(value: unknown, key: string, file: string, nameRequired: boolean): Partial<Party> {
  if (!isObject(value)) throw new ExportConfigProblem(say.notParty(file, key), key)
  const out: Partial<Party> = { number: null }
  for (const [k, v] of Object.entries(value)) {
    if (k === 'name') out.name = text(v, `${key}.name`, file)
    else if (k === 'number') out.number = text(typeof v === 'number' ? String(v) : v, `${key}.number`, file)
    else throw new ExportConfigProblem(say.unknownKey(file, `${key}.${k}`, ['name', 'number']), `${key}.${k}`)
  }
  if (nameRequired && out.name === undefined) throw new ExportConfigProblem(say.missing(file, `${key}.name`), key)
  return out
}

/** Validate the `export` value of a configuration file (`file` names it in messages). */
export function exportSetting(value: unknown, file: string): ExportConfig {
  if (!isObject(value)) throw new ExportConfigProblem(say.notMapping(file))
  const out = emptyExportConfig()
  for (const [k, v] of Object.entries(value)) {
    if (k === 'organisation') out.organisation = party(v, 'export.organisation', file, false)
    else if (k === 'archiveCreator') out.archiveCreator = party(v, 'export.archiveCreator', file, true) as Party
    else if (k === 'classificationScheme') out.classificationScheme = text(v, 'export.classificationScheme', file)
    else if (k === 'submissionAgreement') out.submissionAgreement = text(v, 'export.submissionAgreement', file)
    else if (k === 'idTemplate') {
      const template = text(v, 'export.idTemplate', file)
      for (const m of template.matchAll(/\{([^}]*)\}/g))
        if (!(ID_PLACEHOLDERS as readonly string[]).includes(m[1]!))
          throw new ExportConfigProblem(say.badPlaceholder(file, m[0]), 'export.idTemplate')
      out.idTemplate = template
    } else if (k === 'personalData') {
      if (typeof v !== 'boolean')
        throw new ExportConfigProblem(say.notBoolean(file, 'export.personalData'), 'export.personalData')
      out.personalData = v
    } else if (k === 'schemas')
      out.schemas = resolve(dirname(file.replace(/#casefile$/, '')), text(v, 'export.schemas', file))
    else throw new ExportConfigProblem(say.unknownKey(file, `export.${k}`, KEYS), `export.${k}`)
  }
  return out
}

/** The settings an export runs with; an absent required key is a problem naming it. */
export interface ReadyExportConfig extends ExportConfig {
  organisation: Party
}

export function requireExportConfig(config: ExportConfig | undefined, source: string | null): ReadyExportConfig {
  const where = source ?? say.noConfigFile
  if (!config) throw new ExportConfigProblem(say.missing(where, 'export.organisation.name'))
  if (!config.organisation?.name) throw new ExportConfigProblem(say.missing(where, 'export.organisation.name'))
  return { ...config, organisation: { name: config.organisation.name, number: config.organisation.number ?? null } }
}
