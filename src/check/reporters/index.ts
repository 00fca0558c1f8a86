import type { Reporter } from './types.js'
import { stylish } from './stylish.js'
import { json } from './json.js'
import { github } from './github.js'
import { sarif } from './sarif.js'

export const REPORTERS = ['stylish', 'json', 'github', 'sarif'] as const
export type ReporterName = (typeof REPORTERS)[number]

export const reporters: Record<ReporterName, Reporter> = { stylish, json, github, sarif }
