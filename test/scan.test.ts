/**
 * The fast path (src/parse/scan.ts) against remark-parse: wherever it returns a
 * tree, the tree is remark-parse's, positions and all; everything outside its
 * subset falls back. On every fixture, on hand-written edge cases and on
 * generated documents (PROPERTY_RUNS, default 200 × 10; `npm run
 * test:properties` runs 100,000 × 10).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { scanMarkdown } from '../src/parse/scan.js'
import { parseWithRemark } from '../src/parse/markdown.js'
import { allFixtures, root } from './helpers.js'

const runs = Number(process.env.PROPERTY_RUNS ?? 200) * 10
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

function same(text: string) {
  const fast = scanMarkdown(text)
  expect(fast, JSON.stringify(text)).not.toBeNull()
  expect(plain(fast)).toEqual(plain(parseWithRemark(text)))
}

describe('fast path', () => {
  it.each(allFixtures())('gives remark-parse’s tree for %s', (_, file) => {
    same(readFileSync(file, 'utf8'))
  })

  it.each([
    ['empty', ''],
    ['blank lines only', '\n  \n\n'],
    [
      'hard breaks, a wrapped title',
      'Hans Svensson  \nRegiondirektör\n\nMarina Gregorsson  \nOmrådeschef Välfärd, klimat och  \nkompetens\n'
    ],
    [
      'strong in headings, closing #s',
      '## **Uppföljning: strategi 2015-2020**\n\n### **Ärendebeskrivning** ###   \n#\n# #'
    ],
    ['strong beside punctuation', '(**Bilaga 1**), **Beslutsexpediering:** och **a.** så, **b**!'],
    ['strong at the start of a continuation line', 'a \n   **b**\n**c**  \nd'],
    ['CRLF and CR line endings', 'Datum\r\n2020-08-28\r\n\r\n1. a\r\n2. b\r\rslut'],
    [
      'a numbered list, its wrapped items and a lazy line',
      '1. Uppföljningen godkänns\n   och läggs till handlingarna.\n2. Regiondirektören får i uppdrag\natt återkomma.\n'
    ],
    ['a list item of two paragraphs, then a blank line between items', '- a\n\n  b\n- c\n\n\n- d\n\ne'],
    ['a number that cannot start a list inside a paragraph', 'Beslutet fattades\n2. maj och\n10) ändrades'],
    ['an item numbered 1 ends a paragraph', 'Förslag\n1. Godkänna\n'],
    ['indented continuation lines', 'a\n    b\n  c\n\n 1.  d\n      e'],
    ['astral characters and no-break spaces', '😀 **x**\n😀\u00a0y'],
    ['brackets and tildes that are only text', 'a [b] c ~d~\n[e] f'],
    ['eleven-digit numbers and pipes', '12345678901. a\n| Datum | 2020 |'],
    ['underscores inside words', 'E-post: anna_berg@kommun.se\n\n- Bilaga_1.pdf och x__y'],
    ['tabs between words', 'Tfn:\t063146619\nDatum\t2020-08-28 **RUN/24/2020**\n\n1. Beslut\tfattas']
  ])('gives remark-parse’s tree for %s', (_, text) => {
    same(text)
  })

  it.each([
    ['a tab that indents', '\ta'],
    ['a tab after a list marker', '1.\ta'],
    ['a tab after a marker inside an item', '- -\ta'],
    ['a tab before a closing sequence', '# a\t#'],
    ['a tab at the end of a line', 'a\t\nb'],
    ['emphasis with underscores', 'a _b_'],
    ['an underscore after punctuation', '(_a)'],
    ['an underscore before a space', 'a_ b'],
    ['an underscore at the end', 'a_'],
    ['a line of underscores', 'Datum ________'],
    ['a backslash', 'a\\*'],
    ['a code span', 'a `b`'],
    ['a link', '[a](http://x)'],
    ['a link definition', '[a]: http://x'],
    ['HTML or an autolink', 'a <b>'],
    ['a character reference', 'a &amp; b'],
    ['a block quote', '> a'],
    ['a fence', '~~~\na\n~~~'],
    ['a thematic break', 'a\n\n* * *'],
    ['a setext underline', 'Titel\n====='],
    ['front matter', '---\ntitle: a\n---\n'],
    ['indented code', '    kod'],
    ['a nested list', '1. a\n   - b'],
    ['a list of another kind right after an item', '- a\n2. b'],
    ['an empty list item', '-\n- a'],
    ['a lone asterisk', 'a * b'],
    ['strong across lines', '**a\nb**'],
    ['strong inside a word', 'a**b**c'],
    ['a byte order mark', '\ufeffa'],
    ['a hundred thousand list markers on one line', `${'- '.repeat(100_000)}x`],
    ['a hundred thousand numbered markers on one line', `${'1. '.repeat(100_000)}x`]
  ])('leaves %s to remark-parse', (_, text) => {
    expect(scanMarkdown(text)).toBeNull()
  })

  it('gives remark-parse’s tree for every generated document it takes', () => {
    const word = fc.constantFrom(
      '\t',
      'a\tb',
      '_',
      'a_b',
      'x__y',
      'Bilaga_1',
      'Ärende',
      'om',
      'RUN/24/2020',
      '2020-08-28',
      'E-post:',
      'Tfn:',
      '😀',
      '\u00a0',
      'å',
      '(',
      ')',
      ',',
      '.',
      ':',
      '!',
      '[',
      ']',
      '=',
      '|',
      '~',
      '&',
      '-',
      '#',
      '**',
      '*',
      '**Titel**',
      '**a.**',
      '(**b**)',
      '**x**:',
      'y **z**',
      '>',
      '---',
      '1.'
    )
    const start = fc.constantFrom(
      '',
      '',
      '',
      '\t',
      '-\t',
      '1.\t',
      ' ',
      '  ',
      '   ',
      '    ',
      '     ',
      '- ',
      '-  ',
      '* ',
      '+ ',
      '1. ',
      '2. ',
      '1.  ',
      '10. ',
      '1) ',
      '# ',
      '## ',
      '###### ',
      '**'
    )
    const line = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ') },
      {
        weight: 4,
        arbitrary: fc
          .tuple(start, fc.array(fc.tuple(word, fc.constantFrom('', ' ', '  ')), { maxLength: 6 }))
          .map(([s, ws]) => s + ws.map(([w, sp]) => w + sp).join(''))
      }
    )
    const document = fc
      .tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'), fc.boolean())
      .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''))
    let taken = 0
    fc.assert(
      fc.property(document, (text) => {
        const fast = scanMarkdown(text)
        if (fast === null) return
        taken++
        expect(plain(fast)).toEqual(plain(parseWithRemark(text)))
      }),
      { numRuns: runs, seed: 20261127 }
    )
    // The generator must exercise the fast path, not only its way out.
    expect(taken).toBeGreaterThan(runs / 20)
  }, 600_000_000) // a million documents (npm run test:properties) take minutes

  it('makes no difference to the record (CASEFILE_FAST_PARSE=0 parses with remark-parse only)', () => {
    const bin = join(root, 'bin', 'casefile.cjs')
    const run = (env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [bin, 'compile', 'fixtures/RUN-24-2020.md', 'fixtures/corpus', '--format', 'ndjson'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', ...env }
        }
      )
    const fast = run({})
    const remark = run({ CASEFILE_FAST_PARSE: '0' })
    // Exit 1: two corpus memos have no case number (an error, as check says); their records are written all the same.
    expect([fast.status, remark.status]).toEqual([1, 1])
    // The seed and the ten corpus memos: the corpus README is left out by .casefileignore, as check leaves it out.
    expect(fast.stdout.split('\n').filter(Boolean)).toHaveLength(11)
    expect(fast.stdout).toBe(remark.stdout)
    expect(fast.stderr).toBe(remark.stderr)
  })
})
