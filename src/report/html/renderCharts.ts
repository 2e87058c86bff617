import type { SummaryRow } from "../../domain/outputs.js";
import { formatRange } from "../../quality/describeFigure.js";
import { escapeHtml } from "./escapeHtml.js";

/** One bar of a chart: an area's figure for one measure, as a sure part and a range. */
export interface ChartBar {
  label: string;
  lower: number;
  upper: number;
  /** Authorities whose figure the bar rests on, and those without one. */
  exact: number;
  suppressed: number;
  without: number;
}

const LABEL_WIDTH = 190;
const BAR_AREA = 330;
const VALUE_WIDTH = 110;
const ROW = 24;
const BAR = 14;

/** The bars of the areas' totals; an average's rows have no total and draw no bar (the caller says so instead). */
export function toChartBars(rows: readonly SummaryRow[]): ChartBar[] {
  return rows.flatMap((r) => {
    if (r.lower === null || r.upper === null) return [];
    return [{ label: r.area_name, lower: r.lower, upper: r.upper, ...rest(r) }];
  });
}

function rest(r: SummaryRow): Pick<ChartBar, "exact" | "suppressed" | "without"> {
  return {
    exact: r.authorities_exact,
    suppressed: r.authorities_suppressed,
    without: r.authorities_without_figure,
  };
}

/**
 * A horizontal bar chart in SVG. Where suppression leaves a range, the bar
 * is solid up to the lower bound and the rest of the range is drawn as a
 * hatched band between two ticks, labelled "590–596": the chart never turns
 * a suppressed figure into a point. The title and description carry every
 * figure in words for screen readers.
 */
export function renderRangeChart(id: string, title: string, bars: readonly ChartBar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.upper));
  const scale = (n: number) => round((n / max) * BAR_AREA);
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const desc = bars
    .map(
      (b) =>
        `${b.label}: ${b.lower === b.upper ? formatRange(b.lower, b.upper) : `between ${formatRange(b.lower, b.upper)}`}`,
    )
    .join("; ");
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const mid = y + ROW / 2;
    const top = mid - BAR / 2;
    const x0 = LABEL_WIDTH;
    const solid = scale(b.lower);
    const parts = [
      `<text class="lbl" x="${x0 - 8}" y="${mid + 4}" text-anchor="end">${escapeHtml(b.label)}</text>`,
      `<rect class="bar" x="${x0}" y="${top}" width="${solid}" height="${BAR}"/>`,
    ];
    if (b.upper > b.lower) {
      const x1 = x0 + solid;
      const x2 = x0 + scale(b.upper);
      parts.push(
        `<rect class="range" x="${x1}" y="${top}" width="${round(Math.max(x2 - x1, 1.5))}" height="${BAR}"/>`,
        `<path class="whisker" d="M${x1} ${top - 3}V${top + BAR + 3}M${x2} ${top - 3}V${top + BAR + 3}M${x1} ${mid}H${x2}"/>`,
      );
    }
    const end = x0 + scale(b.upper) + 6;
    const note = b.suppressed > 0 ? " *" : "";
    parts.push(`<text class="val" x="${end}" y="${mid + 4}">${formatRange(b.lower, b.upper)}${note}</text>`);
    return `<g>${parts.join("")}</g>`;
  });
  return [
    `<svg class="chart" id="${id}" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>`,
    `<line class="axis" x1="${LABEL_WIDTH}" y1="2" x2="${LABEL_WIDTH}" y2="${height - 2}"/>`,
    ...rows,
    "</svg>",
  ].join("");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
