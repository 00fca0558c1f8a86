/**
 * `--shard K/N`: a deterministic 1/N share of the inputs, by a hash of each
 * input's path, so that N machines given the same inputs and K = 1…N together
 * process every input exactly once.
 */
import { createHash } from 'node:crypto'

export interface Shard {
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`--shard takes K/N with 1 ≤ K ≤ N, such as \`1/4\`, got \`${value}\``)
  return { index, count }
}

export function inShard(path: string, shard: Shard): boolean {
  if (shard.count === 1) return true
  const digest = createHash('sha256').update(path).digest()
  return digest.readUInt32BE(0) % shard.count === shard.index - 1
}
