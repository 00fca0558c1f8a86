/**
 * Where a key of a configuration file is written, for messages with
 * `line:column`: the parsers give values, not places, so the key is found in
 * the text, each key of the path after the one before it. YAML (block or flow)
 * and JSON alike; a key that cannot be found takes its parent's place.
 */
export interface Place {
  line: number
  column: number
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function placeOf(text: string, path: readonly string[]): Place {
  let offset = 0
  let found = -1
  for (const key of path) {
    const pattern = new RegExp(`(^|[\\s{,])(["']?)${escape(key)}\\2\\s*:`, 'gm')
    pattern.lastIndex = offset
    const match = pattern.exec(text)
    if (!match) break
    found = match.index + match[1]!.length
    offset = found + match[0].length - match[1]!.length
  }
  return found < 0 ? { line: 1, column: 1 } : placeAt(text, found)
}

/** Line and column (1-based) of an offset. */
export function placeAt(text: string, offset: number): Place {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 }
}
