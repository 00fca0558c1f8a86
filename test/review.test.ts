/**
 * The review page without a browser: how the memo's text is cut into pieces,
 * that every text of the memo appears in the page exactly once, the page's
 * structure (panes, links both ways, ids), and the command's exit codes.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { compile } from '../src/index.js'
import { defaultConfig } from '../src/check/config.js'
import { segment, splitLines } from '../src/review/segments.js'
import { reviewPage } from '../src/review/page.js'
import { review } from '../src/review/review.js'
import type { Lang } from '../src/review/labels.js'
import { corpus, root, seedPath } from './helpers.js'
import { binary, cli } from './cli-helpers.js'

const run = (args: string[]) => cli(args, root)

const memos = [
  'fixtures/RUN-24-2020.md',
  ...readdirSync(corpus)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => `fixtures/corpus/${f}`)
]

function page(relative: string, lang: Lang = 'sv') {
  const { tree, result } = review(readFileSync(join(root, relative)), { path: relative, config: defaultConfig(), lang })
  return { tree, result, text: String(result.file.value) }
}

function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type === 'element') {
      out.push(child)
      elements(child, out)
    }
  }
  return out
}

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' || node.type === 'root')
    return node.children.map((c) => textOf(c as ElementContent)).join('')
  return ''
}

const classes = (e: Element) => e.properties.className ?? []
const byClass = (tree: Root, name: string) => elements(tree).filter((e) => classes(e).includes(name))

describe("segment: the memo cut at every value's ends", () => {
  it('lays the seed out line by line, each character in one piece', () => {
    const { result, text } = page('fixtures/RUN-24-2020.md')
    const lines = segment(text, result.record.provenance!)
    expect(lines).toHaveLength(43)
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(''))).toEqual(text.split('\n'))
    // Line 23 holds a reference inside the description: three pieces, the reference shown in its own colour.
    const line23 = lines[22]!
    expect(line23.pieces.map((p) => p.primary)).toEqual([
      '/sections/0/text',
      '/references/0/caseNumber',
      '/sections/0/text'
    ])
    expect(line23.pieces[1]).toMatchObject({
      text: 'RUN/66/2019',
      start: 1943,
      end: 1954,
      anchors: ['/references/0/caseNumber']
    })
    expect(line23.pieces[1]!.pointers).toEqual(['/references/0/caseNumber', '/sections/0/text', '/description/text'])
    // The signatory's title is narrower than the signatory: the title wins on its line.
    expect(lines[34]!.pieces.map((p) => [p.text, p.primary])).toEqual([
      ['Regiondirektör', '/signatures/signatories/0/title']
    ])
    expect(lines[2]!.pieces).toEqual([
      {
        text: '2020-08-28',
        start: 2,
        end: 12,
        pointers: ['/metadata/date'],
        primary: '/metadata/date',
        anchors: ['/metadata/date']
      }
    ])
  })

  it('keeps every character of the seed and the 10 corpus memos', () => {
    expect(memos).toHaveLength(11)
    for (const relative of memos) {
      const { result, text } = page(relative)
      const lines = segment(text, result.record.provenance!)
      const rebuilt = lines.map((l) => l.pieces.map((p) => p.text).join('')).join('\n')
      expect(rebuilt, relative).toBe(text.replace(/\r\n|\r/g, '\n'))
      // Every pointer of the provenance map anchors exactly one piece.
      const anchors = lines.flatMap((l) => l.pieces.flatMap((p) => p.anchors))
      const placed = Object.entries(result.record.provenance!)
        .filter(([, p]) => p.end.offset! > p.start.offset!)
        .map(([k]) => k)
      expect(anchors.sort(), relative).toEqual(placed.sort())
    }
  })

  it('splits lines at \\r\\n, \\r and \\n, as unist positions count them', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual([
      { start: 0, text: 'a' },
      { start: 3, text: 'b' },
      { start: 5, text: 'c' },
      { start: 7, text: 'd' }
    ])
  })
})

describe('the review page (hast)', () => {
  it(
    'shows every text of the memo exactly once: the source pane is the memo, and no record text repeats a ' +
      'paragraph',
    () => {
      for (const relative of memos) {
        const { tree, text, result } = page(relative)
        const lines = byClass(tree, 'src-line')
        expect(lines.length, relative).toBe(splitLines(text).length)
        const shown = lines.map((l) => textOf(byClassIn(l, 'src-text')[0]!)).join('\n')
        expect(shown, relative).toBe(text.replace(/\r\n|\r/g, '\n'))
        // Outside the diagnostics, which quote the memo on purpose (values in backticks).
        const all = textOf(withoutClass(tree, 'diag'))
        // Running text (lines of sections, or read into no value) is shown in the memo and never again in the record.
        const running = segment(text, result.record.provenance!).filter(
          (l) =>
            l.text.length >= 80 &&
            l.pieces.every((p) => p.primary === null || /^\/(sections|description|preamble)\//.test(p.primary))
        )
        expect(running.length, relative).toBeGreaterThan(0)
        for (const line of running)
          expect(count(all, line.text), `${relative}: ${line.text.slice(0, 40)}`).toBe(count(text, line.text))
      }
    }
  )

  it('has the two panes, a link from every record value to its highlight and back, and unique ids', () => {
    const { tree, result } = page('fixtures/RUN-24-2020.md')
    const all = elements(tree)
    const html = all.find((e) => e.tagName === 'html')!
    expect(html.properties.lang).toBe('sv')
    expect(textOf(all.find((e) => e.tagName === 'title')!)).toBe('Granskning: fixtures/RUN-24-2020.md')
    expect(all.filter((e) => e.tagName === 'section').map((e) => e.properties.id)).toEqual(['memo', 'record'])
    const ids = all.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string')
    expect(new Set(ids).size).toBe(ids.length)
    const links = all.filter((e) => e.tagName === 'a' && (e.properties.href ?? '').startsWith('#'))
    for (const a of links) expect(ids, String(a.properties.href)).toContain(String(a.properties.href).slice(1))
    // Case number: the record value leads to the highlight on line 13, and the highlight leads back.
    const value = all.find((e) => e.properties.id === 'rec-metadata-caseNumber')!
    expect(value.properties.href).toBe('#src-metadata-caseNumber')
    expect(textOf(value)).toBe('RUN/24/2020')
    const mark = all.find((e) => e.properties.id === 'src-metadata-caseNumber')!
    expect(mark.properties.href).toBe('#rec-metadata-caseNumber')
    expect(classes(mark)).toEqual(['hl', 'f-caseNumber'])
    expect(textOf(mark)).toBe('RUN/24/2020')
    // Every placed value of the record has a highlight.
    const highlights = all.filter((e) => classes(e).includes('hl') && typeof e.properties.id === 'string')
    expect(highlights.map((e) => textOf(e).trim())).toContain('Marina Gregorsson')
    expect(Object.keys(result.record.provenance!)).toHaveLength(25)
    const linked = all.filter((e) => classes(e).includes('val') && String(e.properties.href).startsWith('#src-'))
    expect(linked.length).toBe(24)
  })

  it('shows each diagnostic at its line, and each empty field with the reason', () => {
    const { tree } = page('fixtures/RUN-24-2020.md')
    const all = elements(tree)
    const diags = byClass(tree, 'diag')
    expect(diags.map((d) => [d.properties.id, textOf(d).split(' ').slice(0, 3).join(' ')])).toEqual([
      ['D1', 'info unit-from-position 5:1'],
      ['D2', 'varning empty-field 11:1'],
      ['D3', 'varning unit-mismatch 38:13'],
      ['D4', 'varning template-text 43:1']
    ])
    // Each sits right after its line.
    const rows = (all.find((e) => classes(e).includes('src'))!.children as Element[]).map((e) => e.properties.id)
    expect(rows[rows.indexOf('L11') + 1]).toBe('D2')
    expect(rows[rows.indexOf('L38') + 1]).toBe('D3')
    const email = all.find((e) => e.properties.id === 'null-metadata-officer-email')!
    expect(textOf(email)).toBe(
      '/metadata/officer/email: Unexpected empty `E-post:` field, expected an address or no label; fill it in or ' +
        'remove the label (rad 11)'
    )
    const labelled = all.find((e) => e.properties.id === 'L11')!
    expect(classes(labelled)).toEqual(['src-line', 'k-labels'])
  })

  it('greys page furniture and marks unclassified header lines', () => {
    const trosa = page('fixtures/corpus/trosa-MN-2020-8.md')
    const line1 = elements(trosa.tree).find((e) => e.properties.id === 'L1')!
    expect(classes(line1)).toEqual(['src-line', 'k-furniture'])
    expect(textOf(line1)).toContain('sidutfyllnad')
    const unclassified = memos.flatMap((m) => {
      const { tree, result } = page(m)
      return result.record.metadata.unclassified.length > 0
        ? [[m, byClass(tree, 'k-unclassified').length, result.record.metadata.unclassified.length]]
        : []
    })
    expect(unclassified.length).toBeGreaterThan(0)
    for (const [m, shown, kept] of unclassified) expect(shown, String(m)).toBeGreaterThanOrEqual(Number(kept))
  })

  it('labels the fields in English with --lang en', () => {
    const { tree } = page('fixtures/RUN-24-2020.md', 'en')
    const terms = elements(tree)
      .filter((e) => e.tagName === 'dt')
      .map((e) => textOf(e))
    expect(terms.slice(0, 4)).toEqual(['Document type', 'Case number', 'Date', 'Title'])
    expect(elements(tree).find((e) => e.tagName === 'html')!.properties.lang).toBe('en')
    const sv = page('fixtures/RUN-24-2020.md', 'sv')
    expect(
      elements(sv.tree)
        .filter((e) => e.tagName === 'dt')
        .map((e) => textOf(e))
        .slice(0, 4)
    ).toEqual(['Dokumenttyp', 'Diarienummer', 'Datum', 'Ärendemening'])
  })

  it('escapes the memo: markup in the text stays text', () => {
    const bytes = '2020-01-02\n\nKS 2020/1\n\n# <script>alert(1)</script> & "x"\n\n## Ärendebeskrivning\n\n<b>fet</b>\n'
    const result = compile(bytes, { path: 'x.md' })
    const html = toHtml(
      reviewPage({
        text: String(result.file.value),
        record: result.record,
        tree: result.tree,
        diagnostics: [],
        nulls: [],
        lang: 'sv'
      })
    )
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(html).not.toContain('<b>fet</b>')
  })
})

function withoutClass<T extends Root | Element>(node: T, name: string): T {
  return {
    ...node,
    children: node.children.flatMap((c): Array<typeof c> =>
      c.type !== 'element' ? [c] : classes(c).includes(name) ? [] : [withoutClass(c, name)]
    )
  }
}

function byClassIn(node: Element, name: string): Element[] {
  return elements(node).filter((e) => classes(e).includes(name))
}

function count(haystack: string, needle: string): number {
  let n = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++
  return n
}

describe('casefile review', () => {
  // Through the built binary, which loads the page commands' own bundle (view.cjs) when one runs.
  it('writes a self-contained page to stdout, or to -o', () => {
    const r = binary(['review', 'fixtures/RUN-24-2020.md'], root)
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith('<!doctype html><html lang="sv"><head><meta charset="utf-8">')).toBe(true)
    expect(r.stdout).not.toMatch(/<(script|link|img)[\s>]/)
    expect(r.stdout).not.toMatch(/\b(src|href)="https?:\/\/(?!github\.com\/casefile)/)
    const dir = mkdtempSync(join(tmpdir(), 'casefile-review-'))
    const out = join(dir, 'seed.html')
    const w = binary(['review', seedPath, '-o', out, '--lang', 'en'], root)
    expect(w).toMatchObject({ code: 0, stdout: '' })
    expect(w.stderr).toBe(`casefile: wrote ${out}\n`)
    expect(readFileSync(out, 'utf8')).toContain('<html lang="en">')
  })

  it('refuses what it cannot read with one line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-review-'))
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x41, 0x00, 0x42]))
    expect(await run(['review', join(dir, 'missing.md')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `casefile: cannot read \`${join(dir, 'missing.md')}\`: no such file\n`
    })
    expect(await run(['review', dir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `casefile: cannot read \`${dir}\`: it is a directory, expected a regular file\n`
    })
    const nul = await run(['review', join(dir, 'bin.md')])
    expect(nul.code).toBe(2)
    expect(nul.stderr).toMatch(/^casefile: cannot review `.*bin\.md`: Unexpected NUL byte at byte 1/)
    expect(await run(['review', seedPath, '-o', join(dir, 'bin.md', 'page.html')])).toMatchObject({
      code: 2,
      stderr:
        `casefile: cannot write -o \`${join(dir, 'bin.md', 'page.html')}\`: a part of its folder is a ` +
        `file, not a directory\n`
    })
    expect((await run(['review'])).code).toBe(2)
  })

  it('reviews under the guards of check: an input a guard stops is refused, exit 2', async () => {
    expect(await run(['review', 'fixtures/RUN-24-2020.md', '--timeout', '1'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'casefile: cannot review `fixtures/RUN-24-2020.md`: Unexpected input that took longer than --timeout 1 ' +
        'ms; stopped\n'
    })
    // Over the guarded size (8 KB): checked in the guarded worker first, then laid out.
    const dir = mkdtempSync(join(tmpdir(), 'casefile-review-'))
    const path = join(dir, 'long.md')
    writeFileSync(
      path,
      `${readFileSync(seedPath, 'utf8')}\n\n` +
        'Organisationen ska skickas till i god tid före sammanträdet.\n\n'.repeat(200)
    )
    expect(readFileSync(path).length).toBeGreaterThan(8 * 1024)
    const big = await run(['review', path])
    expect(big.code).toBe(0)
    expect(big.stdout).toContain(`<title>Granskning: ${path}</title>`)
    expect(big.stdout.match(/class="src-line/g)).toHaveLength(43 + 2 + 400)
  })
})
