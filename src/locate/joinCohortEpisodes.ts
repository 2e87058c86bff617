import type { Decision } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Metric } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { NAMED_SHEETS, type Sheet } from "../domain/workbook.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { parseEpisodeDate } from "./episodeDates.js";
import { CARE_END, CARE_START, findEpisodeHeader } from "./findListColumns.js";
import { buildGrid, type LocateEnv, type SheetGrid, sourceOf } from "./sheetGrid.js";

/**
 * A case-management extract often answers in two lists on two sheets: the cohort, one row per child looked
 * after in the span (its reference, its groups, the dates it became and ceased to be looked after), and the
 * episodes, one row per missing episode (the child's reference, the date missing, the date found). Neither
 * answers on its own: the groups are on one sheet, the episodes on the other. Joined by the reference, they
 * make the one list foi-agg already counts per period (locateEpisodes: care dates plus one count of episodes
 * per requested period, and the date an open episode began): so the cohort sheet is given, to the right of
 * its columns, each child's episodes that began in each requested period and the start of its open
 * episode, and the episode list is set aside, its rows now counted through the cohort.
 *
 * Joined only when every episode can be placed: each reference on the cohort, each date missing a date,
 * each date found a date or blank (blank, or words saying so, is still missing). An episode that cannot be
 * placed leaves both lists as they were and says which figures were not counted and why: a partial join
 * would give too few episodes, silently.
 */
export interface JoinedSheets {
  sheets: Sheet[];
  issues: Issue[];
  decisions: Decision[];
}

const EPISODE_METRICS: readonly Metric[] = ["went_missing", "missing_incidents", "not_found"];

interface CohortList {
  sheet: Sheet;
  headerRow: number;
  child: number;
  rows: number[];
  refs: Map<string, number>;
}

interface EpisodeList {
  sheet: Sheet;
  headerRow: number;
  child: number;
  missingDate: number;
  returnedDate: number;
  rows: number[];
}

export function joinCohortEpisodes(sheets: readonly Sheet[], env: LocateEnv): JoinedSheets {
  const none: JoinedSheets = { sheets: [...sheets], issues: [], decisions: [] };
  if (sheets.length < 2 || env.knowledge.request.periods.length === 0) return none;
  // Building every sheet's grid is the costly part, and most workbooks have no cohort at all: a header naming
  // the date a child became looked after (a short cell) must be somewhere before any grid is built.
  if (!sheets.some(hasCareStartHeader)) return none;
  const grids = sheets.map((s) => buildGrid(s, env));
  const cohorts = grids.flatMap((g) => findCohorts(g, env));
  const episodeLists = grids.flatMap((g) => findEpisodeLists(g, env));
  // One of each, on two sheets: with more, which episodes belong to which children would be a guess.
  const [cohort] = cohorts;
  const [episodes] = episodeLists;
  if (cohorts.length !== 1 || episodeLists.length !== 1 || !cohort || !episodes || cohort.sheet === episodes.sheet)
    return none;
  const text = (s: Sheet, r: number, c: number) => (s.rows[r - 1]?.[c - 1] ?? "").trim();
  // The same system writes the same header over the same references ("Child ID" on both sheets).
  if (
    normaliseLabel(text(cohort.sheet, cohort.headerRow, cohort.child)) !==
    normaliseLabel(text(episodes.sheet, episodes.headerRow, episodes.child))
  )
    return none;

  const p = tablePatterns(env.knowledge.labels);
  const grid = grids[sheets.indexOf(episodes.sheet)] as SheetGrid;
  const cohortGrid = grids[sheets.indexOf(cohort.sheet)] as SheetGrid;
  const header = (c: number) => `"${text(episodes.sheet, episodes.headerRow, c)}"`;
  const periods = env.knowledge.request.periods;
  /** Per child: its episodes in each requested period, and the day its open episode began. */
  const perChild = new Map<string, { counts: number[]; open: { day: string; raw: string } | null }>();
  const unplaced: { row: number; col: number; why: string }[] = [];
  for (const r of episodes.rows) {
    const ref = text(episodes.sheet, r, episodes.child);
    const missingText = text(episodes.sheet, r, episodes.missingDate);
    const returnedText = text(episodes.sheet, r, episodes.returnedDate);
    const missing = parseEpisodeDate(missingText);
    if (!cohort.refs.has(ref)) {
      unplaced.push({ row: r, col: episodes.child, why: `"${ref}" is not on the cohort` });
      continue;
    }
    if (missing === null) {
      unplaced.push({ row: r, col: episodes.missingDate, why: `"${missingText}" is not a date` });
      continue;
    }
    const returned = returnedText === "" ? null : parseEpisodeDate(returnedText);
    const stillOut = returnedText === "" || matchesAny(p.stillMissing, normaliseLabel(returnedText));
    if (returned === null && !stillOut) {
      unplaced.push({ row: r, col: episodes.returnedDate, why: `"${returnedText}" is neither a date nor blank` });
      continue;
    }
    const child = perChild.get(ref) ?? { counts: periods.map(() => 0), open: null };
    const day = missing.slice(0, 10);
    const at = periods.findIndex((pd) => day >= pd.start && day <= pd.end);
    if (at >= 0) child.counts[at] = (child.counts[at] ?? 0) + 1;
    if (returned === null) {
      // The per-child list holds one open episode a child; a second would be lost, so it is said.
      if (child.open !== null) {
        unplaced.push({ row: r, col: episodes.returnedDate, why: `a second episode of "${ref}" with no date found` });
        continue;
      }
      child.open = { day, raw: missingText };
    }
    perChild.set(ref, child);
  }

  const listAt = sourceOf(grid, { row: episodes.headerRow, col: episodes.child });
  const cohortAt = sourceOf(cohortGrid, { row: cohort.headerRow, col: cohort.child });
  if (unplaced.length > 0) {
    const shown = unplaced
      .slice(0, 5)
      .map((u) => `row ${u.row} (${u.why})`)
      .join(", ");
    const more = unplaced.length > 5 ? ` and ${unplaced.length - 5} more` : "";
    return {
      ...none,
      issues: env.knowledge.request.measures
        .filter((m) => EPISODE_METRICS.includes(m.metric))
        .map((m) =>
          makeIssue("episode_list_uncounted", {
            message: `${m.id} was not counted from the episodes listed in ${describeSource(listAt)} with the children of ${describeSource(cohortAt)}: ${plural(unplaced.length, "episode")} could not be given to a child of the cohort or a period: ${shown}${more}.`,
            ...issueLocation(listAt),
            measure: m.id,
            raw: header(episodes.child),
          }),
        ),
    };
  }

  // The joined columns go to the right of the cohort's widest row, so every cell of the cohort keeps its address.
  const width = cohort.sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const from = `sheet "${episodes.sheet.name}"`;
  const added = [
    ...periods.map((pd) => `Missing episodes ${pd.label} (${from})`),
    `Open missing episode - date missing (${from})`,
  ];
  const rows = cohort.sheet.rows.map((row, i) => {
    const r = i + 1;
    if (r !== cohort.headerRow && !cohort.rows.includes(r)) return row;
    const padded = [...row, ...Array<string>(width - row.length).fill("")];
    if (r === cohort.headerRow) return [...padded, ...added];
    const child = perChild.get(text(cohort.sheet, r, cohort.child));
    return [...padded, ...periods.map((_, j) => String(child?.counts[j] ?? 0)), child?.open?.raw ?? ""];
  });
  // The episode list's own rows are set aside (blank), its run details and notes kept where they were.
  const setAside = new Set([episodes.headerRow, ...episodes.rows]);
  const emptied = episodes.sheet.rows.map((row, i) => (setAside.has(i + 1) ? [] : row));
  const joinedSheets = sheets.map((s) =>
    s === cohort.sheet ? { ...s, rows } : s === episodes.sheet ? { ...s, rows: emptied } : s,
  );
  const sheetLoc = NAMED_SHEETS.has(env.format) ? { sheet: cohort.sheet.name } : {};
  const message = `The ${plural(episodes.rows.length, "episode")} listed in ${describeSource(listAt)} were joined to the ${plural(cohort.rows.length, "child")} of ${describeSource(cohortAt)} by ${header(episodes.child)}: each child's episodes counted in the requested period its ${header(episodes.missingDate)} falls in (${plural(episodes.rows.length - [...perChild.values()].reduce((n, c) => n + c.counts.reduce((a, b) => a + b, 0), 0), "episode")} in none), an episode with no ${header(episodes.returnedDate)} still missing.`;
  return {
    sheets: joinedSheets,
    issues: [makeIssue("episodes_aggregated", { message, ...issueLocation(listAt), raw: header(episodes.child) })],
    decisions: [{ file: env.file, ...sheetLoc, cell: issueLocation(cohortAt).cell, message }],
  };
}

/**
 * A list of one row per child with the dates it became and ceased to be looked after (each column's
 * filled cells dates) and nothing about episodes: findEpisodeHeader reads it as no list of episodes.
 */
function findCohorts(grid: SheetGrid, env: LocateEnv): CohortList[] {
  const p = tablePatterns(env.knowledge.labels);
  const out: CohortList[] = [];
  for (let r = 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const childCell = row.find((c) => c.kind === "text" && c.label && matchesAny(p.child, c.label.normalised));
    if (!childCell) continue;
    const cols = findEpisodeHeader(grid, r, env);
    if (cols !== null && !cols.nationalityOnly) continue;
    const rows = listRows(grid, r);
    const datesIn = (col: number) => {
      const filled = rows.map((x) => (grid.sheet.rows[x - 1]?.[col - 1] ?? "").trim()).filter((t) => t !== "");
      return filled.length > 0 && filled.every((t) => parseEpisodeDate(t) !== null);
    };
    const start = row.find((c) => c.kind === "text" && CARE_START.test(normaliseLabel(c.text)) && datesIn(c.col));
    const end = row.find((c) => c.kind === "text" && CARE_END.test(normaliseLabel(c.text)) && c !== start);
    if (!start || !end) continue;
    const refs = new Map<string, number>();
    for (const x of rows) refs.set((grid.sheet.rows[x - 1]?.[childCell.col - 1] ?? "").trim(), x);
    // Each child once: a repeated reference is no cohort of children.
    if (rows.length === 0 || refs.size !== rows.length || refs.has("")) continue;
    out.push({ sheet: grid.sheet, headerRow: r, child: childCell.col, rows, refs });
  }
  return out;
}

/** A list of one row per episode naming only the child, the date missing and the date found: no group of its own. */
function findEpisodeLists(grid: SheetGrid, env: LocateEnv): EpisodeList[] {
  const out: EpisodeList[] = [];
  for (let r = 1; r <= grid.rows.length; r++) {
    const cols = findEpisodeHeader(grid, r, env);
    if (
      cols === null ||
      cols.nationalityOnly ||
      cols.unit !== "episode" ||
      cols.missingDate === null ||
      cols.returnedDate === null ||
      cols.category !== null ||
      cols.groupFlags.length > 0 ||
      cols.care !== undefined
    )
      continue;
    const rows = listRows(grid, r);
    if (rows.length === 0) continue;
    out.push({
      sheet: grid.sheet,
      headerRow: r,
      child: cols.child,
      missingDate: cols.missingDate,
      returnedDate: cols.returnedDate,
      rows,
    });
  }
  return out;
}

/** A header cell is short; a long cell (a letter's paragraph) is no header, and is not run through the pattern. */
const HEADER_LENGTH = 120;

function hasCareStartHeader(sheet: Sheet): boolean {
  return sheet.rows.some((row) =>
    row.some((t) => t !== "" && t.length <= HEADER_LENGTH && CARE_START.test(normaliseLabel(t))),
  );
}

/** The rows under a list's header up to the first blank row: a note or total under the list is no row of it. */
function listRows(grid: SheetGrid, headerRow: number): number[] {
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= grid.sheet.rows.length; r++) {
    if (!(grid.sheet.rows[r - 1] ?? []).some((t) => t.trim() !== "")) break;
    rows.push(r);
  }
  return rows;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : noun === "child" ? "ren" : "s"}`;
}
