import type { PeriodFact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import {
  COMBINED_GROUP,
  findMeasure,
  isCountMetric,
  isSummable,
  listGroupsOf,
  type MeasureDef,
  type Request,
  type RoundRule,
} from "../domain/request.js";
import type { Return, ValueRecord } from "../domain/returns.js";
import { codeOfRule } from "../domain/ruleCodes.js";
import { describeSource, formatSource, issueLocation } from "../domain/source.js";
import { comparePeriod } from "../parse/parsePeriod.js";
import { periodContaining } from "../parse/partOfPeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { figuresGiven, figuresUnderPeriod } from "./figuresUnderPeriod.js";
import {
  addIntervals,
  checkAtMost,
  checkEqual,
  type Interval,
  intervalOf,
  showInterval,
  type Verdict,
} from "./interval.js";
import { percentageRules } from "./percentageOfCounts.js";

/**
 * Cross-field checks: a flat list of small named rules, one code each. Each
 * is interval-aware, so a suppressed "<5" can make a rule "possibly" broken
 * (a warning) where exact figures make it "definitely" broken (an error).
 */
export interface Rule {
  code: IssueCode;
  check(ret: Return, request: Request): Issue[];
}

function measureValue(ret: Return, request: Request, group: string, metric: string) {
  const def = findMeasure(request, group, metric);
  return def ? ret.values.find((v) => v.measure === def.id) : undefined;
}

/** The request's groups that have a measure for each of the metrics, with the short name used in sentences. */
function groupsWith(request: Request, ...metrics: string[]): { group: string; name: string }[] {
  return request.groups
    .filter((g) => metrics.every((m) => findMeasure(request, g.id, m)))
    .map((g) => ({ group: g.id, name: g.label }));
}

/** A measure's label, lower-cased to sit inside a sentence. */
function measureLabel(request: Request, id: string): string {
  return request.measures.find((m) => m.id === id)?.label.toLowerCase() ?? id;
}

function where(v: ValueRecord): string {
  const s = v.sources[0];
  return s ? ` (${describeSource(s)})` : "";
}

/**
 * The issue a broken rule raises: it points at `measure` (the figure whose
 * cell is shown) and names the others it was checked against in `related`,
 * since the check cannot tell which of them is the wrong one.
 */
function verdictIssue(
  code: IssueCode,
  verdict: Verdict,
  ret: Return,
  sentence: string,
  measure: ValueRecord,
  others: readonly ValueRecord[],
): Issue[] {
  if (verdict === "ok") return [];
  const s = measure.sources[0];
  return [
    makeIssue(code, {
      message: `${verdict === "definitely" ? "" : "Possibly: "}${sentence}`,
      severity: verdict === "definitely" ? "error" : "warning",
      authority: ret.authority.gss_code,
      measure: measure.measure,
      related: others.map((v) => v.measure),
      raw: measure.raw,
      ...(s ? issueLocation(s) : {}),
    }),
  ];
}

/**
 * For two figures a ≤ b: "went missing" cannot exceed "looked after", and so
 * on, in every group having both (or in `only` of them, when a rule names its groups).
 */
function atMostRule(
  code: IssueCode,
  smaller: string,
  larger: string,
  phrase: (group: string) => string,
  only?: readonly string[],
): Rule {
  return {
    code,
    check(ret, request) {
      const groups = groupsWith(request, smaller, larger).filter(({ group }) => !only || only.includes(group));
      return groups.flatMap(({ group, name }) => {
        const a = measureValue(ret, request, group, smaller);
        const b = measureValue(ret, request, group, larger);
        const ia = intervalOf(a);
        const ib = intervalOf(b);
        if (!a || !b || !ia || !ib) return [];
        return verdictIssue(
          code,
          checkAtMost(ia, ib),
          ret,
          `${phrase(name)}: ${showInterval(ia)}${where(a)} against ${showInterval(ib)}${where(b)}.`,
          a,
          [b],
        );
      });
    },
  };
}

/**
 * The 2015 round's rules keep their own sentences (and codes: ruleCodes),
 * found by the pair of metrics they compare (smaller ≤ larger); any other
 * pair of a request's rules is worded from the metrics' labels.
 */
const KNOWN_RULES: Record<string, { phrase: (g: string) => string }> = {
  "went_missing<=looked_after": {
    phrase: (g) => `more ${g} children went missing than were looked after`,
  },
  "not_found<=went_missing": {
    phrase: (g) => `more ${g} children are still missing than went missing`,
  },
  "went_missing<=missing_incidents": {
    phrase: (g) => `fewer missing episodes were reported than ${g} children who went missing`,
  },
};

function metricLabel(request: Request, id: string): string {
  return request.metrics.find((m) => m.id === id)?.label ?? id;
}

/** A request rule as checks: atMost(metric, of) is metric ≤ of; atLeast(metric, of) is of ≤ metric. */
function roundRules(rule: RoundRule, request: Request): Rule[] {
  const [smaller, larger] = rule.kind === "atMost" ? [rule.metric, rule.of] : [rule.of, rule.metric];
  const known = KNOWN_RULES[`${smaller}<=${larger}`];
  const phrase =
    known?.phrase ??
    ((g: string) => `${g}: "${metricLabel(request, smaller)}" is larger than "${metricLabel(request, larger)}"`);
  const code = codeOfRule(smaller, larger);
  const combined = !rule.groups || rule.groups.includes(COMBINED_GROUP);
  return [
    atMostRule(code, smaller, larger, phrase, rule.groups),
    ...(combined ? [combinedAtMostRule(code, smaller, larger, phrase)] : []),
  ];
}

/**
 * A rule whose smaller metric is asked for every group together and whose
 * larger one only for each group (the 2018–20 request's Q4, children still
 * missing, trafficked or unaccompanied, against Q2's 2a and 2b, children
 * who went missing): no one group has both, so atMostRule never meets it.
 * The together figure is then at most the groups' figures added up: a child
 * in two groups counts in each, so the sum can only overstate the children
 * together, and a together figure above it is broken whatever the overlap
 * (round 127: 7 still missing against 0 + 5 who went missing). Below the sum
 * the overlap may explain any figure, so only a definite break is said, and
 * only where every group's figure is given.
 */
function combinedAtMostRule(code: IssueCode, smaller: string, larger: string, phrase: (group: string) => string): Rule {
  return {
    code,
    check(ret, request) {
      if (findMeasure(request, COMBINED_GROUP, larger)) return [];
      const together = measureValue(ret, request, COMBINED_GROUP, smaller);
      const it = together ? intervalOf(together) : null;
      if (!together || !it) return [];
      const groups = listGroupsOf(request).filter((g) => findMeasure(request, g, larger));
      if (groups.length < 2) return [];
      const parts = groups.map((g) => measureValue(ret, request, g, larger));
      const intervals = parts.map((v) => (v ? intervalOf(v) : null));
      if (parts.some((v) => !v) || intervals.some((i) => !i)) return [];
      const sum = addIntervals(intervals as Interval[]);
      const verdict = checkAtMost(it, sum);
      if (verdict !== "definitely") return [];
      const given = parts as ValueRecord[];
      const name = request.groups.find((g) => g.id === COMBINED_GROUP)?.label ?? COMBINED_GROUP;
      return verdictIssue(
        code,
        verdict,
        ret,
        `${phrase(name)}: ${showInterval(it)}${where(together)} against ${given.map((v) => `${showInterval(intervalOf(v) as Interval)}${where(v)}`).join(" + ")} = ${showInterval(sum)} in each group added up.`,
        together,
        given,
      );
    },
  };
}

/** Episodes and children who went missing are zero together or not at all. */
const incidentsZeroTogether: Rule = {
  code: "check_incidents_zero_mismatch",
  check(ret, request) {
    return groupsWith(request, "went_missing", "missing_incidents").flatMap(({ group, name }) => {
      const children = measureValue(ret, request, group, "went_missing");
      const episodes = measureValue(ret, request, group, "missing_incidents");
      const ic = intervalOf(children);
      const ie = intervalOf(episodes);
      if (!children || !episodes || !ic || !ie || !ic.exact || !ie.exact) return [];
      if ((ic.lo === 0) === (ie.lo === 0)) return [];
      return verdictIssue(
        "check_incidents_zero_mismatch",
        "definitely",
        ret,
        `${ic.lo} ${name} children went missing${where(children)} but ${ie.lo} missing episodes were reported${where(episodes)}; both should be zero or neither.`,
        episodes,
        [children],
      );
    });
  },
};

/** A total and the parts given for it must agree when all are reported. */
function partsRule(code: IssueCode, request: Request, total: string, parts: string[]): Rule {
  return {
    code,
    check(ret) {
      const t = ret.values.find((v) => v.measure === total);
      const ps = parts.map((id) => ret.values.find((v) => v.measure === id));
      if (!t || t.status === "derived") return [];
      const it = intervalOf(t);
      const ips = ps.map(intervalOf);
      if (!it || ips.some((x) => x === null)) return [];
      const sum = addIntervals(ips as Interval[]);
      const labels = parts.map((id) => measureLabel(request, id));
      return verdictIssue(
        code,
        checkEqual(sum, it),
        ret,
        `${labels.join(" + ")} = ${showInterval(sum)}, but the total given is ${showInterval(it)}${where(t)}.`,
        t,
        ps as ValueRecord[],
      );
    },
  };
}

/**
 * When only some parts of a total are given, each part still cannot exceed
 * it: a "suspected" figure above the trafficked total means a label was read
 * as the wrong measure, or the council's figures disagree. (With every part
 * given, partsRule checks the sum instead.)
 */
function partWithinTotalRule(code: IssueCode, request: Request, total: string, parts: string[]): Rule {
  return {
    code,
    check(ret) {
      const t = ret.values.find((v) => v.measure === total);
      const it = intervalOf(t);
      if (!t || !it || t.status === "derived") return [];
      const given = parts
        .map((id) => ret.values.find((v) => v.measure === id))
        .filter((v): v is ValueRecord => intervalOf(v) !== null);
      if (given.length === parts.length) return [];
      return given.flatMap((part) => {
        const ip = intervalOf(part) as Interval;
        return verdictIssue(
          code,
          checkAtMost(ip, it),
          ret,
          `${measureLabel(request, part.measure)} is ${showInterval(ip)}${where(part)}, more than the total given, ${showInterval(it)}${where(t)}.`,
          part,
          [t],
        );
      });
    },
  };
}

/**
 * A part given with neither its total nor the other part ("suspected: 4",
 * no identified, no total) is most often the total itself under a label
 * foi-agg read too narrowly ("victims, or suspected victims, of
 * trafficking"): the national total would miss it, so a person must look.
 */
function partWithoutTotalRule(code: IssueCode, request: Request, total: string, parts: string[]): Rule {
  return {
    code,
    check(ret) {
      const answered = (id: string) => intervalOf(ret.values.find((v) => v.measure === id)) !== null;
      if (answered(total)) return [];
      const given = parts.filter(answered);
      const only = given.length === 1 ? ret.values.find((v) => v.measure === given[0]) : undefined;
      if (!only) return [];
      const s = only.sources[0];
      return [
        makeIssue(code, {
          message: `The return gives ${measureLabel(request, only.measure)} (${showInterval(intervalOf(only) as Interval)}${where(only)}) but neither the other part nor the total, ${measureLabel(request, total)}.`,
          severity: "warning",
          authority: ret.authority.gss_code,
          measure: total,
          // The part given alone is most likely the total read too narrowly: its figure is the suspect one.
          related: [only.measure],
          raw: only.raw,
          ...(s ? issueLocation(s) : {}),
        }),
      ];
    },
  };
}

/** A nationality breakdown should account for every child who went missing. */
const nationalitiesSum: Rule = {
  code: "check_nationality_sum",
  check(ret, request) {
    return groupsWith(request, "went_missing")
      .filter(({ group }) => request.nationalityGroups.includes(group))
      .flatMap(({ group, name }) => {
        // A breakdown for the whole span of a round of several periods is no one period's to check.
        const nats = ret.nationalities.filter((n) => n.group === group && n.period !== request.period.id);
        if (nats.length === 0) return [];
        const missing = measureValue(ret, request, group, "went_missing");
        const im = intervalOf(missing);
        // Averages and percentages are never added up, so no breakdown sums to one.
        if (!missing || !im || !isSummable(request, missing.measure)) return [];
        const sum = addIntervals(
          nats.map((n) => ({ lo: n.lower ?? n.value ?? 0, hi: n.upper ?? n.value ?? 0, exact: n.value !== null })),
        );
        return verdictIssue(
          "check_nationality_sum",
          checkEqual(sum, im),
          ret,
          `the nationalities of missing ${name} children add up to ${showInterval(sum)} (${formatSource(nats[0]?.source ?? (missing.sources[0] as never))}), but ${showInterval(im)} ${name} children went missing${where(missing)}.`,
          missing,
          // The breakdown's figures are nationalities.csv's rows, not measures; the message names them.
          [],
        ).map((i) => ({ ...i, severity: i.severity === "error" ? "warning" : i.severity }));
      });
  },
};

const VERDICT_ORDER = ["match", "approximate", "mismatch"] as const;

/** The day after an ISO date, as an ISO date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether two or more spans, put in order, run without gap or overlap from a requested period's first day to its last. */
function tilesRequestedPeriod(
  spans: readonly { start: string | null; end: string | null }[],
  request: Request,
): boolean {
  if (spans.length < 2) return false;
  const distinct = [...new Map(spans.map((s) => [`${s.start}/${s.end}`, s])).values()];
  const ordered = distinct
    .filter((s): s is { start: string; end: string } => s.start !== null && s.end !== null)
    .sort((a, b) => a.start.localeCompare(b.start));
  if (ordered.length < 2 || ordered.length !== distinct.length) return false;
  const joined = ordered.every((s, i) => i === 0 || nextDay(ordered[i - 1]?.end ?? "") === s.start);
  const first = ordered[0];
  const last = ordered.at(-1);
  return (
    joined &&
    first !== undefined &&
    last !== undefined &&
    request.periods.some((p) => p.start === first.start && p.end === last.end)
  );
}

/** A stated period against the request's periods: the best of its verdicts against each. */
function bestVerdict(found: { start: string; end: string }, request: Request): (typeof VERDICT_ORDER)[number] {
  const verdicts = request.periods.map((p) => comparePeriod(found, p));
  return VERDICT_ORDER.find((v) => verdicts.includes(v)) ?? "mismatch";
}

/**
 * "The figures for 2020 cover 1 January 2020 to 30 September 2020 only" (a
 * reply sent before the year ended), "figures cover 1 January to 30 November
 * 2017": a stated range of dates inside one requested period, without being
 * it, says the figures are that period's, for part of its months — not
 * another period's. They are counted for it and flagged as a part
 * (period_part, naming the figures it dates), which is what the researcher
 * needs to know; a whole-return period_mismatch would say they belong
 * elsewhere. Null when the range lies inside no requested period, or could
 * be part of more than one.
 */
function partIssue(stated: PeriodFact, request: Request, authority: string, figures: string[]): Issue | null {
  if (stated.start === null || stated.end === null) return null;
  const period = periodContaining([{ raw: stated.raw, start: stated.start, end: stated.end }], request.periods);
  if (!period) return null;
  return makeIssue("period_part", {
    message: `"${stated.raw}" in ${describeSource(stated.source)}: the return says its figures for ${period.label} cover only ${stated.start} to ${stated.end}, part of that period. They are counted for ${period.label}, but do not cover all of it; check with the council.`,
    authority,
    raw: stated.raw,
    ...issueLocation(stated.source),
    related: figures,
  });
}

/** The period a return states against the periods the request asked about. */
const periodMatches: Rule = {
  code: "period_mismatch",
  check(ret, request) {
    if (ret.status === "no_return" || ret.status === "unreadable") return [];
    const code = ret.authority.gss_code;
    if (ret.periods.length === 0) {
      return [
        makeIssue("period_not_stated", {
          message: `The return does not say which period its figures cover; they are taken to cover ${request.period.label}.`,
          authority: code,
        }),
      ];
    }
    const verdicts = ret.periods.map((p) => ({
      p,
      // "2022/23" names the requested academic year even though, alone, it reads as a financial year;
      // "2022/23 (Sept-Aug)" says its own dates, and they decide.
      v:
        request.periods.length > 1 && !p.datesStated && periodsNamed(p.raw, request.periods).length > 0
          ? "match"
          : p.start && p.end
            ? bestVerdict({ start: p.start, end: p.end }, request)
            : "mismatch",
    }));
    // A period named only inside a restated question is the request's, not the reply's own statement.
    const match = verdicts.find((x) => x.v === "match" && !x.p.inQuestion) ?? verdicts.find((x) => x.v === "match");
    if (match) {
      // The request restated first, then "the figures below therefore relate
      // to 1 April 2014 to 31 March 2015": the later statement is the reply's
      // own, so the restated period does not settle which the figures cover.
      // "Figures are for the financial year 2014/15" above a table whose
      // questions restate the requested dates: the note is the reply's own
      // wherever it stands, and the questions settle nothing.
      const laters = verdicts.filter(
        (x) =>
          x.v !== "match" &&
          x.p.start !== null &&
          !x.p.inQuestion &&
          x.p.source.file === match.p.source.file &&
          x.p.source.sheet === match.p.source.sheet &&
          (x.p.source.row > match.p.source.row || match.p.inQuestion === true),
      );
      // "Oct–Dec 2014 | Jan–Mar 2015 | Apr–Jun 2015 | Jul–Sep 2015" over a
      // table: spans that together make up exactly a requested period break
      // its figures down by time; they do not say the figures cover another period.
      const later = tilesRequestedPeriod(
        laters.map((x) => x.p),
        request,
      )
        ? undefined
        : laters[0];
      if (!later) return [];
      const s = later.p.source;
      // Said after a restated question, or over every figure, the statement is the whole reply's: it stays
      // the return's warning, naming each figure; over one block of figures it is theirs.
      const given = figuresGiven(ret);
      const below = match.p.inQuestion ? given : figuresUnderPeriod(ret, later.p);
      const under = below.length < given.length ? below : [];
      // One later range only: several ("Oct–Dec 2014 | Jan–Mar 2015") head columns that break the period down.
      const partOf =
        later.v === "mismatch" && laters.length === 1
          ? partIssue(later.p, request, code, under.length > 0 ? under : given)
          : null;
      if (partOf) return [partOf];
      return [
        makeIssue(later.v === "approximate" ? "period_approximate" : "period_mismatch", {
          message: `"${later.p.raw}" in ${describeSource(s)}: ${match.p.inQuestion ? `though its restated question names "${match.p.raw}",` : `after "${match.p.raw}"`} the return says its figures cover ${later.p.start} to ${later.p.end}, not the requested ${request.period.label}.${under.length > 0 ? ` The figures it dates (${under.join(", ")}) may be for that period.` : ""} Check which period its figures are for.`,
          authority: code,
          raw: later.p.raw,
          ...issueLocation(s),
          // Kept the return's warning (no measure) as before; the figures it dates are named with it.
          related: under.length > 0 ? under : given,
        }),
      ];
    }
    const approx = verdicts.find((x) => x.v === "approximate");
    const chosen = approx ?? verdicts[0];
    if (!chosen) return [];
    const s = chosen.p.source;
    const partOf = approx ? null : partIssue(chosen.p, request, code, figuresGiven(ret));
    if (partOf) return [partOf];
    return [
      makeIssue(approx ? "period_approximate" : "period_mismatch", {
        message: approx
          ? `"${chosen.p.raw}" in ${describeSource(s)}: the figures cover ${chosen.p.start} to ${chosen.p.end}, a financial or calendar year, not the requested ${request.period.label}. They are counted, but are not strictly comparable.`
          : `"${chosen.p.raw}" in ${describeSource(s)}: the figures cover ${chosen.p.start} to ${chosen.p.end}, not the requested ${request.period.label}. They are counted, but belong to a different period.`,
        authority: code,
        raw: chosen.p.raw,
        ...issueLocation(s),
        // The period is said of the whole reply: each figure it gives is named, so none reads as exact alone.
        related: figuresGiven(ret),
      }),
    ];
  },
};

/** A group declared a subset of another has, for every metric both have, a figure at most the other's. */
function subsetRule(group: string, of: string): Rule {
  return {
    code: "check_subset_exceeds_group",
    check(ret, request) {
      // A subset's average or percentage may well be above its group's: only counts are compared.
      return request.metrics.filter(isCountMetric).flatMap((m) => {
        const a = measureValue(ret, request, group, m.id);
        const b = measureValue(ret, request, of, m.id);
        const ia = intervalOf(a);
        const ib = intervalOf(b);
        if (!a || !b || !ia || !ib) return [];
        return verdictIssue(
          "check_subset_exceeds_group",
          checkAtMost(ia, ib),
          ret,
          `${measureLabel(request, a.measure)} is ${showInterval(ia)}${where(a)}, more than ${measureLabel(request, b.measure)}, ${showInterval(ib)}${where(b)}, which includes them.`,
          a,
          [b],
        );
      });
    },
  };
}

/**
 * The rules of a request: its own `rules` (the 2015 ones by default), then
 * the checks its relations imply (parts add up to their whole, a subset is
 * at most its group), then sums of derivations no relation covers.
 */
export function buildRules(request: Request): Rule[] {
  const rules: Rule[] = request.rules.flatMap((r) => roundRules(r, request));
  // Episodes and the children they happen to are zero together; the 2015 pair only, where the wording is known.
  if (request.rules.some((r) => codeOfRule(r.of, r.metric) === "check_incidents_below_children")) {
    rules.push(incidentsZeroTogether);
  }
  rules.push(nationalitiesSum, periodMatches, ...percentageRules(request));
  const covered = new Set<string>();
  for (const relation of request.relations) {
    if (relation.kind === "subset") {
      rules.push(subsetRule(relation.group, relation.of));
      continue;
    }
    // The parts' averages or percentages do not add up to the whole's: only counts are checked.
    for (const m of request.metrics.filter(isCountMetric)) {
      const total = findMeasure(request, relation.whole, m.id);
      const parts = relation.parts.map((p) => findMeasure(request, p, m.id));
      if (!total || parts.some((p) => p === undefined)) continue;
      const ids = parts.map((p) => (p as MeasureDef).id);
      covered.add(total.id);
      rules.push(
        partsRule("check_parts_sum", request, total.id, ids),
        partWithinTotalRule("check_parts_sum", request, total.id, ids),
        partWithoutTotalRule("check_part_without_total", request, total.id, ids),
      );
    }
  }
  for (const d of request.derivations) {
    if (covered.has(d.measure)) continue;
    // A derived total across groups (trafficked + UASC not found) is not a
    // split of one group: a part alone is no sign that the total was misread.
    const code: IssueCode = d.measure === "not_found" ? "check_not_found_total" : "check_parts_sum";
    rules.push(partsRule(code, request, d.measure, d.sumOf), partWithinTotalRule(code, request, d.measure, d.sumOf));
  }
  return rules;
}
