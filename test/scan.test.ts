/**
 * The fast path (src/parse/scan.ts, as the parser plugin of src/parse/fast-path.ts) against the
 * full processor (remark-parse, remark-frontmatter, remark-gfm): wherever it returns a tree, the
 * tree is the processor's, positions and all; everything outside its subset falls back. On every
 * fixture, on hand-written edge cases and on generated documents (PROPERTY_RUNS, default 200 × 10;
 * `npm run test:properties` runs 100,000 × 10). Without remark-gfm in the processor, it is held
 * to remark-parse without GFM.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Root } from 'mdast'
import { scanMarkdown } from '../src/parse/scan.js'
import remarkFastPath, { fastPathCounts } from '../src/parse/fast-path.js'
import { parseWithRemark } from '../src/parse/markdown.js'
import { allFixtures, root } from './helpers.js'

const runs = Number(process.env.PROPERTY_RUNS ?? 200) * 10
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown
/** Every memo in fixtures/: the seed, the corpus, the variants, the layouts and corpus2. */
const everyFixture: Array<[string, string]> = [
  ...allFixtures(),
  ...['layouts', 'corpus2'].flatMap((dir) =>
    readdirSync(join(root, 'fixtures', dir))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f): [string, string] => [`fixtures/${dir}/${f}`, join(root, 'fixtures', dir, f)])
  )
]
const withoutGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

function same(text: string) {
  const fast = scanMarkdown(text, { gfm: true })
  expect(fast, JSON.stringify(text)).not.toBeNull()
  expect(plain(fast)).toEqual(plain(parseWithRemark(text)))
}

describe('fast path', () => {
  it.each(everyFixture)('gives the processor’s tree for %s, or leaves it to remark-parse', (_, file) => {
    const text = readFileSync(file, 'utf8')
    const fast = scanMarkdown(text, { gfm: true })
    if (fast !== null) expect(plain(fast)).toEqual(plain(parseWithRemark(text)))
  })

  it('takes every memo the bench makes its inputs from', () => {
    const files = allFixtures().filter(([name]) => /^fixtures\/(?:RUN-24-2020|corpus\/)/.test(name))
    expect(files).toHaveLength(11)
    const left = files.filter(([, file]) => scanMarkdown(readFileSync(file, 'utf8'), { gfm: true }) === null)
    expect(left.map(([name]) => name)).toEqual([])
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
    ['brackets that are only text', 'a [b] c\n[e] f'],
    ['eleven-digit numbers', '12345678901. a\n12345678901) b'],
    ['e-mail addresses as links', 'E-post: anna.berg@exempelby.se\nnils_wiklund+nämnd@ks.exempelby.se. Och Ö.a@b.se'],
    [
      'web sites as links',
      'www.exempelby.se, WWW.Exempelby.se/a?b=1&c (https://exempelby.se/a(b)).\n(https://a.se/(b))) https://a.se/b]x'
    ],
    [
      'links in headings, lists and strong',
      '# Kontakt: ebba.lind@exempelby.se\n\n- **www.exempelby.se**\n- **anna@x.se**: tfn'
    ],
    ['a lone www. before a line ending', 'a www.\nb'],
    ['what only looks like a link', 'a@b, http:/a, wwww.a.se, https://x'],
    [
      'addresses after punctuation and in words',
      'x.y@z.se-a (a@b.se) Ö.a@b.se. 1http://a.se mailto:a@b.se xmpp:c@d.se'
    ],
    ['a www. before spaces', 'a www. '],
    ['underscores inside words', 'E-post: anna_berg@kommun.se\n\n- Bilaga_1.pdf och x__y'],
    ['tabs between words', 'Tfn:\t063146619\nDatum\t2020-08-28 **RUN/24/2020**\n\n1. Beslut\tfattas']
  ])('gives the processor’s tree for %s', (_, text) => {
    same(text)
  })

  it.each([
    ['pipes', '| Datum | 2020 |\n|---|---|\n| a | b |'],
    ['tildes', 'a ~d~ ~~e~~'],
    ['footnote marks', 'a[^1]'],
    ['addresses and sites', 'anna@exempelby.se www.exempelby.se']
  ])('gives remark-parse’s tree for %s without GFM', (_, text) => {
    const fast = scanMarkdown(text)
    expect(fast).not.toBeNull()
    expect(plain(fast)).toEqual(plain(withoutGfm.parse(text)))
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
    expect(scanMarkdown(text, { gfm: true })).toBeNull()
  })

  it.each([
    ['a table', 'Datum | Dnr\n--- | ---\n2031-01-02 | KS 2031/77'],
    ['a pipe anywhere', 'a | b'],
    ['strikethrough', 'a ~~b~~'],
    ['a single tilde', 'ca ~ 20'],
    ['a footnote', 'a[^1]\n\n[^1]: b'],
    ['an address after a slash, which only the transform links', 'x/anna@exempelby.se'],
    ['www. at the end of a paragraph, which only the transform links', 'a www.'],
    ['a quoted www., which only the transform links', '"www.exempelby.se"'],
    ['an address whose domain ends in a digit or dash', 'a@b.c1 x@y.se-'],
    ['underscores in the last two parts of a domain', 'www.a_b.c'],
    ['an address after an unmatched bracket', '[a anna@exempelby.se'],
    ['a link with a star in its path', 'www.a.se/**b**x']
  ])('leaves %s to remark-parse with GFM', (_, text) => {
    expect(scanMarkdown(text, { gfm: true })).toBeNull()
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
      '1.',
      // GFM: autolink literals and what only looks like one, tables, strikethrough, footnotes.
      'anna@exempelby.se',
      'a.b@c.se.',
      'x@y',
      '@',
      'a/b@c.se',
      'Nils_W@d.se-',
      'www.exempelby.se',
      'www.',
      'WWW.a.se/x?y=1&z',
      '(www.a.se)',
      'www.a_b.c',
      '"www.d.se"',
      'https://a.se/b(c)).',
      'http://',
      'https://x.se/]',
      '[^1]',
      '~~',
      '&x'
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
      '**',
      '| ',
      '- [ ] ',
      '[^1]: '
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
    let linked = 0
    let plainTaken = 0
    fc.assert(
      fc.property(document, (text) => {
        const without = scanMarkdown(text)
        if (without !== null) {
          plainTaken++
          expect(plain(without)).toEqual(plain(withoutGfm.parse(text)))
        }
        const fast = scanMarkdown(text, { gfm: true })
        if (fast === null) return
        taken++
        const tree = plain(fast)
        if (JSON.stringify(tree).includes('"type":"link"')) linked++
        expect(tree).toEqual(plain(parseWithRemark(text)))
      }),
      { numRuns: runs, seed: 20261127 }
    )
    // The generator must exercise the fast path, autolink literals included, not only its way out.
    expect(taken).toBeGreaterThan(runs / 20)
    expect(linked).toBeGreaterThan(runs / 200)
    expect(plainTaken).toBeGreaterThan(taken)
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

describe('the fast path as a parser plugin', () => {
  const memo = 'Datum 2031-01-02\n\n# Riktlinjer\n\nE-post: ebba.lind@exempelby.se\n'
  const parseCounting = (processor: { parse: (text: string) => unknown }, text: string) => {
    const before = fastPathCounts()
    const tree = processor.parse(text)
    const after = fastPathCounts()
    return { tree: plain(tree), taken: after.taken - before.taken, declined: after.declined - before.declined }
  }

  it('takes a plain memo with remark-gfm and front matter in the processor, and gives their tree', () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkFastPath)
    const result = parseCounting(processor, memo)
    expect([result.taken, result.declined]).toEqual([1, 0])
    expect(result.tree).toEqual(plain(parseWithRemark(memo)))
  })

  it('leaves a memo with a table to the parser before it', () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFastPath)
    const result = parseCounting(processor, '| Datum | Dnr |\n|---|---|\n| 2031-01-02 | KS 2031/77 |\n')
    expect([result.taken, result.declined]).toEqual([0, 1])
    expect((result.tree as Root).children.map((n) => n.type)).toEqual(['table'])
  })

  it('steps aside for a syntax extension it does not know, and for front matter in TOML', () => {
    // A plugin that adds a micromark extension (here an empty one) and an mdast extension.
    function unknownSyntax(this: { data: () => Record<string, unknown[] | undefined> }) {
      const data = this.data()
      ;(data.micromarkExtensions ??= []).push({})
      ;(data.fromMarkdownExtensions ??= []).push({})
    }
    const extended = unified().use(remarkParse).use(unknownSyntax).use(remarkFastPath)
    const toml = unified().use(remarkParse).use(remarkFrontmatter, ['toml']).use(remarkFastPath)
    for (const processor of [extended, toml]) {
      const result = parseCounting(processor, memo)
      expect([result.taken, result.declined]).toEqual([0, 1])
    }
  })

  it('does nothing when used before remark-parse (there is no parser to fall back to)', () => {
    const processor = unified().use(remarkFastPath).use(remarkParse)
    const result = parseCounting(processor, memo)
    expect([result.taken, result.declined]).toEqual([0, 0])
    expect(result.tree).toEqual(plain(withoutGfm.parse(memo)))
  })
})
