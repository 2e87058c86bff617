import { CATALOGUE, type Issue, sortIssues } from "../../domain/issues.js";
import type { IngestResult, Return, ValueRecord } from "../../domain/returns.js";
import { describeSource } from "../../domain/source.js";
import { BOUNDED_STATUSES, EXACT_STATUSES } from "../../domain/values.js";
import type { Knowledge } from "../../knowledge/index.js";
import { describeFigure, shortMeasureName } from "../../quality/describeFigure.js";
import { describeLocation } from "../../quality/describeLocation.js";

/** One figure of one council, as the page script shows it. Short keys keep the file small. */
export interface PageFigure {
  /** Measure id. */
  m: string;
  /** Status. */
  s: string;
  /** The figure in words: "12", "1–4 (suppressed)", "not held". */
  t: string;
  /** Lower and upper bound, null without a figure (equal when exact). */
  lo: number | null;
  hi: number | null;
  /** The council's own text. */
  raw: string;
  /** Where it was read: file, sheet or page, cell. */
  at: string[];
  /** The label in the return that identified the measure. */
  label: string;
  /** A clarification that set the figure: why, where from, and what the return said before. */
  ov?: { reason: string; source: string; date: string; before: string };
}

export interface PageCouncil {
  code: string;
  name: string;
  nation: string;
  region: string;
  status: string;
  files: { file: string; sheets: string[] }[];
  figures: PageFigure[];
  /** Each period's return status and figures, in a round of several periods (`figures` is then the first's). */
  byPeriod?: { label: string; status: string; figures: PageFigure[] }[];
  periods: { raw: string; at: string }[];
  /** `ms`: every measure the issue names (its measure, then the others it makes suspect); absent when none. */
  issues: { sev: string; title: string; msg: string; at: string; raw: string; ms?: string[] }[];
  decisions: { at: string; msg: string }[];
  letter: string | null;
}

export interface PageData {
  measures: { id: string; label: string; short: string }[];
  councils: PageCouncil[];
}

/**
 * Everything the page script needs to draw a council's drill-down, the map's
 * tooltips and the measure colouring. Pure: built from the ingest result and
 * the letters already planned.
 */
export function buildPageData(
  result: IngestResult,
  knowledge: Pick<Knowledge, "request">,
  letters: ReadonlyMap<string, string>,
): PageData {
  const labels = new Map(knowledge.request.periods.map((p) => [p.id, p.label]));
  const periods = result.periods && result.periods.length > 1 ? result.periods : null;
  return {
    measures: knowledge.request.measures.map((m) => ({ id: m.id, label: m.label, short: shortMeasureName(m) })),
    councils: sortReturns(result.returns).map((ret) => {
      const council = buildCouncil(ret, letters.get(ret.authority.gss_code) ?? null);
      if (!periods) return council;
      const byPeriod = periods.flatMap(({ period, returns }) => {
        const mine = returns.find((r) => r.authority.gss_code === ret.authority.gss_code);
        return mine
          ? [{ label: labels.get(period) ?? period, status: mine.status, figures: mine.values.map(buildFigure) }]
          : [];
      });
      return { ...council, byPeriod };
    }),
  };
}

function buildCouncil(ret: Return, letter: string | null): PageCouncil {
  const a = ret.authority;
  return {
    code: a.gss_code,
    name: a.name,
    nation: a.nation,
    region: a.region_name,
    status: ret.status,
    files: ret.files.map((file) => ({
      file,
      sheets: ret.sheetsUsed.find((s) => s.file === file)?.sheets ?? [],
    })),
    figures: ret.values.map(buildFigure),
    periods: ret.periods.map((p) => ({ raw: p.raw, at: describeSource(p.source) })),
    issues: sortIssues(ret.issues).map((i) => ({
      sev: i.severity,
      title: CATALOGUE[i.code].title,
      msg: i.message,
      at: describeLocation(i),
      raw: i.raw ?? "",
      ...named(i),
    })),
    decisions: ret.decisions.map((d) => ({ at: describeLocation(d), msg: d.message })),
    letter,
  };
}

/** The measures an issue names, so the drill-down shows every figure it makes suspect. */
function named(i: Issue): { ms?: string[] } {
  const ms = [i.measure, ...(i.related ?? [])].filter((m): m is string => m !== undefined);
  return ms.length > 0 ? { ms } : {};
}

function buildFigure(v: ValueRecord): PageFigure {
  const [lo, hi] = boundsOf(v);
  const figure: PageFigure = {
    m: v.measure,
    s: v.status,
    t: describeFigure(v),
    lo,
    hi,
    raw: v.raw,
    at: v.sources.map(describeSource),
    label: v.label,
  };
  if (v.override) {
    figure.ov = {
      reason: v.override.reason,
      source: v.override.source,
      date: v.override.date,
      before: describeFigure(v.override.previous),
    };
  }
  return figure;
}

/** A figure's interval: the value twice when exact, the bounds when suppressed or conflicting, else none. */
export function boundsOf(v: Pick<ValueRecord, "status" | "value" | "lower" | "upper">): [number | null, number | null] {
  if (EXACT_STATUSES.has(v.status)) return [v.value, v.value];
  if (BOUNDED_STATUSES.has(v.status)) return [v.lower, v.upper];
  return [null, null];
}

/** Returns in name order, the order a reader scans a list of councils in. */
export function sortReturns(returns: readonly Return[]): Return[] {
  return [...returns].sort(
    (a, b) =>
      a.authority.name.localeCompare(b.authority.name, "en") ||
      a.authority.gss_code.localeCompare(b.authority.gss_code),
  );
}
