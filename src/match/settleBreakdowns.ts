import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { formatCell, issueLocation } from "../domain/source.js";

/** What the match stage noted about a fact's labels, for settling a measure given more than once. */
export interface FactLabels {
  /** Labelled as a total ("Total", "All", "Total for period (unique children)"). */
  total: boolean;
  /** How many of its labels say total: 2 for the corner of a table totalled both ways. */
  totalCount: number;
  /** How a period in the fact's own labels compares with the request's, when they state one. */
  periodFit: "match" | "approximate" | null;
  /** The label that slices the measure ("Male", "16-17", "Q3 2014/15"), and how. */
  slice: { text: string; kind: BreakdownKind } | null;
  /** True when the measure counts episodes, which add up across spans of time; children may not. */
  countsEpisodes: boolean;
  /** Marked only because its label counts part of the group ("Male", "under 14"): a slice, if its siblings make a whole. */
  partOfGroup: boolean;
  /** The requested period(s) its texts name, when the request asks for several; "" for a one-period request. */
  periodKey: string;
  /** Its slice is a span of time that names its own dates inside the requested period ("Oct–Dec 2014"). */
  sliceWithinPeriod: boolean;
  /**
   * With several periods asked for: the months its time slice names ("2021 Q1 (Jan-Mar)", "April 2024"),
   * as month numbers counted from year 0, or null when its words do not say; and the months of the one
   * requested period it is keyed to (whole months only), or null.
   */
  sliceMonths?: { first: number; last: number } | null;
  periodMonths?: { first: number; last: number } | null;
  /** The requested period its slice's months lie in, when no words of its own name one ("April 2024"). */
  periodLabel?: string;
}

export type BreakdownKind = "partition" | "time";

export interface SettledBreakdowns {
  facts: Fact[];
  issues: Issue[];
  decisions: Decision[];
}

/**
 * A measure given several times on one sheet, sliced by a breakdown or by
 * period, settled the way a careful reader would:
 * - a row for exactly the requested period beside rows for periods that only
 *   overlap it ("2014-15" beside "1 Oct 2014 – 30 Sep 2015"): the overlapping
 *   ones are another period's, and are marked so;
 * - one figure labelled a total: it is the answer when it equals the sum of
 *   the others, or, for children counted over spans of time (a child missing
 *   in two quarters is one child in the total), when it lies between the
 *   largest span and their sum;
 * - no total, and every figure a part of one partition ("Male", "Female"):
 *   their sum is the answer, derived and flagged so a person can confirm
 *   the parts are the whole. Episodes over spans of time add up the same way;
 *   children over spans of time do not, so they give only bounds.
 * Anything else is left as it is, to disagree (and be flagged) later.
 *
 * An average or a percentage (`summable` false) is never added up: its
 * parts (one average per team) make no whole without each part's size, so
 * only a figure labelled a total beside them is taken, and parts alone are
 * left to disagree.
 */
export function settleBreakdowns(
  facts: readonly Fact[],
  labels: readonly FactLabels[],
  summable: (measure: string) => boolean = () => true,
): SettledBreakdowns {
  const out: SettledBreakdowns = { facts: [], issues: [], decisions: [] };
  const drop = new Set<number>();
  const replace = new Map<number, Fact>();
  const marked = new Map<number, string>();
  const keyOf = (f: Fact, i: number) => `${f.measure}\u0000${labels[i]?.periodKey ?? ""}`;
  for (const key of new Set(facts.map(keyOf))) {
    const measure = key.split("\u0000")[0] as string;
    const same = facts
      .map((f, i) => ({ f, i, l: labels[i] }))
      .filter((x): x is { f: Fact; i: number; l: FactLabels } => keyOf(x.f, x.i) === key && x.l !== undefined)
      .filter(
        ({ f, l }) =>
          (!f.otherPeriod || (l.partOfGroup && l.slice?.kind === "partition") || l.sliceWithinPeriod) &&
          f.status !== "not_answered",
      );
    if (same.length < 2) continue;
    if (same.some(({ l }) => l.periodFit === "match") && same.some(({ l }) => l.periodFit === "approximate")) {
      for (const { f, i, l } of same) {
        if (l.periodFit === "approximate")
          marked.set(i, `"${f.label}" gives a period that only overlaps the one requested`);
      }
      continue;
    }
    if (!same.every(({ f }) => f.status === "reported" && f.value !== null)) {
      if (summable(measure)) settleSuppressedParts(measure, same, out, drop, replace);
      continue;
    }
    if (!summable(measure)) {
      const totals = same.filter(({ l }) => l.total);
      const top = totals[0];
      if (totals.length !== 1 || !top || !sameSheet(same.map(({ f }) => f))) continue;
      for (const { i } of same) if (i !== top.i) drop.add(i);
      out.decisions.push(
        decisionAt(
          top.f,
          `${measure}: "${top.f.raw}" under "${top.f.label}" is the overall figure; the parts beside it are not used (an average or a percentage is never added up).`,
        ),
      );
      continue;
    }
    const oneSheet = sameSheet(same.map(({ f }) => f));
    // A table broken down both ways ("Male | Female | Total" down, "Under 14
    // | 14-15 | Total" across) gives its answer where both totals meet.
    const grand = Math.max(...same.map(({ l }) => l.totalCount));
    const corner = same.filter(({ l }) => l.totalCount === grand);
    const top = corner[0];
    // Its row and column of totals each add up to it, so together to twice it;
    // a table whose totals disagree is left to be flagged.
    const margins = same.filter(({ l }) => l.totalCount === 1).reduce((n, { f }) => n + (f.value ?? 0), 0);
    const adds = top !== undefined && margins === 2 * (top.f.value ?? 0);
    if (grand >= 2 && corner.length === 1 && top && adds && oneSheet && same.every(({ l }) => l.total || l.slice)) {
      for (const { i } of same) if (i !== top.i) drop.add(i);
      out.decisions.push(
        decisionAt(
          top.f,
          `${measure}: "${top.f.raw}" under "${top.f.label}" is the table's grand total; its parts beside it are not used.`,
        ),
      );
      continue;
    }
    const totals = same.filter(({ l }) => l.total);
    const parts = same.filter(({ l }) => !l.total);
    const sum = parts.reduce((n, { f }) => n + (f.value ?? 0), 0);
    const max = Math.max(...parts.map(({ f }) => f.value ?? 0));
    const { kind, distinct } = sliceShape(parts);
    const total = totals[0];
    if (totals.length === 1 && total) {
      const value = total.f.value ?? 0;
      const spans = oneSheet && kind === "time" && distinct && !total.l.countsEpisodes && max <= value && value <= sum;
      if (value !== sum && !spans) {
        // "3 + 4 + 2 + 5" episodes by quarter beside "Total for period: 15":
        // parts that add up (a partition, or episodes over spans of time)
        // and a total that is not their sum cannot both be right. Both stay,
        // to disagree as before, and the measure is flagged here.
        const additive = kind === "partition" || (kind === "time" && total.l.countsEpisodes);
        if (oneSheet && distinct && kind !== null && (additive || value < max || value > sum)) {
          const loc = total.f.sources[0] ? issueLocation(total.f.sources[0]) : {};
          out.issues.push(
            makeIssue("check_parts_sum", {
              message: `"${total.f.raw}" under "${total.f.label}" (${measure}) is not the ${additive ? "sum" : "possible total"} of ${listParts(parts)}${additive ? `, which add up to ${sum}` : `, which allow ${max} to ${sum}`}. Check which figure is right.`,
              ...loc,
              measure,
              raw: total.f.raw,
            }),
          );
        }
        continue;
      }
      // "31 | 33 | 36 | 40" children by quarter beside "Total: 46": a child
      // in two quarters is one child in the total, so the total is used; but
      // that the parts do not add up is said on the measure (info, no
      // letter), so a reader can check the total does count each child once.
      if (value !== sum) {
        const loc = total.f.sources[0] ? issueLocation(total.f.sources[0]) : {};
        out.issues.push(
          makeIssue("check_parts_sum", {
            severity: "info",
            message: `"${total.f.raw}" under "${total.f.label}" (${measure}) is not the sum of ${listParts(parts)}, which add up to ${sum}; children counted over spans of time may be counted in more than one, so the total is used as each child counted once. Check that it is.`,
            ...loc,
            measure,
            raw: total.f.raw,
          }),
        );
      }
      for (const { i } of parts) drop.add(i);
      if (total.f.otherPeriod) continue;
      const why =
        value === sum
          ? "is the total of"
          : "counts each child once, where the spans of time beside it may count a child in more than one of";
      out.decisions.push(
        decisionAt(
          total.f,
          `${measure}: "${total.f.raw}" under "${total.f.label}" ${why} ${listParts(parts)}; the total is used.`,
        ),
      );
      continue;
    }
    if (totals.length > 0 || kind === null || !distinct || !oneSheet) continue;
    const first = parts[0];
    if (!first) continue;
    // "2021 Q1 (Jan-Mar)" … "2021 Q4 (Oct-Dec)" under a request for each calendar year: spans of time
    // keyed to one requested period add up to it only if together they are that period, each month
    // once. Three quarters of a year are not the year: left as they are, to disagree and be flagged.
    if (kind === "time" && leavesMonthsOut(parts.map(({ l }) => l))) continue;
    // Children over spans of time cannot be added up, except when every span
    // has none: no child in any span is no child in the period.
    const exact = kind === "partition" || first.l.countsEpisodes || sum === 0;
    const fact = sumOfParts(measure, parts, exact ? { value: sum, lower: sum } : { value: null, lower: max }, sum);
    const { raw } = fact;
    for (const { i } of parts) drop.add(i);
    replace.set(first.i, fact);
    const loc = first.f.sources[0] ? issueLocation(first.f.sources[0]) : {};
    const message = exact
      ? `${listParts(parts)} give ${measure} in parts with no total beside them; their sum, ${sum}, is used. Check that the parts are the whole.`
      : `${listParts(parts)} give ${measure} for spans of time with no total; a child missing in more than one span is counted in each, so they cannot be added up and the figure is only known to be between ${max} and ${sum}.`;
    // Children over spans of time are not added up, so the figure is no sum:
    // the request's total was not given, only its parts, and a person must ask for it.
    out.issues.push(makeIssue(exact ? "value_summed" : "check_part_without_total", { message, ...loc, measure, raw }));
  }
  // A slice left over is part of the measure, not all of it ("Q1 | 12" alone
  // is one quarter's count): marked, so it is set aside beside the whole or
  // flagged without it. Beside a total that does not fit, the slices stay,
  // to disagree with it.
  const totalled = new Set(facts.filter((_, i) => labels[i]?.total).map(keyOf));
  facts.forEach((f, i) => {
    const slice = labels[i]?.slice;
    if (!slice || drop.has(i) || replace.has(i) || marked.has(i) || f.otherPeriod || totalled.has(keyOf(f, i))) return;
    marked.set(
      i,
      slice.kind === "time"
        ? `"${slice.text}" is a span of time within the period, not all of it`
        : `"${slice.text}" counts part of the group, not all of it`,
    );
  });
  facts.forEach((f, i) => {
    const instead = replace.get(i);
    if (instead) out.facts.push(instead);
    else if (!drop.has(i)) {
      const why = marked.get(i);
      out.facts.push(why ? { ...f, otherPeriod: why } : f);
    }
  });
  return out;
}

type Settling = { f: Fact; i: number; l: FactLabels };

/**
 * "Male | 10" over "Female | <5": parts of a partition (or episodes over spans of time, which add up too)
 * where some parts are suppressed. Each suppressed part is only known within its bounds, so:
 * - with a total beside them that lies within the parts' bounds, the total is the answer, as it is for
 *   parts that add up exactly;
 * - with a total outside those bounds, the parts and the total cannot both be right: flagged on the measure,
 *   and all are left to disagree;
 * - with no total, the measure is suppressed, between the sum of the parts' lower bounds and the sum of
 *   their upper bounds, and flagged so a person can confirm the parts are the whole.
 * Children over spans of time (a child missing in two quarters) never add up, so they are left as they are;
 * so is anything not cleanly parts and at most one total on one sheet.
 */
function settleSuppressedParts(
  measure: string,
  same: readonly Settling[],
  out: SettledBreakdowns,
  drop: Set<number>,
  replace: Map<number, Fact>,
): void {
  const bounded = ({ f }: Settling) =>
    (f.status === "reported" && f.value !== null) ||
    (f.status === "suppressed" && f.lower !== null && f.upper !== null);
  if (!same.every(bounded) || !sameSheet(same.map(({ f }) => f))) return;
  if (same.some(({ l }) => l.totalCount > 1)) return;
  const totals = same.filter(({ l }) => l.total);
  const parts = same.filter(({ l }) => !l.total);
  const first = parts[0];
  if (totals.length > 1 || parts.length < 2 || !first) return;
  const { kind, distinct } = sliceShape(parts);
  const additive = kind === "partition" || (kind === "time" && first.l.countsEpisodes);
  if (!additive || !distinct) return;
  if (kind === "time" && leavesMonthsOut(parts.map(({ l }) => l))) return;
  const lower = parts.reduce((n, { f }) => n + (f.value ?? f.lower ?? 0), 0);
  const upper = parts.reduce((n, { f }) => n + (f.value ?? f.upper ?? 0), 0);
  const total = totals[0];
  if (total) {
    if (total.f.status !== "reported" || total.f.value === null) return;
    const value = total.f.value;
    if (value < lower || value > upper) {
      const loc = total.f.sources[0] ? issueLocation(total.f.sources[0]) : {};
      out.issues.push(
        makeIssue("check_parts_sum", {
          message: `"${total.f.raw}" under "${total.f.label}" (${measure}) is not the sum of ${listParts(parts)}, which together are between ${lower} and ${upper}. Check which figure is right.`,
          ...loc,
          measure,
          raw: total.f.raw,
        }),
      );
      return;
    }
    for (const { i } of parts) drop.add(i);
    if (total.f.otherPeriod) return;
    out.decisions.push(
      decisionAt(
        total.f,
        `${measure}: "${total.f.raw}" under "${total.f.label}" is the total of ${listParts(parts)}, which together are between ${lower} and ${upper}; the total is used.`,
      ),
    );
    return;
  }
  const fact = sumOfParts(measure, parts, { value: null, lower }, upper);
  const { raw } = fact;
  replace.set(first.i, fact);
  for (const { i } of parts) drop.add(i);
  const loc = first.f.sources[0] ? issueLocation(first.f.sources[0]) : {};
  out.issues.push(
    makeIssue("value_summed", {
      message: `${listParts(parts)} give ${measure} in parts with no total beside them, some of them suppressed; together they are between ${lower} and ${upper}. Check that the parts are the whole.`,
      ...loc,
      measure,
      raw,
    }),
  );
}

/** The one kind of slice the parts share (null when they differ or have none), and whether no slice is given twice. */
function sliceShape(parts: readonly Settling[]): { kind: BreakdownKind | null; distinct: boolean } {
  const kinds = new Set(parts.map(({ l }) => l.slice?.kind ?? null));
  const kind = kinds.size === 1 ? ([...kinds][0] ?? null) : null;
  const distinct = new Set(parts.map(({ l }) => l.slice?.text.toLowerCase())).size === parts.length;
  return { kind, distinct };
}

/**
 * The measure made from its parts: exact ("derived") when `value` is known, else suppressed within
 * [lower, upper]; every part's cells its sources, and the parts' period where they name one.
 */
function sumOfParts(
  measure: string,
  parts: readonly Settling[],
  known: { value: number | null; lower: number },
  upper: number,
): Fact {
  const [first] = parts;
  return {
    measure,
    status: known.value !== null ? "derived" : "suppressed",
    value: known.value,
    lower: known.lower,
    upper,
    raw: parts.map(({ f }) => f.raw).join(" + "),
    sources: parts.flatMap(({ f }) => f.sources),
    label: parts.map(({ f }) => f.label).join(" | "),
    // "2024 Q1 (Jan-Mar)" and "April 2024" together are January to April 2024, which neither names.
    ...(first?.l.periodLabel !== undefined
      ? { periodText: first.l.periodLabel }
      : sharedPeriodText(parts.map(({ f }) => f))),
  };
}

/**
 * "male" and "female" rows under the column "2021": each part's period is in
 * its column title, so their sum is that column's too. Kept only when every
 * part has the same title; parts under titles that differ name no one period,
 * and their sum is left to be keyed by its label, as before.
 */
function sharedPeriodText(parts: readonly Fact[]): { periodText?: string } {
  const texts = new Set(parts.map((f) => f.periodText));
  const [one] = texts;
  return texts.size === 1 && one !== undefined ? { periodText: one } : {};
}

/**
 * Whether the parts' months are all known, and their requested period's too, and together they are not
 * that period's months each once. Parts whose words give no months ("Q1", "2021 Q2") say nothing either
 * way, and are settled as before.
 */
function leavesMonthsOut(parts: readonly FactLabels[]): boolean {
  const period = parts[0]?.periodMonths;
  const spans = parts.map((l) => l.sliceMonths);
  if (!period || spans.some((m) => !m)) return false;
  const sorted = (spans as { first: number; last: number }[]).slice().sort((a, b) => a.first - b.first);
  let next = period.first;
  for (const m of sorted) {
    if (m.first !== next) return true;
    next = m.last + 1;
  }
  return next !== period.last + 1;
}

function sameSheet(facts: readonly Fact[]): boolean {
  const keys = new Set(facts.map((f) => `${f.sources[0]?.file}\u0000${f.sources[0]?.sheet ?? ""}`));
  return keys.size === 1;
}

function listParts(parts: readonly { f: Fact }[]): string {
  return parts.map(({ f }) => `"${f.raw}" (${f.label})`).join(" + ");
}

function decisionAt(fact: Fact, message: string): Decision {
  const s = fact.sources[0];
  if (!s) return { file: "", message };
  const loc = issueLocation(s);
  return {
    file: s.file,
    ...(loc.sheet ? { sheet: loc.sheet } : {}),
    cell: formatCell(s),
    message,
  };
}
