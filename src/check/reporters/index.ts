import type { Reporter } from './types.js'
import { stylish } from './stylish.js'
import { compact } from './compact.js'
import { json } from './json.js'
import { github } from './github.js'
import { sarif } from './sarif.js'

import type { ReporterName } from './names.js'
export { REPORTERS, type ReporterName } from './names.js'

export const reporters: Record<ReporterName, Reporter> = { stylish, compact, json, github, sarif }
