/**
 * The review and report pages in a real browser: Debian's chromium, driven by
 * playwright-core with the system executable (no browser download; the
 * network is closed). Without /usr/bin/chromium the tests are skipped with a
 * reason, except under CI=true, where they fail (.ci/run installs chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { compile } from '../src/index.js'
import { segment } from '../src/review/segments.js'
import { corpus, root } from './helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
const present = existsSync(CHROMIUM)
const underCi = process.env.CI === 'true' || process.env.CI === '1'
if (!present && !underCi)
  console.log(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`)

const bin = join(root, 'bin', 'casefile.cjs')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

function casefile(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' }
  })
  if (r.status !== 0) throw new Error(`casefile ${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return r
}

const memos = [
  'fixtures/RUN-24-2020.md',
  'fixtures/corpus/trosa-MN-2020-8.md',
  'fixtures/corpus/stockholm-UTBF-inhyrning-polygonen.md',
  'fixtures/corpus/sollentuna-KSAU-2017-0118-protokollsutdrag.md'
]

/** The highlights the page must show: one for each piece where a value's range begins. */
function expectedHighlights(relative: string): number {
  const result = compile(readFileSync(join(root, relative)), { path: relative })
  return segment(String(result.file.value), result.record.provenance!).reduce(
    (n, l) => n + l.pieces.filter((p) => p.anchors.length > 0).length,
    0
  )
}

/** axe-core's violations on the page (rule id and the first nodes); it must also have checked something. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(async () => {
    type Outcome = Array<{ id: string; nodes: Array<{ target: unknown }> }>
    const run = (window as unknown as { axe: { run: () => Promise<{ violations: Outcome; passes: Outcome }> } }).axe.run
    const r = await run()
    return {
      passes: r.passes.map((p) => p.id),
      violations: r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
    }
  })
  expect(result.passes).toContain('color-contrast')
  expect(result.passes).toContain('html-has-lang')
  return result.violations
}

/** Is the element inside the window and inside the pane that scrolls it? */
function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const el = document.getElementById(id)!
    const r = el.getBoundingClientRect()
    const pane = el.closest('.pane')!.getBoundingClientRect()
    return (
      r.height > 0 && r.top >= Math.max(0, pane.top) - 1 && r.bottom <= Math.min(window.innerHeight, pane.bottom) + 1
    )
  }, id)
}

it.runIf(underCi)('chromium is installed under CI (.ci/run installs it)', () => {
  expect({ chromium: CHROMIUM, present }).toEqual({ chromium: CHROMIUM, present: true })
})

describe.skipIf(!present && !underCi)('pages in chromium', () => {
  let context: BrowserContext | undefined
  let dir: string

  beforeAll(async () => {
    if (!present)
      throw new Error(`${CHROMIUM} is missing, and CI is set: the browser tests must run (.ci/run installs chromium)`)
    dir = mkdtempSync(join(tmpdir(), 'casefile-browser-'))
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 }
    })
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('each review page shows every highlight, links both ways, passes axe, and fits at 200 % zoom', async () => {
    expect(memos).toHaveLength(4)
    for (const relative of memos) {
      const name = relative.split('/').pop()!.replace(/\.md$/, '')
      const html = join(dir, `${name}.html`)
      casefile(['review', relative, '-o', html])
      const page = await context!.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('request', (r) => {
        if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) errors.push(`request ${r.url()}`)
      })
      await page.goto(pathToFileURL(html).href)

      // Every highlight is visible (scrolled to, it has a box and is not hidden).
      const highlights = page.locator('.hl[id]')
      const count = await highlights.count()
      expect(count, relative).toBe(expectedHighlights(relative))
      for (let i = 0; i < count; i++) {
        const h = highlights.nth(i)
        await h.scrollIntoViewIfNeeded()
        expect(await h.isVisible(), `${relative}: highlight ${i}`).toBe(true)
      }

      // Clicking a record value scrolls the memo to its highlight: each one, from the far end of the memo.
      const values = page.locator('#record a.val[href^="#src-"]')
      const n = await values.count()
      expect(n, relative).toBeGreaterThan(5)
      for (let i = 0; i < n; i++) {
        const value = values.nth(i)
        const target = (await value.getAttribute('href'))!.slice(1)
        await page.evaluate((target) => {
          const memo = document.getElementById('memo')!
          const el = document.getElementById(target)!
          memo.scrollTop = el.offsetTop > memo.scrollHeight / 2 ? 0 : memo.scrollHeight
        }, target)
        await value.click()
        await page.waitForFunction((t) => location.hash === `#${t}`, target)
        expect(await inView(page, target), `${relative}: ${target}`).toBe(true)
      }

      // And back, by keyboard: Enter on a highlight leads to its value in the record.
      await page.locator('#src-metadata-title').focus()
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => location.hash === '#rec-metadata-title')
      expect(await inView(page, 'rec-metadata-title')).toBe(true)

      await page.screenshot({ path: join(dir, `${name}.png`) })
      expect(statSync(join(dir, `${name}.png`)).size).toBeGreaterThan(20_000)
      expect(await axe(page), relative).toEqual([])

      // Printed, the panes stop scrolling: the whole memo and the whole record are on paper.
      await page.emulateMedia({ media: 'print' })
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('memo')!).overflow)).toBe('visible')
      expect(
        await page.evaluate(
          () => document.getElementById('memo')!.scrollHeight <= document.getElementById('memo')!.clientHeight + 1
        )
      ).toBe(true)
      await page.emulateMedia({ media: 'screen' })

      // 200 % zoom of a 1280 px wide window: 640 CSS pixels; the page stacks and nothing runs off sideways.
      await page.setViewportSize({ width: 640, height: 400 })
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      )
      expect(overflow, relative).toBeLessThanOrEqual(0)
      expect(errors, relative).toEqual([])
      await page.close()
    }
  }, 240_000)

  it('the first Tab reaches the skip link, which leads to the record', async () => {
    const html = join(dir, 'seed-keys.html')
    casefile(['review', 'fixtures/RUN-24-2020.md', '-o', html])
    const page = await context!.newPage()
    await page.goto(pathToFileURL(html).href)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => location.hash)).toBe('#record')
    await page.close()
  })

  it('the report page of a 1,000-memo run opens in under 2 s, pages its files, and passes axe', async () => {
    const inputs = join(dir, 'archive')
    mkdirSync(inputs)
    const sources = readdirSync(corpus)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
    expect(sources).toHaveLength(10)
    for (let i = 0; i < 1000; i++)
      copyFileSync(join(corpus, sources[i % sources.length]!), join(inputs, `memo-${String(i).padStart(4, '0')}.md`))
    expect(readdirSync(inputs)).toHaveLength(1000)
    const out = join(dir, 'records')
    spawnSync(process.execPath, [bin, 'compile', 'archive', '--out-dir', out, '-q', '--jobs', '2'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1000)
    casefile(['report', out, '-o', join(out, 'report.html')], dir)

    const page = await context!.newPage()
    const started = performance.now()
    await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' })
    await page.locator('#files-table tbody tr').first().waitFor()
    const elapsed = performance.now() - started
    console.log(`report page of 1,000 memos: opened in ${Math.round(elapsed)} ms`)
    expect(elapsed).toBeLessThan(2000)

    expect(await page.locator('#files-table tbody tr').count()).toBe(100)
    const status = page.locator('#files-table-nav [data-status]')
    expect(await status.textContent()).toBe('Sida 1 av 10 (1000)')
    await page.locator('#files-table-nav [data-next]').click()
    expect(await status.textContent()).toBe('Sida 2 av 10 (1000)')
    expect(await page.locator('#files-table tbody tr').first().locator('td').first().textContent()).toBe('memo-0100.md')
    await page.locator('#files-table-nav input').fill('memo-099')
    expect(await status.textContent()).toBe('Sida 1 av 1 (10)')
    expect(await page.locator('#coverage tbody tr').count()).toBe(9)
    expect(await page.locator('.totals li').first().textContent()).toBe('1000Indata')
    await page.screenshot({ path: join(dir, 'report.png'), fullPage: true })
    expect(await axe(page)).toEqual([])
    await page.close()
  }, 300_000)
})
