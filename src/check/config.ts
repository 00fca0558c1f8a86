/**
 * Configuration: `.casefilerc.yml`, `.casefilerc.yaml`, `.casefilerc.json` or a
 * `casefile` key in `package.json`, found by walking up from each checked file
 * (the nearest wins). A file with an unknown rule or a bad value is an error,
 * never silently ignored; every problem in it is reported at once, with its place.
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
import { ruleById, rules } from '../rules/index.js'
import { failureById } from '../rules/failures.js'
import { SEVERITIES, type Rule, type Severity } from '../rules/types.js'
import { ROLES } from '../vocab/headings.js'
import { compileCaseNumberPattern } from '../vocab/case-numbers.js'
import { didYouMean } from '../vocab/did-you-mean.js'
import { placeAt, placeOf } from './config-position.js'
import type { VocabularyOptions } from '../tree/state.js'
import { exportSetting, ExportConfigProblem, type ExportConfig } from '../export/config.js'

export { CONFIG_FILES } from './config-files.js'
import { CONFIG_FILES } from './config-files.js'

const LABEL_FIELDS = [
  'caseNumber',
  'date',
  'meetingDate',
  'officer',
  'phone',
  'email',
  'addressee',
  'unit',
  'theirReference',
  'filingCode',
  'documentType',
  'distribution',
  'protocol',
  'page',
  'published',
  'organ'
]

export type { RuleSetting as RuleConfig } from '../rules/run.js'
import { defaultSettings, type RuleSetting as RuleConfig } from '../rules/run.js'

export interface Config {
  /** The file it came from, or null for the built-in defaults. */
  source: string | null
  rules: Record<string, RuleConfig>
  vocabulary: VocabularyOptions
  /** The `export:` section (src/export/config.ts), when the file has one. */
  export?: ExportConfig
}

/**
 * A configuration that cannot be used: exit 2. Its message has one line for each
 * problem found, `file:line:column: reason`, all of them at once.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function defaultConfig(): Config {
  return { source: null, rules: defaultSettings(), vocabulary: {} }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What is wrong with a configuration, each problem at the key it is about. */
class Problems {
  readonly found: Array<{ path: string[]; reason: string }> = []
  add(path: string[], reason: string): void {
    this.found.push({ path, reason })
  }
}

function suggest(name: string, candidates: readonly string[]): string {
  const near = didYouMean(name, candidates)
  return near ? `; did you mean \`${near}\`?` : ''
}

function stringList(value: unknown, path: string[], problems: Problems): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value
  problems.add(path, `\`${path.join('.')}\` must be a list of strings`)
  return []
}

function ruleSetting(id: string, value: unknown, path: string[], problems: Problems): RuleConfig | null {
  const rule = ruleById.get(id)
  const failure = failureById.get(id)
  if (failure) {
    problems.add(
      path,
      `\`${id}\` is a failure, not a rule (${failure.description}) The input gets no record, so no severity ` +
        'can be set for it; remove it from `rules`'
    )
    return null
  }
  if (!rule) {
    problems.add(
      path,
      `unknown rule \`${id}\`; run \`casefile rules\` to list the rules${suggest(
        id,
        rules.map((r) => r.id)
      )}`
    )
    return null
  }
  return settingWith(rule, value, path, problems)
}

/**
 * A rule's setting (`severity` or `[severity, options]`), checked against its options schema and
 * merged over its defaults; a `ConfigError` naming `file` when it is not valid. For a rule that
 * need not be registered (the rule tester).
 */
export function settingOf(rule: Rule<object>, value: unknown, file: string): RuleConfig {
  const problems = new Problems()
  const setting = settingWith(rule, value, [], problems)
  if (!setting || problems.found.length > 0)
    throw new ConfigError(problems.found.map((p) => `${file}: ${p.reason}`).join('\n'))
  return setting
}

function settingWith(rule: Rule<object>, value: unknown, path: string[], problems: Problems): RuleConfig | null {
  const { id } = rule
  const [severity, options] = (Array.isArray(value) ? value : [value, undefined]) as unknown[]
  if (Array.isArray(value) && (value.length < 1 || value.length > 2)) {
    problems.add(path, `rule \`${id}\` takes \`severity\` or \`[severity, options]\``)
    return null
  }
  let ok = true
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
    problems.add(
      path,
      `rule \`${id}\` has severity \`${String(severity)}\`, expected one of ` +
        SEVERITIES.map((s) => `\`${s}\``).join(', ')
    )
    ok = false
  }
  const defaults = (rule.defaults ?? {}) as Record<string, unknown>
  if (options !== undefined) {
    if (!isObject(options)) {
      problems.add(path, `the options of rule \`${id}\` must be a mapping`)
      return null
    }
    const { properties } = rule.meta.schema
    for (const [k, v] of Object.entries(options)) {
      const schema = Object.hasOwn(properties, k) ? properties[k] : undefined
      if (!schema) {
        problems.add([...path, k], `rule \`${id}\` has no option \`${k}\`${suggest(k, Object.keys(properties))}`)
        ok = false
      } else if (typeof v !== schema.type) {
        problems.add([...path, k], `option \`${k}\` of rule \`${id}\` must be a ${schema.type}`)
        ok = false
      } else if (schema.minimum !== undefined && (v as number) < schema.minimum) {
        problems.add([...path, k], `option \`${k}\` of rule \`${id}\` must be at least ${schema.minimum}`)
        ok = false
      }
    }
  }
  return ok ? { severity: severity as Severity, options: { ...defaults, ...(isObject(options) ? options : {}) } } : null
}

function vocabularySetting(value: unknown, path: string[], problems: Problems): VocabularyOptions {
  const out: VocabularyOptions = {}
  if (!isObject(value)) {
    problems.add(path, '`vocabulary` must be a mapping')
    return out
  }
  for (const [k, v] of Object.entries(value)) {
    const at = [...path, k]
    if (k === 'headings') {
      if (!isObject(v)) {
        problems.add(at, '`vocabulary.headings` must map roles to lists of headings')
        continue
      }
      const headings: Record<string, string[]> = {}
      for (const [role, list] of Object.entries(v)) {
        if (!(ROLES as readonly string[]).includes(role))
          problems.add(
            [...at, role],
            `unknown role \`${role}\` in \`vocabulary.headings\`, expected one of ` +
              `${ROLES.join(', ')}${suggest(role, ROLES)}`
          )
        else headings[role] = stringList(list, [...at, role], problems)
      }
      out.headings = headings
    } else if (k === 'labels') {
      if (!isObject(v)) {
        problems.add(at, '`vocabulary.labels` must map fields to lists of labels')
        continue
      }
      const labels: Record<string, string[]> = {}
      for (const [field, list] of Object.entries(v)) {
        if (!LABEL_FIELDS.includes(field))
          problems.add(
            [...at, field],
            `unknown field \`${field}\` in \`vocabulary.labels\`, expected one of ` +
              `${LABEL_FIELDS.join(', ')}${suggest(field, LABEL_FIELDS)}`
          )
        else labels[field] = stringList(list, [...at, field], problems)
      }
      out.labels = labels
    } else if (k === 'caseNumbers') {
      const patterns = stringList(v, at, problems)
      for (const p of patterns) {
        try {
          compileCaseNumberPattern(p)
        } catch (error) {
          problems.add(at, `\`vocabulary.caseNumbers\` has a bad pattern \`${p}\`: ${(error as Error).message}`)
        }
      }
      out.caseNumbers = patterns
    } else
      problems.add(
        at,
        `unknown key \`vocabulary.${k}\`, expected \`headings\`, \`labels\` or ` +
          `\`caseNumbers\`${suggest(k, VOCABULARY_KEYS)}`
      )
  }
  return out
}

const VOCABULARY_KEYS = ['headings', 'labels', 'caseNumbers']

/**
 * Validate parsed configuration data and merge it over the defaults. Every
 * problem is reported at once; given the file's text (and where the
 * configuration sits in it, for package.json), each with its line and column.
 */
export function configFrom(data: unknown, file: string, source?: { text: string; within?: string[] }): Config {
  const problems = new Problems()
  const config = defaultConfig()
  config.source = file
  if (!isObject(data)) problems.add([], 'the configuration must be a mapping with `rules` and/or `vocabulary`')
  else
    for (const [k, v] of Object.entries(data)) {
      if (k === 'rules') {
        if (!isObject(v)) {
          problems.add([k], '`rules` must map rule ids to severities')
          continue
        }
        for (const [id, setting] of Object.entries(v)) {
          const rule = ruleSetting(id, setting, [k, id], problems)
          if (rule) config.rules[id] = rule
        }
      } else if (k === 'vocabulary') config.vocabulary = vocabularySetting(v, [k], problems)
      else if (k === 'export') {
        try {
          config.export = exportSetting(v, file)
        } catch (error) {
          if (!(error instanceof ExportConfigProblem)) throw error
          problems.add(
            error.path,
            error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message
          )
        }
      } else if (k !== '$schema')
        problems.add(
          [k],
          `unknown key \`${k}\`, expected \`rules\`, \`vocabulary\` or ` +
            `\`export\`${suggest(k, ['rules', 'vocabulary', 'export'])}`
        )
    }
  if (problems.found.length > 0) {
    const where = (path: string[]) => {
      if (!source) return file
      const place = placeOf(source.text, [...(source.within ?? []), ...path])
      return `${file}:${place.line}:${place.column}`
    }
    throw new ConfigError(problems.found.map((p) => `${where(p.path)}: ${p.reason}`).join('\n'))
  }
  return config
}

/** Read one configuration file; null for a package.json without a `casefile` key. */
export function loadConfigFile(path: string): Config | null {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(
      `cannot read configuration \`${path}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
    )
  }
  const json = path.endsWith('.json')
  let data: unknown
  try {
    const { load, CORE_SCHEMA } = jsYaml()
    data = json ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA })
  } catch (error) {
    throw new ConfigError(
      `${path}${syntaxPlace(text, error)}: not valid ${json ? 'JSON' : 'YAML'}: ` +
        `${(error as Error).message.split('\n')[0]}`
    )
  }
  if (path.endsWith('package.json')) {
    if (!isObject(data) || !('casefile' in data)) return null
    return configFrom(data.casefile, `${path}#casefile`, { text, within: ['casefile'] })
  }
  return configFrom(data ?? {}, path, { text })
}

/** `:line:column` of a syntax error, from js-yaml's mark or JSON.parse's position, or nothing. */
function syntaxPlace(text: string, error: unknown): string {
  const mark = (error as { mark?: { line?: number; column?: number } }).mark
  if (mark && typeof mark.line === 'number' && typeof mark.column === 'number')
    return `:${mark.line + 1}:${mark.column + 1}`
  const position = /at position (\d+)/.exec((error as Error).message)
  if (position) {
    const place = placeAt(text, Number(position[1]))
    return `:${place.line}:${place.column}`
  }
  return ''
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
