/**
 * A benchmark corpus: N memos made from the fixtures, with varied case numbers,
 * dates and text, reproducible from a seed.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function prng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'nämnden förvaltningen beslutar uppdrag kommunen verksamheten budget ekonomi underlag ärendet riktlinjer plan ' +
  'uppföljning regionen samverkan kostnader personal lokaler utredning'
).split(' ')

export function generate(root, dir, count, seed = 42) {
  const rand = prng(seed)
  const sources = [
    join(root, 'fixtures', 'RUN-24-2020.md'),
    ...readdirSync(join(root, 'fixtures', 'corpus'))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => join(root, 'fixtures', 'corpus', f))
  ].map((f) => readFileSync(f, 'utf8'))
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(i % 100).padStart(2, '0'))
    if (i % 100 === i) mkdirSync(sub, { recursive: true })
    let text = sources[i % sources.length]
    const year = 2010 + Math.floor(rand() * 15)
    text = text
      .replace(/\b(\d{4})\b(?=[/-]\d)/, String(year))
      .replace(/\/(\d{1,5})\//, `/${1 + Math.floor(rand() * 999)}/`)
    const extra = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => {
      const n = 8 + Math.floor(rand() * 20)
      const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)])
      return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase())
    }).join(' ')
    text = text.replace(/\n## /, `\n${extra}\n\n## `)
    writeFileSync(join(sub, `memo-${i}.md`), text)
  }
}
