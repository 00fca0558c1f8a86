import type { CaseRecord } from '../record/types.js'
import { toJson } from './json.js'
import { toYaml } from './yaml.js'

export const FORMATS = ['json', 'yaml'] as const
export type Format = (typeof FORMATS)[number]

export const emitters: Record<Format, (record: CaseRecord) => string> = { json: toJson, yaml: toYaml }
