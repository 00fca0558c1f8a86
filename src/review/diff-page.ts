/**
 * The comparison as a page, like the report: the totals, then every change
 * (one row a field, paged) with the input it belongs to.
 */
import { h } from 'hastscript'
import type { Root } from 'hast'
import { labelsFor, type Lang } from './labels.js'
import type { DiffResult } from './diff.js'
import { pagedTable, PAGER_JS, type Cell } from './paged.js'
import { BASE_CSS } from './style.js'

const DIFF_CSS =
  `
main{max-width:80rem;margin:0 auto;padding:1rem}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.totals li{border:1px solid var(--rule);border-radius:.375rem;padding:.5rem .75rem;min-width:8rem}
.totals .n{display:block;font-size:1.5rem;font-weight:700}
.pager{margin:.5rem 0}
caption{text-align:left;font-weight:600;padding:.25rem 0}
#changes-table{table-layout:fixed}
#changes-table td{overflow-wrap:anywhere}
#changes-table th:nth-child(1){width:22%}#changes-table th:nth-child(2){width:10%}#changes-table ` +
  `th:nth-child(3){width:20%}
`

export function diffPage(result: DiffResult, lang: Lang, version: string): Root {
  const labels = labelsFor(lang)
  const count = (change: 'changed' | 'added' | 'removed') => result.files.filter((f) => f.change === change).length
  const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v))
  const rows: Cell[][] = result.files.flatMap((f): Cell[][] => {
    const change = labels[f.change]
    const head: Cell[][] = f.status ? [[f.path, change, labels.status, f.status.before, f.status.after]] : []
    if (f.fields.length === 0 && !f.status) return [[f.path, change, f.inputChanged ? labels.source : '', '', '']]
    return [
      ...head,
      ...f.fields.map((c): Cell[] => [f.path, labels[c.change], c.pointer, show(c.before), show(c.after)])
    ]
  })
  const title = `${labels.diffTitle}: ${result.a} → ${result.b}`
  return h(null, [
    { type: 'doctype' },
    h('html', { lang }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: `casefile ${version}` }),
        h('title', title),
        h('style', BASE_CSS + DIFF_CSS)
      ]),
      h('body', [
        h('header.page-head', h('h1', [`${labels.diffTitle}: `, h('code', result.a), ' → ', h('code', result.b)])),
        h('main', [
          h('section', { ariaLabelledby: 'totals-h' }, [
            h('h2#totals-h', labels.totals),
            h(
              'ul.totals',
              (
                [
                  [labels.inputs, result.compared],
                  [labels.identical, result.unchanged],
                  [labels.changed, count('changed')],
                  [labels.added, count('added')],
                  [labels.removed, count('removed')]
                ] as Array<[string, number]>
              ).map(([name, n]) => h('li', [h('span.n', String(n)), name]))
            )
          ]),
          h('section', { ariaLabelledby: 'changes-h' }, [
            h('h2#changes-h', `${labels.field} (${rows.length})`),
            ...(rows.length === 0
              ? [h('p', labels.identical)]
              : pagedTable(
                  'changes-table',
                  labels.diffTitle,
                  [labels.file, labels.change, labels.field, labels.before, labels.after],
                  rows,
                  labels
                ))
          ])
        ]),
        h('script', PAGER_JS)
      ])
    ])
  ])
}
