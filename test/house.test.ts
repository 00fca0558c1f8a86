/**
 * House rules that no linter knows: the Latin-letter classes are defined once, in
 * `src/vocab/text.ts` (`LETTER`, `UPPER`, `LOWER`), and every pattern builds on them;
 * what a header line is is defined once, in `src/vocab/header-lines.ts`.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { LETTER, LOWER, UPPER } from '../src/vocab/text.js'
import { isHeaderLine } from '../src/vocab/header-lines.js'
import { LabelVocabulary } from '../src/vocab/labels.js'
import { root } from './helpers.js'

const src = join(root, 'src')
const HOME = 'src/vocab/text.ts'

function sources(): string[] {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.[cm]?ts$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort()
}

/**
 * The Latin-1 letter ranges that give a class away: as `\u` escapes (either case; in a string, escaped
 * once more) or as the characters themselves. `\u00C0-\u00D6\u00D8-` opens the class of letters and
 * that of capitals, `\u00DF-\u00F6\u00F8-` the class of small letters.
 */
const SPELLED_OUT = [
  /\\{1,2}u00C0-\\{1,2}u00D6\\{1,2}u00D8-/i,
  /\\{1,2}u00DF-\\{1,2}u00F6\\{1,2}u00F8-/i,
  /À-ÖØ-/,
  /ß-öø-/
]

describe('the Latin-letter classes', () => {
  it('are spelled out only in src/vocab/text.ts', () => {
    const files = sources()
    expect(files.length).toBeGreaterThan(50)
    expect(files).toContain(HOME)
    const found = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (SPELLED_OUT.some((p) => p.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
    )
    expect(found.filter((f) => !f.startsWith(`${HOME}:`))).toEqual([])
    expect(found.length).toBeGreaterThan(0)
  })

  it('hold the letters they promise, and no more', () => {
    const letters = new RegExp(`^[${LETTER}]+$`)
    const upper = new RegExp(`^[${UPPER}]+$`)
    const lower = new RegExp(`^[${LOWER}]+$`)
    expect(letters.test('AÅÄÖÉÜÞzåäöéüßÿłžș')).toBe(true)
    expect(upper.test('ABCÅÄÖÉÜØÞ')).toBe(true)
    expect(lower.test('abcåäöéüøßÿ')).toBe(true)
    for (const c of ['×', '÷', '0', '_', '-', ' ', 'ɐ']) expect(letters.test(c), c).toBe(false)
    for (const c of ['a', 'å', 'ß', '×']) expect(upper.test(c), c).toBe(false)
    for (const c of ['A', 'Å', '÷', 'Ł']) expect(lower.test(c), c).toBe(false)
  })
})

describe('the header line', () => {
  it('is defined once, in src/vocab/header-lines.ts, and the tree asks it there', () => {
    const defining = sources().filter((file) =>
      /function is(?:Header|HeaderLike)Line\b/.test(readFileSync(join(root, file), 'utf8'))
    )
    expect(defining).toEqual(['src/vocab/header-lines.ts'])
    const asking = sources().filter((file) => /\bisHeaderLine\(/.test(readFileSync(join(root, file), 'utf8')))
    expect(asking).toEqual(['src/tree/build.ts', 'src/tree/handlers/title.ts', 'src/vocab/header-lines.ts'])
  })

  it('is a label with its value, a date, a case number or a document type; not a sentence or a name', () => {
    const labels = new LabelVocabulary()
    for (const line of ['Dnr KS 2031/77', 'Datum: 2031-03-01', 'Tjänsteskrivelse 2031-02-17', 'Handläggare: Ebba Lind'])
      expect(isHeaderLine(labels, line), line).toBe(true)
    for (const line of ['Nils Wiklund', 'Nämnden beslutar att anta planen.', 'Bakgrund', `Dnr ${'x'.repeat(200)}`])
      expect(isHeaderLine(labels, line), line).toBe(false)
  })
})
