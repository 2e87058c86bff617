import type { Decision, Fact, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Group } from "../domain/request.js";
import { findMeasure } from "../domain/request.js";
import { describeSource, formatCell, issueLocation, type Source } from "../domain/source.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import { matchLabel } from "../match/matchLabel.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { parseEpisodeDate } from "./episodeDates.js";
import { type LocateEnv, type SheetGrid, sourceOf } from "./sheetGrid.js";

export interface EpisodeColumns {
  headerRow: number;
  child: number;
  group: number | null;
  missingDate: number | null;
  returnedDate: number | null;
  /** A yes/no column instead of return dates: "Still missing? (Y/N)" or "Returned?". */
  flag: { col: number; yesMeans: "missing" | "returned" } | null;
  nationality: number | null;
}

export interface TableResult {
  facts: Fact[];
  nationalities: NationalityFact[];
  issues: Issue[];
  decisions: Decision[];
  /** Rows the table occupies, which the generic figure search must skip. */
  rows: number[];
}

/**
 * An episode list has a child-reference column and at least one date column
 * (went missing / returned). Both are needed: a child column alone is just a
 * list of children, and dates alone cannot be counted per child.
 */
export function findEpisodeHeader(grid: SheetGrid, r: number, env: LocateEnv): EpisodeColumns | null {
  const p = tablePatterns(env.knowledge.labels);
  const row = grid.rows[r - 1] ?? [];
  let child: number | null = null;
  let group: number | null = null;
  let missingDate: number | null = null;
  let returnedDate: number | null = null;
  let nationality: number | null = null;
  let flag: EpisodeColumns["flag"] = null;
  for (const cell of row) {
    if (cell.kind !== "text" || !cell.label) continue;
    const n = cell.label.normalised;
    if (flag === null && matchesAny(p.stillMissingFlag, n) && !/\bdate\b/u.test(n)) {
      flag = { col: cell.col, yesMeans: "missing" };
    } else if (flag === null && matchesAny(p.returnedFlag, n)) flag = { col: cell.col, yesMeans: "returned" };
    else if (returnedDate === null && matchesAny(p.returnedDate, n)) returnedDate = cell.col;
    else if (missingDate === null && matchesAny(p.missingDate, n)) missingDate = cell.col;
    else if (child === null && matchesAny(p.child, n)) child = cell.col;
    else if (nationality === null && matchesAny(p.nationalityHeader, n)) nationality = cell.col;
    else if (group === null && (matchesAny(p.group, n) || cell.label.groups.length > 0)) group = cell.col;
  }
  // "Returned" heads a yes/no column in some lists and a date column in
  // others; the cells under it decide which.
  if (flag?.yesMeans === "returned" && returnedDate === null && columnHoldsDates(grid, r, flag.col)) {
    returnedDate = flag.col;
    flag = null;
  }
  if (child === null || (missingDate === null && returnedDate === null && flag === null)) return null;
  return { headerRow: r, child, group, missingDate, returnedDate, flag, nationality };
}

/** True when most filled cells below the header, up to the first blank row, read as dates. */
function columnHoldsDates(grid: SheetGrid, headerRow: number, col: number): boolean {
  let filled = 0;
  let dates = 0;
  for (let r = headerRow + 1; r <= grid.sheet.rows.length; r++) {
    if ((grid.rows[r - 1] ?? []).length === 0) break;
    const cell = (grid.sheet.rows[r - 1]?.[col - 1] ?? "").trim();
    if (cell === "") continue;
    filled++;
    if (parseEpisodeDate(cell) !== null) dates++;
  }
  return filled > 0 && dates * 2 > filled;
}

interface Episode {
  row: number;
  ref: string;
  refSource: Source;
  groups: ("trafficked" | "uasc")[];
  missing: string | null;
  returned: boolean;
  nationality: { raw: string; source: Source } | null;
}

/**
 * Count an episode list: children = distinct references, incidents = rows,
 * not found = children whose latest episode has no return date.
 */
export function readEpisodes(
  grid: SheetGrid,
  cols: EpisodeColumns,
  contextGroup: Group | null,
  contextFrom: string,
  env: LocateEnv,
): TableResult {
  const p = tablePatterns(env.knowledge.labels);
  const vocab = env.knowledge.labels;
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const rows: number[] = [cols.headerRow];
  const episodes: Episode[] = [];
  const text = (r: number, c: number | null) => (c === null ? "" : (grid.sheet.rows[r - 1]?.[c - 1] ?? "").trim());
  const headerSource = sourceOf(grid, { row: cols.headerRow, col: cols.child });
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  const fallbackGroup = familyOf(contextGroup);

  for (let r = cols.headerRow + 1; r <= grid.sheet.rows.length; r++) {
    const cells = grid.rows[r - 1] ?? [];
    if (cells.length === 0) break;
    rows.push(r);
    const ref = text(r, cols.child);
    const src = sourceOf(grid, { row: r, col: cols.child });
    if (ref === "") {
      issues.push(
        makeIssue("episode_row_unreadable", {
          message: `Row ${r} of the episode list in ${describeSource(src)} has no child reference, so it was not counted.`,
          ...issueLocation(src),
          raw: cells.map((c) => c.text).join(" | "),
        }),
      );
      continue;
    }
    let groups: ("trafficked" | "uasc")[] = [];
    if (cols.group !== null) {
      const g = text(r, cols.group);
      const match = g === "" ? null : matchLabel(g, vocab);
      const found = match ? match.groups : [];
      const t = found.some((x) => x.startsWith("trafficked"));
      const u = found.includes("uasc");
      groups = [...(t ? (["trafficked"] as const) : []), ...(u ? (["uasc"] as const) : [])];
      if (groups.length === 0) {
        const gsrc = sourceOf(grid, { row: r, col: cols.group });
        issues.push(
          makeIssue("episode_row_unreadable", {
            message: `"${g}" in ${describeSource(gsrc)} does not say whether the child was trafficked or unaccompanied, so the episode was not counted.`,
            ...issueLocation(gsrc),
            raw: g,
          }),
        );
        continue;
      }
    } else if (fallbackGroup) {
      groups = [fallbackGroup];
    } else {
      issues.push(
        makeIssue("episode_row_unreadable", {
          message: `The episode list in ${describeSource(headerSource)} has no column saying whether each child was trafficked or unaccompanied, and the sheet does not say either; row ${r} was not counted.`,
          ...issueLocation(src),
          raw: ref,
        }),
      );
      continue;
    }
    const missingText = text(r, cols.missingDate);
    const missing = missingText === "" ? null : parseEpisodeDate(missingText);
    if (missingText !== "" && missing === null) {
      const msrc = sourceOf(grid, { row: r, col: cols.missingDate ?? cols.child });
      issues.push(
        makeIssue("episode_row_unreadable", {
          // A warning, not a note: without the date nobody can tell whether
          // the episode falls in the requested period, so the council is asked.
          message: `"${missingText}" in ${describeSource(msrc)} is not a date, so the episode cannot be placed in the requested period; it is counted, and its order among the child's episodes is taken from the row order.`,
          ...issueLocation(msrc),
          raw: missingText,
        }),
      );
    }
    const returnedText = text(r, cols.returnedDate);
    const returned =
      cols.returnedDate !== null &&
      returnedText !== "" &&
      !matchesAny(p.stillMissing, normaliseLabel(returnedText)) &&
      parseEpisodeDate(returnedText) !== null;
    if (
      cols.returnedDate !== null &&
      returnedText !== "" &&
      !returned &&
      !matchesAny(p.stillMissing, normaliseLabel(returnedText))
    ) {
      const rsrc = sourceOf(grid, { row: r, col: cols.returnedDate });
      issues.push(
        makeIssue("episode_row_unreadable", {
          message: `"${returnedText}" in ${describeSource(rsrc)} is neither a return date nor says the child is still missing; the episode is treated as not returned.`,
          ...issueLocation(rsrc),
          raw: returnedText,
        }),
      );
    }
    let stillOut = !returned;
    if (cols.returnedDate === null && cols.flag !== null) {
      const flagText = text(r, cols.flag.col);
      const answer = normaliseLabel(flagText);
      const yes = matchesAny(p.yes, answer);
      const no = matchesAny(p.no, answer);
      if (yes === no) {
        const fsrc = sourceOf(grid, { row: r, col: cols.flag.col });
        issues.push(
          makeIssue("episode_row_unreadable", {
            message: `"${flagText}" in ${describeSource(fsrc)} is not a yes or no; the episode is treated as not returned.`,
            ...issueLocation(fsrc),
            raw: flagText,
          }),
        );
        stillOut = true;
      } else {
        stillOut = cols.flag.yesMeans === "missing" ? yes : no;
      }
    }
    const natText = text(r, cols.nationality);
    episodes.push({
      row: r,
      ref,
      refSource: src,
      groups,
      missing,
      returned: !stillOut,
      nationality:
        natText === "" || cols.nationality === null
          ? null
          : { raw: natText, source: sourceOf(grid, { row: r, col: cols.nationality }) },
    });
  }

  const facts: Fact[] = [];
  const nationalities: NationalityFact[] = [];
  const present = new Set(episodes.flatMap((e) => e.groups));
  // A list with a group column covers both groups, so a group with no rows had
  // no missing children; without one, only the context's group is known.
  const groupsToReport: ("trafficked" | "uasc")[] =
    cols.group !== null && !fallbackGroup ? ["trafficked", "uasc"] : [...present];
  for (const g of groupsToReport) {
    const mine = episodes.filter((e) => e.groups.includes(g));
    const latest = new Map<string, Episode>();
    const first = new Map<string, Episode>();
    for (const e of mine) {
      if (!first.has(e.ref)) first.set(e.ref, e);
      const prev = latest.get(e.ref);
      // Latest by missing date; rows without a date keep their row order.
      if (!prev || (e.missing ?? "") >= (prev.missing ?? "")) latest.set(e.ref, e);
    }
    const notFound = [...latest.values()].filter((e) => !e.returned);
    const add = (
      metric: "went_missing" | "missing_incidents" | "not_found",
      value: number,
      from: Episode[],
      raw: string,
    ) => {
      const def = findMeasure(env.knowledge.request, g, metric);
      if (!def) return;
      facts.push({
        measure: def.id,
        status: "derived",
        value,
        lower: value,
        upper: value,
        raw,
        sources: from.length > 0 ? from.map((e) => e.refSource) : [headerSource],
        label: `episode list at ${formatCell(headerSource)}`,
      });
    };
    add(
      "went_missing",
      first.size,
      [...first.values()],
      `${first.size} distinct child references among ${mine.length} ${g} episode rows`,
    );
    add("missing_incidents", mine.length, mine, `${mine.length} ${g} episode rows`);
    if (cols.returnedDate !== null || cols.flag !== null) {
      const how = cols.returnedDate !== null ? "has no return date" : "is marked as still missing";
      add("not_found", notFound.length, notFound, `${notFound.length} ${g} children whose latest episode ${how}`);
    }
    if (cols.nationality !== null) {
      const byNat = new Map<string, { count: number; raw: string; source: Source; iso: string }>();
      for (const e of latest.values()) {
        if (!e.nationality) continue;
        const canon = canonicaliseNationality(e.nationality.raw, env.knowledge.nationalities);
        const entry = byNat.get(canon.nationality) ?? {
          count: 0,
          raw: e.nationality.raw,
          source: e.nationality.source,
          iso: canon.iso,
        };
        entry.count += 1;
        byNat.set(canon.nationality, entry);
      }
      for (const [nationality, entry] of [...byNat].sort((a, b) => a[0].localeCompare(b[0]))) {
        nationalities.push({
          group: g,
          raw: entry.raw,
          nationality,
          iso: entry.iso,
          value: entry.count,
          lower: entry.count,
          upper: entry.count,
          status: "reported",
          rawValue: `${entry.count} children in the episode list`,
          source: entry.source,
        });
      }
    }
  }
  decisions.push({
    file: grid.file,
    ...sheetLoc,
    cell: formatCell(headerSource),
    message: `Row ${cols.headerRow} read as the header of an episode list (${episodes.length} episodes counted${
      cols.group === null ? `, group from ${contextFrom || "context"}` : ""
    }); children = distinct references, incidents = rows, not found = latest episode without a return date.`,
  });
  issues.push(
    makeIssue("episodes_aggregated", {
      message: `Figures in ${describeSource(headerSource)} were counted from an episode list of ${episodes.length} rows rather than given as totals.`,
      ...issueLocation(headerSource),
    }),
  );
  return { facts, nationalities, issues, decisions, rows };
}

function familyOf(group: Group | null): "trafficked" | "uasc" | null {
  if (group === "uasc") return "uasc";
  if (group === "trafficked" || group === "trafficked_identified" || group === "trafficked_suspected")
    return "trafficked";
  return null;
}
