/**
 * Configuration: `.casefilerc.yml`, `.casefilerc.yaml`, `.casefilerc.json` or a
 * `casefile` key in `package.json`, found by walking up from each checked file
 * (the nearest wins). A file with an unknown rule or a bad value is an error,
 * never silently ignored.
 *
 *     rules:
 *       empty-field: off
 *       unit-mismatch: [warn, { maxDistance: 2 }]
 *     vocabulary:
 *       headings: { proposals: [Presidiets förslag] }
 *       labels: { caseNumber: [Ärende-id] }
 *       caseNumbers: ['ÄR-(?<year>\d{4})-(?<seq>\d+)']
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { jsYaml } from '../lazy.js'
import { ruleById, rules } from './rules/index.js'
import { SEVERITIES, type Rule, type Severity } from './types.js'
import { ROLES } from '../vocab/headings.js'
import { compileCaseNumberPattern } from '../vocab/case-numbers.js'
import type { VocabularyOptions } from '../tree/state.js'

export { CONFIG_FILES } from './config-files.js'
import { CONFIG_FILES } from './config-files.js'

const LABEL_FIELDS = ['caseNumber', 'date', 'meetingDate', 'officer', 'phone', 'email', 'addressee', 'unit', 'theirReference', 'filingCode', 'documentType', 'distribution', 'protocol']

export interface RuleConfig {
  severity: Severity
  options: Record<string, unknown>
}

export interface Config {
  /** The file it came from, or null for the built-in defaults. */
  source: string | null
  rules: Record<string, RuleConfig>
  vocabulary: VocabularyOptions
}

/** A configuration that cannot be used: exit 2 with this message. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function defaultConfig(): Config {
  const entries = rules.map((r) => [r.id, { severity: r.severity, options: { ...(r.defaults ?? {}) } }] as const)
  return { source: null, rules: Object.fromEntries(entries), vocabulary: {} }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringList(value: unknown, where: string, file: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new ConfigError(`${file}: \`${where}\` must be a list of strings`)
  return value
}

function ruleSetting(id: string, value: unknown, file: string): RuleConfig {
  const rule = ruleById.get(id)
  if (!rule) throw new ConfigError(`${file}: unknown rule \`${id}\`; run \`casefile rules\` to list the rules`)
  return settingOf(rule, value, file)
}

/** A rule's setting (`severity` or `[severity, options]`), checked against its options schema and merged over its defaults. */
export function settingOf(rule: Rule<object>, value: unknown, file: string): RuleConfig {
  const { id } = rule
  const [severity, options] = Array.isArray(value) ? value : [value, undefined]
  if (Array.isArray(value) && (value.length < 1 || value.length > 2))
    throw new ConfigError(`${file}: rule \`${id}\` takes \`severity\` or \`[severity, options]\``)
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity))
    throw new ConfigError(`${file}: rule \`${id}\` has severity \`${String(severity)}\`, expected one of ${SEVERITIES.map((s) => `\`${s}\``).join(', ')}`)
  const defaults = (rule.defaults ?? {}) as Record<string, unknown>
  if (options !== undefined) {
    if (!isObject(options)) throw new ConfigError(`${file}: the options of rule \`${id}\` must be a mapping`)
    const { properties } = rule.meta.schema
    for (const [k, v] of Object.entries(options)) {
      const schema = Object.hasOwn(properties, k) ? properties[k] : undefined
      if (!schema) throw new ConfigError(`${file}: rule \`${id}\` has no option \`${k}\``)
      if (typeof v !== schema.type) throw new ConfigError(`${file}: option \`${k}\` of rule \`${id}\` must be a ${schema.type}`)
      if (schema.minimum !== undefined && (v as number) < schema.minimum)
        throw new ConfigError(`${file}: option \`${k}\` of rule \`${id}\` must be at least ${schema.minimum}`)
    }
  }
  return { severity: severity as Severity, options: { ...defaults, ...(options ?? {}) } }
}

function vocabularySetting(value: unknown, file: string): VocabularyOptions {
  if (!isObject(value)) throw new ConfigError(`${file}: \`vocabulary\` must be a mapping`)
  const out: VocabularyOptions = {}
  for (const [k, v] of Object.entries(value)) {
    if (k === 'headings') {
      if (!isObject(v)) throw new ConfigError(`${file}: \`vocabulary.headings\` must map roles to lists of headings`)
      const headings: Record<string, string[]> = {}
      for (const [role, list] of Object.entries(v)) {
        if (!(ROLES as readonly string[]).includes(role))
          throw new ConfigError(`${file}: unknown role \`${role}\` in \`vocabulary.headings\`, expected one of ${ROLES.join(', ')}`)
        headings[role] = stringList(list, `vocabulary.headings.${role}`, file)
      }
      out.headings = headings
    } else if (k === 'labels') {
      if (!isObject(v)) throw new ConfigError(`${file}: \`vocabulary.labels\` must map fields to lists of labels`)
      const labels: Record<string, string[]> = {}
      for (const [field, list] of Object.entries(v)) {
        if (!LABEL_FIELDS.includes(field))
          throw new ConfigError(`${file}: unknown field \`${field}\` in \`vocabulary.labels\`, expected one of ${LABEL_FIELDS.join(', ')}`)
        labels[field] = stringList(list, `vocabulary.labels.${field}`, file)
      }
      out.labels = labels
    } else if (k === 'caseNumbers') {
      const patterns = stringList(v, 'vocabulary.caseNumbers', file)
      for (const p of patterns) {
        try {
          compileCaseNumberPattern(p)
        } catch (error) {
          throw new ConfigError(`${file}: \`vocabulary.caseNumbers\` has a bad pattern \`${p}\`: ${(error as Error).message}`)
        }
      }
      out.caseNumbers = patterns
    } else throw new ConfigError(`${file}: unknown key \`vocabulary.${k}\`, expected \`headings\`, \`labels\` or \`caseNumbers\``)
  }
  return out
}

/** Validate parsed configuration data and merge it over the defaults. */
export function configFrom(data: unknown, file: string): Config {
  if (!isObject(data)) throw new ConfigError(`${file}: the configuration must be a mapping with \`rules\` and/or \`vocabulary\``)
  const config = defaultConfig()
  config.source = file
  for (const [k, v] of Object.entries(data)) {
    if (k === 'rules') {
      if (!isObject(v)) throw new ConfigError(`${file}: \`rules\` must map rule ids to severities`)
      for (const [id, setting] of Object.entries(v)) config.rules[id] = ruleSetting(id, setting, file)
    } else if (k === 'vocabulary') config.vocabulary = vocabularySetting(v, file)
    else if (k !== '$schema') throw new ConfigError(`${file}: unknown key \`${k}\`, expected \`rules\` or \`vocabulary\``)
  }
  return config
}

/** Read one configuration file; null for a package.json without a `casefile` key. */
export function loadConfigFile(path: string): Config | null {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read configuration \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  let data: unknown
  try {
    const { load, CORE_SCHEMA } = jsYaml()
    data = path.endsWith('.json') ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA } as Parameters<typeof load>[1])
  } catch (error) {
    throw new ConfigError(`${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`)
  }
  if (path.endsWith('package.json')) {
    if (!isObject(data) || !('casefile' in data)) return null
    return configFrom(data.casefile, `${path}#casefile`)
  }
  return configFrom(data ?? {}, path)
}

/** Finds the nearest configuration for each file, caching by directory. */
export class ConfigResolver {
  private readonly cache = new Map<string, Config>()
  constructor(private readonly fixed: Config | null) {}

  forFile(path: string): Config {
    if (this.fixed) return this.fixed
    return this.forDirectory(dirname(isAbsolute(path) ? path : resolve(path)))
  }

  private forDirectory(dir: string): Config {
    const cached = this.cache.get(dir)
    if (cached) return cached
    let found: Config | null = null
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) {
        found = loadConfigFile(candidate)
        if (found) break
      }
    }
    const parent = dirname(dir)
    const config = found ?? (parent === dir ? defaultConfig() : this.forDirectory(parent))
    this.cache.set(dir, config)
    return config
  }
}
