import type { Decision, Fact, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Group, Metric } from "../domain/request.js";
import { COMBINED_GROUP, findMeasure } from "../domain/request.js";
import { describeSource, formatCell, issueLocation, type Source } from "../domain/source.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import { OTHER_NATIONALITY } from "../knowledge/nationalities.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { canonicaliseNationality, canonicaliseNationalityCode } from "../parse/parseNationality.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { parseEpisodeDate } from "./episodeDates.js";
import {
  categoryFamilies,
  categorySaysEveryChild,
  categorySaysNone,
  type EpisodeColumns,
  type Family,
  readGroupFlag,
  readStatus,
  readYesNo,
} from "./findListColumns.js";
import { readListNotes } from "./listNotes.js";
import {
  groupsFrom,
  howStillMissing,
  NOTE_UNDER_LIST,
  notAReturn,
  notAYesOrNo,
  plural,
  type TableResult,
  titleSaysLookedAfter,
  undatedListIssues,
} from "./locateEpisodes.js";
import { family } from "./locateNationalities.js";
import { ChildNumbers } from "./numberChildren.js";
import { type LocateEnv, type SheetGrid, sourceOf } from "./sheetGrid.js";

/**
 * A list of episodes or children counted one row at a time, for lists too
 * long to hold (src/pipeline/streamList.ts). It gives the figures
 * readEpisodes gives for the same rows, by the same rules, but keeps only
 * running counts: per group, the rows counted and, per child reference,
 * its latest episode; never a row once it is counted. So memory grows with
 * the children on the list, not with its rows, and every figure names the
 * list's rows as one range ("episodes.csv:2-1000001") rather than a
 * million cells.
 *
 * Where readEpisodes would raise one issue per row (an unreadable cell, an
 * unknown nationality), the first ROW_ISSUES are raised as it would and the
 * rest are summed up in one more, so a list of a million bad rows cannot
 * make a million issues.
 */
export interface EpisodeCount {
  /**
   * Count one row (1-based, in order). False when the row ends the list
   * (a blank row, or a "Total" row, which is not counted): later rows are
   * not the list's.
   */
  addRow(row: number, cells: readonly string[]): boolean;
  /** The figures, or null when the list could not be counted in one pass (see DEFER_LIMIT). */
  finish(): TableResult | null;
}

const LIST_METRICS: readonly Metric[] = ["looked_after", "went_missing", "missing_incidents", "not_found"];
/** Issues raised one per row before the rest are summed up in one. */
const ROW_ISSUES = 50;
/**
 * Rows held back because a flag cell is blank and its column has not yet
 * said yes anywhere (a blank is "no" only in a column that says yes
 * somewhere). Past this many, the list is read the ordinary way instead.
 */
const DEFER_LIMIT = 100_000;
/** Distinct texts remembered per column reading (flags, statuses, dates, groups). */
const MEMO_LIMIT = 10_000;

/**
 * One group's running counts. Per child (by its index in the list's
 * children), its latest counted episode in the group: the latest by missing
 * date, a later row winning a tie, as readEpisodes picks it. Kept as arrays
 * of numbers rather than an object per child, which halves the memory and
 * the time a million-row list takes.
 */
interface GroupTally {
  /** Rows of children who went missing (episode rows, or children with episodes). */
  missers: number;
  episodes: number;
  /** Children who went missing in the group (those with a latest row). */
  children: number;
  /** The latest episode's row; 0 when the child has not gone missing in the group. */
  row: Int32Array;
  /** Its missing date as yyyymmdd; 0 when it gives none. */
  day: Int32Array;
  /** Still missing at its end: 0 not known, 1 no, 2 yes. */
  out: Uint8Array;
  /** Its nationality, as an index into the list's distinct nationality texts; -1 for none. */
  nat: Int32Array;
  /** 1 for every child counted in the group (the looked-after cohort). */
  everyone: Uint8Array;
  everyoneCount: number;
}

function newTally(capacity: number): GroupTally {
  return {
    missers: 0,
    episodes: 0,
    children: 0,
    row: new Int32Array(capacity),
    day: new Int32Array(capacity),
    out: new Uint8Array(capacity),
    nat: new Int32Array(capacity).fill(-1),
    everyone: new Uint8Array(capacity),
    everyoneCount: 0,
  };
}

/** The tally with room for twice as many children. */
function growTally(t: GroupTally): GroupTally {
  const grown = newTally(t.row.length * 2);
  grown.row.set(t.row);
  grown.day.set(t.day);
  grown.out.set(t.out);
  grown.nat.set(t.nat);
  grown.everyone.set(t.everyone);
  return { ...grown, missers: t.missers, episodes: t.episodes, children: t.children, everyoneCount: t.everyoneCount };
}

/** How many rows, and the first few, for a decision's "(row 7, row 9 and 4 more)". */
interface RowTally {
  count: number;
  first: number[];
}

export function startEpisodeCount(
  grid: SheetGrid,
  cols: EpisodeColumns,
  contextGroup: Group | null,
  contextFrom: string,
  env: LocateEnv,
): EpisodeCount {
  const p = tablePatterns(env.knowledge.labels);
  const period = env.knowledge.request.period;
  const issues: Issue[] = [];
  let rowIssues = 0;
  const headerCell = (c: number) => `"${(grid.sheet.rows[cols.headerRow - 1]?.[c - 1] ?? "").trim()}"`;
  const headerSource = sourceOf(grid, { row: cols.headerRow, col: cols.child });
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  // The groups this round's lists sort rows into (trafficked and UASC in 2015).
  const FAMILIES = env.knowledge.labels.listGroups;
  const fallback = family(contextGroup, env.knowledge.labels, FAMILIES);
  const hasGroupColumns = cols.category !== null || cols.groupFlags.length > 0;
  const tallies = new Map<Family, GroupTally>(FAMILIES.map((f) => [f, newTally(1024)]));
  /** Child reference → index into each tally's arrays. */
  const children = new ChildNumbers();
  const natTexts: string[] = [];
  const natIndex = new Map<string, number>();
  const outside = tally();
  /** Rows of children who went missing whose date of going missing could not be read (see readEpisodes). */
  const undatedRows: { child: number; families: Family[] }[] = [];
  const noGroup = tally();
  const inNeither = tally();
  const unreadable = new Map<Family | "any", Set<Metric>>();
  const markUnreadable = (f: Family | "any", ...ms: Metric[]) => {
    const set = unreadable.get(f) ?? new Set<Metric>();
    for (const m of ms) set.add(m);
    unreadable.set(f, set);
  };
  // The notes this grid holds (a streamed list's grid ends at its header, so only those above it).
  const notes = readListNotes(grid, cols.headerRow, p, env.otherSheetLines, env.knowledge.request.periods);
  const flagsWithYes = new Set<number>();
  const deferred: { row: number; cells: readonly string[] }[] = [];
  let overflow = false;
  let counted = 0;
  let anyNotMissing = false;
  let firstRow = 0;
  let lastRow = cols.headerRow;
  let lastCol = cols.child;
  let totalRow: number | null = null;
  let ended = false;

  const yesNo = memo((t: string) => readYesNo(t, p));
  const status = memo((t: string) => readStatus(t, p));
  const episodeDate = memo(parseEpisodeDate);
  const dayOf = memo((iso: string) => Number(iso.slice(0, 10).replace(/-/gu, "")));
  const families = memo((t: string) => categoryFamilies(t, cols, env));
  const saysStillOut = memo((t: string) => matchesAny(p.stillMissing, normaliseLabel(t)));

  const warnRow = (r: number, col: number, message: string, raw: string) => {
    rowIssues += 1;
    if (rowIssues > ROW_ISSUES) return;
    const src = sourceOf(grid, { row: r, col });
    issues.push(
      makeIssue("episode_row_unreadable", {
        message: message.replace("{at}", describeSource(src)),
        ...issueLocation(src),
        raw,
      }),
    );
  };

  /**
   * Count one row of the list, as readEpisodes's loop does. `looked` is
   * true when addRow has just looked the row's child reference up (`known`
   * is then its index, or undefined for a new child): one lookup in a map of
   * hundreds of thousands of children per row instead of two.
   */
  function countRow(r: number, cells: readonly string[], looked = false, known?: number): void {
    const text = (c: number | null) => (c === null ? "" : (cells[c - 1] ?? "").trim());
    const ref = text(cols.child);
    if (ref === "") {
      warnRow(
        r,
        cols.child,
        `Row ${r} of the list in {at} has no child reference, so it was not counted.`,
        cells.filter((c) => c.trim() !== "").join(" | "),
      );
      markUnreadable("any", "went_missing", "missing_incidents", "not_found", "looked_after");
      return;
    }
    // An array, not a Set: a row names one or two families, and a Set per row of a million is garbage to collect.
    const found: Family[] = [];
    let understood = true;
    if (cols.category !== null) {
      const g = text(cols.category);
      const fams = g === "" ? [] : families(g);
      for (const f of fams) found.push(f);
      // "Looked after" beside group flags: in no group by this column (see readEpisodes).
      const noCode = cols.groupFlags.length > 0 && categorySaysEveryChild(g, env);
      if (fams.length === 0 && !noCode && !categorySaysNone(g, cols)) {
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
      const cell = text(f.col);
      const yes =
        cell === "" && flagsWithYes.has(f.col) ? false : f.named ? readGroupFlag(cell, f, p, env) : yesNo(cell);
      if (yes === null) {
        understood = false;
        warnRow(
          r,
          f.col,
          `"${cell}" in {at} is not a yes or no, so it is not known whether the child is in the group; the row was not counted.`,
          cell,
        );
      } else if (yes) found.push(f.family);
    }
    if (!hasGroupColumns && fallback) found.push(fallback);
    if (!understood || (!hasGroupColumns && !fallback)) {
      add(noGroup, r);
      return;
    }
    if (found.length === 0) {
      add(inNeither, r);
      return;
    }
    const mine = FAMILIES.filter((f) => found.includes(f));

    const missingText = text(cols.missingDate);
    const missing = missingText === "" ? null : episodeDate(missingText);
    if (missingText !== "" && missing === null) {
      warnRow(
        r,
        cols.missingDate ?? cols.child,
        `"${missingText}" in {at} is not a date, so the episode cannot be placed in the requested period: its group's count of episodes is not given as exact, nor its children who went missing unless this child has another episode dated in the period; its order among the child's episodes is taken from the row order.`,
        missingText,
      );
    }
    if (missing !== null && (missing < period.start || missing > period.end)) {
      add(outside, r);
      return;
    }

    let stillOut: boolean | null = null;
    const statusText = text(cols.status);
    if (cols.status !== null && statusText !== "") stillOut = status(statusText);
    if (stillOut === null && cols.returnedDate !== null) {
      const returnedText = text(cols.returnedDate);
      const isDate = returnedText !== "" && episodeDate(returnedText) !== null;
      if (!isDate && !saysStillOut(returnedText)) {
        warnRow(r, cols.returnedDate, notAReturn(returnedText), returnedText);
      }
      stillOut = !isDate;
    }
    if (stillOut === null && cols.flag !== null) {
      const flagText = text(cols.flag.col);
      // As readEpisodes: blank is no where the list's notes say blank is none.
      const yes = flagText === "" && notes.blankIsNone && cols.flag.yesMeans === "missing" ? false : yesNo(flagText);
      if (yes === null) {
        warnRow(r, cols.flag.col, notAYesOrNo(flagText), flagText);
        stillOut = true;
      } else stillOut = cols.flag.yesMeans === "missing" ? yes : !yes;
    }

    let episodes = 0;
    let wentMissing = true;
    if (cols.unit === "child" && cols.episodeCount !== null) {
      const countText = text(cols.episodeCount) === "" && notes.blankIsNone ? "0" : text(cols.episodeCount);
      if (!/^\d+$/u.test(countText)) {
        warnRow(
          r,
          cols.episodeCount,
          `"${countText}" in {at} is not a number of episodes, so this child's episodes could not be counted.`,
          countText,
        );
        for (const f of mine) markUnreadable(f, "went_missing", "missing_incidents", "not_found");
        return;
      }
      episodes = Number(countText);
      wentMissing = episodes > 0;
    } else if (cols.unit === "child" && cols.wentMissing !== null) {
      const yes = yesNo(text(cols.wentMissing));
      if (yes === null) {
        warnRow(
          r,
          cols.wentMissing,
          `"${text(cols.wentMissing)}" in {at} is not a yes or no, so it is not known whether the child went missing.`,
          text(cols.wentMissing),
        );
        for (const f of mine) markUnreadable(f, "went_missing", "missing_incidents", "not_found");
        return;
      }
      wentMissing = yes;
    }
    counted += 1;
    if (!wentMissing) anyNotMissing = true;
    const natText = text(cols.nationality);
    let child = looked ? known : children.get(ref);
    if (child === undefined) {
      child = children.add(ref);
      for (const [f, t] of tallies) if (child >= t.row.length) tallies.set(f, growTally(t));
    }
    const day = missing === null ? 0 : dayOf(missing);
    // As readEpisodes: an episode whose return date falls in the period was under way in it.
    const end = cols.returnedDate === null ? null : episodeDate(text(cols.returnedDate));
    const endedInPeriod = end !== null && end >= period.start && end <= period.end;
    if (wentMissing && missingText !== "" && missing === null && !endedInPeriod)
      undatedRows.push({ child, families: mine });
    for (const f of mine) {
      const t = tallies.get(f) as GroupTally;
      if (cols.unit === "child" && t.everyone[child] === 0) {
        t.everyone[child] = 1;
        t.everyoneCount += 1;
      }
      if (!wentMissing) continue;
      t.missers += 1;
      t.episodes += episodes;
      const prevRow = t.row[child] as number;
      const prevDay = t.day[child] as number;
      if (prevRow === 0 || day > prevDay || (day === prevDay && r > prevRow)) {
        if (prevRow === 0) t.children += 1;
        t.row[child] = r;
        t.day[child] = day;
        t.out[child] = stillOut === null ? 0 : stillOut ? 2 : 1;
        let nat = -1;
        if (natText !== "") {
          nat = natIndex.get(natText) ?? -1;
          if (nat === -1) {
            // Thousands of different nationality texts is no real list; read it the ordinary way.
            if (natIndex.size >= MEMO_LIMIT) overflow = true;
            nat = natTexts.length;
            natTexts.push(natText);
            natIndex.set(natText, nat);
          }
        }
        t.nat[child] = nat;
      }
    }
  }

  return {
    addRow(row, cells) {
      if (ended) return false;
      let blank = true;
      let filled = 0;
      let only = "";
      let looked = false;
      let known: number | undefined;
      for (let c = 0; c < cells.length; c++) {
        const t = cells[c] as string;
        const trimmed = t.trim();
        if (trimmed === "") continue;
        blank = false;
        filled += 1;
        only = trimmed;
        // A "Total" row closes the list; its figures are the council's own sums.
        // A child already counted was read as no total then: the same text
        // reads the same way, so a million rows skip a million normalisations.
        if (c + 1 === cols.child) {
          looked = true;
          known = children.get(trimmed);
        }
        const seen = known !== undefined;
        if (c < cols.child && !seen && matchesAny(p.totalRow, normaliseLabel(t))) {
          totalRow = row;
          ended = true;
          return false;
        }
      }
      if (blank) {
        ended = true;
        return false;
      }
      // "One row per child who went missing. Children who did not go missing
      // are not listed.": a row of one cell of sentences after the list's
      // rows is a note on the list, not a child in no known group: it is
      // passed over, and the list's children are still counted.
      if (firstRow !== 0 && filled === 1 && NOTE_UNDER_LIST.test(only)) return true;
      if (firstRow === 0) firstRow = row;
      lastRow = row;
      lastCol = Math.max(lastCol, cells.length);
      // Only once a flag column has not yet said yes: a list without flags
      // (or whose flags have all said yes) builds nothing here per row.
      if (flagsWithYes.size < cols.groupFlags.length) {
        const waiting = cols.groupFlags.filter((f) => !flagsWithYes.has(f.col));
        for (const f of waiting) {
          const cell = (cells[f.col - 1] ?? "").trim();
          if ((f.named ? readGroupFlag(cell, f, p, env) : yesNo(cell)) === true) flagsWithYes.add(f.col);
        }
        // A blank flag in a column that has not said yes yet may still turn
        // out to mean "no": hold the row until the column says yes or ends.
        if (waiting.some((f) => !flagsWithYes.has(f.col) && (cells[f.col - 1] ?? "").trim() === "")) {
          if (deferred.length >= DEFER_LIMIT) overflow = true;
          else deferred.push({ row, cells });
          return true;
        }
      }
      countRow(row, cells, looked, known);
      return true;
    },

    finish() {
      if (overflow) return null;
      for (const d of deferred) countRow(d.row, d.cells);
      deferred.length = 0;
      return summarise();
    },
  };

  function summarise(): TableResult {
    const range: Source = {
      ...sourceOf(grid, { row: firstRow === 0 ? cols.headerRow : firstRow, col: 1 }),
      rowTo: lastRow,
      colTo: lastCol,
    };
    const dataRows = counted + outside.count + noGroup.count + inNeither.count;
    // As readEpisodes: an undated row may fall outside the period, so its group's episodes are flagged; its
    // children stand only when the child's latest episode in the group is dated (a dated episode outranks an undated one).
    for (const u of undatedRows)
      for (const f of u.families) {
        markUnreadable(f, "missing_incidents");
        if ((tallies.get(f)?.day[u.child] ?? 0) === 0) markUnreadable(f, "went_missing");
      }
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
      anyNotMissing &&
      (titleSaysLookedAfter(grid, cols.headerRow, env.knowledge.labels) || notes.everyLookedAfter);
    const knowsReturn = cols.status !== null || cols.returnedDate !== null || cols.flag !== null;
    const facts: Fact[] = [];
    const nationalities: NationalityFact[] = [];
    const uncounted: { measure: string; why: string }[] = [];
    const notFoundChildren = new Uint8Array(children.size);
    let notFoundGroups = 0;
    const rangeText = `rows ${firstRow}–${lastRow}`;

    const whyUncounted = (metric: Metric, g: Family): string | null => {
      if (noGroup.count > 0) {
        return hasGroupColumns || fallback
          ? `${plural(noGroup.count, "row")} (${rowList(noGroup)}) could not be placed in a group, so every group's count could be higher.`
          : `the list has no column saying whether each child was trafficked or unaccompanied, and the sheet does not say either.`;
      }
      if (dataRows === 0) return "the list has no rows under its header.";
      if (unreadable.get("any")?.has(metric)) return "some rows have no child reference.";
      if (unreadable.get(g)?.has(metric)) return `some ${g} rows could not be read (see the rows flagged).`;
      return null;
    };

    for (const g of reported) {
      const t = tallies.get(g) as GroupTally;
      const notFound: number[] = [];
      for (let c = 0; c < children.size; c++) if (t.out[c] === 2) notFound.push(c);
      const figures: Partial<Record<Metric, { value: number; raw: string }>> = {
        went_missing: {
          value: t.children,
          raw: `${t.children} distinct child references among ${t.missers} ${g} ${cols.unit === "child" ? "rows of children who went missing" : "episode rows"}`,
        },
      };
      if (cols.unit === "episode") {
        figures.missing_incidents = { value: t.missers, raw: `${t.missers} ${g} episode rows` };
      } else if (cols.episodeCount !== null) {
        figures.missing_incidents = {
          value: t.episodes,
          raw: `${t.episodes} ${g} episodes: the sum of ${headerCell(cols.episodeCount)} over ${t.missers} children`,
        };
      }
      if (knowsReturn) {
        const how = howStillMissing(cols, headerCell);
        figures.not_found = {
          value: notFound.length,
          raw: `${notFound.length} ${g} children whose ${cols.unit === "episode" ? "latest episode" : "row"} ${how}`,
        };
      }
      if (cohort) {
        figures.looked_after = {
          value: t.everyoneCount,
          raw: `${t.everyoneCount} distinct ${g} children on a list of looked-after children`,
        };
      }
      for (const metric of LIST_METRICS) {
        const fig = figures[metric];
        const def = findMeasure(env.knowledge.request, g, metric);
        if (!fig || !def) continue;
        const why = whyUncounted(metric, g);
        if (why) {
          uncounted.push({ measure: def.id, why });
          continue;
        }
        if (metric === "not_found") {
          notFoundGroups += 1;
          for (const c of notFound) notFoundChildren[c] = 1;
        }
        facts.push({
          measure: def.id,
          status: "derived",
          value: fig.value,
          lower: fig.value,
          upper: fig.value,
          raw: fig.raw,
          sources: [range],
          label: `list at ${formatCell(headerSource)}`,
        });
      }
      if (cols.nationality !== null && !whyUncounted("went_missing", g)) {
        nationalities.push(...countNationalities(t, g, cols.nationality));
      }
    }

    const combined = findMeasure(env.knowledge.request, COMBINED_GROUP, "not_found");
    if (combined && notFoundGroups === FAMILIES.length) {
      const value = notFoundChildren.reduce((n, x) => n + x, 0);
      facts.push({
        measure: combined.id,
        status: "derived",
        value,
        lower: value,
        upper: value,
        raw: `${value} distinct children not found in either group`,
        sources: [range],
        label: `list at ${formatCell(headerSource)}`,
      });
    }

    for (const u of uncounted) {
      issues.push(
        makeIssue("episode_list_uncounted", {
          message: `${u.measure} was not counted from the list in ${describeSource(headerSource)}: ${u.why}`,
          ...issueLocation(headerSource),
          measure: u.measure,
        }),
      );
    }
    if (rowIssues > ROW_ISSUES) {
      issues.push(
        makeIssue("episode_row_unreadable", {
          message: `${rowIssues - ROW_ISSUES} more rows of the list in ${describeSource(headerSource)} (${rangeText}) could not be read as the first ${ROW_ISSUES} listed; they are handled the same way.`,
          ...issueLocation(headerSource),
        }),
      );
    }

    const parts = [
      `${cols.unitWhy}`,
      `${counted} of ${dataRows} rows counted`,
      outside.count > 0
        ? `${plural(outside.count, "episode")} outside ${period.label} left out (${rowList(outside)})`
        : "",
      inNeither.count > 0
        ? `${plural(inNeither.count, "row")} flagged in neither group left out (${rowList(inNeither)})`
        : "",
      noGroup.count > 0 ? `${plural(noGroup.count, "row")} in no known group (${rowList(noGroup)})` : "",
      groupsFrom(cols, headerCell, fallback, contextFrom),
      cols.unit === "child" && cols.episodeCount !== null
        ? `went missing = children with at least one episode; episodes = sum of ${headerCell(cols.episodeCount)}`
        : cols.unit === "child"
          ? "went missing = distinct children; episodes not counted, as the list has one row per child and no count"
          : "went missing = distinct children; episodes = rows; not found = latest episode not ended",
      cohort
        ? "looked after = every child on the list, as its title says it lists looked-after children and it includes children who did not go missing"
        : "",
      totalRow !== null ? `row ${totalRow} read as the list's total and not counted` : "",
      `counted row by row as the file was read (${rangeText}), as the list is too long to hold`,
    ].filter(Boolean);
    const decisions: Decision[] = [
      {
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(headerSource),
        message: `Row ${cols.headerRow} read as the header of a list: ${parts.join("; ")}.`,
      },
    ];
    issues.push(...undatedListIssues(grid, cols, period.label));
    if (facts.length > 0) {
      issues.push(
        makeIssue("episodes_aggregated", {
          message: `Figures in ${describeSource(headerSource)} were counted from a list of ${counted} rows rather than given as totals.`,
          ...issueLocation(headerSource),
        }),
      );
    }
    // The rows of the list the located sheet holds, which the generic
    // figure search must skip; rows past it were never located.
    const held = Math.min(grid.sheet.rows.length, totalRow ?? lastRow);
    const rows: number[] = [];
    for (let r = cols.headerRow; r <= held; r++) rows.push(r);
    return { facts, nationalities, issues, decisions, rows };
  }

  /** Nationalities of one group's missing children, one per child from their latest row, as readEpisodes counts them. */
  function countNationalities(t: GroupTally, g: Family, col: number): NationalityFact[] {
    const table = env.knowledge.nationalities;
    const counts = new Array<number>(natTexts.length).fill(0);
    for (let c = 0; c < children.size; c++) {
      const nat = t.nat[c] as number;
      if (t.row[c] !== 0 && nat !== -1) counts[nat] = (counts[nat] ?? 0) + 1;
    }
    const byRaw = new Map<string, number>();
    counts.forEach((n, i) => {
      if (n > 0) byRaw.set(natTexts[i] as string, n);
    });
    const source: Source = { ...sourceOf(grid, { row: firstRow, col }), rowTo: lastRow, colTo: col };
    const byNat = new Map<string, { count: number; raw: string; iso: string }>();
    for (const [raw, n] of byRaw) {
      const canon = canonicaliseNationalityCode(raw, table) ?? canonicaliseNationality(raw, table);
      if (!canon.known || canon.nationality === OTHER_NATIONALITY) {
        issues.push(
          makeIssue("nationality_unknown", {
            message: canon.known
              ? `"${raw}" in ${describeSource(source)} records no nationality for ${n === 1 ? "this child" : `${n} children`}; counted as ${OTHER_NATIONALITY}.`
              : `"${raw}" in ${describeSource(source)} is not a nationality foi-agg knows; it is counted as ${OTHER_NATIONALITY} (${n === 1 ? "1 child" : `${n} children`}).`,
            ...issueLocation(source),
            raw,
          }),
        );
      }
      const entry = byNat.get(canon.nationality) ?? { count: 0, raw, iso: canon.iso };
      entry.count += n;
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
        source,
      }));
  }
}

function tally(): RowTally {
  return { count: 0, first: [] };
}

/** Keeps the 8 earliest rows, whatever order they come in (held-back rows are counted last). */
function add(t: RowTally, row: number): void {
  t.count += 1;
  if (t.first.length === 8 && row > Math.max(...t.first)) return;
  t.first.push(row);
  if (t.first.length > 8) {
    t.first.sort((a, b) => a - b);
    t.first.length = 8;
  }
}

function rowList(t: RowTally): string {
  const shown = [...t.first].sort((a, b) => a - b).map((r) => `row ${r}`);
  return t.count > 8 ? `${shown.join(", ")} and ${t.count - 8} more` : shown.join(", ");
}

/** A reading remembered per distinct text: a list repeats a few flags, codes and dates a million times. */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    if (seen.size >= MEMO_LIMIT) seen.clear();
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}
