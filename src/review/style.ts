/**
 * The pages' style sheet, inlined into each page (the pages open from disk, with
 * no network). Colours meet WCAG AA: body text #1b1b1b, muted text #595959 or
 * darker, links #0b55a8, all on white or the light field tints. Under 60rem
 * (a laptop at 200 % zoom) the two panes stack and the page scrolls as one.
 */
import { COLOURS, FIELDS } from './fields.js'

const fieldRules = FIELDS.map((f) => `.f-${f}{--tint:${COLOURS[f].tint};--strong:${COLOURS[f].strong}}`).join('\n')

export const BASE_CSS =
  `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#595959;--link:#0b55a8;--rule:#c9d1d9;--focus:#1b1b1b}
*{box-sizing:border-box}
html{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
body{margin:0}
a{color:var(--link);text-decoration:underline;text-underline-offset:2px}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-100vw;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem}
.page-head{padding:.75rem 1rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.3rem;margin:0 0 .25rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
h3{font-size:1rem;margin:1.25rem 0 .5rem;border-bottom:1px solid var(--rule);padding-bottom:.125rem}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.muted{color:var(--muted)}
ul.plain,ol.plain{margin:0;padding-left:1.25rem}
table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem}
th,td{border-bottom:1px solid var(--rule);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f4f6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.sev{display:inline-block;min-width:4.5rem;font-weight:600}
.sev-error{color:#a4161a}.sev-warning{color:#7a4d00}.sev-info{color:#1d4ed8}
.badge{display:inline-block;font-size:.8rem;line-height:1.2;padding:.05rem .4rem;border:1px solid ` +
  `currentColor;border-radius:.25rem;margin-left:.5rem;color:#374151;background:#fff;white-space:nowrap}
${fieldRules}
@media print{
  .skip,.pager,.no-print{display:none!important}
  a{color:inherit;text-decoration:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`

export const REVIEW_CSS =
  `
body{display:flex;flex-direction:column;height:100vh}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;padding:0;margin:.25rem 0 0;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.3rem}
.swatch{display:inline-block;width:1.1rem;height:1.1rem;background:var(--tint);border-bottom:3px solid var(--strong)}
.panes{flex:1;min-height:0;display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr)}
.pane{overflow:auto;padding:.75rem 1rem 2rem}
.pane+.pane{border-left:1px solid var(--rule);background:#fcfcfd}
.src{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem}
.src-line{display:grid;grid-template-columns:3.25rem minmax(0,1fr);min-height:1.35em}
.src-line::before{content:attr(data-line);color:var(--muted);text-align:right;padding-right:.75rem;user-select:none}
.src-text{white-space:pre-wrap;overflow-wrap:anywhere}
.src-line.k-furniture ` +
  `.src-text{color:var(--muted);font-style:italic;background:repeating-linear-gradient(135deg,#fff 0 ` +
  `6px,#f3f4f6 6px 12px)}
.src-line.k-unclassified{background:#fff7d6;box-shadow:inset 4px 0 0 #a16207}
.src-line.k-heading .src-text,.src-line.k-title .src-text{font-weight:700}
.hl{background:var(--tint);color:inherit;text-decoration:underline;text-decoration-color:var(--strong);` +
  `text-decoration-thickness:2px;text-underline-offset:3px}
.f-text.hl{background:transparent;text-decoration-thickness:1px;text-decoration-style:dotted}
.hl:target,.val:target{outline:3px solid #b45309;outline-offset:1px}
.diag{margin:.125rem 0 .375rem 3.25rem;padding:.25rem .5rem;border-left:4px solid ` +
  `currentColor;font-family:system-ui,sans-serif;font-size:.875rem}
.diag.sev-error{background:#fdecec}.diag.sev-warning{background:#fff6e0}.diag.sev-info{background:#eef4ff}
.diag .msg{color:var(--fg)}
dl.form{display:grid;grid-template-columns:minmax(7rem,max-content) minmax(0,1fr);gap:.25rem .75rem;margin:0}
dl.form dt{font-weight:600}
dl.form dd{margin:0;overflow-wrap:anywhere}
.val{background:var(--tint);border-bottom:2px solid var(--strong);padding:0 .15rem;color:var(--fg)}
a.val{text-decoration:none}
a.val:hover{text-decoration:underline}
.null{font-style:italic;color:#7a2e0e}
.diag-list li,.null-list li{margin-bottom:.25rem}
@media (max-width:60rem){
  body{display:block;height:auto}
  .panes{display:block}
  .pane{overflow:visible}
  .pane+.pane{border-left:0;border-top:1px solid var(--rule)}
}
@media print{
  body{display:block;height:auto}
  .panes{display:block}
  .pane{overflow:visible;padding:0}
  .pane+.pane{border:0;break-before:page}
  .src-line{break-inside:avoid}
}
`
