/**
 * The report's inline style sheet. Colours are tokens with a light and a dark set (a report opened on
 * a screen in dark mode follows it; print and PDF stay light) and a high-contrast block with system
 * colours; test/unit/renderer/theme-contrast.test.ts checks the text/background pairs of both sets.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --text: #1f2328; --muted: #57606a; --border: #d0d7de; --pre-bg: #f6f8fa;
  --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --manual: #0969da; --blocked: #6e7781; --skip: #6e7781; --error: #bc4c00;
}
/* Opened on a screen in dark mode; print and PDF keep the light set (paper is white). */
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --text: #e6edf3; --muted: #9da7b3; --border: #3d444d; --pre-bg: #161b22;
    --pass: #3fb950; --warn: #d29922; --fail: #ff7b72; --manual: #58a6ff; --blocked: #9198a1; --skip: #9198a1; --error: #f0883e;
  }
}
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: var(--text); background: var(--bg); margin: 0 auto; overflow-wrap: anywhere; max-width: 60rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--border); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0; }
table.facts { border-collapse: collapse; margin: .5rem 0; }
table.facts th { text-align: left; padding: .15rem 1rem .15rem 0; font-weight: 600; vertical-align: top; }
table.facts td { padding: .15rem 0; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
.counts li { border: 1px solid var(--border); border-radius: 4px; padding: .1rem .5rem; }
article.step { border: 1px solid var(--border); border-left: 6px solid var(--blocked); border-radius: 4px; padding: .75rem 1rem; margin: .75rem 0; break-inside: avoid-page; }
article.step.pass { border-left-color: var(--pass); } article.step.warn { border-left-color: var(--warn); }
article.step.fail { border-left-color: var(--fail); } article.step.manual { border-left-color: var(--manual); }
article.step.error { border-left-color: var(--error); }
.status { font-weight: 700; white-space: nowrap; }
.status.pass { color: var(--pass); } .status.warn { color: var(--warn); } .status.fail { color: var(--fail); }
.status.manual { color: var(--manual); } .status.error { color: var(--error); } .status.blocked, .status.skip, .status.not-run { color: var(--blocked); }
/* "Not run" has no status symbol in the text; the circle the app shows for it is drawn here. */
.status.not-run::before { content: '○ '; }
.step header { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
.muted { color: var(--muted); font-size: .9em; }
pre { background: var(--pre-bg); border: 1px solid var(--border); padding: .5rem; white-space: pre-wrap; word-break: break-word; font: 12px/1.4 Consolas, "Cascadia Mono", monospace; }
details { margin: .5rem 0; } summary { cursor: pointer; }
code { font-family: Consolas, "Cascadia Mono", monospace; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.verdict { border: 3px solid var(--blocked); border-left-width: 12px; border-radius: 4px; padding: .5rem 1rem; margin: .75rem 0; }
.verdict-ready { border-color: var(--pass); } .verdict-not-ready { border-color: var(--fail); } .verdict-incomplete { border-color: var(--manual); }
.verdict-line { font-size: 1.35rem; margin: 0; }
.verdict-ready strong, .verdict-ready .verdict-symbol { color: var(--pass); }
.verdict-not-ready strong, .verdict-not-ready .verdict-symbol { color: var(--fail); }
.verdict-incomplete strong, .verdict-incomplete .verdict-symbol { color: var(--manual); }
.verdict-question { margin: .15rem 0 0; color: var(--muted); font-size: .9em; }
.page-one h2 { font-size: 1.1rem; margin-top: 1rem; }
.page-one h3 { font-size: 1rem; }
table.keyfacts { border-collapse: collapse; width: 100%; font-size: .92em; }
table.keyfacts th { text-align: left; font-weight: 600; padding: .05rem .5rem .05rem 0; white-space: nowrap; }
table.keyfacts td { padding: .05rem 1rem .05rem 0; }
article.finding { border-left: 6px solid var(--fail); padding: .25rem .75rem; margin: .5rem 0; break-inside: avoid; }
article.finding.error { border-left-color: var(--error); }
article.finding h3 { display: flex; justify-content: space-between; gap: 1rem; }
article.finding p { margin: .2rem 0; }
ol.fixes { margin: .2rem 0; padding-left: 1.5rem; }
table.compact { border-collapse: collapse; width: 100%; font-size: .9em; }
table.compact th, table.compact td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--border); padding: .15rem .5rem .15rem 0; }
table.passes td:first-child { width: 38%; } table.passes td:nth-child(2) { white-space: nowrap; width: 1%; }
table.sign { border-collapse: collapse; width: 100%; }
table.sign th { text-align: left; width: 9rem; padding: .35rem 1rem .35rem 0; font-weight: 600; vertical-align: bottom; }
table.sign td { padding: .35rem 1.5rem .35rem 0; }
.blank { display: block; border-bottom: 1px solid var(--muted); min-height: 1.3em; }
.filled { display: block; border-bottom: 1px solid var(--muted); min-height: 1.3em; white-space: pre-wrap; }
section.appendix > h2:first-child { margin-top: 0; }
/* Windows high contrast: system colours only; every status keeps its symbol and word. */
@media (forced-colors: active) {
  article.step, article.finding, .verdict, .counts li, pre { border-color: CanvasText; }
  h2, table.compact th, table.compact td { border-color: CanvasText; }
  .blank, .filled { border-color: CanvasText; }
}
/* Japanese keeps its own line rules; German compounds hyphenate by the page's lang. */
:lang(ja) { word-break: normal; line-break: strict; }
:lang(de) { hyphens: auto; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  @page { margin: 12mm; }
  h1 { font-size: 15pt; }
  .page-one { font-size: 9pt; line-height: 1.3; }
  .page-one h2 { font-size: 11pt; margin: .6rem 0 .2rem; padding-bottom: .1rem; border-bottom-width: 1px; }
  .page-one h3 { font-size: 10pt; }
  .page-one .verdict { margin: .4rem 0; padding: .3rem .8rem; }
  .page-one .verdict-line { font-size: 14pt; }
  table.compact th, table.compact td { padding: .05rem .4rem .05rem 0; }
  table.sign th { padding: .2rem 1rem .2rem 0; }
  /* The summary is page one; the full steps and evidence start on a page of their own. */
  section.appendix { break-before: page; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  /* Closed evidence still prints: a paper report cannot be expanded. */
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  h2 { break-after: avoid-page; }
}
`;
