/**
 * The report's stylesheet. One inline block, allowed by its hash in the
 * page's Content-Security-Policy, so the page needs no file beside it.
 * Colours: text and links at least 7:1 on white; the return statuses use
 * the Okabe–Ito palette, which stays distinct for colour-blind readers, and
 * every coloured mark also has words beside it (legend, table, tooltip).
 */
export const REPORT_STYLE = String.raw`
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--accent:#0b4a8b;--bg-soft:#f3f5f8;--bad:#a4000f;
--s-answered:#009e73;--s-partial:#e69f00;--s-refused:#d55e00;--s-not_held:#cc79a7;--s-unreadable:#0072b2;--s-no_return:#d9d9d9;
--m0:#f1f5fb;--m1:#c6dbef;--m2:#6baed6;--m3:#2171b5;--m4:#08306b}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.45}
body{margin:0}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #ffbf47;outline-offset:1px}
.skip{position:absolute;left:-999px;top:0;background:#ffbf47;color:#000;padding:.4em .8em;z-index:10}
.skip:focus{left:8px}
.top{background:#0b2d4f;color:#fff;padding:1.2rem 1.5rem .6rem}
.top h1{margin:0 0 .3rem;font-size:1.5rem;line-height:1.25}
.top .lede{margin:.2rem 0 .6rem;max-width:70rem}
.top nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
.top nav a{color:#fff;font-weight:600}
main{padding:0 1.5rem 2rem;max-width:96rem}
section{margin-top:1.8rem}
/* Sections below the first screen are laid out only when scrolled near, so the page is usable at once. */
#charts,#map,#councils,#non-responders,#unassigned{content-visibility:auto;contain-intrinsic-size:auto 900px}
h2{font-size:1.3rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin:0 0 .6rem}
h3{font-size:1.05rem;margin:.8rem 0 .3rem}
caption{text-align:left;font-weight:700;padding:.3rem 0}
table{border-collapse:collapse;font-size:.9rem}
th,td{padding:.3rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--bg-soft);border-bottom:2px solid #8a8a8a}
.num{text-align:right;font-variant-numeric:tabular-nums}
th.num{text-align:right}
th.group{text-align:center;border-bottom:1px solid var(--line)}
thead th[rowspan]{vertical-align:bottom}
#council-h:focus{outline:none}
.figures td.ranged .fig{font-weight:700}
.figures .why{display:block;font-size:.78rem;color:var(--muted)}
.tag{font-size:.72rem;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .25rem;margin-left:.3rem;font-weight:400}
.scroll{overflow-x:auto;max-width:100%}
.controls{margin:.4rem 0}
fieldset.controls{border:1px solid var(--line);padding:.3rem .8rem .5rem;display:inline-flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
.key{font-size:.85rem;color:var(--muted)}
.sw{display:inline-block;width:1.1em;height:.8em;vertical-align:middle;border:1px solid #555;margin-right:.25em}
.sw-bar{background:#0b4a8b}
.sw-range{background:repeating-linear-gradient(45deg,#9ecae1 0 2px,#fff 2px 5px)}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem}
figure{margin:0}
figcaption{font-weight:600;font-size:.9rem}
svg.chart{max-width:100%;height:auto;font-size:12px}
.chart .bar{fill:#0b4a8b}
.chart .range{fill:url(#hatch);stroke:#0b4a8b;stroke-width:.6}
.chart .whisker{stroke:#1b1b1b;stroke-width:1.2;fill:none}
.chart .axis{stroke:#777}
.chart .lbl,.hexmap .lbl{fill:var(--ink)}
.chart .val{fill:var(--ink);font-weight:600}
.hatch-bg{fill:#deebf7}.hatch-line{stroke:#2171b5;stroke-width:2}
svg.defs{position:absolute;width:0;height:0;overflow:hidden}
.map-wrap{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
svg.hexmap{width:min(100%,40rem);height:auto;font-size:7px}
.hexmap .hex{stroke:#fff;stroke-width:.8}
.hexmap a:focus .hex,.hexmap a:hover .hex{stroke:#000;stroke-width:1.8}
.hexmap a:focus{outline:none}
.s-answered{fill:var(--s-answered);background:var(--s-answered)}
.s-partial{fill:var(--s-partial);background:var(--s-partial)}
.s-refused{fill:var(--s-refused);background:var(--s-refused)}
.s-not_held{fill:var(--s-not_held);background:var(--s-not_held)}
.s-unreadable{fill:var(--s-unreadable);background:var(--s-unreadable)}
.s-no_return{fill:var(--s-no_return);background:var(--s-no_return)}
.hex.m0{fill:var(--m0)}.hex.m1{fill:var(--m1)}.hex.m2{fill:var(--m2)}.hex.m3{fill:var(--m3)}.hex.m4{fill:var(--m4)}
.hex.mrange{fill:url(#hatch)}.hex.mnone{fill:#fff;stroke:#9a9a9a}
.sw.m0{background:var(--m0)}.sw.m1{background:var(--m1)}.sw.m2{background:var(--m2)}.sw.m3{background:var(--m3)}.sw.m4{background:var(--m4)}
.sw.mrange{background:repeating-linear-gradient(45deg,#2171b5 0 2px,#deebf7 2px 5px)}.sw.mnone{background:#fff}
.legend ul{list-style:none;padding:0;margin:0;font-size:.9rem}
.legend li{margin:.15rem 0}
.tip{position:fixed;z-index:5;background:#fff;border:1px solid #333;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.5rem .7rem;font-size:.82rem;max-width:28rem;pointer-events:none}
.tip h4{margin:0 0 .2rem;font-size:.95rem}
.tip table{font-size:.8rem}.tip td,.tip th{padding:.05rem .3rem;border:0}.tip td{white-space:nowrap}
.filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:flex-end;margin:.3rem 0 .5rem;font-size:.9rem}
.filters label{display:flex;flex-direction:column;gap:.1rem}
.filters label:has(input[type=checkbox]){flex-direction:row;align-items:center;gap:.3rem}
.filters input,.filters select{font:inherit;padding:.2rem .3rem;max-width:22rem}
.filters fieldset{border:1px solid var(--line);padding:.1rem .6rem .3rem;display:flex;gap:.8rem;margin:0}
table.councils.hide-trafficked .g-trafficked,table.councils.hide-uasc .g-uasc,table.councils.hide-all .g-all{display:none}
table.councils td{white-space:nowrap}
.count{font-size:.9rem;color:var(--muted);margin:.2rem 0}
.table-wrap{max-height:80vh;overflow:auto;border:1px solid var(--line)}
table.councils{font-size:.84rem}
table.councils thead th{position:sticky;top:0;z-index:2;vertical-align:bottom}
table.councils tbody th{position:sticky;left:0;background:#fff;z-index:1;white-space:nowrap}
table.councils thead th:first-child{left:0;z-index:3}
table.councils th button{all:unset;cursor:pointer;font-weight:700;display:block;max-width:8.5rem;white-space:normal}
table.councils th button:focus-visible{outline:3px solid #ffbf47}
table.councils th[aria-sort=ascending] button::after{content:" \25B2"}
table.councils th[aria-sort=descending] button::after{content:" \25BC"}
table.councils tbody tr:nth-child(even) td,table.councils tbody tr:nth-child(even) th{background:#f7f8fa}
td.bad{color:var(--bad);font-weight:700}
td.f-suppressed,td.f-conflict{font-style:italic}
td.f-refused,td.f-not_held,td.none,td.f-not_answered,td.f-no_return{color:var(--muted)}
.pill{display:inline-block;border-radius:3px;padding:0 .35rem;color:#000;white-space:nowrap}
.pill.s-unreadable,.pill.s-answered,.pill.s-refused{color:#fff}
.pill.s-answered{background:#00785a}
.muted{color:var(--muted);font-size:.85em}
.note{color:var(--muted)}
ul.columns{columns:16rem;padding-left:1.2rem}
.council{border-top:4px solid var(--accent)}
.council .back{margin:.6rem 0}
.council dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}
.council dt{font-weight:600}
.council dd{margin:0}
.council .raw{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;word-break:break-word;background:var(--bg-soft);padding:0 .2rem}
.council .sev-error{color:var(--bad);font-weight:700}
.council .sev-warning{color:#7a4b00;font-weight:700}
.council pre.letter{white-space:pre-wrap;background:var(--bg-soft);padding:.8rem;border:1px solid var(--line);max-width:48rem;font-size:.85rem}
body.one-council main>section:not(#council){display:none}
.foot{padding:1rem 1.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
[hidden]{display:none!important}
@media print{
  .top nav,.skip,.controls,.filters,.tip,.back,svg.defs{display:none!important}
  .top{background:none;color:#000;padding:0}
  .table-wrap{max-height:none;overflow:visible;border:0}
  table.councils thead th,table.councils tbody th{position:static}
  section{break-inside:auto}
  tr,figure,.council dl{break-inside:avoid}
  #map,#councils{break-before:page}
  body.one-council .top,body.one-council .foot{display:none}
  a{color:#000;text-decoration:none}
}
`;
