/** The nearest of some names to a misspelt one (`empty-feild` → `empty-field`), or null when none is near. */
import { editDistance } from './text.js'

/** Near: at most a third of the name's letters wrong (two for a short name), as commander's suggestions. */
export function didYouMean(name: string, candidates: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
