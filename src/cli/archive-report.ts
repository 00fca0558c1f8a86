/**
 * `casefile report OUT-DIR [-o report.html] [--with-reviews]`: the report page
 * of an archive run, from the out dir's manifest. With --with-reviews, each
 * input's review page is written into OUT-DIR/review/ first, and the report
 * links every file to it. (src/cli/report.ts is the diagnostics reporter of
 * compile and ast; this is the archive's report.)
 */
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { toHtml } from 'hast-util-to-html'
import { readReport } from '../review/report-model.js'
import { reportPage } from '../review/report-page.js'
import { CasefileError, UsageError, whyUnreadable, whyUnwritable } from '../errors.js'
import { printable } from '../check/reporters/text.js'
import { readFileBounded } from '../read/file.js'
import { writeAtomicSync } from '../write.js'
import { reviewer } from './review.js'
import { version } from '../version.js'
import { DEFAULT_MAX_BYTES } from './limits.js'
import { configFor, langOf, writeOut } from './pages.js'
import { makeDirectory } from './output-file.js'
import type { Io } from './io.js'

export interface ReportCommandOptions {
  output?: string
  lang?: string
  withReviews?: boolean
  config?: string | boolean
}

/** Where an input's review page goes, relative to the out dir: review/<record path>.html. */
export function reviewPath(output: string): string {
  return join('review', output.replace(/\.(json|ya?ml|ndjson)$/i, '') + '.html')
}

export async function runReport(io: Io, outDirGiven: string, options: ReportCommandOptions): Promise<number> {
  const lang = langOf(options.lang)
  const outDir = resolve(io.cwd, outDirGiven)
  const model = await readReport(outDir, outDirGiven)
  model.outDir = outDirGiven
  if (options.withReviews) await writeReviews(io, outDir, outDirGiven, model.files, lang, options.config)
  const base = options.output !== undefined ? dirname(resolve(io.cwd, options.output)) : outDir
  const reviewOf = (output: string | null): string | null => {
    if (output === null) return null
    const page = join(outDir, reviewPath(output))
    return existsSync(page) ? relative(base, page).split(sep).join('/') : null
  }
  const html = toHtml(reportPage(model, { lang, reviewOf, version }))
  writeOut(io, html, options.output)
  if (options.output !== undefined) io.stderr.write(`casefile: wrote ${options.output}\n`)
  return 0
}

/**
 * Each input's review page, from its source as its record names it (relative to
 * the directory compile ran in: run the report from there).
 */
async function writeReviews(
  io: Io,
  outDir: string,
  given: string,
  files: Array<{ path: string; output: string | null; source: string | null }>,
  lang: ReturnType<typeof langOf>,
  config: string | boolean | undefined
): Promise<void> {
  let written = 0
  const review = reviewer({ lang, maxBytes: DEFAULT_MAX_BYTES })
  try {
    for (const f of files) {
      if (f.output === null) continue
      const source = f.source ?? f.path
      let bytes: Buffer
      try {
        bytes = readFileBounded(resolve(io.cwd, source), DEFAULT_MAX_BYTES)
      } catch (error) {
        io.stderr.write(
          `casefile: no review page for ${printable(source)}: cannot read it: ` +
            `${error instanceof CasefileError ? error.message : whyUnreadable(error)}\n`
        )
        continue
      }
      let html: string
      try {
        html = await review.page(bytes, source, configFor(io, source, config))
      } catch (error) {
        if (!(error instanceof CasefileError) && !(error instanceof UsageError)) throw error
        io.stderr.write(`casefile: no review page for ${printable(source)}: ${error.message}\n`)
        continue
      }
      const target = join(outDir, reviewPath(f.output))
      try {
        makeDirectory(dirname(target))
        writeAtomicSync(target, html)
      } catch (error) {
        throw new UsageError(`cannot write the review page \`${target}\`: ${whyUnwritable(error)}`)
      }
      written++
    }
  } finally {
    await review.close()
  }
  io.stderr.write(`casefile: wrote ${written} review page${written === 1 ? '' : 's'} into ${join(given, 'review')}\n`)
}
