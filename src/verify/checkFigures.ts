import { NATION_CODES, UK_CODE } from "../domain/authority.js";
import type { AuthorityRow, NationalityRow, SummaryRow, ValueRow } from "../domain/outputs.js";
import type { CountCondition, ExpectedFigure, ExpectedFigures, RankingBy, Total } from "./expected.js";

/** The outputs of one ingest run, as `foi-agg check` reads them back. */
export interface LoadedOutputs {
  values: ValueRow[];
  authorities: AuthorityRow[];
  /** summary-national.csv and summary-regional.csv together. */
  summaries: SummaryRow[];
  nationalities: NationalityRow[];
  /**
   * Which authorities gave a nationality breakdown, and for which groups
   * (from quality.json); null when the run has no quality.json.
   */
  nationalityBreakdowns: { authority: string; groups: string[] }[] | null;
  /**
   * The round's group ids (quality.json's request), so a figure naming a
   * group the round does not have is an error, not a silent zero; absent or
   * null when the run does not say.
   */
  groups?: string[] | null;
}

function checkGroup(o: LoadedOutputs, group: string): void {
  if (o.groups && o.groups.length > 0 && !o.groups.includes(group)) {
    throw new FigureError(`group "${group}" is not one of the round's groups (${o.groups.join(", ")})`);
  }
}

/**
 * exact: the computed figure is exact and equals the published one.
 * within_bounds: suppressed figures leave an interval, and it contains the published figure.
 * uncertain: a ranking matches on the figures known, but bounds could reorder it.
 * differs: the published figure is not reproduced.
 * error: the figure cannot be computed from these outputs (unknown area, missing data).
 */
export type FigureStatus = "exact" | "within_bounds" | "uncertain" | "differs" | "error";

export interface FigureResult {
  figure: ExpectedFigure;
  published: string;
  computed: string;
  status: FigureStatus;
  pass: boolean;
  difference: string;
}

/** A figure that may only be known within bounds; lo === hi when exact. */
interface Interval {
  lo: number;
  hi: number;
}

class FigureError extends Error {}

const PASSING: ReadonlySet<FigureStatus> = new Set(["exact", "within_bounds", "uncertain"]);

/** Compare every expected figure with the outputs. Pure; results are in the file's order. */
export function checkFigures(outputs: LoadedOutputs, expected: ExpectedFigures): FigureResult[] {
  const runPeriods = [...new Set([...outputs.values, ...outputs.summaries].map((r) => r.period))];
  return expected.figures.map((figure) => {
    try {
      // The reference list is the same in every period, so its count needs none.
      const narrowed =
        figure.kind === "reference_count"
          ? outputs
          : narrowToPeriods(outputs, resolvePeriods(figure, expected, runPeriods), runPeriods);
      const r = checkFigure(narrowed, figure);
      return { figure, ...r, pass: PASSING.has(r.status) };
    } catch (err) {
      if (!(err instanceof FigureError)) throw err;
      return {
        figure,
        published: describePublished(figure),
        computed: "—",
        status: "error",
        pass: false,
        difference: err.message,
      };
    }
  });
}

/**
 * The periods a figure is for: its own, else the file's, else the run's only
 * one. A run of several periods with a figure that names none is an error
 * for that figure, not a guess: a published "2020" figure compared with the
 * sum of three years, or with the first year, would pass or fail by accident.
 */
function resolvePeriods(f: ExpectedFigure, file: ExpectedFigures, runPeriods: readonly string[]): string[] {
  const named = f.period ?? file.period;
  if (named === undefined) {
    if (runPeriods.length <= 1) return [...runPeriods];
    throw new FigureError(
      `the run has ${runPeriods.length} periods (${runPeriods.join(", ")}); give the figure a period to say which it is for`,
    );
  }
  const periods = asList(named);
  const unknown = periods.filter((p) => !runPeriods.includes(p));
  if (unknown.length > 0) {
    throw new FigureError(
      `period ${unknown.join(", ")} is not in this run; its periods are ${runPeriods.join(", ") || "none"}`,
    );
  }
  return periods;
}

/**
 * The outputs cut down to the rows of the given periods; every figure is
 * then computed over those alone. A nationality row for the whole span of
 * the run (a breakdown a council gave once for the round) counts only for
 * a figure over every period of the run: it cannot be split between them.
 */
function narrowToPeriods(o: LoadedOutputs, periods: readonly string[], runPeriods: readonly string[]): LoadedOutputs {
  const wanted = new Set(periods);
  const everyPeriod = runPeriods.every((p) => wanted.has(p));
  return {
    ...o,
    values: o.values.filter((v) => wanted.has(v.period)),
    summaries: o.summaries.filter((s) => wanted.has(s.period)),
    nationalities: o.nationalities.filter(
      (n) => n.period === undefined || wanted.has(n.period) || (everyPeriod && !runPeriods.includes(n.period)),
    ),
  };
}

function checkFigure(o: LoadedOutputs, f: ExpectedFigure): Omit<FigureResult, "figure" | "pass"> {
  const published = describePublished(f);
  switch (f.kind) {
    case "total":
      return compareNumber(published, sumTotal(o, f), f.published, formatInt);
    case "percentage":
    case "average": {
      const scale = f.kind === "percentage" ? 100 : 1;
      const num = sumTotal(o, f.numerator);
      const den = sumTotal(o, f.denominator);
      if (den.lo <= 0) throw new FigureError(`the denominator is ${formatInterval(den)}, so the ratio is undefined`);
      const round = (n: number, d: number) => roundRatioHalfUp(n * scale, d, f.decimals);
      const value = { lo: round(num.lo, den.hi), hi: round(num.hi, den.lo) };
      const fmt = (x: number) => `${x.toFixed(f.decimals)}${f.kind === "percentage" ? "%" : ""}`;
      const r = compareNumber(published, value, f.published, fmt);
      const computed = `${r.computed} (${formatInterval(num)} / ${formatInterval(den)})`;
      // Suppressed inputs that happen to round the same way still leave the figure resting on bounds.
      const bounded = num.lo !== num.hi || den.lo !== den.hi;
      if (bounded && r.status === "exact") {
        return {
          ...r,
          computed,
          status: "within_bounds",
          difference: `rounds to ${r.computed} anywhere within the bounds`,
        };
      }
      return { ...r, computed };
    }
    case "authority_count":
      return compareNumber(published, countAuthorities(o, f.condition, f.area), f.published, formatInt);
    case "ranking":
      return compareRanking(o, f.by, f.published, published);
    case "reference_count": {
      // authorities.csv may hold a row per authority for each period; the reference list is the authorities.
      const n = new Set(o.authorities.map((a) => a.authority_code)).size;
      return compareNumber(published, { lo: n, hi: n }, f.published, formatInt);
    }
  }
}

function describePublished(f: ExpectedFigure): string {
  switch (f.kind) {
    case "percentage":
      return `${f.published.toFixed(f.decimals)}%`;
    case "average":
      return f.published.toFixed(f.decimals);
    case "ranking":
      return f.published.join(", ");
    default:
      return formatInt(f.published);
  }
}

function compareNumber(
  published: string,
  value: Interval,
  target: number,
  fmt: (n: number) => string,
): Omit<FigureResult, "figure" | "pass"> {
  if (value.lo === value.hi) {
    const diff = value.lo - target;
    const shown = fmt(value.lo);
    // Compare as displayed, so 2.4 published matches a computed 2.4 however the float is stored.
    const same = shown === fmt(target);
    return {
      published,
      computed: shown,
      status: same ? "exact" : "differs",
      difference: same ? "none" : `${diff > 0 ? "+" : "−"}${fmt(Math.abs(diff))}`,
    };
  }
  const range = `${fmt(value.lo)}–${fmt(value.hi)}`;
  const inside = value.lo <= target && target <= value.hi;
  return {
    published,
    computed: range,
    status: inside ? "within_bounds" : "differs",
    difference: inside ? `within bounds ${range} (suppressed figures)` : `published ${fmt(target)} is outside ${range}`,
  };
}

/** Half-up rounding of a ratio to `decimals` places, in integers, so 593/4744 → 12.5 → 13 exactly. */
export function roundRatioHalfUp(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator)) / scale;
}

const asList = (x: string | string[]): string[] => (Array.isArray(x) ? x : [x]);

const norm = (s: string) => s.trim().toLowerCase();

/** An area named in the expected file, resolved to the code the summaries use. */
function resolveArea(o: LoadedOutputs, area: string): { code: string; name: string } {
  const key = norm(area);
  if (key === "uk" || key === "united kingdom" || key === norm(UK_CODE)) {
    const row = o.summaries.find((s) => s.area_code === UK_CODE);
    return { code: UK_CODE, name: row?.area_name ?? "United Kingdom" };
  }
  const row = o.summaries.find((s) => norm(s.area_code) === key || norm(s.area_name) === key);
  if (!row) throw new FigureError(`area "${area}" is not in summary-national.csv or summary-regional.csv`);
  return { code: row.area_code, name: row.area_name };
}

/** A total from the summaries: exact values plus suppressed bounds, over every area and measure listed. */
function sumTotal(o: LoadedOutputs, t: Total): Interval {
  const out = { lo: 0, hi: 0 };
  for (const area of asList(t.area)) {
    const { code, name } = resolveArea(o, area);
    for (const measure of asList(t.measure)) {
      // One row per period (the outputs are already narrowed to the figure's
      // periods, which are added together). Wales, Scotland and Northern
      // Ireland are both a nation and a region, so each has a row in both
      // summaries: the first row of each period is the one.
      const byPeriod = new Map<string, SummaryRow>();
      for (const s of o.summaries) {
        if (s.area_code === code && s.measure === measure && !byPeriod.has(s.period)) byPeriod.set(s.period, s);
      }
      if (byPeriod.size === 0) throw new FigureError(`no summary of ${measure} for ${name}`);
      for (const row of byPeriod.values()) {
        // An average or a percentage has no total to set beside a published one.
        if (row.lower === null || row.upper === null) {
          throw new FigureError(`${measure} is an average or a percentage: foi-agg gives no total for ${name}`);
        }
        out.lo += row.lower;
        out.hi += row.upper;
      }
    }
  }
  return out;
}

interface AuthorityFigure {
  code: string;
  name: string;
  value: Interval;
  /** False when none of the measures has a figure (not held, refused, no return...). */
  hasFigure: boolean;
}

function inArea(row: Pick<ValueRow, "nation" | "region_code" | "region_name">, area: string): boolean {
  const key = norm(area);
  if (key === "uk" || key === "united kingdom" || key === norm(UK_CODE)) return true;
  const nationCode = NATION_CODES[row.nation as keyof typeof NATION_CODES] ?? "";
  return [row.nation, nationCode, row.region_code, row.region_name].some((x) => norm(x) === key);
}

/** Each authority's figure for a measure or a sum of measures, from values.csv bounds. */
function authorityFigures(o: LoadedOutputs, measure: string | string[], area: string | string[]): AuthorityFigure[] {
  const measures = asList(measure);
  const areas = asList(area);
  const known = new Set(o.values.map((v) => v.measure));
  for (const m of measures) if (!known.has(m)) throw new FigureError(`measure ${m} is not in values.csv`);
  const byAuthority = new Map<string, AuthorityFigure>();
  for (const v of o.values) {
    if (!measures.includes(v.measure) || !areas.some((a) => inArea(v, a))) continue;
    let entry = byAuthority.get(v.authority_code);
    if (!entry) {
      entry = { code: v.authority_code, name: v.authority_name, value: { lo: 0, hi: 0 }, hasFigure: false };
      byAuthority.set(v.authority_code, entry);
    }
    // values.csv gives bounds equal to the value when exact and the interval when suppressed.
    const lo = v.lower ?? v.value;
    const hi = v.upper ?? v.value;
    if (lo === null || hi === null) continue;
    entry.value.lo += lo;
    entry.value.hi += hi;
    entry.hasFigure = true;
  }
  return [...byAuthority.values()];
}

function countAuthorities(o: LoadedOutputs, c: CountCondition, area: string | string[]): Interval {
  if ("nationality_breakdown" in c) {
    if (c.nationality_breakdown !== "any") checkGroup(o, c.nationality_breakdown);
    if (!o.nationalityBreakdowns) {
      throw new FigureError("quality.json is missing, so the run does not say which authorities gave nationality");
    }
    const where = new Map(o.values.map((v) => [v.authority_code, v]));
    const n = o.nationalityBreakdowns.filter((b) => {
      const row = where.get(b.authority);
      const groupOk =
        c.nationality_breakdown === "any" ? b.groups.length > 0 : b.groups.includes(c.nationality_breakdown);
      return groupOk && row !== undefined && asList(area).some((a) => inArea(row, a));
    }).length;
    return { lo: n, hi: n };
  }
  const test = (x: number) => (c.op === ">=" ? x >= c.value : c.op === ">" ? x > c.value : x === c.value);
  let definite = 0;
  let possible = 0;
  for (const a of authorityFigures(o, c.measure, area)) {
    if (!a.hasFigure) continue;
    // An interval satisfies the condition definitely when both ends do (the conditions are monotone or a point test).
    const { lo, hi } = a.value;
    if (c.op === "=" ? lo === hi && lo === c.value : test(lo)) definite += 1;
    else if (c.op === "=" ? lo <= c.value && c.value <= hi : test(hi)) possible += 1;
  }
  return { lo: definite, hi: definite + possible };
}

interface Ranked {
  key: string;
  name: string;
  aliases: string[];
  value: Interval;
}

function rankEntries(o: LoadedOutputs, by: RankingBy): Ranked[] {
  if ("nationalities" in by) {
    checkGroup(o, by.nationalities);
    // One entry per nationality: a figure over several periods adds their rows.
    const entries = new Map<string, Ranked>();
    for (const n of o.nationalities.filter((x) => x.group === by.nationalities)) {
      const lo = n.lower ?? n.missing_children;
      const hi = n.upper ?? n.missing_children;
      const seen = entries.get(n.nationality);
      if (seen) seen.value = { lo: seen.value.lo + lo, hi: seen.value.hi + hi };
      else
        entries.set(n.nationality, {
          key: n.nationality,
          name: n.nationality,
          aliases: [n.nationality, n.iso_code].filter(Boolean),
          value: { lo, hi },
        });
    }
    return [...entries.values()];
  }
  return authorityFigures(o, by.measure, by.area)
    .filter((a) => a.hasFigure)
    .map((a) => ({ key: a.code, name: a.name, aliases: [a.code, a.name], value: a.value }));
}

/**
 * A ranking passes when the top N, ordered by the figures known (the lower
 * bound where suppressed), is the published list in order, with no tie in
 * exact figures deciding it. It is marked uncertain when a suppressed
 * figure's bounds could still change the order.
 */
function compareRanking(
  o: LoadedOutputs,
  by: RankingBy,
  published: string[],
  publishedText: string,
): Omit<FigureResult, "figure" | "pass"> {
  const entries = rankEntries(o, by).sort(
    (a, b) => b.value.lo - a.value.lo || b.value.hi - a.value.hi || a.name.localeCompare(b.name),
  );
  const n = published.length;
  const top = entries.slice(0, n);
  const show = (e: Ranked) => `${e.name} (${formatInterval(e.value)})`;
  const computed = top.map(show).join(", ");
  if (top.length < n) {
    return {
      published: publishedText,
      computed,
      status: "differs",
      difference: `only ${top.length} of ${n} ranked entries have figures`,
    };
  }
  const mismatch = published.findIndex((p, i) => !(top[i] as Ranked).aliases.some((x) => norm(x) === norm(p)));
  if (mismatch >= 0) {
    return {
      published: publishedText,
      computed,
      status: "differs",
      difference: `position ${mismatch + 1}: published ${published[mismatch]}, computed ${(top[mismatch] as Ranked).name}`,
    };
  }
  const exact = (e: Ranked | undefined) => e !== undefined && e.value.lo === e.value.hi;
  for (let i = 0; i < n; i++) {
    const here = entries[i] as Ranked;
    const next = entries[i + 1];
    if (next && exact(here) && exact(next) && here.value.lo === next.value.lo) {
      return {
        published: publishedText,
        computed,
        status: "differs",
        difference: `${here.name} and ${next.name} tie on ${here.value.lo}, so position ${i + 1} is not determined`,
      };
    }
  }
  const doubtful: string[] = [];
  for (let i = 0; i < n; i++) {
    const here = entries[i] as Ranked;
    const challenger = entries.slice(i + 1).find((e) => e.value.hi >= here.value.lo);
    if (challenger) doubtful.push(`${challenger.name} (${formatInterval(challenger.value)}) could reach ${here.name}`);
  }
  return {
    published: publishedText,
    computed,
    status: doubtful.length > 0 ? "uncertain" : "exact",
    difference: doubtful.length > 0 ? `order uncertain: ${doubtful.join("; ")}` : "none",
  };
}

function formatInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatInterval(i: Interval): string {
  return i.lo === i.hi ? formatInt(i.lo) : `${formatInt(i.lo)}–${formatInt(i.hi)}`;
}
