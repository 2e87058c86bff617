import { NATION_CODES, NATIONS, UK_CODE } from "../domain/authority.js";
import type { SummaryRow } from "../domain/outputs.js";
import { type MetricKind, measureKind } from "../domain/request.js";
import type { PeriodReturns, Return, ValueRecord } from "../domain/returns.js";
import { BOUNDED_STATUSES, EXACT_STATUSES } from "../domain/values.js";
import type { Knowledge } from "../knowledge/index.js";

/** An area the summaries report on, and the test for whether a return belongs to it. */
interface Area {
  code: string;
  name: string;
  includes: (ret: Return) => boolean;
}

/**
 * UK and per-nation figures (summary-national.csv) and per-region figures
 * (summary-regional.csv), one row per area × request measure in request
 * order. Areas come from the reference list, not from the returns, so an
 * area with no returns still gets its rows (with zero exact authorities).
 */
export function summariseAreas(
  returns: readonly Return[],
  knowledge: Pick<Knowledge, "authorities" | "request">,
  period: string = knowledge.request.periods[0]?.id ?? "",
): { national: SummaryRow[]; regional: SummaryRow[] } {
  const measures = knowledge.request.measures.map((m) => ({ id: m.id, kind: measureKind(knowledge.request, m.id) }));
  const national: Area[] = [
    { code: UK_CODE, name: "United Kingdom", includes: () => true },
    ...NATIONS.map((nation) => ({
      code: NATION_CODES[nation],
      name: nation,
      includes: (ret: Return) => ret.authority.nation === nation,
    })),
  ];
  return {
    national: national.flatMap((area) => summariseArea(area, returns, measures, period)),
    regional: listRegions(knowledge.authorities).flatMap((area) => summariseArea(area, returns, measures, period)),
  };
}

/** The summaries of every requested period, one after the other in the request's order. */
export function summarisePeriods(
  periods: readonly PeriodReturns[],
  knowledge: Pick<Knowledge, "authorities" | "request">,
): { national: SummaryRow[]; regional: SummaryRow[] } {
  const each = periods.map((p) => summariseAreas(p.returns, knowledge, p.period));
  return { national: each.flatMap((e) => e.national), regional: each.flatMap((e) => e.regional) };
}

/**
 * English regions by code, then Wales, Scotland and Northern Ireland. The
 * reference list gives the devolved nations their own code as region_code,
 * so grouping by region_code covers both cases with one rule.
 */
function listRegions(authorities: Knowledge["authorities"]): Area[] {
  const names = new Map<string, string>();
  for (const a of authorities) if (!names.has(a.region_code)) names.set(a.region_code, a.region_name);
  const nationOrder = new Map<string, number>(NATIONS.map((n, i) => [NATION_CODES[n], i]));
  const rank = (code: string): number => (code.startsWith("E12") ? -1 : (nationOrder.get(code) ?? NATIONS.length));
  return [...names.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([code, name]) => ({ code, name, includes: (ret: Return) => ret.authority.region_code === code }));
}

function summariseArea(
  area: Area,
  returns: readonly Return[],
  measures: readonly { id: string; kind: MetricKind }[],
  period: string,
): SummaryRow[] {
  const members = returns.filter(area.includes);
  return measures.map(({ id: measure, kind }) => {
    if (kind !== "count") return describeSpread(area, members, measure, period, kind);
    const row: SummaryRow = {
      area_code: area.code,
      area_name: area.name,
      measure,
      total: 0,
      lower: 0,
      upper: 0,
      authorities_exact: 0,
      authorities_suppressed: 0,
      authorities_without_figure: 0,
      authorities_override: 0,
      exact_sum: 0,
      period,
      lowest: null,
      median: null,
      highest: null,
    };
    for (const ret of members) {
      const record = ret.values.find((v) => v.measure === measure);
      if (!record) {
        row.authorities_without_figure += 1;
        continue;
      }
      addRecord(row, record, ret);
    }
    // The total is the area's figure only when every figure in it is exact;
    // with a range among them it would be a floor that reads as a total
    // (588 below a lower bound of 590), so it is left empty and exact_sum
    // carries the sum of the exact figures under its own name.
    row.total = row.authorities_suppressed === 0 ? row.exact_sum : null;
    return row;
  });
}

/**
 * An average, a percentage or a maximum (caseload per social worker, % seen
 * within 72 hours, the highest weekly cost) is never added up: the sum of councils' averages means nothing, and
 * their mean would weight a council of 20 social workers like one of 500.
 * The area's row says how many councils gave one and how they spread
 * (lowest, median, highest); total, lower, upper and exact_sum stay empty.
 */
function describeSpread(
  area: Area,
  members: readonly Return[],
  measure: string,
  period: string,
  kind: MetricKind,
): SummaryRow {
  const figures: number[] = [];
  const byCouncil: { name: string; value: number }[] = [];
  const row: SummaryRow = {
    area_code: area.code,
    area_name: area.name,
    measure,
    total: null,
    lower: null,
    upper: null,
    authorities_exact: 0,
    authorities_suppressed: 0,
    authorities_without_figure: 0,
    authorities_override: 0,
    exact_sum: null,
    period,
    lowest: null,
    median: null,
    highest: null,
  };
  for (const ret of members) {
    const record = ret.values.find((v) => v.measure === measure);
    if (record && (record.override !== undefined || record.status === "override")) row.authorities_override += 1;
    if (record && EXACT_STATUSES.has(record.status) && record.value !== null) {
      figures.push(record.value);
      byCouncil.push({ name: ret.authority.name, value: record.value });
      row.authorities_exact += 1;
    } else if (record && BOUNDED_STATUSES.has(record.status)) row.authorities_suppressed += 1;
    else row.authorities_without_figure += 1;
  }
  figures.sort((a, b) => a - b);
  if (figures.length > 0) {
    const mid = Math.floor(figures.length / 2);
    const median =
      figures.length % 2 === 1
        ? (figures[mid] as number)
        : ((figures[mid - 1] as number) + (figures[mid] as number)) / 2;
    row.lowest = figures[0] as number;
    row.median = Math.round(median * 1e9) / 1e9;
    row.highest = figures[figures.length - 1] as number;
  }
  // A maximum's area figure is the largest any council gave, and whose it
  // is: "the highest weekly cost in England was Surrey's". Every council
  // that gave that figure is named, in name order, so a tie is not hidden.
  if (kind === "maximum") {
    const top = row.highest;
    row.highest_authority =
      top === null ? null : [...new Set(byCouncil.filter((c) => c.value === top).map((c) => c.name))].sort().join("; ");
  }
  return row;
}

function addRecord(row: SummaryRow, record: ValueRecord, ret: Return): void {
  // A figure "rests on a clarification" whether the clarification gave a
  // number (status override) or a status such as refused.
  if (record.override !== undefined || record.status === "override") row.authorities_override += 1;
  // Counts only: the caller gives an average's rows to describeSpread, so these sums start from numbers.
  if (EXACT_STATUSES.has(record.status)) {
    const value = requireInt(record.value, record, ret, "value");
    row.exact_sum = (row.exact_sum ?? 0) + value;
    row.lower = (row.lower ?? 0) + value;
    row.upper = (row.upper ?? 0) + value;
    row.authorities_exact += 1;
  } else if (BOUNDED_STATUSES.has(record.status)) {
    row.lower = (row.lower ?? 0) + requireInt(record.lower, record, ret, "lower");
    row.upper = (row.upper ?? 0) + requireInt(record.upper, record, ret, "upper");
    row.authorities_suppressed += 1;
  } else {
    row.authorities_without_figure += 1;
  }
}

/**
 * An exact figure without a value, or a bounded one without bounds, is a bug
 * in an earlier stage. Guessing 0 would make the totals silently wrong, so
 * stop loudly instead.
 */
function requireInt(n: number | null, record: ValueRecord, ret: Return, field: string): number {
  if (n === null || !Number.isInteger(n)) {
    throw new Error(
      `internal: ${ret.authority.gss_code} ${record.measure} has status ${record.status} but ${field} is ${String(n)}`,
    );
  }
  return n;
}
