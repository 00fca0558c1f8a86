/**
 * The report page of an archive run, as a hast tree: totals and time, a table
 * per rule, per-field coverage as inline SVG bars, the case-number series and
 * years, failures, and every file (paged), linked to its review page.
 */
import { h, s } from 'hastscript'
import type { Element, Root } from 'hast'
import { COLOURS, type Field } from './fields.js'
import { labelsFor, type Labels, type Lang } from './labels.js'
import { COVERAGE_FIELDS, NO_SERIES, type CoverageField, type ReportModel } from './report-model.js'
import { pagedTable, PAGER_JS, type Cell } from './paged.js'
import { BASE_CSS } from './style.js'

export interface ReportPageOptions {
  lang: Lang
  /** The review page of an input, relative to the report, or null when there is none. */
  reviewOf: (output: string | null) => string | null
  version: string
}

const REPORT_CSS = `
main{max-width:72rem;margin:0 auto;padding:1rem}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.totals li{border:1px solid var(--rule);border-radius:.375rem;padding:.5rem .75rem;min-width:8rem}
.totals .n{display:block;font-size:1.5rem;font-weight:700;font-variant-numeric:tabular-nums}
.bar{display:block;width:100%;min-width:8rem;height:1rem}
.pager{margin:.5rem 0}
.pager button{font:inherit;padding:.125rem .5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
section{margin-bottom:1.5rem}
`

/** The field of the review page's colours that a coverage row takes. */
const COVERAGE_COLOUR: Record<CoverageField, Field> = {
  caseNumber: 'caseNumber',
  date: 'date',
  title: 'title',
  unit: 'unit',
  officer: 'officer',
  proposals: 'proposals',
  signatories: 'signatories',
  distribution: 'distribution',
  references: 'references'
}

function percent(n: number, of: number): string {
  return of === 0 ? '0 %' : `${Math.round((n / of) * 1000) / 10} %`
}

function duration(ms: number | null, labels: Labels): string {
  if (ms === null) return labels.timeUnknown
  const seconds = ms / 1000
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const minutes = Math.floor(seconds / 60)
  return minutes < 60
    ? `${minutes} min ${Math.round(seconds % 60)} s`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

/** A horizontal bar: `part` of `whole`, in a field's colour. */
function bar(part: number, whole: number, colour: string): Element {
  const width = whole === 0 ? 0 : (part / whole) * 100
  return s('svg.bar', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', ariaHidden: 'true', focusable: 'false' }, [
    s('rect', { x: 0, y: 0, width: 100, height: 10, fill: '#e5e7eb' }),
    s('rect', { x: 0, y: 0, width: Math.round(width * 100) / 100, height: 10, fill: colour })
  ])
}

export function reportPage(model: ReportModel, options: ReportPageOptions): Root {
  const labels = labelsFor(options.lang)
  const t = model.totals
  const fieldName = (f: CoverageField) => (f === 'signatories' ? labels.signatories : labels[f])
  const title = `${labels.reportTitle}: ${model.outDir}`
  const link = (path: string, output: string | null): Cell => {
    const review = options.reviewOf(output)
    return review ? [path, review] : path
  }

  const totals = h('section', { ariaLabelledby: 'totals-h' }, [
    h('h2#totals-h', labels.totals),
    h(
      'ul.totals',
      (
        [
          [labels.inputs, model.entries],
          [labels.ok, t.ok],
          [labels.warnings, t.warnings],
          [labels.errors, t.errors],
          [labels.failed, t.failed],
          [labels.skipped, t.skipped]
        ] as Array<[string, number]>
      ).map(([name, n]) => h('li', [h('span.n', String(n)), name]))
    ),
    h('p', [
      h('strong', `${labels.time}: `),
      duration(model.timeMs, labels),
      model.timeMs !== null ? h('span.muted', ` (${labels.approx})`) : null
    ]),
    model.badLines > 0 || model.unreadableRecords > 0
      ? h('p', `${model.badLines} ${labels.badLines}; ${model.unreadableRecords} ${labels.unreadableRecords}.`)
      : null
  ])

  const named = new Set(model.rules.flatMap((r) => r.files))
  const outputOf = new Map(model.files.filter((f) => named.has(f.path)).map((f) => [f.path, f.output]))
  const rules = h('section', { ariaLabelledby: 'rules-h' }, [
    h('h2#rules-h', labels.rules),
    !model.hasFindings
      ? h('p', labels.noFindingsInManifest)
      : model.rules.length === 0
        ? h('p', labels.noFindings)
        : h('table#rules', [
            h(
              'thead',
              h(
                'tr',
                [labels.rule, labels.count, labels.severity, labels.firstFiles, labels.docs].map((x, i) =>
                  h('th', { scope: 'col', className: i === 1 ? ['num'] : [] }, x)
                )
              )
            ),
            h(
              'tbody',
              model.rules.map((r) =>
                h('tr', [
                  h('td', h('code', r.ruleId)),
                  h('td.num', String(r.count)),
                  h(
                    'td',
                    (['error', 'warning', 'info'] as const)
                      .filter((l) => r.severities[l] > 0)
                      .flatMap((l, i) => [i > 0 ? ', ' : '', h(`span.sev-${l}`, `${labels[l]} ${r.severities[l]}`)])
                  ),
                  h(
                    'td',
                    h(
                      'ul.plain',
                      r.files.map((f) => {
                        const review = options.reviewOf(outputOf.get(f) ?? null)
                        return h('li', review ? h('a', { href: review }, f) : h('code', f))
                      })
                    )
                  ),
                  h('td', r.url ? h('a', { href: r.url }, `${r.ruleId}.md`) : h('span.muted', '–'))
                ])
              )
            )
          ])
  ])

  const coverage = h('section', { ariaLabelledby: 'coverage-h' }, [
    h('h2#coverage-h', labels.coverage),
    h('p', `${model.records} ${labels.records}`),
    h('table#coverage', [
      h(
        'thead',
        h('tr', [
          h('th', { scope: 'col' }, labels.field),
          h('th', { scope: 'col', style: 'width:50%' }, labels.coverage),
          h('th.num', { scope: 'col' }, labels.count),
          h('th.num', { scope: 'col' }, '%')
        ])
      ),
      h(
        'tbody',
        COVERAGE_FIELDS.map((f) =>
          h('tr', [
            h('th', { scope: 'row' }, fieldName(f)),
            h('td', bar(model.coverage[f], model.records, COLOURS[COVERAGE_COLOUR[f]].strong)),
            h('td.num', String(model.coverage[f])),
            h('td.num', percent(model.coverage[f], model.records))
          ])
        )
      )
    ])
  ])

  const most = Math.max(1, ...model.years.map(([, n]) => n))
  const series = h('section', { ariaLabelledby: 'series-h' }, [
    h('h2#series-h', labels.series),
    model.years.length === 0
      ? h('p', labels.emptyList)
      : h('table#years', [
          h(
            'thead',
            h('tr', [
              h('th', { scope: 'col' }, labels.year),
              h('th', { scope: 'col', style: 'width:60%' }, labels.caseNumbers),
              h('th.num', { scope: 'col' }, labels.count)
            ])
          ),
          h(
            'tbody',
            model.years.map(([year, n]) =>
              h('tr', [
                h('th', { scope: 'row' }, String(year)),
                h('td', bar(n, most, COLOURS.caseNumber.strong)),
                h('td.num', String(n))
              ])
            )
          )
        ]),
    ...pagedTable(
      'series-table',
      labels.seriesList,
      [labels.seriesList, labels.count, labels.year],
      model.series.map((x) => [
        x.series === NO_SERIES ? labels.withoutSeries : x.series,
        String(x.count),
        x.years.map(([y, n]) => `${y} (${n})`).join(', ')
      ]),
      labels,
      [1]
    )
  ])

  const failures = h('section', { ariaLabelledby: 'failures-h' }, [
    h('h2#failures-h', `${labels.failures} (${model.failures.length})`),
    model.failures.length === 0
      ? h('p', labels.noFailures)
      : pagedTable(
          'failures-table',
          labels.failures,
          [labels.file, labels.reason],
          model.failures.map((f) => [f.path, f.reason]),
          labels
        )
  ])

  const files = h('section', { ariaLabelledby: 'files-h' }, [
    h('h2#files-h', `${labels.files} (${model.files.length})`),
    ...pagedTable(
      'files-table',
      labels.files,
      [labels.file, labels.status, labels.diagnostics, labels.caseNumber],
      model.files.map((f) => [
        link(f.path, f.output),
        statusName(f.status, labels),
        String(f.diagnostics),
        f.caseNumber ?? '–'
      ]),
      labels,
      [2]
    )
  ])

  return h(null, [
    { type: 'doctype' },
    h('html', { lang: options.lang }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: `casefile ${options.version}` }),
        h('title', title),
        h('style', BASE_CSS + REPORT_CSS)
      ]),
      h('body', [
        h('header.page-head', h('h1', [`${labels.reportTitle}: `, h('code', model.outDir)])),
        h('main', [totals, rules, coverage, series, failures, files]),
        h('script', PAGER_JS)
      ])
    ])
  ])
}

function statusName(status: string, labels: Labels): string {
  if (status === 'ok' || status === 'warnings' || status === 'failed' || status === 'skipped') return labels[status]
  if (status === 'error') return labels.errors
  return status
}
