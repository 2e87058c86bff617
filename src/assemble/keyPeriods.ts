import type { DefinedHeading, Fact, FileResult, NationalityFact, PeriodFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { formatLongDate } from "../domain/months.js";
import { countedAtPeriodEnd, findMeasure, type PeriodDef, type Request } from "../domain/request.js";
import { describeSource, formatCell, formatSource, issueLocation } from "../domain/source.js";
import { otherSpanOfDefinedHeading, periodOfDefinedHeading } from "../parse/definedPeriodHeadings.js";
import { type FoundPeriod, periodsIn, singleDaysIn } from "../parse/parsePeriod.js";
import { type PartSpan, partOfPeriod } from "../parse/partOfPeriod.js";
import { periodCutByMonths, periodsNamed } from "../parse/periodsNamed.js";
import { kindOfRange, statedYearKinds, type YearKind } from "../parse/yearKind.js";
import {
  wholeYearOverPart,
  yearToDateOtherDay,
  yearToDatePeriod,
  yearToDateWithinWholeYear,
} from "../parse/yearToDate.js";

/** The files' results as they bear on one requested period. */
export interface PeriodResults {
  period: PeriodDef;
  results: FileResult[];
}

/**
 * Key every figure to one of the request's periods. A one-period request
 * keys every figure to its period, untouched. A request asking about
 * several periods keys a figure to the period its own text names (its row
 * or column label, the heading or sentence it sits in, or the sheet name);
 * a figure naming none, or several, is counted for no period and flagged
 * (figure_period_not_stated), because giving it to one would be a guess.
 * A "not held" or refusal naming no period answers every period: a council
 * that holds nothing for a question says so once.
 *
 * A nationality figure is keyed the same way, with one difference: one
 * naming no period is the breakdown for the whole span asked about (a
 * council gives one breakdown for "all of the above"), stamped with
 * request.period.id and carried by the first period only, so it is counted
 * once. One naming some but not all of the periods is flagged and counted
 * for none.
 */
export function keyPeriods(
  results: readonly FileResult[],
  request: Request,
  everyPeriod: readonly string[] = [],
  /** The value vocabulary's dashWords: see dashesBesideSpan. */
  dashWords: readonly string[] = [],
  /** The label vocabulary's everyListedPeriod: see nilForEachListed. */
  everyListedPeriod: readonly string[] = [],
): PeriodResults[] {
  const [only] = request.periods;
  if (request.periods.length === 1 && only) {
    // A file's results and each share of it (a return answering for several authorities) alike.
    const withParts = <T extends { facts: readonly Fact[]; issues: readonly Issue[] }>(r: T): T => {
      const added = r.facts.flatMap((f) => periodWordIssues(f, only, datedTexts(f), request));
      return { ...r, issues: [...withoutRestated(r.issues, added), ...added] };
    };
    return [
      {
        period: only,
        results: results.map((r) => ({ ...withParts(r), ...(r.shares ? { shares: r.shares.map(withParts) } : {}) })),
      },
    ];
  }
  const every = everyPeriod.map((p) => new RegExp(p, "iu"));
  const dashes = new Set(dashWords);
  const listed = everyListedPeriod.map((p) => new RegExp(p, "iu"));
  const keyed = results.map((r) => keyFile(r, request, every, dashes, listed));
  const whole = request.period.id;
  return request.periods.map((period, i) => ({
    period,
    results: keyed.map((k) => {
      const pick = (facts: KeyedFact[]) =>
        facts
          .filter(
            (f) =>
              f.period === period.id ||
              f.period === EVERY ||
              (f.period === null && !isFigure(f.fact) && (f.periods?.includes(period.id) ?? true)),
          )
          .map((f) => f.fact);
      return {
        ...k.result,
        facts: pick(k.facts),
        nationalities: k.nationalities.filter((n) => n.period === period.id || (i === 0 && n.period === whole)),
        // The flags are the file's, not the period's: they go with the first period only, so they are listed once.
        issues: i === 0 ? [...k.ownIssues, ...k.issues] : k.ownIssues,
        ...(k.result.shares
          ? {
              shares: k.result.shares.map((s, j) => ({
                ...s,
                facts: pick(k.shares[j]?.facts ?? []),
                issues:
                  i === 0
                    ? [...(k.shares[j]?.ownIssues ?? s.issues), ...(k.shares[j]?.issues ?? [])]
                    : (k.shares[j]?.ownIssues ?? s.issues),
              })),
            }
          : {}),
      };
    }),
  }));
}

interface KeyedFact {
  fact: Fact;
  period: string | null;
  /** The periods a "not held" or refusal keyed to no one period is about, when its own words name them; else every period. */
  periods?: string[];
}

/**
 * "we have not provided figures for 2021; this part of your request is not
 * held": a "not held" or refusal whose own sentence names the periods it is
 * about answers those periods, not every one (the council's figures for the
 * other years stand, and a sum of parts for them is not overruled by it).
 * Only periods named as the statement's own ("for 2021", "in 2021 and
 * 2022"): a year that bounds a span ("prior to 2022", "since 2023", "2022
 * onwards") says the statement is about other years, which no list of
 * periods names exactly, so such a statement still answers every period.
 * Naming every requested period is the same as naming none.
 */
function periodsStatedFor(fact: Fact, request: Request): string[] {
  const raw = fact.raw;
  if (!/(?:19|20)\d{2}/u.test(raw) || BOUNDED_YEAR.test(raw)) return [];
  const named = periodsNamed(raw, request.periods, { atEnd: countedAtPeriodEnd(request, fact.measure) });
  return named.length > 0 && named.length < request.periods.length ? named.map((p) => p.id) : [];
}

/** A year that bounds a span rather than names one: "prior to 2022", "before 2023", "since 2021", "2022 onwards". */
const BOUNDED_YEAR =
  /\b(?:prior\s+to|before|until|till|up\s+to|since|after|from|earlier\s+than|later\s+than|pre-?)\s*(?:(?:1\s+)?(?:jan(?:uary)?|apr(?:il)?)\s+)?(?:19|20)\d{2}|(?:19|20)\d{2}(?:\/\d{2})?\s+(?:onwards|and\s+(?:earlier|before|later|after)|or\s+(?:earlier|later))\b/iu;

/** The key of a figure its own words give for every period ("none in any year"). */
const EVERY = "*";

function keyFile(
  result: FileResult,
  request: Request,
  every: readonly RegExp[],
  dashes: ReadonlySet<string>,
  listed: readonly RegExp[],
): {
  result: FileResult;
  facts: KeyedFact[];
  nationalities: NationalityFact[];
  issues: Issue[];
  /** The file's own issues, less those the issues keyed here restate (withoutRestated). */
  ownIssues: Issue[];
  shares: { facts: KeyedFact[]; issues: Issue[]; ownIssues: Issue[] }[];
} {
  const keyAll = (facts: readonly Fact[], before: readonly Issue[]) => {
    const issues: Issue[] = [];
    const wholeSpanNils = new Set<KeyedFact>();
    const keyed = facts.flatMap((fact): KeyedFact | KeyedFact[] => {
      // One figure for every period together, in one period's column: no one period's count.
      if (fact.overPeriods !== undefined && isFigure(fact)) {
        issues.push(overPeriodsGiven(fact));
        return { fact, period: null };
      }
      // "UASC still missing: none in any year": the answer for each period asked about. A question that
      // asks "in each year" over one figure per year ("2021 - 19") is not: each figure names its own.
      const own = ownPeriods(fact, request);
      // "Not applicable - see answer to question 4" after "0 in each year.": the answer it takes says so too.
      if (every.some((re) => re.test(fact.raw) || (fact.answeredBy !== undefined && re.test(fact.answeredBy))))
        return { fact, period: EVERY };
      if (own.named.length !== 1 && every.some((re) => re.test(fact.label))) return { fact, period: EVERY };
      const { named, text, passed } = nearestPeriods(fact, request, own);
      const [one] = named;
      if (nilForEachListed(fact, named.length > 0 ? text : fact.raw, request, listed)) return { fact, period: EVERY };
      if (named.length !== 1 && nilOverStatedSpan(fact, request)) return { fact, period: EVERY };
      if (named.length > 1 && nilForEachNamed(fact, text)) return named.map((p) => ({ fact, period: p.id }));
      if (named.length === 1 && one) {
        // Only the words that name the figure's period say what part of it the figure covers: a note
        // elsewhere ("Figures for 2018 and January–March 2019 are …") is about other figures.
        // A nearer text that names no period (a sheet's title "2023/24 year to date (1 April 2023 to 31
        // December 2023)" over a sheet named "2023-24") may still say the figure covers only part of it.
        issues.push(
          ...periodWordIssues(fact, one, [text], request, passed),
          ...kindIssues(fact, one, text, result.periods),
        );
        return { fact, period: one.id };
      }
      if (named.length === 0 && nilForWholeSpan(fact)) {
        const spread: KeyedFact = { fact, period: EVERY };
        wholeSpanNils.add(spread);
        return spread;
      }
      // "2024 (part)" over a key "2024 (part) = 1 January 2024 to 30 April 2024": the reply states the dates.
      const defined = named.length === 0 ? definedHeadingOf(fact, request, result.definedHeadings ?? []) : null;
      if (defined) return { fact, period: defined.id };
      // "2024" over a key "The 2024 column covers 1 January 2024 to 31 May 2024": the reply states other dates.
      const other =
        named.length === 0 && isFigure(fact) ? otherSpanOf(fact, request, result.definedHeadings ?? []) : null;
      if (other) {
        issues.push(otherSpanFigure(fact, other, request));
        return { fact, period: null };
      }
      const toDate = named.length === 0 ? yearToDateOf(fact, request, result.toDateDays ?? []) : null;
      if (toDate) {
        // The reply never says the day its "to date" ends: a figure is kept, with a warning naming it.
        if (isFigure(fact)) issues.push(yearToDateTaken(fact, toDate));
        return { fact, period: toDate.id };
      }
      // "2024 (to date)" where a note says it runs to 19 June 2024, not the requested 30 April.
      const toOtherDay =
        named.length === 0 && isFigure(fact) ? yearToDateOtherDayOf(fact, request, result.toDateDays ?? []) : null;
      if (toOtherDay) {
        issues.push(yearToDateOtherDayGiven(fact, toOtherDay.period, toOtherDay.day, toOtherDay.text));
        return { fact, period: null };
      }
      // "2020 (to date)" for a requested whole 2020: the year only up to the day the figures were run.
      const shortYear = named.length === 0 && isFigure(fact) ? wholeYearToDateOf(fact, request) : null;
      if (shortYear) {
        issues.push(yearToDateShort(fact, shortYear.period, shortYear.text));
        return { fact, period: null };
      }
      // "2024 (full year)" for a requested 1 January to 30 April 2024: the whole year, months not asked about.
      const longYear = named.length === 0 && isFigure(fact) ? wholeYearOf(fact, request) : null;
      if (longYear) {
        issues.push(wholeYearGiven(fact, longYear.period, longYear.text));
        return { fact, period: null };
      }
      // "2023 Jan-Jun", "CY2023_JanJun" for a requested 2023: some months of the year, not the year.
      const cut = named.length === 0 && isFigure(fact) ? monthsOfPeriodOf(fact, request) : null;
      if (cut) {
        issues.push(monthsOfPeriodGiven(fact, cut.period, cut.part));
        return { fact, period: null };
      }
      if (isFigure(fact)) issues.push(notStated(fact, named));
      const scoped = isFigure(fact) || named.length > 0 ? [] : periodsStatedFor(fact, request);
      return scoped.length > 0 ? { fact, period: null, periods: scoped } : { fact, period: null };
    });
    const unscoped = unscopedAmongOthers(keyed, wholeSpanNils);
    for (const k of unscoped) issues.push(notStated(k.fact, []));
    const read = dashesBesideSpan(
      keyed.map((k) => (unscoped.has(k) ? { fact: k.fact, period: null } : k)),
      dashes,
    );
    issues.push(...read.issues);
    return { facts: read.facts, issues, ownIssues: withoutRestated(before, issues) };
  };
  const own = keyAll(result.facts, result.issues);
  const nationalities: NationalityFact[] = [];
  const otherSpans = new Map<string, { facts: NationalityFact[]; span: FoundPeriod }>();
  const someTogether = new Map<string, { facts: NationalityFact[]; named: readonly PeriodDef[] }>();
  const namedOf = (n: NationalityFact) =>
    nearestNationalityPeriods(n, request, result.toDateDays ?? [], result.definedHeadings ?? []);
  // "across 2021, 2022 and 2023 together, the … children who went missing were: Albanian - 5; Eritrean - 3":
  // the sentence's first item carries the words naming the periods; the items after it, read from the
  // same sentence (one source), are of the same list.
  const listKey = (n: NationalityFact) => `${n.group}\u0000${formatSource(n.source)}`;
  const togetherAt = new Map<string, PeriodDef[]>();
  for (const n of result.nationalities) {
    const named = namedOf(n);
    if (named.length > 1 && named.length < request.periods.length) togetherAt.set(listKey(n), named);
  }
  for (const n of result.nationalities) {
    const stated = namedOf(n);
    const named = stated.length === 0 ? (togetherAt.get(listKey(n)) ?? stated) : stated;
    if (named.length === 1) nationalities.push({ ...n, period: named[0]?.id ?? "" });
    else if (named.length === 0 || named.length === request.periods.length) {
      const span = otherSpanOfList(n, request) ?? (named.length === 0 ? partOfOnePeriod(n, request) : null);
      if (!span) {
        nationalities.push({ ...n, period: request.period.id });
        continue;
      }
      const key = `${n.group}\u0000${n.source.file}\u0000${n.source.sheet}\u0000${span.raw}`;
      const entry = otherSpans.get(key) ?? { facts: [], span };
      entry.facts.push(n);
      otherSpans.set(key, entry);
    } else {
      // "across 2021, 2022 and 2023 together": whole requested periods, so every child listed went missing
      // inside the span asked about. The list is that span's (part of it), counted once there and flagged.
      const marked = { ...n, period: request.period.id, periodsTogether: named.map((p) => p.id) };
      nationalities.push(marked);
      const key = `${n.group}\u0000${n.source.file}\u0000${n.source.sheet}\u0000${named.map((p) => p.id).join(",")}`;
      const entry = someTogether.get(key) ?? { facts: [], named };
      entry.facts.push(marked);
      someTogether.set(key, entry);
    }
  }
  own.issues.push(...[...otherSpans.values()].map(({ facts, span }) => listOfOtherSpan(facts, span, request)));
  own.issues.push(...[...someTogether.values()].map(({ facts, named }) => listOfSomePeriods(facts, named, request)));
  return { result, ...own, nationalities, shares: (result.shares ?? []).map((s) => keyAll(s.facts, s.issues)) };
}

/**
 * The dated span a nationality list's own words give it ("Q5 Nationality of
 * UASC who went missing, 1 April 2018 to 31 March 2021" over a request for
 * calendar 2018, 2019 and 2020), when that span lies inside neither one
 * requested period nor the whole span asked about: the list counts children
 * of another stretch of time (here three financial years, a quarter of them
 * after the span asked), so its counts are no breakdown of any period's
 * figures, nor of the whole span's. A list naming no dates, or dates inside
 * what was asked ("1 January 2018 to 31 December 2020", "April to December
 * 2019"), is not so dated. The nearest words with dates decide, as they do
 * for the period a list names; a single day ("as at 31 March 2021") is no span.
 */
function otherSpanOfList(n: NationalityFact, request: Request): FoundPeriod | null {
  const asked = [...request.periods, request.period];
  for (const text of [...(n.periodText ?? "").split(" | "), n.source.sheet]) {
    const spans = listSpansIn(text);
    if (spans.length === 0) continue;
    const outside = spans.filter((r) => !asked.some((p) => p.start <= r.start && r.end <= p.end));
    return outside.length === spans.length ? (outside[0] ?? null) : null;
  }
  return null;
}

/**
 * "1 January 2024 to 31 March 2024" heading a list's column under a request
 * whose last period is 1 January to 30 April 2024: the dates lie inside one
 * requested period but cover only part of it (a council whose reporting
 * stops at the last full quarter). "2018/19" heading a list's column under a
 * request for calendar 2018, 2019 and 2020 (a council that keeps nationality
 * by financial year): the dates lie inside the whole span asked about but
 * cover part of 2018 and part of 2019. Either way the list names no
 * requested period, so it was counted for the whole span asked about, where
 * its months are another stretch of time than any figure it breaks down. A
 * request of several periods only: there each list counts for a period or
 * for the whole span, and a span that covers some requested period only in
 * part is neither. The nearest words with dates decide, as in otherSpanOfList.
 */
function partOfOnePeriod(n: NationalityFact, request: Request): FoundPeriod | null {
  if (request.periods.length < 2) return null;
  for (const text of [...(n.periodText ?? "").split(" | "), n.source.sheet]) {
    const spans = listSpansIn(text);
    if (spans.length === 0) continue;
    const parts = spans.filter((r) =>
      request.periods.some((p) => r.start <= p.end && p.start <= r.end && (p.start < r.start || r.end < p.end)),
    );
    return parts.length === spans.length ? (parts[0] ?? null) : null;
  }
  return null;
}

/**
 * The year, then its months in brackets: "2024 (Jan-Mar)", "2024 (1 Jan - 31
 * Mar)", "2020 (1 January to 30 September)". A column header written so names
 * the months before the year they belong to is known, which periodsIn does
 * not read; read as "Jan-Mar 2024" it is the dated span it names. Brackets
 * naming a year of their own, or no months ("2021 (provisional)"), give none.
 */
const YEAR_THEN_MONTHS = /\b((?:19|20)\d{2})\s*\(([^()]*)\)/gu;

/** The dated spans a list's words give it: as periodsIn, or else a year with its months in brackets. */
function listSpansIn(text: string): FoundPeriod[] {
  const spans = periodsIn(text);
  if (spans.length > 0) return spans;
  const found: FoundPeriod[] = [];
  for (const m of text.matchAll(YEAR_THEN_MONTHS)) {
    const [raw, year, months] = m;
    if (year === undefined || months === undefined || /\d{4}/u.test(months)) continue;
    for (const span of periodsIn(`${months.trim()} ${year}`)) found.push({ ...span, raw });
  }
  return found;
}

/** The warning for a list set aside by otherSpanOfList or partOfOnePeriod, on its group's went-missing measure. */
function listOfOtherSpan(facts: readonly NationalityFact[], span: FoundPeriod, request: Request): Issue {
  const first = facts[0] as NationalityFact;
  const measure = findMeasure(request, first.group, "went_missing")?.id;
  const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
  const insideOne = request.periods.find((p) => p.start <= span.start && span.end <= p.end);
  // "2018/19" under calendar years: inside the whole span, across the edge between two of its periods.
  const crossed = request.periods.filter((p) => span.start <= p.end && p.start <= span.end);
  const inside = request.period.start <= span.start && span.end <= request.period.end;
  const where = insideOne
    ? `the whole of ${request.period.label}, only part of ${insideOne.label}`
    : inside
      ? `the whole of ${request.period.label}, only parts of ${crossed.map((p) => p.label).join(" and ")}`
      : `inside ${request.period.label}`;
  return makeIssue("figure_set_aside", {
    message: `The ${first.group} nationalities listed in ${describeSource(first.source)} (${listed}) are given for "${span.raw}", ${span.start} to ${span.end}, which is neither one of the requested periods nor ${where}: the list was set aside and is not counted in the nationality totals.`,
    ...issueLocation(first.source),
    ...(measure === undefined ? {} : { measure }),
    raw: listed,
  });
}

/** As nearestPeriods, for a nationality figure: its column header, the title above its table or its sentence, its sheet. */
function nearestNationalityPeriods(
  n: NationalityFact,
  request: Request,
  toDateDays: readonly string[],
  defined: readonly DefinedHeading[] = [],
): PeriodDef[] {
  const places = [...(n.periodText ?? "").split(" | "), n.source.sheet];
  for (const text of places) {
    const named = periodsNamed(text, request.periods);
    if (named.length > 0) return named;
  }
  for (const text of places) {
    const period = periodOfDefinedHeading(text, defined, request.periods);
    if (period) return [period];
  }
  for (const text of places) {
    const toDate = yearToDatePeriod(text, request.periods, toDateDays);
    if (toDate) return [toDate];
  }
  return [];
}

/**
 * The requested period a figure's heading names through the file's own key
 * (parse/definedPeriodHeadings). A cell read across a row and a column has
 * both headings in its label ("2024* × 1a Identified", periods as rows), so
 * each heading is tried alone as well.
 */
function definedHeadingOf(fact: Fact, request: Request, defined: readonly DefinedHeading[]): PeriodDef | null {
  if (defined.length === 0) return null;
  for (const text of headingPlaces(fact)) {
    const period = periodOfDefinedHeading(text, defined, request.periods);
    if (period) return period;
  }
  return null;
}

/** Where a figure's heading may be written: its label, each heading in it, its period texts, its sheet. */
function headingPlaces(fact: Fact): string[] {
  const sheets = fact.sources.flatMap((s) => (s.sheet === undefined ? [] : [s.sheet]));
  return [fact.label, ...fact.label.split(" × "), ...(fact.periodText ?? "").split(" | "), ...new Set(sheets)];
}

/** As definedHeadingOf, for a heading the file's key defines as another span (otherSpanOfDefinedHeading). */
function otherSpanOf(fact: Fact, request: Request, defined: readonly DefinedHeading[]): DefinedHeading | null {
  if (!defined.some((d) => d.other !== undefined)) return null;
  for (const text of headingPlaces(fact)) {
    const d = otherSpanOfDefinedHeading(text, defined, request.periods);
    if (d) return d;
  }
  return null;
}

/** A figure under a heading the file's key defines as another span than the requested period it starts with. */
function otherSpanFigure(fact: Fact, defined: DefinedHeading, request: Request): Issue {
  const s = fact.sources[0];
  const period = request.periods.find((p) => p.id === defined.period);
  return makeIssue("figure_other_period", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is under "${defined.term}", which the reply defines as ${defined.other}, not ${period?.label ?? "the requested period"}. Its figures cover other days than the period asked about, so it is not counted for any period; check with the council.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

/** Where a figure's "to date" may be written: its whole label, its period texts, its sheet. */
function toDatePlaces(fact: Fact): string[] {
  const sheets = fact.sources.flatMap((s) => (s.sheet === undefined ? [] : [s.sheet]));
  return [fact.label, ...(fact.periodText ?? "").split(" | "), ...new Set(sheets)];
}

/**
 * The request's part-year a figure's "2024 YTD" or "2024 to date" names
 * (parse/yearToDate), read where its period may be written (its labels and
 * period texts, its sheet), when no requested period is named there.
 */
function yearToDateOf(fact: Fact, request: Request, toDateDays: readonly string[]): PeriodDef | null {
  if (!isFigure(fact) && fact.status !== "not_held" && fact.status !== "refused") return null;
  for (const text of toDatePlaces(fact)) {
    const toDate = yearToDatePeriod(text, request.periods, toDateDays);
    if (toDate) return toDate;
  }
  return null;
}

/**
 * The request's part-year a figure's "2024 to date" would name, and the other
 * day the reply's notes say that "to date" runs to (parse/yearToDate
 * yearToDateOtherDay), read where yearToDateOf reads.
 */
function yearToDateOtherDayOf(
  fact: Fact,
  request: Request,
  toDateDays: readonly string[],
): { period: PeriodDef; day: string; text: string } | null {
  for (const text of toDatePlaces(fact)) {
    const other = yearToDateOtherDay(text, request.periods, toDateDays);
    if (other) return { ...other, text: text.trim() };
  }
  return null;
}

/**
 * A figure labelled "2024 to date" whose reply says its year to date runs to
 * another day than the requested part-year's last: a later day counts months
 * the request did not ask about (period_approximate, a nearby period); an
 * earlier one leaves some out (period_part). Either way it is not the
 * period's figure, so it is counted for none, and the warning names the day.
 */
function yearToDateOtherDayGiven(fact: Fact, period: PeriodDef, day: string, text: string): Issue {
  const s = fact.sources[0];
  const later = day > period.end;
  return makeIssue(later ? "period_approximate" : "period_part", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is under a year to date ("${text}"), which the reply says runs to ${formatLongDate(day)}, not to the end of ${period.label} asked for: it counts ${later ? "months after the period" : "only part of the period"}. It is not counted for any period; ask the council for the figure for ${period.label}.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

/**
 * The requested whole calendar year a figure's "2020 (to date)" counts only
 * part of (parse/yearToDate yearToDateWithinWholeYear), read where
 * yearToDateOf reads, with the text that says so; null if none does.
 */
function wholeYearToDateOf(fact: Fact, request: Request): { period: PeriodDef; text: string } | null {
  for (const text of toDatePlaces(fact)) {
    const period = request.periods.find((p) => yearToDateWithinWholeYear(text, p) !== null);
    if (period) return { period, text };
  }
  return null;
}

/** A figure for a year "to date" in a request for the whole year: another span than the one asked, not counted. */
function yearToDateShort(fact: Fact, period: PeriodDef, text: string): Issue {
  const s = fact.sources[0];
  const heading = text.split(" × ")[0]?.trim() ?? text.trim();
  return makeIssue("figure_other_period", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is given for a year "to date" ("${heading}"): counted only up to the day the figures were run, not the whole of ${period.label} asked for. It is not counted for any period; ask the council for the whole year's figure.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

/**
 * The requested part-year a figure's "2024 (full year)" gives the whole year
 * for (parse/yearToDate wholeYearOverPart), read where yearToDateOf reads,
 * with the text that says so; null if none does.
 */
function wholeYearOf(fact: Fact, request: Request): { period: PeriodDef; text: string } | null {
  for (const text of toDatePlaces(fact)) {
    const period = request.periods.find((p) => wholeYearOverPart(text, p) !== null);
    if (period) return { period, text };
  }
  return null;
}

/** A figure for a whole year where the request asks part of it: other months than those asked, not counted. */
function wholeYearGiven(fact: Fact, period: PeriodDef, text: string): Issue {
  const s = fact.sources[0];
  const heading =
    text
      .split(" × ")
      .find((t) => wholeYearOverPart(t, period) !== null)
      ?.trim() ?? text.trim();
  return makeIssue("figure_other_period", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is given for the whole year ("${heading}"), not ${period.label} asked for: it counts months the request did not ask about. It is not counted for any period; ask the council for the figure for ${period.label}.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

/** The requested period a figure's heading names only some months of (parse/periodsNamed periodCutByMonths). */
function monthsOfPeriodOf(fact: Fact, request: Request): { period: PeriodDef; part: PartSpan } | null {
  for (const text of toDatePlaces(fact)) {
    for (const piece of text.split(" × ")) {
      const cut = periodCutByMonths(piece, request.periods);
      if (cut) return cut;
    }
  }
  return null;
}

/**
 * A figure under a heading naming some months of a requested period ("2023 Jan-Jun"): a half-year's count
 * is not the year's, and counted as it the national total would be short with no sign of it. Not counted,
 * and flagged on its measure as part of the period (period_part).
 */
function monthsOfPeriodGiven(fact: Fact, period: PeriodDef, part: PartSpan): Issue {
  const s = fact.sources[0];
  return makeIssue("period_part", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is given for "${part.raw}" (${part.months} month${part.months === 1 ? "" : "s"}), only part of ${period.label}. It is not counted for any period; ask the council for the figure for the whole of ${period.label}.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

/** A figure labelled "2024 YTD" taken for the request's part-year: its last day is the request's, not the reply's. */
function yearToDateTaken(fact: Fact, period: PeriodDef): Issue {
  const s = fact.sources[0];
  return makeIssue("period_approximate", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is labelled as a year to date ("${fact.label}") and is taken for ${period.label}; the reply does not say on which day its year to date ends.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

/**
 * A list whose words name some, not all, of the requested periods: said once
 * per group and file, on the group's went-missing measure, so a reader of
 * one period's breakdown knows the council's list is not in it, and a
 * reader of the whole span's knows it covers only those periods.
 */
function listOfSomePeriods(facts: readonly NationalityFact[], named: readonly PeriodDef[], request: Request): Issue {
  const first = facts[0] as NationalityFact;
  const measure = findMeasure(request, first.group, "went_missing")?.id;
  const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
  return makeIssue("figure_period_not_stated", {
    message: `The ${first.group} nationalities listed in ${describeSource(first.source)} (${listed}) are given for ${named.map((p) => p.label).join(" and ")} together, some but not all of the requested periods: they are counted once, in the nationality totals for the whole span asked about (period ${request.period.id}), in no one period's, and cover none of ${request.periods
      .filter((p) => !named.some((q) => q.id === p.id))
      .map((p) => p.label)
      .join(" or ")}.`,
    ...issueLocation(first.source),
    ...(measure === undefined ? {} : { measure }),
    raw: listed,
  });
}

/**
 * What the words naming a figure's period say against it: a count on another
 * day than the period's last, for a metric counted then (dayIssues), or else
 * a part of the period (partIssues). A stock dated 30 June is not a part of
 * the year it is counted for ("3 months"): it is a count on another day, and
 * one warning says so.
 */
function periodWordIssues(
  fact: Fact,
  period: PeriodDef,
  texts: readonly string[],
  request: Request,
  /** Texts nearer the figure that name no period: read for a part of it only. */
  passed: readonly string[] = [],
): Issue[] {
  const day = dayIssues(fact, period, texts, request);
  return day.length > 0 ? day : partIssues(fact, period, [...texts, ...passed]);
}

/**
 * The match stage's warnings less those a day warning restates: a stock
 * figure dated another day ("2022/23 (as at 30 June 2022)") was flagged
 * there as a count on one day (period_approximate), and dayIssues flags it
 * again naming the day and the period it is counted for. One is enough, and
 * the one kept names the measure and the date.
 */
function withoutRestated(issues: readonly Issue[], added: readonly Issue[]): Issue[] {
  const dated = added.filter((i) => i.code === "period_approximate" && i.measure !== undefined);
  if (dated.length === 0) return [...issues];
  const same = (a: Issue, b: Issue) =>
    a.measure === b.measure && a.file === b.file && a.sheet === b.sheet && a.cell === b.cell && a.raw === b.raw;
  return issues.filter((i) => i.code !== "period_approximate" || !dated.some((d) => same(d, i)));
}

/**
 * A figure taken for a period whose own words name a narrower span of months
 * ("2021/22 (April to June only): 4", "2023 (Jan–Jun): 5"): flagged on its
 * measure, since it may be short of the whole period's count. The texts read
 * are those that may name its period: its label and its period text.
 */
function partIssues(fact: Fact, period: PeriodDef, texts: readonly string[]): Issue[] {
  // A figure from several cells is a sum (or a count from a list) whose parts are checked where it is
  // made (value_summed); the first cell's quarter is not the sum's.
  if (!isFigure(fact) || fact.sources.length > 1) return [];
  for (const text of texts) {
    const part = partOfPeriod(text, period);
    if (!part) continue;
    const s = fact.sources[0];
    return [
      makeIssue("period_part", {
        message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is given for "${part.raw}" (${part.months} month${part.months === 1 ? "" : "s"}), only part of ${period.label}. It is counted for ${period.label}, but may fall short of the whole period's figure.`,
        ...(s ? issueLocation(s) : {}),
        measure: fact.measure,
        raw: fact.raw,
      }),
    ];
  }
  return [];
}

/**
 * A count taken on each period's last day (a metric with `at: "period_end"`)
 * whose own words date it another day ("2022/23 (as at 30 June 2022)"): it is
 * counted for the period its words name, the nearest the return gives, and
 * flagged on its measure, as a count on one day is for a period measure.
 */
function dayIssues(fact: Fact, period: PeriodDef, texts: readonly string[], request: Request): Issue[] {
  if (!isFigure(fact) || !countedAtPeriodEnd(request, fact.measure)) return [];
  const days = texts.flatMap((t) => singleDaysIn(t));
  const day = days.find((d) => d !== period.end);
  if (day === undefined) return [];
  const s = fact.sources[0];
  return [
    makeIssue("period_approximate", {
      message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is a count on ${day}, not on the last day of ${period.label} (${period.end}), which is when the request counts it. It is counted for ${period.label} as the nearest the return gives; check with the council.`,
      ...(s ? issueLocation(s) : {}),
      measure: fact.measure,
      raw: fact.raw,
    }),
  ];
}

const KIND_WORDS: Record<YearKind, string> = {
  academic: "academic years (September to August)",
  financial: "financial years (April to March)",
  calendar: "calendar years",
};

/**
 * A figure keyed to a requested year by its pair of years ("2022/23", a
 * sheet named "2022-23") where the return says its years are another kind
 * ("2022/23 (academic year, September to August)", or a note "figures are
 * reported by academic year"): the same words name a different twelve
 * months, so it is flagged on its measure (period_mismatch). It is still
 * counted for that year, as the nearest the return gives. The kind is read
 * first in the words that name the period, then in the file's stated
 * periods, whose dates processFile set by the kind the file names.
 */
function kindIssues(fact: Fact, period: PeriodDef, text: string, stated: readonly PeriodFact[]): Issue[] {
  const asked = kindOfRange(period);
  if (!isFigure(fact) || asked === null || asked === "calendar") return [];
  const kinds = statedYearKinds(text).filter((k) => k !== "calendar");
  let other: YearKind | null = kinds.length === 1 && kinds[0] !== asked ? (kinds[0] ?? null) : null;
  if (other === null && kinds.length === 0) {
    // The file's own periods: a "2022/23" read with another kind's dates because the file names that kind.
    const differs = stated.find(
      (p) =>
        p.datesStated &&
        p.start !== null &&
        p.end !== null &&
        (p.start !== period.start || p.end !== period.end) &&
        periodsNamed(p.raw, [period]).length > 0,
    );
    other = differs ? kindOfRange({ start: differs.start ?? "", end: differs.end ?? "" }) : null;
  }
  if (other === null || other === asked) return [];
  const s = fact.sources[0];
  return [
    makeIssue("period_mismatch", {
      message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is taken for ${period.label} from "${text}", but the return says its years are ${KIND_WORDS[other]}, not ${KIND_WORDS[asked]}. It is counted for ${period.label}, but covers different months; check with the council.`,
      ...(s ? issueLocation(s) : {}),
      measure: fact.measure,
      raw: fact.raw,
    }),
  ];
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/**
 * In a one-period request, the words that say a figure's period: the first
 * of its label and period texts that names a year ("2015 (Jan–Sep)",
 * "April–June 2015"), or its label when none does.
 */
function datedTexts(fact: Fact): string[] {
  const dated = [fact.label, ...(fact.periodText ?? "").split(" | ")].find((t) => YEAR.test(t));
  return [dated ?? fact.label];
}

/**
 * Words that date a figure or tie it to some time: a year, a month, or a
 * word for a span ("last year", "this quarter", "since").
 */
const DATED =
  /\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b|\b(?:years?|period|quarters?|months?|weeks?|annual(?:ly)?|since|between|until|during|last|previous|current|currently|recent(?:ly)?)\b/iu;

/**
 * "none.", "Nil", "zero – all were found": an answer that opens by saying nil
 * in words; so does "As above, zero.", whose pointer back adds no time of its own.
 */
const NIL_ANSWER =
  /^\s*(?:(?:as (?:above|before)|same as above)[,;:]?\s{0,3}(?:[-–—]\s{0,3})?)?(?:none|nil|zero)\b[^0-9]*$/iu;

/**
 * "Questions 1a, 1b and 1d: Nil in each of 2021, 2022, 2023 and 2024 (1 Jan
 * – 30 Apr).": a nil the council gives to each period it then lists. When
 * the list is every period the request asks about, the nil is each one's;
 * counted for none, the council's answer was lost with a warning that it
 * named several periods. The list is read where the figure's period is
 * (its label, heading or sheet) or, where those name none, in its own
 * sentence. Only a nil (a count would be a total over them, or
 * each one's: the words do not say), only with the words that give it to
 * each (labels.json everyListedPeriod, just before the first period), and
 * only when no other figure is in the text (an exception, "except 2023 when
 * 2", is not the nil's).
 */
function nilForEachListed(fact: Fact, text: string, request: Request, listed: readonly RegExp[]): boolean {
  if (fact.status !== "reported" || fact.value !== 0 || listed.length === 0) return false;
  const atEnd = countedAtPeriodEnd(request, fact.measure);
  if (periodsNamed(text, request.periods, { atEnd }).length !== request.periods.length) return false;
  const first = /(?:19|20)\d{2}/u.exec(text);
  if (!first) return false;
  const before = text.slice(0, first.index);
  if (!listed.some((re) => re.test(before))) return false;
  // The only digits allowed: question numbers before the list ("Questions 1a, 1b and 1d:"), and in the
  // list its years, days of a month ("1 Jan") and the nil itself. "except 2023: 3" keeps its 3.
  const numbers = before.replace(/\b\d{1,2}[a-h]?(?=\s*(?:[,:.)]|and\b))/giu, "");
  const list = text
    .slice(first.index)
    .replace(/(?:19|20)\d{2}/gu, "")
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?=[a-z]{3})/giu, "")
    .replace(/\b0\b/gu, "");
  return !/\d/u.test(numbers.replace(/\b0\b/gu, "")) && !/\d/u.test(list);
}

/**
 * "None of the children who went missing in 2018 or 2020 is still missing.",
 * "No trafficked children went missing in 2018 or 2019.": a nil given to a
 * list of some of the requested years is none in each year listed (no year
 * can have fewer than none); counted for none, the council's answer for
 * those years was lost with a warning that it named several periods. Only
 * a nil said in words (a "0" or a count could be a total over the years),
 * only years listed one after another ("2018 or 2020", "2018, 2019 and
 * 2020"; a span "between 2018 and 2020" or "since 2018" is not a list),
 * and only with no other figure in the words that list them.
 */
function nilForEachNamed(fact: Fact, text: string): boolean {
  if (fact.status !== "reported" || fact.value !== 0 || fact.otherPeriod !== undefined) return false;
  if (!NIL_WORD.test(fact.raw) || !NIL_WORD.test(text) || BOUNDED_YEAR.test(text)) return false;
  if (!YEAR_LIST.test(text) || /\bbetween\b|(?:19|20)\d{2}\s*(?:[-–—]|to\b)/iu.test(text)) return false;
  // The nil must be the list's: one list, every year named in it ("None … in 2020 …; for 2018 and 2019 the
  // figures are attached" gives 2020 alone), and the nil in the same clause as the list ("None is still
  // missing (see our separate reply for 2018 and 2019)", "…, unlike 2018 and 2019" are other answers' years).
  const lists = [...text.matchAll(new RegExp(YEAR_LIST.source, "giu"))];
  const [list] = lists;
  if (lists.length !== 1 || !list) return false;
  if (text.replace(list[0], " ").match(/(?:19|20)\d{2}/u)) return false;
  const at = list.index ?? 0;
  let head = text.slice(0, at);
  let tail = text.slice(at + list[0].length);
  // "None remains missing (2021, 2022 and 2023)": a bracket holding the list alone dates the nil beside it.
  if (/\(\s*$/u.test(head) && /^\s*\)/u.test(tail)) {
    head = head.replace(/\(\s*$/u, " ");
    tail = tail.replace(/^\s*\)/u, " ");
  }
  const before = head.split(OTHER_CLAUSE).at(-1) ?? "";
  const after = tail.split(OTHER_CLAUSE)[0] ?? "";
  if (!NIL_WORD.test(`${before} ${after}`)) return false;
  const rest = text
    .replace(/(?:19|20)\d{2}/gu, " ")
    .replace(/^\s*(?:q(?:uestion)?\.?\s*)?\d{1,2}[a-h]?\b[.):]?/iu, " ");
  return !/\d/u.test(rest);
}

/** A nil said in words: "none", "no children", "nil", "zero", "not any". */
const NIL_WORD = /\b(?:none|nil|zero|no|not\s+any)\b/iu;

/** Words that open another clause than the nil's: "; for 2018 …", "(see …", "unlike 2018 …", "other than …". */
const OTHER_CLAUSE = /[;()]|\b(?:unlike|see|other\s+than|except|apart\s+from|but|whereas)\b/iu;

/** Years listed one after another: "2018 or 2020", "2018, 2019 and 2020". */
const YEAR_LIST = /(?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})*(?:\s*,)?\s+(?:and|or|nor)\s+(?:19|20)\d{2}/iu;

/**
 * "No looked after child was identified as trafficked at any time between 1
 * January 2021 and 30 April 2024": a nil over a span of dates the answer
 * states, the span covering every period the request asks about. None over
 * the whole span is none in each of its periods (no period can have fewer
 * than none), so the nil is each period's; counted for none, a council that
 * answered "none" for the whole span was read as not answering. Only a nil,
 * and only with no other figure in its words (a count over the span is a
 * total, not each period's): the digits left once the span's dates and
 * question numbers ("1a, 1b and 1d.") are taken out must be none.
 */
function nilOverStatedSpan(fact: Fact, request: Request): boolean {
  if (fact.status !== "reported" || fact.value !== 0 || fact.otherPeriod !== undefined) return false;
  const whole = request.period;
  const spans = periodsIn(fact.raw).filter((r) => r.start <= whole.start && r.end >= whole.end);
  if (spans.length === 0) return false;
  const rest = spans
    .reduce((t, r) => t.replace(r.raw, " "), fact.raw)
    .replace(/\b\d{1,2}[a-h]?(?=\s*(?:[,:.)]|and\b))/giu, "")
    .replace(/\b0\b/gu, "");
  return !/\d/u.test(rest);
}

/**
 * "4. Still missing: none.": a nil that names no time at all answers the
 * question for the whole span asked about, and a count that is nil over
 * the whole span is nil in each of its periods (no period can have fewer
 * than none). A figure other than 0, or a nil whose words, label or period
 * text name any time (a year, "last year", "in 2018 none … in 2019 one"),
 * is not: it may be one period's, which a guess would misplace.
 */
function nilForWholeSpan(fact: Fact): boolean {
  if (fact.status !== "reported" || fact.value !== 0 || fact.otherPeriod !== undefined) return false;
  // "2023" over a table, then "Still missing: none" below it: the line may be that year's, or any other's.
  if (fact.afterPeriodTable) return false;
  // The answer must say nil in so many words: a bare "No" (a yes/no column) or "0" in a table whose
  // period columns were not read may be one period's, or no count at all.
  if (!NIL_ANSWER.test(fact.raw)) return false;
  return ![fact.raw.replace(SPAN_ASKED, " "), fact.label, fact.periodText ?? ""].some((t) => DATED.test(t));
}

/**
 * "1a. Nil" in a reply whose other answers to 1a ("1a. 1", under year
 * headings foi-agg did not take for periods) name no period either: the
 * question is answered once a period, and the nil is one period's, which
 * cannot be told; a nil for the whole span would make every period's count 0
 * beside counts of 1 for the same question. So a nil naming no time is the
 * whole span's only while no other figure for its measure, in the same file,
 * is left with no period and is not 0 itself; otherwise it is counted for no
 * period and flagged, as those figures are.
 */
function unscopedAmongOthers(keyed: readonly KeyedFact[], wholeSpanNils: ReadonlySet<KeyedFact>): Set<KeyedFact> {
  const out = new Set<KeyedFact>();
  if (wholeSpanNils.size === 0) return out;
  const undated = new Set(
    keyed
      .filter((k) => k.period === null && isFigure(k.fact) && !(k.fact.status === "reported" && k.fact.value === 0))
      .map((k) => k.fact.measure),
  );
  for (const k of wholeSpanNils) if (undated.has(k.fact.measure)) out.add(k);
  return out;
}

/**
 * "Nil (no trafficked children were looked after in these years).": words
 * pointing back at the years asked about name no one period; they say the
 * nil is the whole span's, so they do not date it as "in 2018" would.
 */
const SPAN_ASKED =
  /\b(?:in|during|over|across|for)\s+(?:(?:any|each|all|either|none)\s+of\s+)?(?:(?:these|those)\s+(?:years|periods)|the\s+(?:years|periods)\s+(?:requested|asked about|in question|you asked about))\b/giu;

/**
 * "-" in each year's column and 28 in a column for the whole span asked
 * about ("Whole period 01/01/2021 - 30/04/2024"), in one row: the council
 * gave the measure only for the span, and the dashes mark the years it did
 * not split it into. Read as 0 they would count none for each year in the
 * national totals. So a dash in the same row as a figure counted for no
 * period, for the same measure, is read as not given for its period, and
 * one warning on the measure says so. A dash anywhere else, and a written
 * "0" or "nil" beside a span figure, is still none.
 */
function dashesBesideSpan(
  keyed: readonly KeyedFact[],
  dashes: ReadonlySet<string>,
): { facts: KeyedFact[]; issues: Issue[] } {
  const spans = keyed.filter((k) => k.period === null && isFigure(k.fact) && !dashes.has(k.fact.raw.trim()));
  if (spans.length === 0 || dashes.size === 0) return { facts: [...keyed], issues: [] };
  const issues: Issue[] = [];
  const sameRow = (a: Fact, b: Fact) => {
    const [x, y] = [a.sources[0], b.sources[0]];
    return x !== undefined && y !== undefined && x.file === y.file && x.sheet === y.sheet && x.row === y.row;
  };
  const read = new Set<KeyedFact>();
  for (const span of spans) {
    const marks = keyed.filter(
      (k) =>
        k.period !== null &&
        k.fact.measure === span.fact.measure &&
        k.fact.status === "reported" &&
        k.fact.value === 0 &&
        k.fact.sources.length === 1 &&
        dashes.has(k.fact.raw.trim()) &&
        sameRow(k.fact, span.fact),
    );
    if (marks.length === 0) continue;
    for (const m of marks) read.add(m);
    const s = span.fact.sources[0];
    const cells = marks.flatMap((m) => (m.fact.sources[0] ? [formatCell(m.fact.sources[0])] : []));
    issues.push(
      makeIssue("value_not_answered", {
        message: `${span.fact.measure} is given only as "${span.fact.raw}" in ${s ? describeSource(s) : "the file"}, for a span of the requested periods; the "${marks[0]?.fact.raw.trim()}" beside it (${cells.join(", ")}) is read as not given for each period, not as 0.`,
        ...(s ? issueLocation(s) : {}),
        measure: span.fact.measure,
        raw: span.fact.raw,
      }),
    );
  }
  const facts = keyed.map((k) =>
    read.has(k)
      ? { ...k, fact: { ...k.fact, status: "not_answered" as const, value: null, lower: null, upper: null } }
      : k,
  );
  return { facts, issues };
}

/** A count (or a suppressed count), as against a statement that nothing is held or given. */
function isFigure(fact: Fact): boolean {
  return fact.status === "reported" || fact.status === "suppressed" || fact.status === "derived";
}

/**
 * The requested periods named where a figure's period may be written,
 * nearest first: its labels (row, column, heading, question), its column's
 * title, the title line above its table, and its sheet's name. The nearest
 * that names any period decides: a column headed "2018" under a note about
 * "2018 and January–March 2019" is 2018's.
 */
function nearestPeriods(
  fact: Fact,
  request: Request,
  own: OwnPeriods,
): { named: PeriodDef[]; text: string; passed: string[] } {
  const sheets = [...new Set(fact.sources.map((s) => s.sheet))];
  const places = [fact.label, ...(fact.periodText ?? "").split(" | "), ...sheets];
  const atEnd = countedAtPeriodEnd(request, fact.measure);
  const passed: string[] = [];
  for (const text of places) {
    const named = periodsNamed(text, request.periods, { atEnd });
    // A question naming the years it asks about ("In each of 2021, 2022 and 2023, how many …?", "between
    // 2021 and 2023") over figures that each name one year ("2021 - 19"): each figure is its own year's.
    if (named.length > 1 && text === fact.label && own.named.length === 1) return { ...own, passed: [] };
    if (named.length > 0) return { named, text, passed };
    passed.push(text);
  }
  return { named: [], text: "", passed: [] };
}

interface OwnPeriods {
  named: PeriodDef[];
  /** The text that names them. */
  text: string;
}

/** The one period a figure's own period text (its row or column key, "2021 - 19") names, if it names exactly one. */
function ownPeriods(fact: Fact, request: Request): OwnPeriods {
  const atEnd = countedAtPeriodEnd(request, fact.measure);
  for (const text of (fact.periodText ?? "").split(" | ")) {
    const named = periodsNamed(text, request.periods, { atEnd });
    if (named.length > 0) return { named: named.length === 1 ? named : [], text };
  }
  return { named: [], text: "" };
}

/** A figure whose own words say it covers every requested period together (Fact.overPeriods). */
function overPeriodsGiven(fact: Fact): Issue {
  const s = fact.sources[0];
  return makeIssue("figure_period_not_stated", {
    message: `"${fact.raw}" (${fact.measure}) in ${s ? describeSource(s) : "the file"} is one figure for the requested periods together, not one period's (${fact.overPeriods}), so it is not counted for any period.`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}

function notStated(fact: Fact, named: readonly PeriodDef[]): Issue {
  const s = fact.sources[0];
  const where = s ? describeSource(s) : "the file";
  const why =
    named.length > 1
      ? `names more than one of the requested periods (${named.map((p) => p.label).join(", ")})`
      : "does not say which of the requested periods it is for";
  return makeIssue("figure_period_not_stated", {
    message: `"${fact.raw}" (${fact.measure}) in ${where} ${why}, so it is not counted for any period. Labelled: "${fact.label}".`,
    ...(s ? issueLocation(s) : {}),
    measure: fact.measure,
    raw: fact.raw,
  });
}
