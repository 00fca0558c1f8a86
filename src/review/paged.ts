/**
 * A table of any length that stays usable: the first page is rendered as HTML
 * (so the page reads and prints without script), and every row is kept as
 * JSON in the page; a small script pages and filters it. The DOM holds one
 * page of rows at a time, whether the table has 100 rows or 100,000.
 */
import { h } from 'hastscript'
import type { Element } from 'hast'
import type { Labels } from './labels.js'

/** A cell: text, or a link `[text, href]`. */
export type Cell = string | [text: string, href: string]

/** Rows a page shows. */
export const PAGE_SIZE = 100

export function cellElement(cell: Cell, numeric: boolean): Element {
  const props = numeric ? { className: ['num'] } : {}
  return typeof cell === 'string' ? h('td', props, cell) : h('td', props, h('a', { href: cell[1] }, cell[0]))
}

export function pagedTable(
  id: string,
  caption: string,
  headers: string[],
  rows: Cell[][],
  labels: Labels,
  numeric: number[] = []
): Element[] {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE))
  // `<` written as \u003c: the JSON can never close its script element.
  const data = JSON.stringify({ rows, numeric, page: labels.page, of: labels.of }).replace(/</g, '\\u003c')
  return [
    h('div.pager.no-print', { id: `${id}-nav`, hidden: rows.length <= PAGE_SIZE }, [
      h('label', [`${labels.filter} `, h('input', { type: 'search', ariaControls: id })]),
      ' ',
      h('button', { type: 'button', dataPrev: '' }, labels.previous),
      ' ',
      h('span', { dataStatus: '', ariaLive: 'polite' }, `${labels.page} 1 ${labels.of} ${pages} (${rows.length})`),
      ' ',
      h('button', { type: 'button', dataNext: '' }, labels.next)
    ]),
    h('table', { id, dataPager: `${id}-data`, dataPageSize: String(PAGE_SIZE) }, [
      h('caption', caption),
      h(
        'thead',
        h(
          'tr',
          headers.map((t, i) => h('th', { scope: 'col', className: numeric.includes(i) ? ['num'] : [] }, t))
        )
      ),
      h(
        'tbody',
        rows.slice(0, PAGE_SIZE).map((r) =>
          h(
            'tr',
            r.map((c, i) => cellElement(c, numeric.includes(i)))
          )
        )
      )
    ]),
    h('script', { type: 'application/json', id: `${id}-data` }, data)
  ]
}

/** The pager, once per page: plain DOM calls, text set as text. */
export const PAGER_JS =
  `
(function () {
  var tables = document.querySelectorAll('table[data-pager]');
  Array.prototype.forEach.call(tables, function (table) {
    var data = JSON.parse(document.getElementById(table.getAttribute('data-pager')).textContent);
    var size = Number(table.getAttribute('data-page-size'));
    var nav = document.getElementById(table.id + '-nav');
    var body = table.tBodies[0];
    var status = nav.querySelector('[data-status]');
    var prev = nav.querySelector('[data-prev]');
    var next = nav.querySelector('[data-next]');
    var filter = nav.querySelector('input');
    var rows = data.rows, page = 0;
    function cell(c, i) {
      var td = document.createElement('td');
      if (data.numeric.indexOf(i) !== -1) td.className = 'num';
      if (Array.isArray(c)) { var a = document.createElement('a'); a.href = c[1]; a.textContent = c[0]; ` +
  `td.appendChild(a); }
      else td.textContent = c;
      return td;
    }
    function show() {
      var pages = Math.max(1, Math.ceil(rows.length / size));
      page = Math.max(0, Math.min(page, pages - 1));
      var fragment = document.createDocumentFragment();
      rows.slice(page * size, page * size + size).forEach(function (r) {
        var tr = document.createElement('tr');
        r.forEach(function (c, i) { tr.appendChild(cell(c, i)); });
        fragment.appendChild(tr);
      });
      body.replaceChildren(fragment);
      status.textContent = data.page + ' ' + (page + 1) + ' ' + data.of + ' ' + pages + ' (' + rows.length + ')';
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    prev.addEventListener('click', function () { page--; show(); });
    next.addEventListener('click', function () { page++; show(); });
    filter.addEventListener('input', function () {
      var q = filter.value.toLowerCase();
      rows = q ? data.rows.filter(function (r) { return r.some(function (c) { return String(Array.isArray(c) ? ` +
  `c[0] : c).toLowerCase().indexOf(q) !== -1; }); }) : data.rows;
      page = 0;
      show();
    });
    nav.hidden = data.rows.length <= size;
    show();
  });
})();
`
