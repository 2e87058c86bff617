import type { Decision, Fact, NationalityFact, UngroupedList } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type Group, type PeriodDef, type Request } from "../domain/request.js";
import { describeSource, formatCell, formatSource, issueLocation } from "../domain/source.js";
import { EXACT_STATUSES } from "../domain/values.js";
import { periodsNamed } from "../parse/periodsNamed.js";

/** Figures of a group that say the council cannot name its missing children, so cannot list their nationalities. */
const UNKNOWABLE = new Set(["not_held", "refused"]);

/** Every went-missing figure the file gives of a group is an exact 0, for no other period: none of its children went missing. */
function allNil(fs: readonly Fact[]): boolean {
  return fs.length > 0 && fs.every((f) => f.otherPeriod === undefined && EXACT_STATUSES.has(f.status) && f.value === 0);
}

/**
 * Whether a group's zeros speak of every period the other group's figures
 * do: the same periods named, or one figure naming none beside figures that
 * each name theirs ("Nil (none in these years)" beside "2018 – 7; 2019 – 5").
 * A 0 for one year says nothing of the others, where that group may have
 * had children missing.
 */
function coversPeriodsOf(zeros: readonly Fact[], own: readonly Fact[]): boolean {
  const named = (fs: readonly Fact[]) => fs.map((f) => f.periodText?.trim() ?? "");
  const ownNamed = named(own);
  if (ownNamed.some((t) => t === "")) return false;
  const [only, ...rest] = zeros;
  if (
    only &&
    rest.length === 0 &&
    (only.periodText?.trim() ?? "") === "" &&
    !ANY_YEAR.test(`${only.label} ${only.raw}`)
  )
    return true;
  const zeroNamed = new Set(named(zeros));
  return ownNamed.every((t) => zeroNamed.has(t));
}

/**
 * "Trafficked children who went missing: Nil in each of 2018, 2019 and
 * 2020", the UASC who went missing year by year, and "Of the young people
 * who went missing over 2018 to 2020, most (10) were Albanian": in a reply
 * of several periods, a group whose every went-missing figure is an exact 0
 * had no child to list in any of them. When every other group is so, and
 * one group has children missing (an exact count above 0, or a suppressed
 * one, in some period), the list is that group's. Its exact items may not
 * add up to more than that group's figures together could hold (each
 * period's upper bound, summed), nor may it say it covers more.
 */
function groupOfAllNil(
  list: UngroupedList,
  wentMissing: ReadonlyMap<Group, Fact[]>,
): { group: Group; why: string } | null {
  if (list.items.length === 0) return null;
  const withChildren = [...wentMissing].filter(([, fs]) =>
    fs.some((f) => f.otherPeriod === undefined && f.upper !== null && f.upper > 0 && (f.lower ?? 0) >= 1),
  );
  if (withChildren.length !== 1) return null;
  const [group, own] = withChildren[0] as [Group, Fact[]];
  if (![...wentMissing].every(([g, fs]) => g === group || (allNil(fs) && coversPeriodsOf(fs, own)))) return null;
  // A figure of another period, or one with no bounds, leaves the most the group's figures could hold untold.
  if (!own.every((f) => f.otherPeriod === undefined && f.upper !== null)) return null;
  const most = own.reduce((s, f) => s + (f.upper ?? 0), 0);
  const least = list.items.reduce((s, n) => s + (n.lower ?? 0), 0);
  if (least > most || (list.statedTotal !== null && list.statedTotal > most)) return null;
  return {
    group,
    why: `the only group with children who went missing; every went-missing figure of the others is 0`,
  };
}

/**
 * A nationality list whose words do not say whose children it counts can
 * only be one group's when the file's own figures leave no other: the
 * breakdown is of the children who went missing, so a group none of whose
 * children went missing has none to list. A list is given group G when G's
 * went-missing figure in the file is one exact count above 0, and every
 * other nationality group either
 * - has an exact 0 went missing (no child of it to list), or
 * - has no exact figure because the council says it cannot identify its
 *   children (not held, refused), and the list's exact items add up to G's
 *   went-missing count, or
 * - has no exact figure (not held, refused, or none given) and the list
 *   says it covers G's count of children who went missing ("Of the 41 …"),
 * - or has one suppressed count too small to hold the list, which says it
 *   covers G's count (a "Grand Total" row) and whose items can add up to it.
 * Anything else (two groups with children missing, a suppressed count, a
 * group the file says nothing of, a list that matches no count, a list of
 * more children than G's count or saying it covers another number, several
 * periods' figures) and the list stays
 * unread with its warning: a guess would be silently wrong.
 */
export function inferListGroup(
  lists: readonly UngroupedList[],
  facts: readonly Fact[],
  request: Pick<Request, "measures" | "nationalityGroups"> & { periods?: readonly PeriodDef[] },
): { nationalities: NationalityFact[]; issues: Issue[]; decisions: Decision[] } {
  const nationalities: NationalityFact[] = [];
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const wentMissing = new Map<Group, Fact[]>();
  for (const g of request.nationalityGroups) {
    const measure = findMeasure(request, g, "went_missing");
    wentMissing.set(g, measure ? facts.filter((f) => f.measure === measure.id) : []);
  }
  // A figure marked as another period's (last year's column, a slice) says
  // nothing about whose this period's list is, and its presence means the
  // file holds more than one period's figures: no inference then.
  const exact = (fs: readonly Fact[]): number | null => {
    const [only, ...rest] = fs;
    return only && rest.length === 0 && only.otherPeriod === undefined && EXACT_STATUSES.has(only.status)
      ? only.value
      : null;
  };
  for (const list of lists) {
    const group =
      groupOfList(list, wentMissing, exact) ??
      groupOfYearList(list, wentMissing, exact, request.periods ?? []) ??
      groupOfAllNil(list, wentMissing);
    if (!group) {
      issues.push(list.issue, ...shortBreakdowns(list, wentMissing, request));
      continue;
    }
    nationalities.push(...list.items.map((n) => ({ ...n, group: group.group })));
    const first = list.items[0];
    decisions.push({
      file: first?.source.file ?? list.issue.file ?? "",
      cell: first ? formatCell(first.source) : (list.issue.cell ?? ""),
      message: `The nationality list "${list.issue.raw ?? ""}" names no group; it was read as ${group.group}'s, ${group.why}.`,
    });
  }
  return { nationalities, issues, decisions };
}

/**
 * A list left unread because it is no one group's ("trafficked and UASC
 * together", or a list whose words and figures name no group) leaves the
 * nationality breakdown of each group short by its children in the list:
 * the national totals by nationality miss them. Every group whose count
 * of children who went missing is not an exact 0 in the file (a count
 * above 0, a suppressed or withheld one, or none given) may have children
 * in the list, so its went-missing measure is named, and the shortfall
 * shows on the figure it concerns. A count marked as another period's
 * says nothing of this period's breakdown.
 */
function shortBreakdowns(
  list: UngroupedList,
  wentMissing: ReadonlyMap<Group, readonly Fact[]>,
  request: Pick<Request, "measures">,
): Issue[] {
  const issues: Issue[] = [];
  for (const [group, facts] of wentMissing) {
    const own = facts.filter((f) => f.otherPeriod === undefined);
    const measure = findMeasure(request, group, "went_missing");
    if (!measure || (facts.length > 0 && own.length === 0)) continue;
    if (own.length > 0 && own.every((f) => EXACT_STATUSES.has(f.status) && f.value === 0)) continue;
    // A blank answer has no raw text: its status says what it was.
    const counts = own
      .map((f) => {
        const shown = f.raw.trim() || f.status.replaceAll("_", " ");
        return f.sources[0] ? `${shown}, ${describeSource(f.sources[0])}` : shown;
      })
      .join("; ");
    issues.push(
      makeIssue("check_nationality_sum", {
        message: `The nationality list in ${list.issue.file ?? "the file"}${list.issue.cell ? `, ${list.issue.cell}` : ""} ("${(list.issue.raw ?? "").trim()}") does not give its children by group, so none of the ${group} children who went missing (${counts || "no count given"}) is in the totals by nationality.`,
        measure: measure.id,
        file: list.issue.file ?? own[0]?.sources[0]?.file,
        sheet: list.issue.sheet,
        cell: list.issue.cell,
        raw: list.issue.raw,
      }),
    );
  }
  return issues;
}

function groupOfList(
  list: UngroupedList,
  wentMissing: ReadonlyMap<Group, Fact[]>,
  exact: (fs: readonly Fact[]) => number | null,
): { group: Group; why: string } | null {
  if (list.items.length === 0) return null;
  const withChildren = [...wentMissing].filter(([, fs]) => (exact(fs) ?? 0) > 0);
  if (withChildren.length !== 1) return null;
  const [group, own] = withChildren[0] as [Group, Fact[]];
  const count = exact(own) as number;
  const others = [...wentMissing].filter(([g]) => g !== group);
  const sum = list.items.every((n) => n.status === "reported" && n.value !== null)
    ? list.items.reduce((s, n) => s + (n.value ?? 0), 0)
    : null;
  // "For context, nationality of all looked after children reported missing:
  // British 23, Polish 2, Eritrean 1" beside 1 UASC who went missing: a list
  // of more children than the group had missing, or one that says it covers
  // another number, is not that group's list, whatever the other counts.
  if ((sum !== null && sum > count) || (list.statedTotal !== null && list.statedTotal !== count)) return null;
  if (others.every(([, fs]) => exact(fs) === 0)) {
    return { group, why: `the only group with children who went missing (${count}; the others' count is 0)` };
  }
  // A group the council says it cannot identify (not held, refused) has no list of its own.
  const unknowable = (fs: readonly Fact[]) =>
    exact(fs) === 0 || (fs.length > 0 && fs.every((f) => UNKNOWABLE.has(f.status) && f.otherPeriod === undefined));
  // "Of the 41 young people who went missing, …" with 41 this group's count
  // names the group in all but words; a group the file says nothing of
  // cannot then be the list's.
  if (
    list.statedTotal === count &&
    !list.totalFromSumRow &&
    others.every(([, fs]) => fs.length === 0 || unknowable(fs))
  ) {
    return {
      group,
      why: `the only group with a count of children who went missing, which is the ${count} the list says it covers`,
    };
  }
  // Items that only add up to the count are weaker: every other group must say it cannot be listed.
  if (sum === count && others.every(([, fs]) => unknowable(fs))) {
    return {
      group,
      why: `the only group with a count of children who went missing, which its figures add up to (${count})`,
    };
  }
  // "fewer than 5" trafficked children beside a list of 5 that is this group's count: the list holds more
  // children than the other group had (at most 4), and fewer than both groups together (at least 6).
  if (sum === count && sum > 0 && others.every(([, fs]) => unknowable(fs) || tooFewToHold(fs, sum))) {
    return {
      group,
      why: `the only group whose count of children who went missing its figures add up to (${count}); the other group's suppressed count is too small to hold them, and with it the children would be more`,
    };
  }
  // "Grand Total | 16" under a column naming no group, beside 16 UASC and "<5" trafficked children who went
  // missing: the list says it covers this group's count, which the other group's suppressed count cannot
  // hold, and both groups together would be more. Its items must be able to add up to that count.
  if (
    list.statedTotal === count &&
    count > 0 &&
    boundsHold(list, count) &&
    others.every(([, fs]) => unknowable(fs) || tooFewToHold(fs, count))
  ) {
    return {
      group,
      why: `the only group whose count of children who went missing is the ${count} the list says it covers; the other group's suppressed count is too small to hold them, and with it the children would be more`,
    };
  }
  return null;
}

/** Whether the list's items, each exact or within its bounds, can add up to `count`. */
function boundsHold(list: UngroupedList, count: number): boolean {
  let lower = 0;
  let upper = 0;
  for (const n of list.items) {
    if (n.lower === null || n.upper === null) return false;
    lower += n.lower;
    upper += n.upper;
  }
  return lower <= count && count <= upper;
}

/** One suppressed count of at least 1 and fewer than `sum`: a list of `sum` children is not its group's. */
function tooFewToHold(fs: readonly Fact[], sum: number): boolean {
  const [only, ...rest] = fs;
  return (
    only !== undefined &&
    rest.length === 0 &&
    only.otherPeriod === undefined &&
    only.status === "suppressed" &&
    only.lower !== null &&
    only.lower >= 1 &&
    only.upper !== null &&
    only.upper < sum
  );
}

/**
 * "In 2018 the young people who went missing were Iraqi (2), Ethiopian (2),
 * Kuwaiti (1)." in a reply giving each figure year by year: a list that
 * names one requested period is judged, as groupOfList judges a list, by
 * the figures of that period alone. Every went-missing figure must name
 * its period (its row or column words): one naming none might be this
 * period's, and then whose the list is is not told.
 */
function groupOfYearList(
  list: UngroupedList,
  wentMissing: ReadonlyMap<Group, Fact[]>,
  exact: (fs: readonly Fact[]) => number | null,
  periods: readonly PeriodDef[],
): { group: Group; why: string } | null {
  if (periods.length < 2) return null;
  const texts = new Set(list.items.map((n) => n.periodText ?? ""));
  const [text] = texts;
  if (texts.size !== 1 || !text) return null;
  const [period, ...more] = periodsNamed(text, periods);
  if (!period || more.length > 0) return null;
  const ofPeriod = new Map<Group, Fact[]>();
  for (const [g, fs] of wentMissing) {
    // Each figure's period as keyPeriods reads it: the first of its period texts that names any ("2019 | In
    // 2018", a sentence's year list run on from its first clause, is 2019's), else its label.
    const named = fs.map((f) => {
      for (const t of [...(f.periodText ?? "").split(" | "), f.label]) {
        const ps = periodsNamed(t, periods);
        if (ps.length > 0) return ps;
      }
      return [];
    });
    // "In terms of section 17 of FOISA, the Council does not hold this information" said once of a group's
    // questions, naming no year, says it of every year: the group has no list in the list's year either.
    if (fs.length > 0 && fs.every((f, i) => UNKNOWABLE.has(f.status) && named[i]?.length === 0)) {
      ofPeriod.set(g, [...fs]);
      continue;
    }
    if (named.some((ps) => ps.length !== 1)) return null;
    ofPeriod.set(
      g,
      fs.filter((_, i) => named[i]?.[0]?.id === period.id),
    );
  }
  const found = groupOfList(list, ofPeriod, exact);
  return found ? { group: found.group, why: `${found.why}, in ${period.label}, the period the list names` } : null;
}

/**
 * "Trafficked children who went missing: 0" and then "Nationalities: Afghan
 * 2, Eritrean 1": a list whose own words name no group took the group of
 * the line before it, but the file says none of that group's children went
 * missing, so the list cannot be theirs. Such a list goes back to being
 * unnamed (one per source cell), for inferListGroup to give it the only
 * group the file's figures leave, or to report. Every other list keeps its
 * group; the context mark is dropped from all.
 */
export function releaseContextLists(
  nationalities: readonly NationalityFact[],
  facts: readonly Fact[],
  request: Pick<Request, "measures" | "nationalityGroups">,
): { kept: NationalityFact[]; released: UngroupedList[] } {
  const none = (group: Group) => {
    const measure = findMeasure(request, group, "went_missing");
    const fs = measure ? facts.filter((f) => f.measure === measure.id) : [];
    // One figure of 0, or every figure 0 in a reply of several periods: none of the group's children went missing.
    return allNil(fs);
  };
  const kept: NationalityFact[] = [];
  const bySource = new Map<string, NationalityFact[]>();
  const fromContext: NationalityFact[] = [];
  for (const n of nationalities) {
    const { groupFromContext, ...fact } = n;
    if (groupFromContext && none(n.group)) {
      const key = formatSource(n.source);
      bySource.set(key, [...(bySource.get(key) ?? []), fact]);
    } else if (groupFromContext) fromContext.push(fact);
    else kept.push(fact);
  }
  // A list given the line before's group may count every group's children together.
  const together = new Map<string, { list: NationalityFact[]; counts: string }>();
  for (const [key, list] of groupBySource(fromContext)) {
    const counts = countsTogether(list, facts, request);
    if (counts) together.set(key, { list, counts });
    else kept.push(...list);
  }
  const released = [...bySource.values()].map((list): UngroupedList => {
    const first = list[0] as NationalityFact;
    const items = list.map(({ group: _group, ...item }) => item);
    const raw = first.periodText ?? items.map((i) => `${i.raw} ${i.rawValue}`).join(", ");
    return {
      items,
      statedTotal: null,
      issue: makeIssue("layout_unknown", {
        message: `The nationalities listed in ${describeSource(first.source)} ("${raw.trim()}") follow a line about ${first.group} children, but the file says none of them went missing, and its other figures do not tell whose the list is, so it was not counted.`,
        ...issueLocation(first.source),
        raw: raw.trim(),
      }),
    };
  });
  for (const { list, counts } of together.values()) {
    const first = list[0] as NationalityFact;
    const items = list.map(({ group: _group, ...item }) => item);
    const raw = first.periodText ?? items.map((i) => `${i.raw} ${i.rawValue}`).join(", ");
    released.push({
      items,
      statedTotal: null,
      issue: makeIssue("label_ambiguous", {
        message: `The nationalities listed in ${describeSource(first.source)} ("${raw.trim()}") follow a line about ${first.group} children, but they add up to the children of every group who went missing together (${counts}), not to the ${first.group} children's alone: the list does not say which child is in which group, so it was not counted.`,
        ...issueLocation(first.source),
        raw: raw.trim(),
      }),
    });
  }
  return { kept, released };
}

function groupBySource(list: readonly NationalityFact[]): Map<string, NationalityFact[]> {
  const out = new Map<string, NationalityFact[]>();
  for (const n of list) {
    const key = formatSource(n.source);
    out.set(key, [...(out.get(key) ?? []), n]);
  }
  return out;
}

/**
 * "9. Nationalities: the nine children who went missing were Albanian (3),
 * Vietnamese (2), Afghan (2), Eritrean (1), Iranian (1)." under the UASC
 * questions, with 2 trafficked and 7 UASC children who went missing: the
 * list's exact counts add up to the groups' went-missing figures together
 * (two or more groups with children missing, each one exact count for the
 * file's one period), and not to its context group's own. Such a list is
 * every group's at once; it is released, never split by guess. Returns the
 * sum written out ("2 + 7 = 9") when so, else null.
 */
function countsTogether(
  list: readonly NationalityFact[],
  facts: readonly Fact[],
  request: Pick<Request, "measures" | "nationalityGroups">,
): string | null {
  if (list.length === 0 || !list.every((n) => n.status === "reported" && n.value !== null)) return null;
  const sum = list.reduce((s, n) => s + (n.value ?? 0), 0);
  const counts: number[] = [];
  let own: number | null = null;
  for (const g of request.nationalityGroups) {
    const measure = findMeasure(request, g, "went_missing");
    const fs = measure ? facts.filter((f) => f.measure === measure.id) : [];
    const [only, ...rest] = fs;
    const exact =
      only !== undefined && rest.length === 0 && only.otherPeriod === undefined && EXACT_STATUSES.has(only.status)
        ? only.value
        : null;
    if (g === list[0]?.group) own = exact;
    if (exact !== null && exact > 0) counts.push(exact);
  }
  if (counts.length < 2 || own === sum) return null;
  const total = counts.reduce((s, c) => s + c, 0);
  return total === sum ? `${counts.join(" + ")} = ${total}` : null;
}

/**
 * "The unaccompanied young people who went missing were all Afghan
 * nationals": no count is written, so the item's count is the group's own
 * went-missing figure in the same file, when that is one figure for the
 * file's one period: exact gives the count, suppressed gives its bounds.
 * Without such a figure the item is left out and reported: a guess would
 * put a number in the national total that nobody wrote.
 */
export function countAllOfGroup(
  nationalities: readonly NationalityFact[],
  facts: readonly Fact[],
  request: Pick<Request, "measures">,
): { nationalities: NationalityFact[]; issues: Issue[]; decisions: Decision[] } {
  const out: NationalityFact[] = [];
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  for (const n of nationalities) {
    const { allOfGroup, ...fact } = n;
    if (!allOfGroup) {
      out.push(n);
      continue;
    }
    const measure = findMeasure(request, n.group, "went_missing");
    const fs = measure ? facts.filter((f) => f.measure === measure.id) : [];
    const [only, ...rest] = fs;
    const usable =
      only !== undefined &&
      rest.length === 0 &&
      only.otherPeriod === undefined &&
      ((EXACT_STATUSES.has(only.status) && only.value !== null && only.value > 0) ||
        (only.status === "suppressed" && only.lower !== null && only.upper !== null));
    const said = (n.periodText ?? n.raw).trim();
    const perPeriod = usable ? [] : countEachPeriod(fs, said);
    if (perPeriod.length > 0) {
      for (const f of perPeriod) {
        const status = f.status === "suppressed" ? "suppressed" : "reported";
        out.push({
          ...fact,
          status,
          value: status === "reported" ? f.value : null,
          lower: f.lower,
          upper: f.upper,
          ...(f.periodText !== undefined ? { periodText: f.periodText } : {}),
        });
      }
      decisions.push({
        file: n.source.file,
        ...(formatCell(n.source) ? { cell: formatCell(n.source) } : {}),
        message: `"${said}" names no period, so it was read as all the ${n.group} children who went missing in each period the file gives a figure for (${perPeriod.map((f) => `${f.periodText}: ${f.raw || f.value}`).join("; ")}) being ${n.nationality}.`,
      });
      continue;
    }
    if (!usable) {
      issues.push(
        makeIssue("layout_unknown", {
          message: `${describeSource(n.source)} says the ${n.group} children who went missing were all ${n.nationality} ("${said}"), but the file gives no one count of them to take, so the nationality was not counted.`,
          ...issueLocation(n.source),
          raw: said,
        }),
      );
      continue;
    }
    const status = only.status === "suppressed" ? "suppressed" : "reported";
    out.push({
      ...fact,
      status,
      value: status === "reported" ? only.value : null,
      lower: only.lower,
      upper: only.upper,
    });
    decisions.push({
      file: n.source.file,
      ...(formatCell(n.source) ? { cell: formatCell(n.source) } : {}),
      message: `"${said}" read as all ${only.raw || only.value} ${n.group} children who went missing (${only.sources.map(formatSource).join("; ")}) being ${n.nationality}.`,
    });
  }
  return { nationalities: out, issues, decisions };
}

/** A year or a pair of years anywhere in a sentence. */
const ANY_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/**
 * "For trafficked children, all were British nationals" in a reply that
 * gives the group's went-missing figure for each of several periods (round
 * 83): a sentence naming no period speaks of the children of every period,
 * so each period's figure is that period's count of the nationality. Only
 * when every figure is usable (exact or suppressed, for no other period),
 * each names its own period and no two name the same; a period whose
 * figure is 0 has no child to count. Empty otherwise.
 */
function countEachPeriod(facts: readonly Fact[], said: string): Fact[] {
  if (facts.length < 2 || ANY_YEAR.test(said)) return [];
  const texts = facts.map((f) => f.periodText?.trim() ?? "");
  if (texts.some((t) => !ANY_YEAR.test(t)) || new Set(texts).size !== texts.length) return [];
  const usable = (f: Fact) =>
    f.otherPeriod === undefined &&
    ((EXACT_STATUSES.has(f.status) && f.value !== null) ||
      (f.status === "suppressed" && f.lower !== null && f.upper !== null));
  if (!facts.every(usable)) return [];
  return facts.filter((f) => f.status === "suppressed" || (f.value ?? 0) > 0);
}
