import { jsYaml } from '../lazy.js'
import type { CaseRecord } from '../record/types.js'

/** The record as YAML; it parses back to the same object as the JSON. */
export function toYaml(record: CaseRecord): string {
  const { dump } = jsYaml()
  return dump(record, { noRefs: true, lineWidth: -1 })
}
