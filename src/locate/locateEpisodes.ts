import type { Decision, Fact, NationalityFact, UngroupedList } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Group, Metric, PeriodDef } from "../domain/request.js";
import { COMBINED_GROUP, findMeasure, partsOf } from "../domain/request.js";
import { describeSource, formatCell, issueLocation, type Source } from "../domain/source.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { OTHER_NATIONALITY } from "../knowledge/nationalities.js";
import { matchLabel } from "../match/matchLabel.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { wholeGroupOf } from "../match/resolveMeasure.js";
import { canonicaliseNationality, canonicaliseNationalityCode } from "../parse/parseNationality.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { countPartsSplit } from "./countPartsSplit.js";
import { parseEpisodeDate } from "./episodeDates.js";
import {
  awaitedPart,
  categoryFamilies,
  categorySaysEveryChild,
  categorySaysNone,
  categoryWords,
  columnCells,
  type EpisodeColumns,
  type Family,
  familiesOf,
  findEpisodeHeader,
  readGroupFlag,
  readStatus,
  readYesNo,
} from "./findListColumns.js";
import { readListNotes } from "./listNotes.js";
import { family } from "./locateNationalities.js";
import { type LocateEnv, type SheetGrid, sourceOf } from "./sheetGrid.js";

export { type EpisodeColumns, findEpisodeHeader };

/**
 * A list with no column read as the date each child went missing, but with
 * a column of dates no header rule placed ("MISS_ST", "OCCURRED"): its rows
 * were counted without being checked against the period, and an extract
 * often runs wider than the period asked about. Said (naming the column),
 * not guessed: a date column may as well be a review or placement date.
 */
export function undatedListIssues(grid: SheetGrid, cols: EpisodeColumns, periodLabel: string): Issue[] {
  if (cols.missingDate !== null || !cols.unreadDates?.length) return [];
  const col = cols.unreadDates[0] ?? cols.child;
  const header = (grid.sheet.rows[cols.headerRow - 1]?.[col - 1] ?? "").trim();
  const src = sourceOf(grid, { row: cols.headerRow, col });
  return [
    makeIssue("episode_row_unreadable", {
      message: `The list in ${describeSource(src)} has dates in "${header}" that foi-agg did not read as the date each child went missing, so its rows were counted without being checked against ${periodLabel}; if the list runs wider, its counts are too high.`,
      ...issueLocation(src),
      raw: header,
    }),
  ];
}

/**
 * How a list says a child is still missing, for the not-found figure's raw text: its status column, a
 * missing return date, or its flag. Shared by both list readers (locateEpisodes, countEpisodes), so
 * their figures read the same whichever reads the list.
 */
export function howStillMissing(cols: EpisodeColumns, header: (col: number) => string): string {
  if (cols.openDate !== undefined) return `has a date in ${header(cols.openDate)}`;
  if (cols.status !== null) return `${header(cols.status)} says still missing`;
  if (cols.returnedDate !== null) return "has no return date";
  return `${header(cols.flag?.col ?? cols.child)} says still missing`;
}

/**
 * The request's groups that are the children of one list group who are also
 * in another: a group the request makes a subset of one list group ("uasc")
 * whose label names that group and exactly one other ("Unaccompanied … also
 * identified or suspected as trafficked"). A list whose rows say both groups
 * counts them; a subset whose label names no second group (a narrower kind of
 * the one group) is none of these.
 */
export function bothGroupsOf(env: LocateEnv): { group: Group; of: Group; also: Group }[] {
  const { request } = env.knowledge;
  const vocab = env.knowledge.labels;
  const out: { group: Group; of: Group; also: Group }[] = [];
  for (const r of request.relations) {
    if (r.kind !== "subset" || !vocab.listGroups.includes(r.of)) continue;
    const label = request.groups.find((g) => g.id === r.group)?.label ?? "";
    const named = new Set(
      matchLabel(label, vocab)
        .groups.filter((g) => g !== r.group)
        .map((g) => wholeGroupOf(g, vocab))
        .filter((g) => vocab.listGroups.includes(g)),
    );
    const others = [...named].filter((g) => g !== r.of);
    const [also, ...more] = others;
    if (named.has(r.of) && also !== undefined && more.length === 0) out.push({ group: r.group, of: r.of, also });
  }
  return out;
}

/** The warning on a return-date cell that is no date and does not say the child is still missing ({at}: the cell). */
export function notAReturn(text: string): string {
  return `"${text}" in {at} is neither a return date nor says the child is still missing; the episode is treated as not returned.`;
}

/** The warning on a still-missing flag that is neither yes nor no ({at}: the cell). */
export function notAYesOrNo(text: string): string {
  return `"${text}" in {at} is not a yes or no; the episode is treated as not returned.`;
}

/** A sentence: five or more words and a full stop after a word (a note's words, never a child's row). */
export const NOTE_UNDER_LIST = /^(?=(?:[^\p{L}]*\p{L}+){5})[\s\S]*\p{L}[.!?](?:\s|"|$)/u;

export interface TableResult {
  facts: Fact[];
  nationalities: NationalityFact[];
  issues: Issue[];
  decisions: Decision[];
  /** Rows the table occupies, which the generic figure search must skip. */
  rows: number[];
  /** Nationality lists whose group the words do not tell; settled from the file's figures, or reported. */
  ungrouped?: UngroupedList[];
}

/** One counted row: an episode, or a child with a count of episodes. */
interface ListRow {
  row: number;
  ref: string;
  refSource: Source;
  families: Family[];
  /** ISO date the episode started, when the list gives one. */
  missing: string | null;
  /** Still missing at the end: true/false, or null when the list does not say. */
  stillOut: boolean | null;
  /** Row-per-child lists: the child's episodes (null when not given), and whether the child went missing. */
  episodes: number | null;
  wentMissing: boolean;
  nationality: { raw: string; source: Source } | null;
  /** The words of the row's category cell ("" without a category column), for the identified/suspected split. */
  category: string;
  /** The part its parts column puts the child in when the column's words name none (awaitedPart). */
  part?: Group;
  /** The headers of the row's group flag columns that say yes ("Trafficking - suspected"), for the same split. */
  flagged: string[];
  /** The requested period the row's date or year column places it in (requests of several periods); null when none does. */
  period: string | null;
  /** A date of going missing was written but could not be read ("Not recorded"), and no year column places the row. */
  undated: boolean;
}

const LIST_METRICS: readonly Metric[] = ["looked_after", "went_missing", "missing_incidents", "not_found"];

/**
 * Count a list of children or episodes. Children = distinct references,
 * episodes = rows (or the sum of a count column), not found = children whose
 * latest episode has not ended. A figure is derived only when every row
 * could be placed in a group and read; otherwise the figure is left out with
 * an episode_list_uncounted issue, because a list misread is a wrong
 * number, most often a wrong zero.
 */
export function readEpisodes(
  grid: SheetGrid,
  cols: EpisodeColumns,
  contextGroup: Group | null,
  contextFrom: string,
  env: LocateEnv,
): TableResult {
  const p = tablePatterns(env.knowledge.labels);
  const period = env.knowledge.request.period;
  // A request of several periods: each row is counted for the period its date or year names (placeRow).
  const periods = env.knowledge.request.periods.length > 1 ? env.knowledge.request.periods : [];
  // Per-period count columns name any requested period, the one of a one-period request too.
  const requested = env.knowledge.request.periods;
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const rows: number[] = [cols.headerRow];
  const counted: ListRow[] = [];
  const text = (r: number, c: number | null) => (c === null ? "" : (grid.sheet.rows[r - 1]?.[c - 1] ?? "").trim());
  const headerText = (c: number) => `"${text(cols.headerRow, c)}"`;
  const headerSource = sourceOf(grid, { row: cols.headerRow, col: cols.child });
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  // The groups this round's lists sort rows into (trafficked and UASC in 2015).
  const FAMILIES = env.knowledge.labels.listGroups;
  const fallback = family(contextGroup, env.knowledge.labels, FAMILIES);
  const hasGroupColumns = cols.category !== null || cols.groupFlags.length > 0;
  // Flag columns: a blank cell is "flag not set" when the column says yes
  // somewhere, as extracts often fill only the yeses.
  const flagColumnsWithYes = new Set(
    cols.groupFlags
      .filter((f) => columnCells(grid, cols.headerRow, f.col).some((c) => readGroupFlag(c, f, p, env)))
      .map((f) => f.col),
  );
  const outside: number[] = [];
  /** Rows of children looked after only outside the span asked about (careSpan), who did not go missing in it. */
  const outOfCare: number[] = [];
  const noGroup: number[] = [];
  const inNeither: number[] = [];
  /** Families whose rows could not all be read for a metric. */
  const unreadable = new Map<Family | "any", Set<Metric>>();
  const markUnreadable = (f: Family | "any", ...ms: Metric[]) => {
    const set = unreadable.get(f) ?? new Set<Metric>();
    for (const m of ms) set.add(m);
    unreadable.set(f, set);
  };
  const isTotalRow = (r: number) =>
    (grid.rows[r - 1] ?? []).some((c) => c.col <= cols.child && matchesAny(p.totalRow, normaliseLabel(c.text)));
  const warnRow = (r: number, col: number, message: string, raw: string) => {
    const src = sourceOf(grid, { row: r, col });
    issues.push(
      makeIssue("episode_row_unreadable", {
        message: message.replace("{at}", describeSource(src)),
        ...issueLocation(src),
        raw,
      }),
    );
  };
  // "Blank = none.", "One row per child looked after …": notes by the list on how to count it.
  const notes = readListNotes(grid, cols.headerRow, p, env.otherSheetLines, env.knowledge.request.periods);
  let totalRow: number | null = null;
  /** A child on a list of per-period counts and care dates, looked after but never missing in the periods. */
  let caredNeverMissing = false;
  /** Every total row closing the list ("Total UASC", then "Total trafficked"). */
  const totalRows: number[] = [];

  for (let r = cols.headerRow + 1; r <= grid.sheet.rows.length; r++) {
    const cells = grid.rows[r - 1] ?? [];
    if (cells.length === 0) break;
    const ref = text(r, cols.child);
    // A "Total" row closes the list; its figures are the council's own sums.
    if (cells.some((c) => c.col <= cols.child && matchesAny(p.totalRow, normaliseLabel(c.text)))) {
      totalRow = r;
      // One total row a group may follow the first: each is the list's, not a figure of its own.
      for (let t = r; isTotalRow(t); t++) {
        totalRows.push(t);
        rows.push(t);
      }
      break;
    }
    rows.push(r);
    // "One row per child who went missing. Children who did not go missing
    // are not listed.": a row of one cell of sentences after the list's
    // first row is a note on the list, not a child in no known group; it is
    // passed over, and the list's children are still counted.
    if (r > cols.headerRow + 1 && cells.length === 1 && NOTE_UNDER_LIST.test(cells[0]?.text.trim() ?? "")) continue;
    const src = sourceOf(grid, { row: r, col: cols.child });
    if (ref === "") {
      warnRow(
        r,
        cols.child,
        `Row ${r} of the list in {at} has no child reference, so it was not counted.`,
        cells.map((c) => c.text).join(" | "),
      );
      markUnreadable("any", "went_missing", "missing_incidents", "not_found", "looked_after");
      continue;
    }

    const found = new Set<Family>();
    const flagged: string[] = [];
    /** Groups the row is in only by a dated flag ("NRM referral date"): the day the child came into each. */
    const since = new Map<Family, string>();
    /** Groups the row is in by anything else: a category, a yes/no flag. */
    const firm = new Set<Family>();
    let understood = true;
    if (cols.category !== null) {
      const g = text(r, cols.category);
      const fams = categoryFamilies(g, cols, env);
      for (const f of fams) {
        found.add(f);
        firm.add(f);
      }
      // A blank code on a list that also has a yes/no column per group is
      // "no code" (extracts fill the code only for its own group's children):
      // the flags below say whether the row is in a group.
      // "Looked after" beside group flags is likewise in no group by this column.
      const noCode = cols.groupFlags.length > 0 && (g === "" || categorySaysEveryChild(g, env));
      if (fams.length === 0 && !noCode && !categorySaysNone(g, cols, env)) {
        understood = false;
        warnRow(
          r,
          cols.category,
          `"${g}" in {at} does not say whether the child was trafficked or unaccompanied, so the row was not counted.`,
          g,
        );
      }
    }
    for (const f of cols.groupFlags) {
      const cell = text(r, f.col);
      const yes = cell === "" && flagColumnsWithYes.has(f.col) ? false : readGroupFlag(cell, f, p, env);
      if (yes === null) {
        understood = false;
        warnRow(
          r,
          f.col,
          `"${cell}" in {at} is not a yes or no, so it is not known whether the child is in the group; the row was not counted.`,
          cell,
        );
      } else if (yes) {
        found.add(f.family);
        flagged.push(text(cols.headerRow, f.col));
        const day = f.since ? parseEpisodeDate(cell)?.slice(0, 10) : undefined;
        if (day === undefined) firm.add(f.family);
        else if (!since.has(f.family) || day < (since.get(f.family) ?? day)) since.set(f.family, day);
      }
    }
    for (const f of firm) since.delete(f);
    if (!hasGroupColumns && fallback) found.add(fallback);
    if (!understood || (!hasGroupColumns && !fallback)) {
      noGroup.push(r);
      continue;
    }
    if (found.size === 0) {
      // Every flag is a clear "no": a child in neither group, rightly left out.
      inNeither.push(r);
      continue;
    }
    const allFamilies = FAMILIES.filter((f) => found.has(f));
    /** The groups the child was in by a period's end: a dated flag counts from its day on. */
    const familiesBy = (end: string) => allFamilies.filter((f) => (since.get(f) ?? "") <= end);

    const missingText = text(r, cols.missingDate);
    const missing = missingText === "" ? null : parseEpisodeDate(missingText);
    // An episode whose start cannot be read but whose return date falls in the period was under way in it.
    const endedInPeriod = (row: number): boolean => {
      const end = cols.returnedDate === null ? null : parseEpisodeDate(text(row, cols.returnedDate));
      return end !== null && end >= period.start && end <= period.end;
    };
    if (missingText !== "" && missing === null) {
      // A warning, not a note: without the date nobody can tell whether the
      // episode falls in the requested period, so the council is asked.
      warnRow(
        r,
        cols.missingDate ?? cols.child,
        `"${missingText}" in {at} is not a date, so the episode cannot be placed in the requested period: its group's count of episodes is not given as exact, nor its children who went missing unless this child has another episode dated in the period; its order among the child's episodes is taken from the row order.`,
        missingText,
      );
    }
    if (missing !== null && (missing < period.start || missing > period.end)) {
      outside.push(r);
      continue;
    }
    // A child's row names one date (its first or last time missing) for
    // episodes that may fall in several periods: only an episode's own date,
    // or a year column, places a row in one period.
    const placed = placeRow(cols.unit === "episode" ? missing : null, text(r, cols.period ?? null), periods, period);
    if (placed === OUTSIDE) {
      outside.push(r);
      continue;
    }
    // The groups the child was in by the end of the period the row is counted for (the whole span unplaced).
    const families = familiesBy(
      (placed === null ? undefined : requested.find((q) => q.id === placed)?.end) ?? period.end,
    );

    let stillOut: boolean | null = null;
    // The date an open episode began: the child had not been found when the list was run (see openDay).
    const openText = cols.openDate === undefined ? "" : text(r, cols.openDate);
    const openDay = openText === "" ? null : parseEpisodeDate(openText);
    if (cols.openDate !== undefined && openText !== "" && openDay === null) {
      warnRow(
        r,
        cols.openDate,
        `"${openText}" in {at} is not a date, so it is not known when the child's open episode began; the child is counted as not found in every period.`,
        openText,
      );
    }
    if (cols.openDate !== undefined) stillOut = openText !== "";
    const statusText = text(r, cols.status);
    if (stillOut === null && cols.status !== null && statusText !== "") stillOut = readStatus(statusText, p);
    if (stillOut === null && cols.returnedDate !== null) {
      const returnedText = text(r, cols.returnedDate);
      const isDate = returnedText !== "" && parseEpisodeDate(returnedText) !== null;
      const saysOut = matchesAny(p.stillMissing, normaliseLabel(returnedText));
      if (!isDate && !saysOut) {
        warnRow(r, cols.returnedDate, notAReturn(returnedText), returnedText);
      }
      stillOut = !isDate;
    }
    if (stillOut === null && cols.flag !== null) {
      const flagText = text(r, cols.flag.col);
      // "Still missing" left blank where the notes say blank is none: not still missing.
      const yes =
        flagText === "" && notes.blankIsNone && cols.flag.yesMeans === "missing" ? false : readYesNo(flagText, p);
      if (yes === null) {
        warnRow(r, cols.flag.col, notAYesOrNo(flagText), flagText);
        stillOut = true;
      } else stillOut = cols.flag.yesMeans === "missing" ? yes : !yes;
    }

    const natText = text(r, cols.nationality);
    const ownCategory = categoryWords(text(r, cols.category), cols);
    const partWords = text(r, cols.parts ?? null);
    // "Pending" under "Conclusive grounds": the decision is awaited, so the child is in the undecided part.
    const partsHeader = text(cols.headerRow, cols.parts ?? null);
    const part =
      partWords === ""
        ? undefined
        : allFamilies
            .map((f) => awaitedPart(partWords, partsHeader, partsOf(env.knowledge.request, f), env))
            .find((g) => g !== null);
    const rowOf = (
      period: string | null,
      episodes: number | null,
      wentMissing: boolean,
      out: boolean | null = stillOut,
      inGroups: Family[] = families,
    ): ListRow => ({
      category: partWords === "" ? ownCategory : `${ownCategory} ${partWords}`,
      ...(part ? { part } : {}),
      flagged,
      period,
      undated: missingText !== "" && missing === null && text(r, cols.period ?? null) === "" && !endedInPeriod(r),
      row: r,
      ref,
      refSource: src,
      families: inGroups,
      missing,
      stillOut: out,
      episodes,
      wentMissing,
      nationality:
        cols.nationality === null ? null : { raw: natText, source: sourceOf(grid, { row: r, col: cols.nationality }) },
    });

    if (cols.periodCounts !== undefined && (cols.care !== undefined || cols.careFlags !== undefined)) {
      const perPeriod = countPerPeriod(r, cols.periodCounts, cols.care, cols.careFlags);
      if (perPeriod === null) {
        for (const f of allFamilies)
          markUnreadable(f, "looked_after", "went_missing", "missing_incidents", "not_found");
        continue;
      }
      // Looked after in some period asked about and missing in none: the list is not one of missing children only.
      if (perPeriod.length > 0 && perPeriod.every((c) => c.episodes === 0)) caredNeverMissing = true;
      for (const { period: id, episodes } of perPeriod) {
        // Still missing in a period only when the open episode began in it: an earlier period's episodes ended.
        const pd = requested.find((q) => q.id === id);
        // A still-missing child's one date on a row per child ("Date last seen") is when the open episode began.
        const openOn = cols.openDate !== undefined ? openDay : stillOut === true && cols.flag !== null ? missing : null;
        const open =
          (cols.openDate === undefined && openOn === null) || !pd || openOn === null
            ? stillOut
            : openOn.slice(0, 10) >= pd.start && openOn.slice(0, 10) <= pd.end;
        // A child referred after the period's end was in no group in it by that flag.
        const inGroups = pd ? familiesBy(pd.end) : allFamilies;
        if (inGroups.length > 0) counted.push(rowOf(id, episodes, episodes > 0, open, inGroups));
      }
      continue;
    }
    if (families.length === 0) {
      // Every group the row names by a dated flag began after the span asked about.
      inNeither.push(r);
      continue;
    }

    let episodes: number | null = null;
    let wentMissing = true;
    if (cols.unit === "child" && cols.episodeCount !== null) {
      // A blank count where the notes say blank is none: no episodes.
      const countText = text(r, cols.episodeCount) === "" && notes.blankIsNone ? "0" : text(r, cols.episodeCount);
      if (!/^\d+$/u.test(countText)) {
        warnRow(
          r,
          cols.episodeCount,
          `"${countText}" in {at} is not a number of episodes, so this child's episodes could not be counted.`,
          countText,
        );
        for (const f of families) markUnreadable(f, "went_missing", "missing_incidents", "not_found");
        continue;
      }
      episodes = Number(countText);
      wentMissing = episodes > 0;
    } else if (cols.unit === "child" && cols.wentMissing !== null) {
      const yes = readYesNo(text(r, cols.wentMissing), p);
      if (yes === null) {
        warnRow(
          r,
          cols.wentMissing,
          `"${text(r, cols.wentMissing)}" in {at} is not a yes or no, so it is not known whether the child went missing.`,
          text(r, cols.wentMissing),
        );
        for (const f of families) markUnreadable(f, "went_missing", "missing_incidents", "not_found");
        continue;
      }
      wentMissing = yes;
    }
    if (cols.unit === "child" && cols.careSpan !== undefined && !wentMissing) {
      const inCare = careOverlaps(r, cols.careSpan);
      if (inCare === null) {
        for (const f of families) markUnreadable(f, "looked_after");
      } else if (!inCare) {
        // Looked after only before or after the period, and not missing in it: no child of the period.
        outOfCare.push(r);
        continue;
      }
    }
    counted.push(rowOf(placed, episodes, wentMissing));
  }

  // A row whose date of going missing cannot be read may fall outside the period: its group's episodes
  // could be one fewer, so that count is flagged, not given. The child went missing in the period all
  // the same when another of its episodes is dated in it; only then does the group's count of children stand.
  for (const e of counted) {
    if (!e.undated) continue;
    for (const f of e.families) {
      markUnreadable(f, "missing_incidents");
      const datedToo = counted.some(
        (o) => o !== e && !o.undated && o.ref === e.ref && o.wentMissing && o.families.includes(f),
      );
      if (!datedToo) markUnreadable(f, "went_missing");
    }
  }

  /** Whether some yes/no column of the group names a part of it in its header ("Trafficking - suspected"). */
  function flagsNameParts(g: Family): boolean {
    const parts = partsOf(env.knowledge.request, g);
    return cols.groupFlags.some((f) => f.family === g && partsNamed(text(cols.headerRow, f.col), parts).length > 0);
  }

  /** The parts a flag header names, by its own words or else by its bracket ("Trafficked (suspected)"). */
  function partsNamed(header: string, parts: readonly Group[]): Group[] {
    for (const words of [header.replace(/\([^()]*\)/gu, " ").trim(), header]) {
      const groups = matchLabel(words, env.knowledge.labels).groups;
      const named = parts.filter((part) => groups.includes(part));
      if (named.length > 0) return named;
    }
    return [];
  }

  /**
   * The one group-flag header of a child naming a part of the group ("Trafficking - identified"), for the
   * parts split; "" when none does. A child flagged in several parts takes the first the request names,
   * and is noted in `several`.
   */
  function partFlag(e: ListRow, g: Family, several: ListRow[]): string {
    const parts = partsOf(env.knowledge.request, g);
    const named = e.flagged.filter((h) => partsNamed(h, parts).length > 0);
    // The split reads a category's words without its brackets: a header's bracket that names the part is kept.
    const words = (h: string) => h.replace(/[()]/gu, " ");
    if (named.length <= 1) return words(named[0] ?? "");
    several.push(e);
    for (const part of parts) for (const h of named) if (partsNamed(h, parts).includes(part)) return words(h);
    return words(named[0] ?? "");
  }

  /**
   * Whether a child's care dates (a blank ceased date: still looked after)
   * overlap the span asked about; null, with the cell flagged, when a date
   * cannot be read, so the child's place in the cohort is not known.
   */
  function careOverlaps(r: number, care: { start: number; end: number }): boolean | null {
    const startText = text(r, care.start);
    const endText = text(r, care.end);
    const start = parseEpisodeDate(startText);
    const end = endText === "" ? null : parseEpisodeDate(endText);
    if (start === null || (endText !== "" && end === null)) {
      const [col, raw] = start === null ? [care.start, startText] : [care.end, endText];
      warnRow(
        r,
        col,
        `"${raw}" in {at} is not a date, so it is not known whether this child was looked after in ${period.label}.`,
        raw,
      );
      return null;
    }
    return start.slice(0, 10) <= period.end && (end === null || end.slice(0, 10) >= period.start);
  }

  /**
   * One child's row of per-period counts ("Missing episodes 2021" …): the
   * periods the child is counted in, each with its episodes. A child is in a
   * period when looked after in it (care dates overlapping it; a blank
   * ceased date is still looked after) or when the period's count says the
   * child went missing then. Null, with the cell flagged, when a date or a
   * count cannot be read: the child cannot be placed, so no figure is a sure count.
   */
  function countPerPeriod(
    r: number,
    counts: readonly { col: number; period: string }[],
    care: { start: number; end: number } | undefined,
    careFlags: readonly { col: number; period: string }[] | undefined,
  ): { period: string; episodes: number }[] | null {
    const startText = care ? text(r, care.start) : "";
    const endText = care ? text(r, care.end) : "";
    const start = care ? parseEpisodeDate(startText) : null;
    const end = endText === "" ? null : parseEpisodeDate(endText);
    if (care && (start === null || (endText !== "" && end === null))) {
      const [col, raw] = start === null ? [care.start, startText] : [care.end, endText];
      warnRow(
        r,
        col,
        `"${raw}" in {at} is not a date, so the periods this child was looked after in are not known; the row was not counted.`,
        raw,
      );
      return null;
    }
    const out: { period: string; episodes: number }[] = [];
    for (const { col, period: id } of counts) {
      const pd = requested.find((q) => q.id === id);
      const countText = text(r, col) === "" && notes.blankIsNone ? "0" : text(r, col);
      if (!pd) continue;
      if (!/^\d+$/u.test(countText)) {
        warnRow(
          r,
          col,
          `"${countText}" in {at} is not a number of episodes, so this child's episodes could not be counted.`,
          countText,
        );
        return null;
      }
      const episodes = Number(countText);
      const flagCol = careFlags?.find((f) => f.period === id)?.col;
      let inCare = false;
      if (flagCol !== undefined) {
        const yes = readYesNo(text(r, flagCol), p);
        if (yes === null) {
          warnRow(r, flagCol, notAYesOrNo(text(r, flagCol)), text(r, flagCol));
          return null;
        }
        inCare = yes;
      } else if (start !== null)
        inCare = start.slice(0, 10) <= pd.end && (end === null || end.slice(0, 10) >= pd.start);
      if (inCare || episodes > 0) out.push({ period: id, episodes });
    }
    return out;
  }

  // Which groups the list speaks for: both when its rows say their group (a
  // category column, or a flag per group); one when only that group's flag
  // or the sheet's heading says it; none when nothing does.
  const reported: Family[] =
    cols.category !== null
      ? [...FAMILIES]
      : cols.groupFlags.length > 0
        ? FAMILIES.filter((f) => cols.groupFlags.some((g) => g.family === f))
        : fallback
          ? [fallback]
          : [...FAMILIES];
  const cohort =
    cols.unit === "child" &&
    counted.some((c) => !c.wentMissing) &&
    (titleSaysLookedAfter(grid, cols.headerRow, env.knowledge.labels) ||
      notes.everyLookedAfter ||
      // Each child's dates in care, and children on it who never went missing in any period asked about:
      // the list is of the groups' looked-after children, not of those who went missing.
      (cols.care !== undefined && caredNeverMissing));
  // A list giving only each child's group and nationality is read as the
  // children who went missing; under a title or sheet name saying it lists
  // looked-after children (a cohort extract, "CLA episode open at any point
  // …") it is every child looked after, most of whom never went missing, and
  // nothing on it says which did: its nationalities are set aside.
  const cohortNationalities =
    cols.nationalityOnly === true && titleSaysLookedAfter(grid, cols.headerRow, env.knowledge.labels);
  const setAsideGroups = new Set<Family>();
  const facts: Fact[] = [];
  const nationalities: NationalityFact[] = [];
  const uncounted = new Map<string, string>();
  const dataRows = counted.length + outside.length + outOfCare.length + noGroup.length + inNeither.length;
  // Rows each placed in one of several requested periods are counted period
  // by period, each figure naming its period; a list whose rows are not all
  // placed is counted once, over the whole span, and keyed (or flagged) as
  // any figure naming no period is.
  const byPeriod = periods.length > 1 && counted.length > 0 && counted.every((e) => e.period !== null);
  // A period no row is placed in gets no figures: the extract may not cover it, and a 0 would be a guess.
  const periodsWithout: string[] = [];
  if (byPeriod)
    for (const pd of periods) {
      const inPeriod = counted.filter((e) => e.period === pd.id);
      if (inPeriod.length > 0) countRows(inPeriod, pd);
      else periodsWithout.push(pd.label);
    }
  else countRows(counted, null);

  /** The column a period's episodes were counted from: its own, on a list of per-period counts. */
  function countColumnOf(pd: PeriodDef | null, fallbackCol: number): number {
    return cols.periodCounts?.find((c) => c.period === pd?.id)?.col ?? fallbackCol;
  }

  /** The list's figures from the given rows: the whole list's, or one period's (its label then their periodText). */
  function countRows(rowsIn: readonly ListRow[], pd: PeriodDef | null): void {
    const periodText = pd === null ? {} : { periodText: pd.label };
    /** Children not found, by reference, across the groups: a child in both groups is one child. */
    const notFoundRefs = new Map<string, ListRow>();
    let notFoundGroups = 0;

    for (const g of reported) {
      const mine = rowsIn.filter((e) => e.families.includes(g));
      const missers = mine.filter((e) => e.wentMissing);
      const latest = new Map<string, ListRow>();
      for (const e of missers) {
        const prev = latest.get(e.ref);
        // Latest by missing date; rows without a date keep their row order.
        if (!prev || (e.missing ?? "") >= (prev.missing ?? "")) latest.set(e.ref, e);
      }
      const children = [...latest.values()];
      const notFound = children.filter((e) => e.stillOut === true);
      const knowsReturn =
        cols.status !== null || cols.returnedDate !== null || cols.flag !== null || cols.openDate !== undefined;
      const allRefs = new Map<string, ListRow>();
      for (const e of mine) if (!allRefs.has(e.ref)) allRefs.set(e.ref, e);

      const figures: Partial<Record<Metric, { value: number; from: ListRow[]; raw: string }>> = {
        went_missing: {
          value: latest.size,
          from: children,
          raw: `${latest.size} distinct child references among ${missers.length} ${g} ${cols.unit === "child" ? "rows of children who went missing" : "episode rows"}`,
        },
      };
      if (cols.unit === "episode") {
        figures.missing_incidents = {
          value: missers.length,
          from: missers,
          raw: `${missers.length} ${g} episode rows`,
        };
      } else if (cols.episodeCount !== null) {
        const sum = missers.reduce((s, e) => s + (e.episodes ?? 0), 0);
        figures.missing_incidents = {
          value: sum,
          from: missers,
          raw: `${sum} ${g} episodes: the sum of ${headerText(countColumnOf(pd, cols.episodeCount))} over ${missers.length} children`,
        };
      }
      if (knowsReturn) {
        const how = howStillMissing(cols, headerText);
        figures.not_found = {
          value: notFound.length,
          from: notFound,
          raw: `${notFound.length} ${g} children whose ${cols.unit === "episode" ? "latest episode" : "row"} ${how}`,
        };
      }
      if (cohort) {
        figures.looked_after = {
          value: allRefs.size,
          from: [...allRefs.values()],
          raw: `${allRefs.size} distinct ${g} children on a list of looked-after children`,
        };
      }

      // A total row sums the whole list, never one period's rows.
      if (!cols.nationalityOnly && pd === null) issues.push(...checkTotalRows(grid, cols, totalRows, g, figures, env));
      for (const metric of cols.nationalityOnly ? [] : LIST_METRICS) {
        const fig = figures[metric];
        if (!fig) continue;
        const why = whyUncounted(metric, g);
        // A group's children not found make up the combined figure even when the request asks it of no group alone.
        if (metric === "not_found" && !why) {
          notFoundGroups += 1;
          for (const e of fig.from) notFoundRefs.set(e.ref, e);
        }
        const def = findMeasure(env.knowledge.request, g, metric);
        if (!def) continue;
        if (why) {
          uncounted.set(def.id, why);
          continue;
        }
        facts.push({
          ...periodText,
          measure: def.id,
          status: "derived",
          value: fig.value,
          lower: fig.value,
          upper: fig.value,
          raw: fig.raw,
          sources: fig.from.length > 0 ? fig.from.map((e) => e.refSource) : [headerSource],
          label: `list at ${formatCell(headerSource)}`,
        });
      }
      // A looked-after list whose categories tell a group's parts apart (identified
      // from suspected trafficking) answers the parts' questions too.
      if (cohort && (cols.category !== null || flagsNameParts(g)) && !whyUncounted("looked_after", g)) {
        const several: ListRow[] = [];
        const rows = [...allRefs.values()].map((e) => ({
          ref: e.ref,
          category: cols.category !== null ? e.category : partFlag(e, g, several),
          source: e.refSource,
          ...(e.part && cols.category !== null ? { part: e.part } : {}),
        }));
        const split = countPartsSplit(g, rows, `list at ${formatCell(headerSource)}`, env);
        facts.push(...split.map((f) => ({ ...f, ...periodText })));
        // A child flagged in two parts ("Identified" and "Suspected" both Y) was counted in the first part the
        // request names (identified: a decision outranks a suspicion), and the reader is told which children.
        const first = partsOf(env.knowledge.request, g)[0];
        const firstMeasure = first && findMeasure(env.knowledge.request, first, env.knowledge.labels.baseMetric);
        if (split.length > 0 && several.length > 0 && firstMeasure)
          issues.push(
            makeIssue("label_ambiguous", {
              message: `${plural(several.length, "child")} on the list in ${describeSource(headerSource)} ${several.length === 1 ? "is" : "are"} flagged in more than one part of the ${g} group (${several.map((e) => `"${e.ref}"`).join(", ")}); each was counted once, as ${first}.`,
              ...issueLocation(headerSource),
              measure: firstMeasure.id,
            }),
          );
        // The parts' questions are asked and the list holds the group's children, but its categories do not
        // tell every child's part: the parts are left unanswered, and the user is told why, not left to guess.
        if (split.length === 0 && rows.length > 0)
          for (const part of partsOf(env.knowledge.request, g)) {
            const def = findMeasure(env.knowledge.request, part, env.knowledge.labels.baseMetric);
            if (def)
              uncounted.set(
                def.id,
                `the list's ${cols.category !== null ? headerText(cols.category) : "group flags"} does not say of every ${g} child which part of the group it is in (${partsOf(env.knowledge.request, g).join(", ")}), so the parts were not counted.`,
              );
          }
      }
      if (cols.nationality !== null && cohortNationalities && !setAsideGroups.has(g)) {
        setAsideGroups.add(g);
        const measure = findMeasure(env.knowledge.request, g, "went_missing")?.id;
        issues.push(
          makeIssue("figure_set_aside", {
            message: `The list in ${describeSource(headerSource)} gives each child's group and nationality under a title or sheet name saying it lists looked-after children, and nothing on it says which of them went missing: its ${g} nationalities (${children.length} children) are the looked-after children's, not those who went missing, so they were set aside and are not counted in the nationality totals.`,
            ...issueLocation(headerSource),
            ...(measure === undefined ? {} : { measure }),
          }),
        );
      } else if (cols.nationality !== null && !cohortNationalities && !whyUncounted("went_missing", g)) {
        nationalities.push(...countNationalities(children, g, env, issues).map((n) => ({ ...n, ...periodText })));
      }
    }

    // "UASC … also identified or suspected as trafficked" (question 1d): on a looked-after list whose rows
    // say both groups, the children in both.
    if (cohort) {
      for (const both of bothGroupsOf(env)) {
        if (!reported.includes(both.of) || !reported.includes(both.also)) continue;
        if (whyUncounted("looked_after", both.of) || whyUncounted("looked_after", both.also)) continue;
        const def = findMeasure(env.knowledge.request, both.group, "looked_after");
        if (!def) continue;
        const refs = new Map<string, ListRow>();
        for (const e of rowsIn)
          if (e.families.includes(both.of) && e.families.includes(both.also) && !refs.has(e.ref)) refs.set(e.ref, e);
        facts.push({
          ...periodText,
          measure: def.id,
          status: "derived",
          value: refs.size,
          lower: refs.size,
          upper: refs.size,
          raw: `${refs.size} distinct children on a list of looked-after children who are both ${both.of} and ${both.also}`,
          sources: refs.size > 0 ? [...refs.values()].map((e) => e.refSource) : [headerSource],
          label: `list at ${formatCell(headerSource)}`,
        });
      }
    }

    // The combined not-found figure would otherwise be the sum of the groups
    // which counts a child flagged in both groups twice.
    const combined = findMeasure(env.knowledge.request, COMBINED_GROUP, "not_found");
    if (combined && notFoundGroups === FAMILIES.length) {
      const value = notFoundRefs.size;
      facts.push({
        measure: combined.id,
        status: "derived",
        value,
        lower: value,
        upper: value,
        raw: `${value} distinct children not found in either group`,
        sources: value > 0 ? [...notFoundRefs.values()].map((e) => e.refSource) : [headerSource],
        label: `list at ${formatCell(headerSource)}`,
        ...periodText,
      });
    }
  }

  function whyUncounted(metric: Metric, g: Family): string | null {
    if (noGroup.length > 0) {
      return hasGroupColumns || fallback
        ? `${plural(noGroup.length, "row")} (${rowList(noGroup)}) could not be placed in a group, so every group's count could be higher.`
        : `the list has no column saying whether each child was trafficked or unaccompanied, and the sheet does not say either.`;
    }
    if (dataRows === 0) return "the list has no rows under its header.";
    if (unreadable.get("any")?.has(metric)) return "some rows have no child reference.";
    if (unreadable.get(g)?.has(metric)) return `some ${g} rows could not be read (see the rows flagged).`;
    return null;
  }

  // "Not found = latest episode not ended" reads a blank end date as still missing. When no episode on the
  // list is open, the 0 rests on the export alone: an extract of closed episodes has no open ones, and an
  // episode is closed too when a child turns 18 unfound, whom the question counts. The figure is kept, and
  // the researcher told.
  const endCol = cols.status === null && cols.flag === null ? cols.returnedDate : null;
  if (endCol !== null && counted.length > 0 && counted.every((e) => e.stillOut === false)) {
    const notFound = new Set(
      facts.filter((f) => env.knowledge.request.measures.find((m) => m.id === f.measure)?.metric === "not_found"),
    );
    for (const measure of new Set([...notFound].map((f) => f.measure))) {
      issues.push(
        makeIssue("episode_end_dates_only", {
          message: `${measure} was counted as 0 from the list in ${describeSource(headerSource)} because every episode on it has a date in ${headerText(endCol)}; the list does not say whether any is still open, and an episode is also closed when a child turns 18 without being found, so the figure may be too low.`,
          ...issueLocation(headerSource),
          measure,
        }),
      );
    }
  }

  for (const [measure, why] of uncounted) {
    issues.push(
      makeIssue("episode_list_uncounted", {
        message: `${measure} was not counted from the list in ${describeSource(headerSource)}: ${why}`,
        ...issueLocation(headerSource),
        measure,
      }),
    );
  }

  const parts = [
    `${cols.unitWhy}`,
    `${counted.length} of ${dataRows} rows counted`,
    outside.length > 0
      ? `${plural(outside.length, "episode")} outside ${period.label} left out (${rowList(outside)})`
      : "",
    inNeither.length > 0
      ? `${plural(inNeither.length, "row")} flagged in neither group left out (${rowList(inNeither)})`
      : "",
    outOfCare.length > 0 && cols.careSpan !== undefined
      ? `${outOfCare.length} ${outOfCare.length === 1 ? "child" : "children"} whose ${headerText(cols.careSpan.start)} and ${headerText(cols.careSpan.end)} lie wholly outside ${period.label} left out (${rowList(outOfCare)})`
      : "",
    noGroup.length > 0 ? `${plural(noGroup.length, "row")} in no known group (${rowList(noGroup)})` : "",
    groupsFrom(cols, headerText, fallback, contextFrom),
    cols.nationalityOnly
      ? "each group's nationalities counted; no figure counted from it"
      : cols.periodCounts !== undefined && cols.careFlags !== undefined
        ? `each child counted in the periods its looked-after flag says yes (${cols.careFlags.map((c) => headerText(c.col)).join(", ")}) or its period's count is above 0; went missing = children with at least one episode in the period; episodes = sum of the period's own column (${cols.periodCounts.map((c) => headerText(c.col)).join(", ")})`
        : cols.periodCounts !== undefined && cols.care !== undefined
          ? `each child counted in the periods its ${headerText(cols.care.start)} and ${headerText(cols.care.end)} overlap (blank = still looked after) or its period's count is above 0; went missing = children with at least one episode in the period; episodes = sum of the period's own column (${cols.periodCounts.map((c) => headerText(c.col)).join(", ")})`
          : cols.unit === "child" && cols.episodeCount !== null
            ? `went missing = children with at least one episode; episodes = sum of ${headerText(cols.episodeCount)}`
            : cols.unit === "child"
              ? "went missing = distinct children; episodes not counted, as the list has one row per child and no count"
              : "went missing = distinct children; episodes = rows; not found = latest episode not ended",
    cohort
      ? titleSaysLookedAfter(grid, cols.headerRow, env.knowledge.labels) || notes.everyLookedAfter
        ? "looked after = every child on the list, as its title says it lists looked-after children and it includes children who did not go missing"
        : `looked after = every child on the list in the periods its ${headerText(cols.care?.start ?? cols.child)} and ${headerText(cols.care?.end ?? cols.child)} overlap, as it gives each child's dates in care and includes children who never went missing in any period asked about`
      : "",
    totalRow !== null ? `row ${totalRow} read as the list's total and not counted` : "",
    byPeriod
      ? `each row counted for the requested period ${cols.period !== undefined ? `its ${headerText(cols.period)} names` : "its date falls in"}`
      : "",
    periodsWithout.length > 0 ? `no row is for ${periodsWithout.join(" or ")}, so nothing was counted for it` : "",
    cols.parts !== undefined ? `${headerText(cols.parts)} tells the parts of a group apart` : "",
  ].filter(Boolean);
  decisions.push({
    file: grid.file,
    ...sheetLoc,
    cell: formatCell(headerSource),
    message: `Row ${cols.headerRow} read as the header of a list: ${parts.join("; ")}.`,
  });
  issues.push(...undatedListIssues(grid, cols, period.label));
  if (outside.length > 0) {
    // The rows are rightly left out, but a list that holds episodes of
    // another period may be an extract of another period altogether, and
    // the council's own totals may count them: the user is told which.
    issues.push(
      makeIssue("figure_other_period", {
        message: `${plural(outside.length, "row")} of the list in ${describeSource(headerSource)} (${rowList(outside)}) ${outside.length === 1 ? "is" : "are"} dated outside ${period.label}, so ${outside.length === 1 ? "it was" : "they were"} left out of the counts.`,
        ...issueLocation(sourceOf(grid, { row: outside[0] ?? cols.headerRow, col: cols.missingDate ?? cols.child })),
      }),
    );
  }
  if (facts.length > 0) {
    issues.push(
      makeIssue("episodes_aggregated", {
        message: `Figures in ${describeSource(headerSource)} were counted from a list of ${counted.length} rows rather than given as totals.`,
        ...issueLocation(headerSource),
      }),
    );
  }
  return { facts, nationalities, issues, decisions, rows };
}

/** "4 children", "1 child", "3 young people": a count of children written in a total row's cell. */
const CHILDREN_IN_CELL = /^\s*(\d{1,4})\s+(?:children|child|young (?:people|persons?)|pupils?)\s*$/iu;

/**
 * "Total UASC | | | 9 | 4 children" under a list: the council's own sums of
 * the rows above. Each total row naming this group (or, with one row, no
 * group) is compared with what the rows count: its number in the episode
 * count column with the episodes, its "N children" with the children who
 * went missing. A difference is a value_conflict on the measure: the rows'
 * count is kept, but a person must see that the council's total differs.
 */
function checkTotalRows(
  grid: SheetGrid,
  cols: EpisodeColumns,
  totalRows: readonly number[],
  g: Family,
  figures: Partial<Record<Metric, { value: number }>>,
  env: LocateEnv,
): Issue[] {
  const issues: Issue[] = [];
  for (const r of totalRows) {
    const cells = grid.rows[r - 1] ?? [];
    const label = cells[0]?.text ?? "";
    const named = familiesOf(label.replace(/^\s*(?:grand\s+)?total\s*/iu, ""), env);
    if (named.length > 0 ? !named.includes(g) : totalRows.length > 1) continue;
    const said: { metric: Metric; value: number; col: number; raw: string }[] = [];
    for (const c of cells) {
      const children = CHILDREN_IN_CELL.exec(c.text);
      if (children?.[1]) said.push({ metric: "went_missing", value: Number(children[1]), col: c.col, raw: c.text });
      else if (c.col === cols.episodeCount && /^\s*\d+\s*$/u.test(c.text))
        said.push({ metric: "missing_incidents", value: Number(c.text), col: c.col, raw: c.text });
    }
    for (const s of said) {
      const counted = figures[s.metric]?.value;
      const def = findMeasure(env.knowledge.request, g, s.metric);
      if (counted === undefined || !def || counted === s.value) continue;
      const src = sourceOf(grid, { row: r, col: s.col });
      issues.push(
        makeIssue("value_conflict", {
          message: `"${s.raw}" in the total row "${label.trim()}" (${describeSource(src)}) differs from the ${counted} the list's rows count for ${def.id}; the rows' count is used, and the council should say which is right.`,
          ...issueLocation(src),
          measure: def.id,
          raw: s.raw,
        }),
      );
    }
  }
  return issues;
}

/** Nationalities of one group's missing children, one per child from their latest row. */
function countNationalities(children: ListRow[], g: Family, env: LocateEnv, issues: Issue[]): NationalityFact[] {
  const table = env.knowledge.nationalities;
  const byNat = new Map<string, { count: number; raw: string; source: Source; iso: string }>();
  for (const e of children) {
    if (!e.nationality) continue;
    const { raw, source } = e.nationality;
    // A blank cell in the nationality column is a child whose nationality is
    // not recorded: counted as such, so the nationalities still add up to
    // the children, and said, so the council can be asked.
    const blank = raw === "";
    // Extracts write codes ("AFG", "ZZZ"); letters and hand-made lists write words.
    const canon = blank
      ? { nationality: OTHER_NATIONALITY, iso: "", known: true }
      : (canonicaliseNationalityCode(raw, table) ?? canonicaliseNationality(raw, table));
    if (!canon.known || canon.nationality === OTHER_NATIONALITY) {
      issues.push(
        makeIssue("nationality_unknown", {
          message: blank
            ? `${describeSource(source)} is blank: no nationality is recorded for this child; counted as ${OTHER_NATIONALITY}.`
            : canon.known
              ? `"${raw}" in ${describeSource(source)} records no nationality for this child; counted as ${OTHER_NATIONALITY}.`
              : `"${raw}" in ${describeSource(source)} is not a nationality foi-agg knows; it is counted as ${OTHER_NATIONALITY}.`,
          ...issueLocation(source),
          raw,
        }),
      );
    }
    const entry = byNat.get(canon.nationality) ?? { count: 0, raw: blank ? "(blank)" : raw, source, iso: canon.iso };
    entry.count += 1;
    byNat.set(canon.nationality, entry);
  }
  return [...byNat]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([nationality, entry]) => ({
      group: g,
      raw: entry.raw,
      nationality,
      iso: entry.iso,
      value: entry.count,
      lower: entry.count,
      upper: entry.count,
      status: "reported" as const,
      rawValue: `${entry.count} children in the list`,
      source: entry.source,
    }));
}

/** placeRow's verdict on a row whose year column names a year wholly outside the span asked about. */
const OUTSIDE = Symbol("outside");

/**
 * The requested period a list's row is counted for, when a request asks
 * about several: the one its year column names ("Calendar year": "2019"),
 * else the one its date of going missing falls in. OUTSIDE when the year
 * column names a year wholly outside the span asked about (an extract run
 * into the next year), so the row is set aside like an episode dated
 * outside, in a one-period request too; null when nothing places it in one
 * of several periods (a one-period request, or a year column naming no one
 * period, "2019/20" against calendar years).
 */
function placeRow(
  missing: string | null,
  yearText: string,
  periods: readonly PeriodDef[],
  span: Pick<PeriodDef, "start" | "end">,
): string | null | typeof OUTSIDE {
  if (yearText !== "") {
    const named = periods.length === 0 ? [] : periodsNamed(yearText, periods);
    if (named.length === 1) return named[0]?.id ?? null;
    const years = [...yearText.matchAll(/(?:19|20)\d{2}/gu)].map((m) => m[0]);
    const first = years[0];
    const last = years[years.length - 1];
    if (named.length === 0 && first && last && (`${last}-12-31` < span.start || `${first}-01-01` > span.end))
      return OUTSIDE;
    return null;
  }
  if (periods.length === 0 || missing === null) return null;
  const day = missing.slice(0, 10);
  return periods.find((p) => p.start <= day && day <= p.end)?.id ?? null;
}

/**
 * A list of children is the looked-after cohort only when a title above it
 * says so ("Children looked after at any point …") and does not say they all
 * went missing; a list of missing children says nothing about the cohort.
 * A bare extract has no title, so its file or sheet name stands for one
 * ("LAC_extract.csv", sheet "Looked after children"), by the same test.
 */
export function titleSaysLookedAfter(grid: SheetGrid, headerRow: number, vocab: LabelVocabulary): boolean {
  const saysLookedAfter = (metrics: readonly Metric[]) =>
    metrics.includes("looked_after") && !metrics.includes("went_missing");
  for (let r = headerRow - 1; r >= Math.max(1, headerRow - 5); r--) {
    for (const cell of grid.rows[r - 1] ?? []) if (saysLookedAfter(cell.label?.metrics ?? [])) return true;
  }
  const names = [grid.file.replace(/\.[a-z0-9]+$/iu, ""), grid.sheet.name];
  return names.some((name) => saysLookedAfter(matchLabel(name, vocab).metrics));
}

/** How a list's rows are told apart by group, for its decision. */
export function groupsFrom(
  cols: EpisodeColumns,
  headerText: (c: number) => string,
  fallback: Family | null,
  contextFrom: string,
): string {
  const from = [
    ...(cols.category !== null ? [`${headerText(cols.category)} names each row's group`] : []),
    ...cols.groupFlags.map((f) =>
      f.since
        ? `a date in ${headerText(f.col)} puts the child in ${f.family} from that day (a blank: not ${f.family})`
        : `${headerText(f.col)} flags ${f.family}`,
    ),
  ];
  if (from.length > 0) return from.join(", ");
  return fallback ? `every row taken as ${fallback}, from ${contextFrom || "the context"}` : "no column says the group";
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 8).map((r) => `row ${r}`);
  return rows.length > 8 ? `${shown.join(", ")} and ${rows.length - 8} more` : shown.join(", ");
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
