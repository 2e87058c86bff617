import type { NationalityFact, PeriodFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { NAMED_SHEETS } from "../domain/workbook.js";

/** The period checks' verdicts said of a whole return (no measure): its figures cover another period. */
const WHOLE_RETURN_PERIOD = new Set(["period_mismatch", "period_approximate"]);

/**
 * A nationality list follows the figures it breaks down. Where the return
 * says, at or above the list in the same file and sheet, that what follows
 * covers another period ("Our performance team holds nationality by
 * financial year only … between 1 April 2017 and 31 March 2018 were:", an
 * export whose every row is "01/04/2017 - 31/03/2018" under a request for
 * calendar 2017), the period check has flagged the whole return
 * (period_mismatch / period_approximate). A figure so flagged stays visible
 * with its warning, but a list's counts go straight into the national
 * nationality totals, where a warning beside the return no longer shows: the
 * list is set aside (figure_set_aside on the group's went-missing measure)
 * and counted in no total.
 *
 * A file that states only another period (a column headed "2014/15 (1
 * April 2014 – 31 March 2015)" on its first sheet, a nationality sheet
 * beside it) says it of the whole file: its statement dates the lists on
 * every sheet. A file that also states the period asked is read in order.
 *
 * A stated span inside a requested period (a reply for April–September of
 * the year asked), or inside the whole span a request of several periods
 * asks about (a list given once for "1 January 2021 to 30 April 2024"), is
 * part of what was asked, not another period: its list stays. A
 * statement below the list, or in another file or sheet, does not date it;
 * nor does a note scoped to a marked figure ("the missing episodes figure
 * (marked *) covers 1 April 2013 to …"), which dates that figure alone,
 * nor do dates written in a figure's own cell ("12 (1 April 2017 to 31 March
 * 2018)"), which date that figure alone too. Pure.
 */
export function setAsideOtherPeriodLists(ret: Return, request: Request): Return {
  if (ret.nationalities.length === 0) return ret;
  const statements = otherPeriodStatements(ret, request);
  if (statements.length === 0) return ret;
  const kept: NationalityFact[] = [];
  const setAside = new Map<string, { facts: NationalityFact[]; period: PeriodFact }>();
  const groupsAt = groupsOfLines(ret, request);
  // A request of several periods has keyed each list to the one period its own text names (assemble/keyPeriods):
  // that list is dated by its own heading, not by a statement above it. Only a list given once for the whole span is open.
  // So is a list whose own words name some of the periods together ("across 2021, 2022 and 2023 together").
  const keyedOwn = (n: NationalityFact) =>
    (n.period !== undefined && n.period !== request.period.id && request.periods.length > 1) ||
    n.periodsTogether !== undefined;
  for (const n of ret.nationalities) {
    const period = keyedOwn(n)
      ? undefined
      : statements.find(
          (p) =>
            p.source.file === n.source.file &&
            !datesOtherGroup(groupsAt, p, n) &&
            ((p.source.sheet === n.source.sheet && p.source.row <= n.source.row && !askedBetween(ret, request, p, n)) ||
              !statesAskedPeriod(ret, request, p.source.file)),
        );
    if (!period) {
      kept.push(n);
      continue;
    }
    const key = `${n.group}\u0000${n.source.file}`;
    const entry = setAside.get(key) ?? { facts: [], period };
    entry.facts.push(n);
    setAside.set(key, entry);
  }
  if (setAside.size === 0) return ret;
  const issues: Issue[] = [...setAside.values()].map(({ facts, period }) => {
    const first = facts[0] as NationalityFact;
    const measure = findMeasure(request, first.group, "went_missing")?.id;
    const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
    return makeIssue("figure_set_aside", {
      message: `The ${first.group} nationalities listed in ${describeSource(first.source)} (${listed}) are dated by "${period.raw}" (${describeSource(period.source)}), which says they cover ${period.start} to ${period.end}, not the requested ${request.period.label}: the list was set aside and is not counted in the nationality totals.`,
      ...issueLocation(first.source),
      authority: ret.authority.gss_code,
      ...(measure === undefined ? {} : { measure }),
      raw: listed,
    });
  });
  return { ...ret, nationalities: kept, issues: [...ret.issues, ...issues] };
}

/** The most lines one figure's sentence is taken to run over; a longer range is a streamed list's, not a sentence. */
const MAX_SENTENCE_LINES = 5;

const lineKey = (s: Source) => `${s.file}\u0000${s.sheet}\u0000${s.row}`;

/**
 * For each line of a letter or document (not a grid's cell) holding figures, the groups those figures count,
 * each taken to the group whose nationalities are listed: a part's to its whole (identified trafficking to
 * trafficked). A subset's figure (UASC also trafficked) is both groups' children, so it names no one group (null).
 */
function groupsOfLines(ret: Return, request: Request): Map<string, Set<string | null>> {
  const wholeOf = new Map<string, string | null>();
  for (const r of request.relations) {
    if (r.kind === "parts") for (const part of r.parts) wholeOf.set(part, r.whole);
    else wholeOf.set(r.group, null);
  }
  const groupOf = new Map(request.measures.map((m) => [m.id, m.group]));
  const at = new Map<string, Set<string | null>>();
  for (const v of ret.values) {
    const g = groupOf.get(v.measure);
    if (g === undefined) continue;
    const listed = wholeOf.has(g) ? (wholeOf.get(g) ?? null) : g;
    for (const s of v.sources) {
      if (inGrid(s)) continue;
      // A sentence wrapped over a few lines ("page 1 lines 21–23", joined into its first row) is the
      // figure's on each of them.
      const lines = /\blines (\d+)\s*[–-]\s*(\d+)$/u.exec(s.place ?? "");
      const wrapped = lines ? Number(lines[2]) - Number(lines[1]) : 0;
      const last = Math.min(Math.max(s.rowTo ?? s.row, s.row + wrapped), s.row + MAX_SENTENCE_LINES);
      for (let row = s.row; row <= last; row++) {
        const key = lineKey({ ...s, row });
        const set = at.get(key) ?? new Set();
        set.add(listed);
        at.set(key, set);
      }
    }
  }
  return at;
}

/**
 * "Between 1 April 2017 and 31 March 2018, 60 UASC were looked after" above a list of the trafficked
 * children: a sentence whose figures all count one other group dates that group's figures (its
 * children are counted over the council's other year), not a list of another group's children.
 */
function datesOtherGroup(groupsAt: Map<string, Set<string | null>>, p: PeriodFact, n: NationalityFact): boolean {
  if (p.ofWholeReply) return false;
  const groups = groupsAt.get(lineKey(p.source));
  return groups !== undefined && groups.size > 0 && !groups.has(null) && !groups.has(n.group);
}

/**
 * Whether the period asked (or a part of it) is stated between another period's statement and the list
 * below it, in the same sheet: "Nationality of the children who went missing, 1 January 2021 to 30 April
 * 2024:" under a table of financial years dates its own list, being the nearer.
 */
function askedBetween(ret: Return, request: Request, other: PeriodFact, n: NationalityFact): boolean {
  return ret.periods.some(
    (p) =>
      p.source.file === n.source.file &&
      p.source.sheet === n.source.sheet &&
      p.source.row > other.source.row &&
      p.source.row <= n.source.row &&
      !p.inQuestion &&
      insideAsked(p, request),
  );
}

/** Whether a file states, outside a restated question, the period asked (or a part of it). */
function statesAskedPeriod(ret: Return, request: Request, file: string): boolean {
  return ret.periods.some((p) => p.source.file === file && !p.inQuestion && insideAsked(p, request));
}

/**
 * A stated span inside a requested period, or inside the whole span a request of several periods asks about.
 * A year of another kind ("2018/19", 1 April to 31 March, under a request for calendar years 2018 to 2020) is
 * neither: it lies inside the whole span, but a return that counts by such years gives its lists for those
 * years, and "the three years together" are then its years, a quarter off the span asked.
 */
function insideAsked(p: PeriodFact, request: Request): boolean {
  const { start, end } = p;
  if (start === null || end === null) return false;
  if (request.periods.some((r) => r.start <= start && end <= r.end)) return true;
  return (
    request.periods.length > 1 &&
    !yearOfAnotherKind(start, end, request) &&
    request.period.start <= start &&
    end <= request.period.end
  );
}

/** Twelve months (start to the day before the same date a year on) starting on another day than the requested years do. */
function yearOfAnotherKind(start: string, end: string, request: Request): boolean {
  const from = new Date(`${start}T00:00:00Z`);
  const yearOn = new Date(Date.UTC(from.getUTCFullYear() + 1, from.getUTCMonth(), from.getUTCDate() - 1));
  return request.periods.every((r) => r.start.slice(5) !== start.slice(5)) && yearOn.toISOString().slice(0, 10) === end;
}

/**
 * The stated periods behind the return's whole-return period warnings that
 * lie outside every requested period, in reading order (the first above a
 * list dates it).
 */
function otherPeriodStatements(ret: Return, request: Request): PeriodFact[] {
  const warned = ret.issues.filter((i) => WHOLE_RETURN_PERIOD.has(i.code) && i.measure === undefined);
  // "12 (1 April 2017 to 31 March 2018)": dates written in a figure's own grid cell date that figure alone.
  // A letter's line or a document's paragraph is the figure's cell too, but there the dates are the
  // sentence's ("Between 1 April 2017 and 31 March 2018, 14 … went missing"), the reply's own period.
  const figureCells = new Set(
    ret.values.flatMap((v) =>
      v.sources.filter(inGrid).map((s) => `${s.file}\u0000${s.sheet}\u0000${s.row}\u0000${s.col}`),
    ),
  );
  return ret.periods
    .filter(
      (p) =>
        p.start !== null &&
        p.end !== null &&
        !p.inQuestion &&
        !p.ofMarkedFigures &&
        !figureCells.has(`${p.source.file}\u0000${p.source.sheet}\u0000${p.source.row}\u0000${p.source.col}`) &&
        warned.some((i) => i.raw === p.raw && i.file === p.source.file) &&
        !insideAsked(p, request),
    )
    .sort((a, b) => a.source.row - b.source.row);
}

/** A spreadsheet's or csv's cell, or a cell of a document's table ("page 2 table 1 row 3 col 2"), not prose. */
function inGrid(s: Source): boolean {
  return NAMED_SHEETS.has(s.format) || s.format === "csv" || /\btable\b.*\bcol \d+$/u.test(s.place ?? "");
}
