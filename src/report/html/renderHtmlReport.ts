import { createHash } from "node:crypto";
import { NATION_CODES, UK_CODE } from "../../domain/authority.js";
import { countBySeverity } from "../../domain/issues.js";
import type { SummaryRow } from "../../domain/outputs.js";
import { isSummable, measureKind, type Request, wholeOf } from "../../domain/request.js";
import type { IngestResult, Return, ReturnStatus } from "../../domain/returns.js";
import { RETURN_STATUSES } from "../../domain/returns.js";
import type { HexLayout } from "../../knowledge/hexLayout.js";
import type { Knowledge } from "../../knowledge/index.js";
import {
  describeFigure,
  formatCount,
  formatRange,
  formatSpread,
  shortMeasureName,
} from "../../quality/describeFigure.js";
import type { FigureResult } from "../../verify/checkFigures.js";
import { boundsOf, buildPageData, sortReturns } from "./buildPageData.js";
import { embedJson, escapeHtml } from "./escapeHtml.js";
import { hexPoints, placeHexTiles } from "./placeHexTiles.js";
import { renderRangeChart, toChartBars } from "./renderCharts.js";
import { REPORT_SCRIPT } from "./reportScript.js";
import { REPORT_STYLE } from "./reportStyle.js";

/** What the HTML report is drawn from: the ingest and what the run learned beside it. */
export interface HtmlReportInput {
  result: IngestResult;
  knowledge: Pick<Knowledge, "request" | "authorities">;
  /** UK and nation rows, and region rows, exactly as summary-national.csv and summary-regional.csv hold them. */
  summaries: { national: readonly SummaryRow[]; regional: readonly SummaryRow[] };
  hexLayout: HexLayout;
  /** Published figures compared with this run (ingest --expected). */
  published?: { title: string; source: string; results: readonly FigureResult[] } | null;
  /** The follow-up letter `foi-agg followups` would write, by authority code. */
  letters?: ReadonlyMap<string, string>;
  /**
   * When the request was sent (YYYY-MM-DD), for deadlines. The round's
   * settings do not carry it yet; when they do, pass it here.
   */
  requestSent?: string | null;
}

export const STATUS_WORDS: Record<ReturnStatus, string> = {
  answered: "answered",
  partial: "partly answered",
  refused: "refused",
  not_held: "not held",
  unreadable: "unreadable",
  no_return: "no return",
};

/**
 * report.html: one self-contained page (no network, no external file) that
 * shows the round as figures, charts, a hex map, a council table and a
 * drill-down per council. Pure: the same ingest gives the same bytes.
 *
 * Safety: council text enters the markup only through escapeHtml, and the
 * page data only through embedJson; the page script only sets textContent.
 * The Content-Security-Policy allows nothing but this file's own style and
 * script blocks, by hash, so even markup that slipped through could neither
 * run nor load anything.
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const { result, knowledge } = input;
  const request = knowledge.request;
  const returns = sortReturns(result.returns);
  const data = buildPageData(result, knowledge, input.letters ?? new Map());
  const body = [
    renderHeader(input, returns),
    '<main id="main">',
    renderNational(input),
    input.published ? renderPublished(input.published) : "",
    renderCharts(input),
    renderMap(input, returns),
    renderCouncilTable(input, returns),
    renderNonResponders(returns, input.requestSent ?? null),
    renderUnassigned(result),
    '<section id="council" class="council" hidden aria-live="polite"></section>',
    "</main>",
    renderFooter(input.hexLayout),
    // Shared SVG definitions: the hatching that marks a range.
    '<svg class="defs" aria-hidden="true" focusable="false"><defs>',
    '<pattern id="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">',
    '<rect width="5" height="5" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="5" class="hatch-line"/></pattern>',
    "</defs></svg>",
    '<div id="tip" class="tip" role="tooltip" hidden></div>',
    `<script type="application/json" id="report-data">${embedJson(data)}</script>`,
  ].join("\n");
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(REPORT_SCRIPT)}'`,
    `style-src '${sha256(REPORT_STYLE)}'`,
    // The favicon is an empty data: URL so the browser asks for no file.
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!doctype html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(request.title)}: foi-agg report</title>`,
    `<style>${REPORT_STYLE}</style>`,
    "</head>",
    "<body>",
    '<a class="skip" href="#main">Skip to the figures</a>',
    body,
    `<script>${REPORT_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function renderHeader(input: HtmlReportInput, returns: readonly Return[]): string {
  const { request } = input.knowledge;
  const sent = returns.filter((r) => r.status !== "no_return").length;
  const counts = countBySeverity([...returns.flatMap((r) => r.issues), ...input.result.issues]);
  const links: [string, string][] = [
    ["national", "National picture"],
    ...(input.published ? ([["published", "Published figures"]] as [string, string][]) : []),
    ["charts", "Charts"],
    ["map", "Map"],
    ["councils", "Councils"],
    ["non-responders", "Non-responders"],
  ];
  return [
    '<header class="top">',
    `<h1>${escapeHtml(request.title)}</h1>`,
    `<p class="lede">Period asked about: ${escapeHtml(request.period.label)}. ${returns.length} authorities; ${sent} sent a return, ${returns.length - sent} did not. ${counts.error} errors and ${counts.warning} warnings were found in the returns.</p>`,
    `<nav aria-label="Sections"><ul>${links.map(([id, text]) => `<li><a href="#${id}">${text}</a></li>`).join("")}</ul></nav>`,
    "</header>",
  ].join("\n");
}

/** "590–596" with its parts: how many authorities the figure rests on. */
function renderFigureCell(row: SummaryRow, attrs: string): string {
  // An average or a percentage has no total: its cell says how the councils' own figures spread.
  if (row.lower === null || row.upper === null || row.exact_sum === null) {
    return `<td class="num spread" ${attrs} data-lowest="${row.lowest ?? ""}" data-median="${row.median ?? ""}" data-highest="${row.highest ?? ""}"><span class="fig">${escapeHtml(formatSpread(row))}</span><span class="why">not added up: ${row.highest_authority === undefined ? "an average or a percentage" : "a maximum, the largest any council gave"}</span></td>`;
  }
  const ranged = row.lower !== row.upper;
  const figure = formatRange(row.lower, row.upper);
  const detail = ranged
    ? `<span class="why">${formatCount(row.exact_sum)} exact + ${formatRange(row.lower - row.exact_sum, row.upper - row.exact_sum)} suppressed</span>`
    : "";
  return `<td class="num${ranged ? " ranged" : ""}" ${attrs} data-lower="${row.lower}" data-upper="${row.upper}" data-total="${row.total ?? ""}" data-exact-sum="${row.exact_sum}"><span class="fig">${figure}</span>${detail}</td>`;
}

function renderNational(input: HtmlReportInput): string {
  const { request } = input.knowledge;
  const many = request.periods.length > 1;
  // With several periods, a UK table and a nation table for each, in the request's order.
  const tables = (many ? request.periods : [null]).flatMap((period, i) => {
    const national = period ? input.summaries.national.filter((r) => r.period === period.id) : input.summaries.national;
    const suffix = i === 0 ? "" : `-${period?.id ?? ""}`;
    const inPeriod = period ? `, ${escapeHtml(period.label)}` : "";
    return renderNationalTables(request, national, suffix, inPeriod);
  });
  return [
    '<section id="national" aria-labelledby="national-h">',
    '<h2 id="national-h">The national picture</h2>',
    "<p>Each figure is the sum over the authorities that gave one. Where councils suppressed small numbers (\u201cfewer than 5\u201d), the total is only known within a range, shown as <b>lower–upper</b>. The counts say how many authorities each figure rests on. A measure that is an average or a percentage is never added up: its cell gives the median of the councils' own figures, with the lowest and the highest.</p>",
    // With several periods the map and the council table are the first period's; say so rather than leave them unlabelled.
    ...(many
      ? [
          `<p class="period-note">These tables and the charts show each of the ${request.periods.length} periods asked about. The map and the council table show <b>${escapeHtml(request.periods[0]?.label ?? "")}</b>, the first; each council's page shows every period, and values.csv and the summaries have them all.</p>`,
        ]
      : []),
    ...tables,
    "</section>",
  ].join("\n");
}

function renderNationalTables(
  request: HtmlReportInput["knowledge"]["request"],
  national: readonly SummaryRow[],
  suffix: string,
  inPeriod: string,
): string[] {
  const uk = (measure: string) => national.find((r) => r.area_code === UK_CODE && r.measure === measure);
  const rows = request.measures.map((m) => {
    const row = uk(m.id);
    if (!row) return "";
    return [
      `<tr data-measure="${escapeHtml(m.id)}">`,
      `<th scope="row">${escapeHtml(m.label)}${m.optional ? ' <span class="tag">optional</span>' : ""}</th>`,
      renderFigureCell(row, `data-area="${UK_CODE}" data-measure="${escapeHtml(m.id)}"`),
      `<td class="num">${row.authorities_exact}</td>`,
      `<td class="num">${row.authorities_suppressed}</td>`,
      `<td class="num">${row.authorities_without_figure}</td>`,
      `<td class="num">${row.authorities_override}</td>`,
      "</tr>",
    ].join("");
  });
  const nations = Object.entries(NATION_CODES);
  const nationRows = request.measures.map((m) => {
    const cells = nations.map(([, code]) => {
      const row = national.find((r) => r.area_code === code && r.measure === m.id);
      return row ? renderFigureCell(row, `data-area="${code}" data-measure="${escapeHtml(m.id)}"`) : "<td></td>";
    });
    return `<tr><th scope="row">${escapeHtml(shortMeasureName(m))}</th>${cells.join("")}</tr>`;
  });
  return [
    `<div class="scroll"><table class="figures" id="uk-figures${suffix}">`,
    `<caption>United Kingdom${inPeriod}</caption>`,
    '<thead><tr><th scope="col" rowspan="2">Measure</th><th scope="col" rowspan="2" class="num">UK figure</th><th scope="colgroup" colspan="4" class="group">Authorities it rests on</th></tr>',
    '<tr><th scope="col" class="num">exact</th><th scope="col" class="num">suppressed</th><th scope="col" class="num">without a figure</th><th scope="col" class="num">clarified</th></tr></thead>',
    `<tbody>${rows.join("")}</tbody></table></div>`,
    `<div class="scroll"><table class="figures" id="nation-figures${suffix}">`,
    `<caption>By nation${inPeriod}</caption>`,
    `<thead><tr><th scope="col">Measure</th>${nations.map(([n]) => `<th scope="col" class="num">${escapeHtml(n)}</th>`).join("")}</tr></thead>`,
    `<tbody>${nationRows.join("")}</tbody></table></div>`,
  ];
}

const PUBLISHED_WORDS: Record<FigureResult["status"], string> = {
  exact: "matches",
  within_bounds: "within bounds",
  uncertain: "matches; order uncertain",
  differs: "differs",
  error: "cannot be computed",
};

function renderPublished(published: NonNullable<HtmlReportInput["published"]>): string {
  const rows = published.results.map((r) =>
    [
      `<tr class="${r.pass ? "pass" : "fail"}">`,
      `<td>${escapeHtml(r.figure.id)}</td>`,
      `<th scope="row">${escapeHtml(r.figure.title)}</th>`,
      `<td class="num">${escapeHtml(r.published)}</td>`,
      `<td class="num">${escapeHtml(r.computed)}</td>`,
      `<td><span class="mark">${r.pass ? "✓" : "✗"}</span> ${PUBLISHED_WORDS[r.status]}</td>`,
      `<td>${escapeHtml(r.difference)}</td>`,
      "</tr>",
    ].join(""),
  );
  const passed = published.results.filter((r) => r.pass).length;
  return [
    '<section id="published" aria-labelledby="published-h">',
    '<h2 id="published-h">Published figures beside this run</h2>',
    `<p>${escapeHtml(published.title)} (from ${escapeHtml(published.source)}): ${passed} of ${published.results.length} reproduced.</p>`,
    '<div class="scroll"><table class="figures" id="published-figures">',
    '<thead><tr><th scope="col">#</th><th scope="col">Figure</th><th scope="col" class="num">Published</th><th scope="col" class="num">Computed</th><th scope="col">Result</th><th scope="col">Difference</th></tr></thead>',
    `<tbody>${rows.join("")}</tbody></table></div>`,
    "</section>",
  ].join("\n");
}

function renderCharts(input: HtmlReportInput): string {
  const { request } = input.knowledge;
  const options = request.measures
    .map((m, i) => `<option value="${escapeHtml(m.id)}"${i === 0 ? " selected" : ""}>${escapeHtml(m.label)}</option>`)
    .join("");
  // With several periods, each measure's charts are drawn once for each period.
  const periods = request.periods.length > 1 ? request.periods : [null];
  const groups = request.measures.map((m, i) => {
    const charts = periods.map((period, j) => {
      const inPeriod = (r: SummaryRow) => period === null || r.period === period.id;
      const nations = input.summaries.national.filter(
        (r) => r.measure === m.id && r.area_code !== UK_CODE && inPeriod(r),
      );
      const regions = input.summaries.regional.filter((r) => r.measure === m.id && inPeriod(r));
      const id = j === 0 ? `${i}` : `${i}-${period?.id ?? ""}`;
      const label = period ? `, ${period.label}` : "";
      if (!isSummable(request, m.id)) {
        const what =
          measureKind(request, m.id) === "maximum"
            ? "a maximum: it is never added up, so there is no chart of totals. The tables above give each area's highest figure, with the council that gave it"
            : "an average or a percentage: it is never added up, so there is no chart of totals. The tables above give each area's lowest, median and highest figure";
        return `<p class="period-note">${escapeHtml(m.label)}${escapeHtml(label)} is ${what}.</p>`;
      }
      return [
        '<div class="charts">',
        `<figure><figcaption>By nation${escapeHtml(label)}</figcaption>${renderRangeChart(`chart-n-${id}`, `${m.label}, by nation${label}`, toChartBars(nations))}</figure>`,
        `<figure><figcaption>By region${escapeHtml(label)}</figcaption>${renderRangeChart(`chart-r-${id}`, `${m.label}, by region${label}`, toChartBars(regions))}</figure>`,
        "</div>",
      ].join("");
    });
    return [
      `<div class="chart-set" data-measure="${escapeHtml(m.id)}"${i === 0 ? "" : " hidden"}>`,
      `<h3>${escapeHtml(m.label)}</h3>`,
      ...charts,
      "</div>",
    ].join("");
  });
  return [
    '<section id="charts" aria-labelledby="charts-h">',
    '<h2 id="charts-h">Figures by nation and region</h2>',
    `<p class="controls"><label for="chart-measure">Measure</label> <select id="chart-measure">${options}</select></p>`,
    '<p class="key"><span class="sw sw-bar"></span> known for certain <span class="sw sw-range"></span> range left by suppressed figures (* marks a figure that rests on one)</p>',
    ...groups,
    "</section>",
  ].join("\n");
}

function renderMap(input: HtmlReportInput, returns: readonly Return[]): string {
  const byCode = new Map(returns.map((r) => [r.authority.gss_code, r]));
  const codes = [...byCode.keys()].sort();
  const placed = placeHexTiles(codes, input.hexLayout);
  const tiles = placed.tiles.map((t) => {
    const ret = byCode.get(t.code) as Return;
    const label = `${ret.authority.name}: ${STATUS_WORDS[ret.status]}`;
    return `<a href="#c-${t.code}" class="tile" data-code="${t.code}" aria-label="${escapeHtml(label)}"><polygon class="hex s-${ret.status}" points="${hexPoints(t.x, t.y, placed.size - 0.6)}"/></a>`;
  });
  const fallback =
    placed.fallbackTop === null
      ? ""
      : `<text class="lbl" x="4" y="${placed.fallbackTop + 8}">Not on the map layout (placed here so every authority has a tile):</text>`;
  const counts = new Map<ReturnStatus, number>();
  for (const r of returns) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const legend = RETURN_STATUSES.filter((s) => counts.has(s))
    .map((s) => `<li><span class="sw s-${s}"></span> ${STATUS_WORDS[s]} (${counts.get(s)})</li>`)
    .join("");
  const options = input.knowledge.request.measures
    .map((m) => `<option value="${escapeHtml(m.id)}">${escapeHtml(m.label)}</option>`)
    .join("");
  return [
    '<section id="map" aria-labelledby="map-h">',
    '<h2 id="map-h">Every authority on one map</h2>',
    "<p>One hexagon per authority, roughly where it is. Hover over or tab to a hexagon to see its figures; select it to open the council.</p>",
    '<fieldset class="controls"><legend>Colour by</legend>',
    '<label><input type="radio" name="map-colour" value="status" checked> return status</label>',
    `<label><input type="radio" name="map-colour" value="measure"> a measure:</label> <select id="map-measure" aria-label="Measure to colour the map by">${options}</select>`,
    "</fieldset>",
    '<div class="map-wrap">',
    `<svg id="hexmap" class="hexmap" viewBox="0 0 ${placed.width} ${placed.height}" role="group" aria-label="Hex map of the ${returns.length} authorities">`,
    fallback,
    ...tiles,
    "</svg>",
    `<div class="legend" id="map-legend"><ul class="status-legend">${legend}</ul><ul class="measure-legend" hidden></ul></div>`,
    "</div>",
    "</section>",
  ].join("\n");
}

function renderCouncilTable(input: HtmlReportInput, returns: readonly Return[]): string {
  const { request } = input.knowledge;
  const regions = [...new Set(returns.map((r) => r.authority.region_name))].sort();
  const statuses = RETURN_STATUSES.filter((s) => returns.some((r) => r.status === s));
  const head = [
    '<th scope="col" aria-sort="ascending"><button type="button" data-key="name">Authority</button></th>',
    '<th scope="col"><button type="button" data-key="region">Region</button></th>',
    '<th scope="col"><button type="button" data-key="status">Return</button></th>',
    '<th scope="col" class="num"><button type="button" data-key="errors" data-num="1">Errors</button></th>',
    '<th scope="col" class="num"><button type="button" data-key="warnings" data-num="1">Warnings</button></th>',
    ...request.measures.map(
      (m) =>
        `<th scope="col" class="num ${columnGroup(request, m.group)}"><button type="button" data-key="m:${escapeHtml(m.id)}" data-num="1" title="${escapeHtml(m.label)}">${escapeHtml(shortMeasureName(m))}</button></th>`,
    ),
  ].join("");
  const rows = returns.map((ret) => {
    const counts = countBySeverity(ret.issues);
    const a = ret.authority;
    const cells = request.measures.map((m) => {
      const v = ret.values.find((x) => x.measure === m.id);
      const group = columnGroup(request, m.group);
      if (!v) return `<td class="num none ${group}" data-lo="" data-hi="" data-s="">—</td>`;
      const [lo, hi] = boundsOf(v);
      const text = v.status === "no_return" || v.status === "not_answered" ? "—" : describeFigure(v);
      return `<td class="num f-${v.status} ${group}" data-lo="${lo ?? ""}" data-hi="${hi ?? ""}" data-s="${v.status}">${escapeHtml(text)}</td>`;
    });
    return [
      `<tr data-code="${a.gss_code}" data-name="${escapeHtml(a.name)}" data-region="${escapeHtml(a.region_name)}" data-status="${ret.status}" data-errors="${counts.error}" data-warnings="${counts.warning}">`,
      `<th scope="row"><a href="#c-${a.gss_code}">${escapeHtml(a.name)}</a></th>`,
      `<td>${escapeHtml(a.region_name)}</td>`,
      `<td><span class="pill s-${ret.status}">${STATUS_WORDS[ret.status]}</span></td>`,
      `<td class="num${counts.error > 0 ? " bad" : ""}">${counts.error}</td>`,
      `<td class="num">${counts.warning}</td>`,
      ...cells,
      "</tr>",
    ].join("");
  });
  const measureOptions = request.measures
    .map((m) => `<option value="${escapeHtml(m.id)}">${escapeHtml(m.label)}</option>`)
    .join("");
  return [
    '<section id="councils" aria-labelledby="councils-h">',
    '<h2 id="councils-h">Every council</h2>',
    '<form class="filters" id="filters" role="search" aria-label="Filter the councils">',
    '<label>Name <input type="search" id="f-name" autocomplete="off"></label>',
    `<label>Region <select id="f-region"><option value="">any</option>${regions.map((r) => `<option>${escapeHtml(r)}</option>`).join("")}</select></label>`,
    `<label>Return <select id="f-status"><option value="">any</option>${statuses.map((s) => `<option value="${s}">${STATUS_WORDS[s]}</option>`).join("")}</select></label>`,
    '<label><input type="checkbox" id="f-errors"> with errors</label>',
    '<label><input type="checkbox" id="f-warnings"> with warnings</label>',
    `<label>Measure <select id="f-measure"><option value="">any</option>${measureOptions}</select></label>`,
    '<label>is <select id="f-measure-is"><option value="figure">given (exact or a range)</option><option value="exact">exact</option><option value="bounded">a range (suppressed)</option><option value="none">not given</option><option value="atleast">at least</option></select></label>',
    '<label class="atleast" hidden>at least <input type="number" id="f-min" min="0" step="1" value="1" inputmode="numeric"></label>',
    '<fieldset class="columns-shown"><legend>Columns</legend>',
    ...columnGroupsOf(request).map(
      ([g, words]) => `<label><input type="checkbox" data-group="${g}" checked> ${escapeHtml(words)}</label>`,
    ),
    "</fieldset>",
    "</form>",
    `<p id="council-count" class="count" aria-live="polite">${returns.length} of ${returns.length} authorities shown</p>`,
    '<div class="scroll table-wrap"><table class="councils" id="council-table">',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table></div>`,
    "</section>",
  ].join("\n");
}

/**
 * The measure columns a reader can hide together, so the table fits a
 * screen: one set per whole group of the request (a part, such as
 * "suspected of being trafficked", hides with its whole).
 */
function columnGroupsOf(request: Request): [string, string][] {
  const wholes = [...new Set(request.measures.map((m) => wholeOf(request, m.group) ?? m.group))];
  return wholes.map((g) => [classToken(g), request.groups.find((d) => d.id === g)?.label ?? g]);
}

function columnGroup(request: Request, group: string): string {
  return `g-${classToken(wholeOf(request, group) ?? group)}`;
}

/** A group id as a class name: a round's ids are data, and may hold any character. */
function classToken(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/gu, (c) => `_${c.codePointAt(0)?.toString(16)}`);
}

/**
 * A council has 20 working days to answer (FOI Act s.10). Bank holidays are
 * not counted out, so the date is the earliest a deadline can fall.
 */
export function addWorkingDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

function renderNonResponders(returns: readonly Return[], sent: string | null): string {
  const missing = returns.filter((r) => r.status === "no_return");
  const deadline = sent ? addWorkingDays(sent, 20) : null;
  const note = deadline
    ? `<p>The request was sent on ${escapeHtml(sent ?? "")}; a reply was due by ${deadline} (20 working days, bank holidays not counted out).</p>`
    : '<p class="note" id="deadline-note">The round\u2019s settings do not say when the request was sent, so no deadlines are shown.</p>';
  const items = missing
    .map(
      (r) =>
        `<li><a href="#c-${r.authority.gss_code}">${escapeHtml(r.authority.name)}</a> <span class="muted">${escapeHtml(r.authority.region_name)}</span></li>`,
    )
    .join("");
  return [
    '<section id="non-responders" aria-labelledby="nr-h">',
    `<h2 id="nr-h">Non-responders (${missing.length})</h2>`,
    note,
    missing.length > 0 ? `<ul class="columns">${items}</ul>` : "<p>Every authority sent a return.</p>",
    "</section>",
  ].join("\n");
}

function renderUnassigned(result: IngestResult): string {
  const files = result.files.filter((f) => f.authority === null);
  if (files.length === 0) return "";
  const items = files
    .map(
      (f) =>
        `<li><code>${escapeHtml(f.file)}</code>: ${escapeHtml(f.reason ?? (f.ingested ? "no authority identified" : "not read"))}</li>`,
    )
    .join("");
  return [
    '<section id="unassigned" aria-labelledby="un-h">',
    `<h2 id="un-h">Files tied to no authority (${files.length})</h2>`,
    `<ul>${items}</ul>`,
    "</section>",
  ].join("\n");
}

function renderFooter(layout: HexLayout): string {
  return [
    '<footer class="foot">',
    `<p>Made by foi-agg from the returns alone: nothing in this file is fetched from the network. Hex map layout adapted from ${escapeHtml(layout.source.name)}, ${escapeHtml(layout.source.licence)}.</p>`,
    "</footer>",
  ].join("\n");
}
