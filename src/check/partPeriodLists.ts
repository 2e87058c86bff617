import type { NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type PeriodDef, type Request } from "../domain/request.js";
import type { Return, ValueRecord } from "../domain/returns.js";
import { describeSource, issueLocation } from "../domain/source.js";

/**
 * The caveats that say a figure counts another span than the period it is
 * taken for: only part of it ("* The 2020 column covers 1 January 2020 to
 * 30 November 2020 (to date)", "2019 figures cover 1 April to 31 December
 * 2019 only"), a nearby span ("2024 (to date)", a financial year), or
 * perhaps another period altogether.
 */
const PERIOD_CAVEATS = new Set<Issue["code"]>(["period_part", "period_approximate", "figure_other_period"]);

/** One requested period's settled figures for a return. */
export interface PeriodFigures {
  period: PeriodDef;
  values: readonly ValueRecord[];
}

/**
 * A nationality list breaks down the children of its group who went missing
 * in its period. Where the group's went-missing figure for that period is
 * flagged as covering only part of it, a nearby span or another period
 * (period_part, period_approximate, figure_other_period, raised on that
 * figure's own cell), the list beside it was drawn from the same records
 * and covers the same span: its counts are not the period's. The figure
 * stays, with its warning, but a list's counts go straight into the
 * national nationality totals, where that warning no longer shows: the
 * list is set aside (figure_set_aside on the group's went-missing measure,
 * naming the caveat) and counted in no total.
 *
 * A list given once for the whole span asked about (keyed to
 * request.period.id in a request of several periods) is no one period's
 * and stays; so does the other group's list for the same period, whose own
 * figure says nothing of it. In a request of one period, a list keyed to
 * no period is that period's. Pure.
 */
export function setAsidePartPeriodLists(ret: Return, perPeriod: readonly PeriodFigures[], request: Request): Return {
  if (ret.nationalities.length === 0) return ret;
  const one = request.periods.length < 2;
  const setAside = new Set<NationalityFact>();
  const issues: Issue[] = [];
  for (const { period, values } of perPeriod) {
    const groups = [...new Set(ret.nationalities.map((n) => n.group))];
    for (const group of groups) {
      const measure = findMeasure(request, group, "went_missing")?.id;
      if (measure === undefined) continue;
      const figure = values.find((v) => v.measure === measure);
      if (!figure) continue;
      const others = perPeriod.flatMap((o) =>
        o.period.id === period.id ? [] : o.values.filter((v) => v.measure === measure),
      );
      const caveat = caveatOn(figure, others, ret.issues);
      if (!caveat) continue;
      const facts = ret.nationalities.filter(
        (n) => n.group === group && !setAside.has(n) && (n.period === period.id || (one && n.period === undefined)),
      );
      if (facts.length === 0) continue;
      for (const f of facts) setAside.add(f);
      const first = facts[0] as NationalityFact;
      const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
      issues.push(
        makeIssue("figure_set_aside", {
          message: `The ${group} nationalities listed in ${describeSource(first.source)} (${listed}) break down the children who went missing in ${period.label}, whose figure "${figure.raw}" (${measure}) is flagged ${caveat.code} (it counts only part of that period, a nearby span or perhaps another period); the list beside it, drawn from the same records, may count the same span. The list was set aside and is not counted in the nationality totals.`,
          ...issueLocation(first.source),
          authority: ret.authority.gss_code,
          measure,
          raw: listed,
        }),
      );
    }
  }
  if (setAside.size === 0) return ret;
  return {
    ...ret,
    nationalities: ret.nationalities.filter((n) => !setAside.has(n)),
    issues: [...ret.issues, ...issues],
  };
}

/**
 * A period caveat raised at one of the figure's own cells, on its measure. A
 * cell another period's figure was read from too (a paragraph giving every
 * year's count, "para 23 – para 25") cannot say which period the caveat is
 * about, unless the caveat quotes this figure and no other period's figure
 * there is the same: else the caveat stays on the measure, where it is
 * shown, and no list is set aside on it.
 */
function caveatOn(figure: ValueRecord, others: readonly ValueRecord[], issues: readonly Issue[]): Issue | undefined {
  const key = (c: { file: string; sheet?: string; cell: string }) => `${c.file}\u0000${c.sheet ?? ""}\u0000${c.cell}`;
  const shared = new Set(others.flatMap((o) => o.sources.map((s) => key(issueLocation(s)))));
  const cells = figure.sources.map((s) => issueLocation(s));
  // "2018: 6    2019: 8    2020 (Jan-Sep): 7" on one line: a caveat on the shared line that quotes this
  // period's figure, and no other period's figure there, is this figure's own.
  const owns = (i: Issue, c: { file: string; sheet?: string; cell: string }) =>
    !shared.has(key(c)) ||
    (i.raw === figure.raw &&
      !others.some((o) => o.raw === figure.raw && o.sources.some((s) => key(issueLocation(s)) === key(c))));
  return issues.find(
    (i) =>
      PERIOD_CAVEATS.has(i.code) &&
      i.measure === figure.measure &&
      cells.some((c) => c.file === i.file && c.sheet === i.sheet && c.cell === i.cell && owns(i, c)),
  );
}
