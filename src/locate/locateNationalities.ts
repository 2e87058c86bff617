import type { Decision, NationalityFact, UngroupedList } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Group } from "../domain/request.js";
import { describeSource, formatCell, issueLocation, type Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { OTHER_NATIONALITY } from "../knowledge/nationalities.js";
import type { LogicalCell } from "../match/figureCandidate.js";
import { type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { groupOfLabel, wholeGroupOf } from "../match/resolveMeasure.js";
import {
  type CanonicalNationality,
  canonicaliseNationality,
  canonicaliseNationalityCode,
} from "../parse/parseNationality.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { listIn } from "./listNationalities.js";
import type { TableResult } from "./locateEpisodes.js";
import { isProse, type LocateEnv, type SheetGrid, sourceOf } from "./sheetGrid.js";
import { titledHeadersSideBySide } from "./titledHeadersSideBySide.js";
import { totalColumnOf } from "./totalColumn.js";

export interface NationalityColumns {
  headerRow: number;
  nationality: number;
  /** A group named by the header cell itself ("Nationality of missing UASC") or the title line above it. */
  group: Group | null;
  groupFrom: string;
  /** Count columns and the group each counts, when the header names it. */
  counts: { col: number; group: Group | null; header: string; above?: boolean }[];
  /** A column that names each row's group ("Group | Nationality | Children" over "UASC | Afghan | 3"). */
  groupCol: number | null;
  /** The table's last row, when its header was a line of prose and the rows under it end where their counts do. */
  end?: number;
  /** No header row: the table starts on the row after headerRow, each row naming its group and nationality. */
  headerless?: boolean;
  /** No count column: each row is one child ("Group | Nationality" over "UASC | Afghan"), so rows are tallied. */
  perChild?: boolean;
  /** The words over this table alone, for one of several tables side by side: its title, not the whole row's. */
  title?: string;
  /** A column left of the names that gives each row's period ("Year" over "2019", blank under it for the same year). */
  periodCol?: number;
  /** The period the table above last named, for a table that runs on under its header repeated (a page break). */
  carriedPeriod?: string;
}

/**
 * "Year | Nationality | Children" … "2022 | Afghan | 5", then the page
 * breaks and "Year | Nationality | Children" over " | Sudanese | 4": the
 * header repeated straight under the table's last row (nothing between) is
 * the same table running on, laid out anew by the page (its columns may
 * stand elsewhere). Its rows keep the table's group, and its first rows,
 * their year cells blank, the year the table above last named. Read alone,
 * its list had no group and was left unused, and its rows no period. Only
 * when the header's words are the same, in the same order, and the new
 * header names no group of its own.
 */
export function continueNationalityTable(
  grid: SheetGrid,
  cols: NationalityColumns,
  above: { cols: NationalityColumns; rows: readonly number[] },
): NationalityColumns {
  const last = above.rows.length > 0 ? Math.max(...above.rows) : -1;
  if (cols.group !== null || above.cols.group === null || last !== cols.headerRow - 1) return cols;
  const words = (r: number) =>
    (grid.rows[r - 1] ?? []).map((c) => c.text.trim().toLowerCase().replace(/\s+/gu, " ")).filter((t) => t !== "");
  const before = words(above.cols.headerRow);
  const now = words(cols.headerRow);
  if (before.length === 0 || before.join(" | ") !== now.join(" | ")) return cols;
  const cellText = (r: number, col: number) => (grid.sheet.rows[r - 1]?.[col - 1] ?? "").trim();
  const periodCol =
    above.cols.periodCol === undefined
      ? undefined
      : (grid.rows[cols.headerRow - 1] ?? []).find(
          (c) =>
            c.text.trim().toLowerCase() === cellText(above.cols.headerRow, above.cols.periodCol ?? 0).toLowerCase(),
        )?.col;
  const carried =
    above.cols.periodCol === undefined
      ? ""
      : ([...above.rows]
          .sort((a, b) => b - a)
          .map((r) => cellText(r, above.cols.periodCol ?? 0))
          .find((t) => YEAR.test(t)) ?? "");
  return {
    ...cols,
    group: above.cols.group,
    groupFrom: `${above.cols.groupFrom} over the table above, whose header row ${cols.headerRow} repeats`,
    counts: cols.counts.filter((c) => c.col !== periodCol),
    ...(periodCol === undefined ? {} : { periodCol }),
    ...(carried === "" ? {} : { carriedPeriod: carried }),
  };
}

/**
 * "Year | Nationality | Children" over "2019 | Afghan | 4" and " | Iranian |
 * 1": a column beside a nationality table's names, headed by a word for a
 * period, gives each row's period; a blank cell under a year is that year's
 * (a merged cell, or a layout that writes the year once per block). The
 * column may stand right of the names too ("Nationality | Year | Children"
 * over "Syrian | 2021 | 22"): it is then no count column, so its years are
 * never read as children. Read
 * only when the header's words are a period's ("Year", "Financial year") and
 * the first row under it names a year, so a column of other words
 * ("Placement") never gives the rows a period.
 */
function periodColumnOf(grid: SheetGrid, r: number, natCol: number, env: LocateEnv): number | undefined {
  const p = tablePatterns(env.knowledge.labels);
  const head = (grid.rows[r - 1] ?? []).find(
    (c) =>
      c.col !== natCol && c.kind === "text" && c.label && matchesAny(p.nationalityPeriodColumn, c.label.normalised),
  );
  if (!head) return undefined;
  const first = (grid.sheet.rows[r]?.[head.col - 1] ?? "").trim();
  return YEAR.test(first) ? head.col : undefined;
}

/**
 * A nationality table has a "Nationality" (or "Country of origin") header
 * cell with at least one further header cell to its right for the counts.
 */
export function findNationalityHeader(grid: SheetGrid, r: number, env: LocateEnv): NationalityColumns | null {
  const p = tablePatterns(env.knowledge.labels);
  const row = grid.rows[r - 1] ?? [];
  const named = row.find((c) => c.kind === "text" && c.label && matchesAny(p.nationalityHeader, c.label.normalised));
  // "9 | Nationality | Trafficked | UASC": a question's number may lead the
  // header; a figure under or beside the header's own cells makes it no header.
  const natCell =
    named && !row.some((c) => c.kind === "value" && c.col >= named.col)
      ? named
      : row.some((c) => c.kind === "value")
        ? undefined
        : (columnOfNationalities(grid, r, env) ?? blankCornerOfNationalities(grid, r, env));
  if (!natCell) return null;
  const groupCol = columnOfGroups(grid, r, natCell.col, env);
  const periodCol = periodColumnOf(grid, r, natCell.col, env);
  // "NAT_CD | Nationality": a second nationality header beside the first
  // heads the words a code stands for (a lookup of codes), never counts.
  const counts = row
    .filter(
      (c) =>
        c.col > natCell.col &&
        c.col !== groupCol &&
        c.col !== periodCol &&
        c.kind === "text" &&
        c.label &&
        !matchesAny(p.nationalityHeader, c.label.normalised),
    )
    .map((c) => {
      const g = c.label ? groupOfLabel(c.label, env.knowledge.labels) : null;
      return { col: c.col, group: nationalityGroupOf(g, env), header: c.text };
    })
    .flatMap((c) => spreadSpanningHeader(grid, r, natCell.col, c, env));
  if (counts.length > 0 && titlesHeaderBelow(grid, r, natCell.col, counts, env)) return null;
  if (counts.length === 0) {
    // "Nationality" alone: a table only if the next row has a name and a
    // count beside it; otherwise it is a title ("Nationality of children who
    // went missing") over the real header row.
    const next = grid.rows[r] ?? [];
    // "Afghan,0,3" under a table whose columns are "Trafficked | UASC": each
    // figure sits in its group's column of the table above, so every such
    // column is a count column (a figure in a column the table above does
    // not head by group leaves the list to the one column beside the name).
    const besideName = next.filter((c) => c.kind === "value" && c.col > natCell.col);
    const groupsAbove = groupColumnsAbove(grid, r, env);
    if (groupCol !== null && onlyNamesBelow(grid, r, natCell.col, env)) {
      // "Group | Nationality" over "UASC | Afghan", "UASC | Afghan", "Trafficked
      // | Vietnamese": a list of the children, one row each, with no count
      // column: each row counts one child of its row's group.
      return {
        headerRow: r,
        nationality: natCell.col,
        counts: [],
        group: null,
        groupFrom: "",
        groupCol,
        perChild: true,
      };
    }
    if (
      !named?.label?.groups.length &&
      columnOfGroups(grid, r, natCell.col, env) === null &&
      besideName.length >= 2 &&
      besideName.every((c) => groupsAbove.has(c.col))
    ) {
      for (const c of besideName) counts.push({ col: c.col, group: null, header: "" });
    } else {
      const countBeside = next.some((c) => c.col === natCell.col + 1 && c.kind === "value");
      const col = countBeside ? natCell.col + 1 : countAcrossGap(next, natCell.col, env);
      if (col === null) return null;
      counts.push({ col, group: null, header: "" });
    }
  }
  // The table's own words beat the surrounding context: "Nationality of
  // missing UASC", or a title line directly above the header.
  const own = natCell.label ? labelGroup(natCell.label, env) : null;
  const above = titleAbove(grid, r, env);
  const title = above.length === 1 && above[0]?.label ? labelGroup(above[0].label, env) : null;
  const lead = (own ?? title) ? null : leadInAbove(grid, r, env);
  const group = own ?? title ?? lead?.group ?? null;
  const groupFrom = own
    ? `header "${natCell.text.trim()}"`
    : title
      ? `title "${above[0]?.text.trim()}"`
      : lead
        ? `the words leading into the table ("${lead.text}")`
        : "";
  // "Question | Trafficked | UASC" … "Nationality of missing children,," over
  // "Afghan,,2": a list written on under a table whose columns are the
  // groups keeps its counts in the group's column. A count column its own
  // header leaves unnamed takes the group heading that column of the table
  // straight above, when the table names another group in another column
  // (so the columns are the groups, not one group's metrics). Only a column
  // its header leaves blank: "Nationality | Number" is a table of its own,
  // whose columns line up with the groups above only by chance.
  const fromAbove = group === null && groupCol === null ? groupColumnsAbove(grid, r, env) : new Map<number, Group>();
  const headed = counts.map((c) =>
    c.group === null && c.header.trim() === "" && fromAbove.has(c.col)
      ? { ...c, group: fromAbove.get(c.col) ?? null, above: true }
      : c,
  );
  return {
    headerRow: r,
    nationality: namesBesideQuestionNumber(grid, r, natCell.col, headed) ?? natCell.col,
    counts: headed,
    group,
    groupFrom,
    groupCol,
    ...(periodCol === undefined ? {} : { periodCol }),
  };
}

/**
 * "Nationality | 1 October 2014 - 30 September 2015" (merged across the
 * count columns, or written in each) over "Nationality | Looked after |
 * Went missing (children) | Missing episodes": the upper row only titles
 * the table with its period, and the row under it is the table's header,
 * naming each column's measure. Read from the upper row, the measures'
 * columns were taken for one list (the looked-after column's counts for
 * the children who went missing), or for several. The upper row is no
 * header when its count cells name no measure and no group (a period, a
 * title) and the row under it, names in the same column, heads a table of
 * its own; that row is then read as the header (its own row of the scan).
 */
function titlesHeaderBelow(
  grid: SheetGrid,
  r: number,
  natCol: number,
  counts: readonly { header: string }[],
  env: LocateEnv,
): boolean {
  const namesNothing = counts.every((c) => {
    const label = matchLabel(c.header, env.knowledge.labels);
    return label.metrics.length === 0 && label.groups.length === 0;
  });
  if (!namesNothing || !startsOwnTable(grid, r + 1, env)) return false;
  return findNationalityHeader(grid, r + 1, env)?.nationality === natCol;
}

/**
 * Row r heads a nationality table of its own: its name cell is a header word
 * ("Nationality", "Country of origin") and a count column beside it is headed
 * by words, not a figure. Such a row inside a table is the next table's header.
 */
function startsOwnTable(grid: SheetGrid, r: number, env: LocateEnv): boolean {
  const p = tablePatterns(env.knowledge.labels);
  const row = grid.rows[r - 1] ?? [];
  const named = row.some((c) => c.kind === "text" && c.label && matchesAny(p.nationalityHeader, c.label.normalised));
  if (!named) return false;
  const next = findNationalityHeader(grid, r, env);
  return next?.counts.some((c) => c.header.trim() !== "") ?? false;
}

/** A heading that names a year ("2021", "2021/22", "Jan–Apr 2024", "2024 YTD"). */
const NAMES_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/**
 * "Nationality | Children who went missing" over " | 2021 | 2022 | 2023":
 * a count header merged across several columns titles the columns under it,
 * and the row under it (its name cell blank, merged down from "Nationality")
 * heads each column with its period. Read as one column, the first year's
 * figures were taken for the whole table's. Each column under the span is a
 * count column of its own, headed by the span's words and its own ("Children
 * who went missing 2021"), so each keeps its period. Only when every column
 * under the span has a heading of its own that names a year: a span over
 * figures is no title, and one over "Male | Female | Total" one count's parts.
 * "Children who went missing (Q2)" over " | Trafficked | UASC" spreads the
 * same way: each column under the span is headed by one group, a different
 * one each, and counts that group's children (the span names none itself).
 */
function spreadSpanningHeader<C extends { col: number; header: string; group: Group | null }>(
  grid: SheetGrid,
  r: number,
  natCol: number,
  count: C,
  env: LocateEnv,
): C[] {
  const span = grid.sheet.merges.find(
    (m) => m.top === r && m.bottom === r && m.left === count.col && m.right > count.col,
  );
  const under = grid.sheet.rows[r] ?? [];
  if (!span || (under[natCol - 1] ?? "").trim() !== "") return [count];
  const heads: C[] = [];
  for (let col = span.left; col <= span.right; col++) {
    const own = (under[col - 1] ?? "").trim();
    // "Trafficked" over "Male | Female | Total" is a breakdown of one count, not a column per period.
    if (!NAMES_YEAR.test(own)) return spreadOverGroups(span.left, span.right, under, count, env);
    heads.push({ ...count, col, header: `${count.header.trim()} ${own}` });
  }
  return heads;
}

/** The span's columns headed one group each ("Trafficked | UASC"), or the span as one count when they are not. */
function spreadOverGroups<C extends { col: number; header: string; group: Group | null }>(
  left: number,
  right: number,
  under: readonly string[],
  count: C,
  env: LocateEnv,
): C[] {
  if (count.group !== null) return [count];
  const heads: C[] = [];
  for (let col = left; col <= right; col++) {
    const own = (under[col - 1] ?? "").trim();
    const label = own === "" ? null : matchLabel(own, env.knowledge.labels);
    // One group in the heading's words, and no number: a figure is no heading.
    const group = label && !/\d/u.test(own) && label.groups.length === 1 ? labelGroup(label, env) : null;
    if (group === null || heads.some((h) => h.group === group))
      return spreadOverMeasures(left, right, under, count, env);
    heads.push({ ...count, col, group, header: `${count.header.trim()} ${own}` });
  }
  return heads;
}

/**
 * "1 October 2014 - 30 September 2015" merged over "Looked after | Went
 * missing (children) | Missing episodes | Not found": the span is the
 * period, and each column under it one measure of the same children. Read
 * as one column, the looked-after counts were taken for the children who
 * went missing. Each column is kept with its own heading (the span's words
 * before it), so the went-missing column alone is read as the breakdown and
 * the others dropped (keepWentMissingColumn). Only when every column under
 * the span names a measure, each a different one, and no figure.
 */
function spreadOverMeasures<C extends { col: number; header: string; group: Group | null }>(
  left: number,
  right: number,
  under: readonly string[],
  count: C,
  env: LocateEnv,
): C[] {
  const heads: C[] = [];
  const seen = new Set<string>();
  for (let col = left; col <= right; col++) {
    const own = (under[col - 1] ?? "").trim();
    if (own === "" || /^\d+$/u.test(own)) return [count];
    const metrics = [...matchLabel(own, env.knowledge.labels).metrics].sort().join("+");
    if (metrics === "" || seen.has(metrics)) return [count];
    seen.add(metrics);
    heads.push({ ...count, col, header: `${count.header.trim()} ${own}` });
  }
  return heads;
}

/**
 * "Q5 Nationality of UASC who went missing | | 2021 | 2022" over "5 |
 * Iranian | 3 | 0": a table written on in a sheet of question rows keeps
 * the question's number in the first column of every row and the names in
 * the one beside it, under no header of their own. Read from the header's
 * column, every name would be "5" (a nationality foi-agg does not know).
 * The column beside is the names' when it is no count column, and every row
 * under the header (two or more, to the first blank one) has the same
 * question number under the header's cell and words beside it.
 */
function namesBesideQuestionNumber(
  grid: SheetGrid,
  r: number,
  natCol: number,
  counts: readonly { col: number }[],
): number | undefined {
  const beside = natCol + 1;
  if (counts.some((c) => c.col === beside)) return undefined;
  const numbers = new Set<string>();
  let rows = 0;
  for (let i = r + 1; i <= grid.sheet.rows.length; i++) {
    const row = grid.sheet.rows[i - 1] ?? [];
    if (row.every((t) => t.trim() === "")) break;
    const number = (row[natCol - 1] ?? "").trim();
    const name = (row[beside - 1] ?? "").trim();
    if (!QUESTION_NUMBER.test(number) || !/\p{L}/u.test(name) || /\d/u.test(name)) return undefined;
    numbers.add(number.toLowerCase());
    rows++;
  }
  return rows >= 2 && numbers.size === 1 ? beside : undefined;
}

/** A question's number as a row's first cell: "5", "Q5", "9a", "5.". */
const QUESTION_NUMBER = /^(?:q\s*)?\d{1,2}[a-z]?[.)]?$/iu;

/**
 * "Trafficked | | Number | | UASC | | Number" over "Albanian | | 3 | |
 * Albanian | | 4": nationality tables side by side whose names' columns are
 * headed by their group, not by "Nationality". Each group's cell must head
 * a column of names foi-agg knows (two of the first three rows under it,
 * each with a figure further along its row), and every group cell be
 * followed by the same column headers (one table's header repeated per
 * group). Anything else gives no cells, and the row is left to the other
 * readers.
 */
function groupTitledNameColumns(grid: SheetGrid, r: number, env: LocateEnv): LogicalCell[] {
  const row = (grid.rows[r - 1] ?? []).filter((c) => c.text.trim() !== "");
  if (row.some((c) => c.kind !== "text")) return [];
  const titles = titledHeadersSideBySide(row, (c) => (c.label ? labelGroup(c.label, env) : null));
  if (!titles) return [];
  const namesUnder = (col: number) => {
    let known = 0;
    for (let i = r + 1; i <= Math.min(r + 3, grid.sheet.rows.length); i++) {
      const cells = grid.sheet.rows[i - 1] ?? [];
      const name = (cells[col - 1] ?? "").trim();
      const figure = cells.slice(col).some((t) => /^\d{1,4}$/u.test(t.trim()));
      if (figure && canonicaliseNationality(name, env.knowledge.nationalities).known) known++;
    }
    return known >= 2;
  };
  return titles.every((t) => namesUnder(t.col)) ? titles : [];
}

/**
 * "UASC | | | Trafficked" over "Nationality | Children | | Nationality |
 * Children": two (or more) nationality tables side by side in one sheet,
 * each under its group's heading. Read as one table, the second block's
 * names would be no row's and its counts would be given the first block's
 * names (or no group at all). Row r is such a header when it holds two or
 * more nationality header cells, each followed by at least one count
 * header before the next; each block runs from its nationality cell to the
 * column before the next one. A block's group is the one group named by
 * the words on the row above within its columns (or by its own count
 * headers, as for a single table); a block whose columns are named by no
 * group is read with none, so its counts are reported unread, never given
 * the context's group (which would count one group's children as the
 * other's). Null when the row is not two such blocks: the single-table
 * reader then takes it as before ("NAT_CD | Nationality | Count" is one
 * table whose second header names the code's words, with no count between).
 */
export function findNationalityBlocks(grid: SheetGrid, r: number, env: LocateEnv): NationalityColumns[] | null {
  const p = tablePatterns(env.knowledge.labels);
  const row = grid.rows[r - 1] ?? [];
  if (row.some((c) => c.kind === "value")) return null;
  const headed = row.filter((c) => c.kind === "text" && c.label && matchesAny(p.nationalityHeader, c.label.normalised));
  const natCells = headed.length >= 2 ? headed : groupTitledNameColumns(grid, r, env);
  if (natCells.length < 2) return null;
  const above = (grid.rows[r - 2] ?? []).filter((c) => c.kind === "text" && c.text.trim() !== "");
  // "Year | Trafficked – nationality | Number | UASC – nationality | Number": one year column serves every block.
  const periodCol = periodColumnOf(grid, r, natCells[0]?.col ?? 1, env);
  const blocks: NationalityColumns[] = [];
  for (const [k, nat] of natCells.entries()) {
    const last = (natCells[k + 1]?.col ?? Number.POSITIVE_INFINITY) - 1;
    const inBlock = (c: LogicalCell) => c.col > nat.col && c.col <= last;
    const counts = row
      .filter((c) => inBlock(c) && c.kind === "text" && c.text.trim() !== "")
      .map((c) => ({
        col: c.col,
        group: nationalityGroupOf(c.label ? groupOfLabel(c.label, env.knowledge.labels) : null, env),
        header: c.text,
      }));
    if (counts.length === 0) return null;
    // The heading over the block: the words above its columns, from its names' column on.
    const heads = above.filter((c) => c.col >= nat.col && c.col <= last);
    const named = [...new Set(heads.map((c) => (c.label ? labelGroup(c.label, env) : null)))];
    const group = heads.length === 1 && named.length === 1 ? (named[0] ?? null) : null;
    const own = nat.label ? labelGroup(nat.label, env) : null;
    blocks.push({
      headerRow: r,
      nationality: nat.col,
      group: own ?? group,
      groupFrom: own
        ? `header "${nat.text.trim()}"`
        : group
          ? `heading "${heads[0]?.text.trim()}" over its columns`
          : "",
      counts,
      groupCol: null,
      title: heads.map((c) => c.text.trim()).join(" "),
      ...(periodCol === undefined ? {} : { periodCol }),
    });
  }
  return blocks;
}

/**
 * "Table 3: Nationality of all UASC looked after in the period" over
 * "Nationality | UASC looked after": a table of the whole looked-after
 * cohort, given for context. The request's breakdown is of the children who
 * went missing, so such a table is not it (as readNationalityProse judges a
 * list by its opening). Its title, or every count column's header, must name
 * the looked-after count and not the missing one; a table that names no
 * count is left to be read. A table of episodes ("Episodes of going
 * missing", "Nationality | Episodes") is not of children either. Returns
 * the words that said so and what they count, or null.
 */
function countsLookedAfter(
  title: string,
  cols: NationalityColumns,
  env: LocateEnv,
  /** The line above is a figure row (the table above's last), whose words title nothing here. */
  titleHasFigure: boolean,
  /** The header over the nationality column ("All UASC looked after 01/10/14-30/09/15, by nationality"). */
  natHeader = "",
): { words: string; what: string } | null {
  // "Episodes of going missing", "Nationality | Episodes": a count of
  // episodes, not of children, whatever group its column names.
  const says = (text: string, episodes = true) => {
    if (episodes && matchLabel(text, env.knowledge.labels).metrics.includes("missing_incidents"))
      return "the episodes of going missing";
    return saysLookedAfterOnly(text, env) ? "the children looked after" : null;
  };
  // The looked-after reading of such a line is kept as it was; episodes are judged by a title only.
  const byTitle = title !== "" ? says(title, !titleHasFigure) : null;
  if (byTitle) return { words: title, what: byTitle };
  // A list titled in its own name column, with no header over its counts
  // ("All UASC looked after …, by nationality" | "" above "Afghan | 19"):
  // that cell is the table's title. Only the looked-after reading is taken
  // from it: "Nationality" alone, the usual header, names no count.
  const byNatHeader = natHeader.trim() !== "" ? says(natHeader, false) : null;
  if (byNatHeader) return { words: natHeader.trim(), what: byNatHeader };
  const headers = cols.counts.map((c) => c.header.trim());
  const what = headers.map((h) => (h !== "" ? says(h) : null));
  const first = what[0];
  if (headers.length > 0 && first && what.every((w) => w === first)) return { words: headers.join(" | "), what: first };
  return null;
}

/** Words that name the looked-after count and not the missing one ("UASC looked after in period"). */
function saysLookedAfterOnly(text: string, env: LocateEnv): boolean {
  if (text.trim() === "") return false;
  const metrics = matchLabel(text, env.knowledge.labels).metrics;
  return metrics.includes("looked_after") && !metrics.includes("went_missing");
}

/** Words that name the children who went missing ("of whom went missing"). */
function saysWentMissing(text: string, env: LocateEnv): boolean {
  return text.trim() !== "" && matchLabel(text, env.knowledge.labels).metrics.includes("went_missing");
}

/**
 * The rows under a header, up to a blank row, hold words only (at least two
 * rows, no figure), and each names one nationality: a known one, or a few
 * words with no number ("Not recorded"). "Afghan 2, Syrian 1" in one cell is
 * a list with its counts, never one child.
 */
function onlyNamesBelow(grid: SheetGrid, r: number, natCol: number, env: LocateEnv): boolean {
  let n = 0;
  let known = 0;
  for (let i = r; i < grid.rows.length; i++) {
    const row = grid.rows[i] ?? [];
    if (row.length === 0) break;
    if (row.some((c) => c.kind === "value")) return false;
    const name = (grid.sheet.rows[i]?.[natCol - 1] ?? "").trim();
    if (/\d|[,;]/u.test(name) || name.split(/\s+/u).length > 3) return false;
    if (name !== "" && canonicaliseNationality(name, env.knowledge.nationalities).known) known++;
    n++;
  }
  return n >= 2 && known >= n - 1;
}

/**
 * The title line over a nationality table's header: the row directly
 * above, or, past one blank line, a line that itself speaks of nationality
 * ("Nationality of UASC who went missing:", a blank line, then "Nationality
 * | Number"). A line further off, or one that does not speak of
 * nationality, may head something else, so it names no group here.
 */
function titleAbove(grid: SheetGrid, r: number, env: LocateEnv): LogicalCell[] {
  // "UASC who went missing | 5" over "Nationality of children who went
  // missing | Number": a line with a figure is the table above's last row,
  // not this table's title, and its group is not this table's.
  const texts = (i: number) => {
    const line = grid.rows[i - 1] ?? [];
    const words = line.filter((c) => c.kind === "text" && c.label);
    return line.some((c) => c.kind === "value") && !numberedHeading(line) ? [] : words;
  };
  if ((grid.rows[r - 2] ?? []).length > 0 || r < 3) return texts(r - 1);
  const past = texts(r - 2);
  const p = tablePatterns(env.knowledge.labels);
  const speaks = (c: LogicalCell) =>
    /nationalit|cenedl/iu.test(c.text) || (c.label !== null && matchesAny(p.nationalityHeader, c.label.normalised));
  return past.length === 1 && past[0] !== undefined && speaks(past[0]) ? past : [];
}

/**
 * "Annex 1 – nationality of UASC who went missing (Q2b), by calendar year":
 * a heading whose only figures are its own number and the questions or
 * years it names. A reader finds the "1" in its words, but it stands in the
 * heading's own cell, never in a column of its own as a table's last row's
 * figure does, and it counts nothing.
 */
function numberedHeading(line: readonly LogicalCell[]): boolean {
  const words = line.filter((c) => c.kind === "text");
  const [only] = words;
  if (words.length !== 1 || only === undefined) return false;
  if (line.some((c) => c.kind === "value" && c.col !== only.col)) return false;
  return !/\d/u.test(only.text.replace(HEADING_NUMBERS, ""));
}

/** A heading's own numbers: "Annex 1", "Table 2", "Appendix B2", "(Q2b)", a year. */
const HEADING_NUMBERS =
  /\b(?:table|part|section|annex|appendix|schedule|attachment|question|q)\s*[a-z]?[\d]+[a-z]?\b|\b(?:19|20)\d\d(?:[/-]\d\d)?\b/giu;

/**
 * "All of the unaccompanied children who went missing in the period were
 * male. Their" / "nationalities are shown below (number of children who
 * went missing, by year)." over "Nationality | 2021 | 2022": a letter's
 * sentence leading into the table, wrapped over lines of prose, names its
 * group. The lines straight above the header are read back to the line
 * before them that ends a sentence (at most LEAD_IN_LINES, each one cell
 * of words with no figure); they must speak of nationality and name
 * exactly one group. Words naming both groups, or none, give nothing, and
 * the table's columns are then reported unread as before.
 */
function leadInAbove(grid: SheetGrid, r: number, env: LocateEnv): { group: Group; text: string } | null {
  const lines: string[] = [];
  // A reader that joins a wrapped sentence into one line leaves the lines it took blank: those it names
  // (continuedRows) are passed over, however many; otherwise one blank line is.
  const continued = new Set(grid.sheet.continuedRows ?? []);
  const blank = !continued.has(r - 1) && (grid.sheet.rows[r - 2] ?? []).every((t) => t.trim() === "");
  for (let i = blank ? r - 2 : r - 1; i >= 1 && lines.length < LEAD_IN_LINES; i--) {
    if (continued.has(i)) continue;
    // The raw line: prose a reader has already judged (a line that "speaks of nationality but lists none") keeps its words here.
    const filled = (grid.sheet.rows[i - 1] ?? []).filter((t) => t.trim() !== "");
    const [only] = filled;
    // "Answer: see the table below (…)" is read as an answer of words, not a figure: it may lead in. So
    // may a letter's sentence about nationality whose numbers are the table's key or question ("(question
    // 2b). * denotes a number between 1 and 4"): it is prose, not a table row of figures.
    const figure =
      !(isProse(grid, i) && /nationalit|cenedl/iu.test(only ?? "")) &&
      (grid.rows[i - 1] ?? []).some((c) => c.kind === "value" && /\d/u.test(c.text));
    if (filled.length !== 1 || only === undefined || figure) break;
    const text = only.trim();
    if (lines.length > 0 && SENTENCE_END.test(text)) break;
    lines.unshift(text);
    // "Question 5" over the lead-in opens this answer: the line above it ends the previous answer, which a
    // letter may write as prose with its figures in it ("Children still missing (both groups): 2018 – 2; …"),
    // so no figure stops the reading there, and its groups are not the table's.
    if (QUESTION_HEADING.test(text)) break;
  }
  const text = lines.join(" ");
  const group = titleGroup(text, env) ?? pointedGroup(text, env);
  return group ? { group, text } : null;
}

/**
 * "Answer: see the table below (unaccompanied children who went missing or
 * absent). The trafficked children are not broken down as the numbers are
 * too small.": a lead-in of several sentences may name both groups, the
 * one the table counts in the sentence pointing to it ("below", "the
 * following") and the other in a sentence saying why its children are not
 * there. The pointing sentence alone decides, and only where it is the
 * one such sentence, names exactly one group and the children who went
 * missing (whom the breakdown is of): the table under it is then a
 * nationality table by its own header, so the sentence need not say
 * "nationality" itself.
 */
function pointedGroup(text: string, env: LocateEnv): Group | null {
  const pointing = text.split(/(?<=[.!?]["')\]]?)\s+/u).filter((t) => POINTS_BELOW.test(t));
  const [only] = pointing;
  if (pointing.length !== 1 || only === undefined || !saysWentMissing(only, env)) return null;
  const label = matchLabel(only, env.knowledge.labels);
  if (label.bothGroups || label.groups.length !== 1) return null;
  return labelGroup(label, env);
}

/** A sentence pointing to what follows it: "see the table below", "as follows", "the following". */
const POINTS_BELOW = /\b(?:below|as follows|the following)\b/iu;

/**
 * The one group a title over nationality figures names: the words must
 * speak of nationality, name exactly one group (not both, not "all"), and
 * not only the children looked after (a breakdown of another cohort).
 */
function titleGroup(text: string, env: LocateEnv): Group | null {
  if (text === "" || !/nationalit|cenedl/iu.test(text) || saysLookedAfterOnly(text, env)) return null;
  const kept = withoutGroupsLeftOut(text, env);
  return oneGroupNamed(text, env) ?? (kept === null ? null : oneGroupNamed(kept, env));
}

function oneGroupNamed(text: string, env: LocateEnv): Group | null {
  const label = matchLabel(text, env.knowledge.labels);
  if (label.bothGroups || label.groups.length !== 1) return null;
  return labelGroup(label, env);
}

/**
 * "Q5 - Nationality of UASC who went missing (trafficked children: not
 * recorded by nationality)": a title may name the other group only to say
 * its breakdown is not given. Such a part (a bracketed aside, a sentence, a
 * clause after a semicolon or a spaced dash) says who is left out, not whom
 * the list counts, so the title's group is read from its other parts. The
 * words must be negated ("not recorded", "excluding"); a part that merely
 * describes the list ("recorded together") stays, and so does one saying
 * the group is counted in the list ("included in these figures and not shown
 * separately"). A colon does not split:
 * "trafficked children: not recorded" is one part, group and words together.
 * Null when no part says a group is left out.
 */
function withoutGroupsLeftOut(text: string, env: LocateEnv): string | null {
  const { nationalityGroupLeftOut: leftOut, nationalityGroupCountedIn: countedIn } = tablePatterns(
    env.knowledge.labels,
  );
  const asides: string[] = [];
  const rest = text.replace(/\(([^()]*)\)/gu, (_, inner: string) => {
    asides.push(inner);
    return " ";
  });
  const parts = [rest, ...asides].flatMap((t) => t.split(/(?<=[.!?])\s+|;|\s[-–—]\s/u));
  // "(trafficked children are included in these figures and not shown
  // separately)": negated, but the group is in the list, so the part stays.
  const kept = parts.filter((t) => !leftOut.some((re) => re.test(t)) || countedIn.some((re) => re.test(t)));
  return kept.length === parts.length ? null : kept.join(" ");
}

/** A line that is a question's heading and nothing else: "Question 5", "Q5b", "Question 5:". */
const QUESTION_HEADING = /^(?:question|q)\s*\d+[a-z]?\s*[.:)]?$/iu;

/** How far back a table's lead-in sentence is read: a sentence wrapped over a letter's lines, not the paragraph before it. */
const LEAD_IN_LINES = 3;

/** A line that closes a sentence: the line after it starts the next one. */
const SENTENCE_END = /[.!?]["')\]]?$/u;

/**
 * The text heading a column over an unbroken run of figures that ends on
 * the row above r: "UASC" over "12", "6", "14", "0" and then the cell on row
 * r. A blank cell, or words with no figure between, and the column has no
 * header here (the words may head something else). The one reader of a
 * column's group for nationalities under a table of counts.
 */
export function columnHeaderAbove(grid: SheetGrid, r: number, col: number): LogicalCell | null {
  let figures = 0;
  for (let i = r - 1; i >= 1; i--) {
    const cell = (grid.rows[i - 1] ?? []).find((c) => c.col === col);
    if (!cell) return null;
    if (cell.kind === "value") {
      figures++;
      continue;
    }
    return figures > 0 ? cell : null;
  }
  return null;
}

/**
 * The group each column of the table straight above row r counts, when
 * that table gives its groups a column each: at least two columns heading
 * runs of figures that end on the row above, naming different groups. One
 * named column alone may be one group's metrics ("UASC | Went missing"), so
 * it names nothing here.
 */
function groupColumnsAbove(grid: SheetGrid, r: number, env: LocateEnv): Map<number, Group> {
  const out = new Map<number, Group>();
  // One blank line may part the table from the list written on under it
  // (",," in a csv); the columns still line up.
  const end = r >= 4 && (grid.rows[r - 2] ?? []).length === 0 ? r - 1 : r;
  for (const c of grid.rows[end - 2] ?? []) {
    if (c.kind !== "value") continue;
    const header = columnHeaderAbove(grid, end, c.col);
    const g = header?.label ? labelGroup(header.label, env) : null;
    if (g) out.set(c.col, g);
  }
  return new Set(out.values()).size >= 2 ? out : new Map();
}

/**
 * "Nationality of missing UASC;;" over "Afghan;;4": a csv or sheet that
 * keeps its figures' column (the group's, in the table above) leaves the
 * cells between name and count blank. The row under the title is its
 * table's first when it starts, in the title's column, with a nationality
 * foi-agg knows and holds exactly one figure, with nothing written between
 * the two; that figure's column is the counts'. Anything more (two
 * figures, words between) is no such row, and the title stays a title.
 */
function countAcrossGap(next: readonly LogicalCell[], natCol: number, env: LocateEnv): number | null {
  const [name, ...rest] = next;
  if (name?.kind !== "text" || name.col !== natCol || rest.length !== 1) return null;
  const value = rest[0];
  if (value?.kind !== "value") return null;
  return canonicaliseNationality(name.text, env.knowledge.nationalities).known ? value.col : null;
}

/**
 * A long table gives each row's group in a column of its own ("Group |
 * Nationality | Children" over "UASC | Afghan | 3", "Trafficked | British |
 * 1"). Such a column is one whose every filled cell in the table's first rows
 * names a single family; one cell that names none, or both, and it is not.
 */
function columnOfGroups(grid: SheetGrid, r: number, natCol: number, env: LocateEnv): number | null {
  const header = grid.rows[r - 1] ?? [];
  // "  | Nationality | 2021 | 2022" over "Trafficked (2a) | Albanian | 0 | 1":
  // a column left of the names with a blank header cell is a candidate too;
  // the cells below decide, as they do under a header naming the column.
  const blankLeft = [];
  for (let col = 1; col < natCol; col++) if (!header.some((h) => h.col === col)) blankLeft.push({ col });
  for (const h of [...header.filter((c) => c.col !== natCol && c.kind === "text"), ...blankLeft]) {
    let named = 0;
    let other = false;
    for (let i = r; i < Math.min(r + 6, grid.rows.length) && !other; i++) {
      const below = grid.rows[i] ?? [];
      // A line of a letter's prose under the table ("We do not hold gender in a reportable form", read as a
      // not-held statement) has ended it: its words say nothing of the column.
      if (below.length === 0 || (i > r && isProse(grid, i + 1))) break;
      const cell = below.find((c) => c.col === h.col);
      if (!cell) continue;
      const g = cell.kind === "text" && cell.label ? labelGroup(cell.label, env) : null;
      if (g) named++;
      // "#" or a note under the last row, with no figure: the table has ended, and its words say nothing of the column.
      else if (!below.some((c) => c.kind === "value")) break;
      else other = true;
    }
    if (named >= 2 && !other) return h.col;
  }
  return null;
}

/**
 * " | Trafficked | UASC" over "Afghan | | 3", "British | 2 | ": a grid whose
 * header leaves the cell over its names blank, the groups heading the
 * counts. It is a nationality table when every header cell names a group
 * (so the columns are whose, not some other measure's), the header's first
 * cell stands right of a column left blank on the header row, and two of
 * the first three rows below start in that column with a nationality
 * foi-agg knows and have a figure. The blank header cell stands for the
 * names' column, with no words of its own.
 */
function blankCornerOfNationalities(grid: SheetGrid, r: number, env: LocateEnv): LogicalCell | undefined {
  const row = grid.rows[r - 1] ?? [];
  const first = row[0];
  if (!first || row.length < 2) return undefined;
  if (!row.every((c) => c.kind === "text" && c.label && labelGroup(c.label, env) !== null)) return undefined;
  let known = 0;
  let natCol: number | null = null;
  for (let i = r; i < Math.min(r + 3, grid.rows.length); i++) {
    const below = grid.rows[i] ?? [];
    const lead = below[0];
    if (!lead || lead.col >= first.col || lead.kind !== "text" || (natCol !== null && lead.col !== natCol)) break;
    if (!below.some((c) => c.kind === "value")) break;
    natCol = lead.col;
    if (canonicaliseNationality(lead.text, env.knowledge.nationalities).known) known++;
  }
  if (known < 2 || natCol === null) return undefined;
  return { row: r, col: natCol, kind: "text", text: "", parsed: null, label: null, answer: false, part: 0 };
}

/**
 * A header row whose first cell heads a column of nationalities ("Trafficked
 * children | Went missing" over "Vietnamese | 2", "Albanian | 1") is a
 * nationality table even without the word "nationality": two of the first
 * three rows below must start with a nationality foi-agg knows (alone, or
 * beside its group's name: "Trafficked – Vietnamese"), and the
 * header must have a cell to the right for the counts.
 */
function columnOfNationalities(grid: SheetGrid, r: number, env: LocateEnv): LogicalCell | undefined {
  const row = grid.rows[r - 1] ?? [];
  // Names written as codes ("ALB", "VNM") count only in a column of nothing
  // else foi-agg cannot read: a code among other labels ("SEN" beside "CIN")
  // is an abbreviation, not a nationality.
  let codes = 0;
  let unknown = 0;
  const first = row[0];
  // A title alone on its row may head the list only when it names the group
  // it counts ("Trafficked children who went missing" over "British | 3").
  const titled =
    row.length === 1 && first?.kind === "text" && first.label ? labelGroup(first.label, env) !== null : false;
  if (first?.kind !== "text" || (row.length < 2 && !titled)) return undefined;
  let known = 0;
  let end = r + 3;
  for (let i = r; i < Math.min(end, grid.rows.length); i++) {
    const below = grid.rows[i] ?? [];
    const lead = below[0];
    if (!lead || lead.col !== first.col || lead.kind !== "text") break;
    // "Trafficked / MS | | |" over "   Albanian | | 1 | 1": Excel's pivot with its subtotals at the
    // bottom leaves a group's caption row without figures; it heads the group's nationality rows, so
    // it neither ends the list nor takes a row of the look-ahead.
    if (below.length === 1 && captionOfGroup(lead, env)) {
      end++;
      continue;
    }
    if (!below.some((c) => c.kind === "value")) break;
    // "Trafficked – Vietnamese | 2": a row naming its group beside the
    // nationality is as much a nationality's row as "Vietnamese | 2".
    if (
      canonicaliseNationality(lead.text, env.knowledge.nationalities).known ||
      groupBesideNationality(lead.text, env) !== null
    )
      known++;
    else if (countryCode(lead.text, env) !== null) codes++;
    else unknown++;
  }
  return known + codes >= 2 && (codes === 0 || unknown === 0) ? first : undefined;
}

/**
 * "ALB", "VNM", "ERI": a nationality written as its ISO 3166-1 alpha-3 code,
 * alone in its cell and in capitals, as a case-management system records it
 * (the codes are in the nationalities knowledge). Only three letters that
 * name a state: the two-letter and not-recorded codes ("NO", "IT", "NK") are
 * too like words and row marks to show by themselves that a column is one
 * of codes; in a column that is, they are read (codedNames).
 */
function countryCode(text: string, env: LocateEnv): CanonicalNationality | null {
  if (!/^[A-Z]{3}$/u.test(text.trim())) return null;
  const canon = canonicaliseNationalityCode(text, env.knowledge.nationalities);
  return canon?.iso ? canon : null;
}

/**
 * Whether a nationality table's names are codes ("ALB | 1 | 2" over "VNM | 1
 * | 1", Ealing's "ISO 3166 alpha-3" table): two rows at least, before the
 * table's first blank row, name a state by its alpha-3 code. The table's
 * names are then read as codes first (any code the knowledge holds, "ZZZ"
 * for not recorded among them), then as words ("Other", "Not recorded").
 * Elsewhere a code is never read, so "IND" or "SEN" in a table of words
 * stays what it was.
 */
function codedNames(grid: SheetGrid, cols: NationalityColumns, env: LocateEnv): boolean {
  let codes = 0;
  for (let r = cols.headerRow + 1; r <= (cols.end ?? grid.sheet.rows.length); r++) {
    if ((grid.rows[r - 1] ?? []).length === 0) break;
    if (countryCode(grid.sheet.rows[r - 1]?.[cols.nationality - 1] ?? "", env) !== null) codes++;
    if (codes >= 2) return true;
  }
  return false;
}

export function readNationalities(
  grid: SheetGrid,
  cols: NationalityColumns,
  contextGroup: Group | null,
  contextFrom: string,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult {
  const p = tablePatterns(env.knowledge.labels);
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const nationalities: NationalityFact[] = [];
  const rows = [cols.headerRow];
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  const headerSrc = sourceOf(grid, { row: cols.headerRow, col: cols.nationality });
  // "9. What are the nationalities …? | See table below (UASC only)": the
  // answer that points at the table says whose it is.
  const pointed = cols.group
    ? null
    : (onlyGroupAbove(grid, cols.headerRow, env) ?? questionGroupAbove(grid, cols.headerRow, env));
  const fallback = cols.group ?? pointed?.group ?? nationalityGroupOf(contextGroup, env);
  const fallbackFrom = cols.group ? cols.groupFrom : pointed ? `"${pointed.text}" above the table` : contextFrom;
  const { kept, dropped } = keepTotalsOverParts(
    cols.counts.map((c) => ({ ...c, own: c.group, group: c.group ?? fallback })),
    env,
    cols.groupCol !== null,
  );
  // "Nationality | UASC looked after in period | of whom went missing": a
  // column of the whole looked-after cohort beside the column of those who
  // went missing. The request's breakdown is of the children who went
  // missing, so only that column is read; the cohort column is reported,
  // not added to it (as countsLookedAfter does for a whole table).
  const cohortCols = kept.filter((c) => saysLookedAfterOnly(c.header, env));
  const withoutCohort =
    cohortCols.length > 0 && kept.some((c) => saysWentMissing(c.header, env))
      ? kept.filter((c) => !cohortCols.includes(c))
      : kept;
  const metricCols = keepWentMissingColumn(withoutCohort, env);
  const usable = withoutCohort.filter((c) => !metricCols.dropped.includes(c));
  // Columns with counts that no group could be given to: reported once each, after the rows are read.
  const unread = new Map<number, string>();
  // Their counts, and what their total row says ("Grand Total | 17 | 16"): a
  // column's list goes on, unnamed, for the file's own figures to tell whose
  // it is (inferListGroup), or to be reported with the column's warning.
  const unreadItems = new Map<number, Omit<NationalityFact, "group">[]>();
  const columnTotals = new Map<number, string>();
  const spoiled = new Set<number>();
  // Columns of every looked-after child who went missing ("All looked after
  // children who went missing", British 31 among them): a wider group than
  // the request's, reported once each and never counted.
  const wider = new Map<number, string>();
  // A list of the children with no count column: its rows counted by group and nationality.
  const tally = new Map<
    string,
    { group: Group; natText: string; canon: ReturnType<typeof canonicaliseNationality>; src: Source; n: number }
  >();
  // "UASC who went missing" on a row of its own starts that group's rows.
  let section: Group | null = null;
  // A pivot's group caption row ("UASC | 1 | 2 | 1"), its subtotal per column and what its rows add up to.
  let pivotCaption: {
    group: Group;
    row: number;
    text: string;
    sums: Map<number, { stated: string; read: number; exact: boolean }>;
  } | null = null;
  // A caption's rows that do not add up to its subtotals are said so: the list is then short or the caption
  // no subtotal of it, and the group's counts from it may be wrong.
  const closeCaption = () => {
    if (pivotCaption === null) return;
    const open = pivotCaption;
    pivotCaption = null;
    for (const [col, sum] of open.sums) {
      const stated = parse(sum.stated);
      if (stated.status !== "reported" || stated.value === null || !sum.exact || stated.value === sum.read) continue;
      const src = sourceOf(grid, { row: open.row, col });
      issues.push(
        makeIssue("check_nationality_sum", {
          message: `The ${open.group} nationality rows under "${open.text}" in ${describeSource(src)} add up to ${sum.read}, but the caption row gives "${sum.stated}" for them; the ${open.group} nationality counts in this column may be short or wrong.`,
          ...issueLocation(src),
          raw: sum.stated,
        }),
      );
    }
  };
  // Once a pivot's caption has been read, the next row that is no nationality
  // and no group but carries figures ("(blank)", "Other looked after
  // children") captions rows of no requested group; set to that row's words.
  let pivotSeen = false;
  let strayCaption: string | null = null;
  // A caption whose rows already add up to its subtotals in every column has no rows left to come.
  const captionComplete = () => {
    if (pivotCaption === null) return true;
    let some = false;
    for (const sum of pivotCaption.sums.values()) {
      const stated = parse(sum.stated);
      if (stated.status !== "reported" || stated.value === null) continue;
      if (!sum.exact || stated.value !== sum.read) return false;
      if (stated.value > 0) some = true;
    }
    return some;
  };
  // The group a long table's last row named, for the blank group cells under it.
  let blockGroup: Group | null = null;
  const cell = (r: number, c: number) => (grid.sheet.rows[r - 1]?.[c - 1] ?? "").trim();
  // Where a table's period may be written: its count column's header
  // ("Nationality | 2018 | 2019"), then the line above the header row.
  const titleAbove =
    cols.title ??
    (grid.rows[cols.headerRow - 2] ?? [])
      .filter((c) => c.kind === "text")
      .map((c) => c.text.trim())
      .join(" ");
  // "Episodes | 4 | 12" straight above the header is the table above's last row, not this table's title.
  const titleHasFigure =
    cols.title === undefined && (grid.rows[cols.headerRow - 2] ?? []).some((c) => c.kind === "value");
  const cohort = countsLookedAfter(titleAbove, cols, env, titleHasFigure, cell(cols.headerRow, cols.nationality));
  if (cohort !== null) {
    for (let r = cols.headerRow + 1; r <= (cols.end ?? grid.sheet.rows.length); r++) {
      if ((grid.rows[r - 1] ?? []).length === 0) break;
      rows.push(r);
    }
    issues.push(
      makeIssue("label_outside_request", {
        message: `The nationality table in ${describeSource(headerSrc)} counts ${cohort.what} its words name ("${cohort.words}"), not the children who went missing, which the request asks about; the table was not counted.`,
        ...issueLocation(headerSrc),
        raw: cohort.words,
      }),
    );
    return { facts: [], nationalities, issues, decisions, rows };
  }
  const coded = codedNames(grid, cols, env);
  const readName = (text: string): CanonicalNationality =>
    (coded ? canonicaliseNationalityCode(text, env.knowledge.nationalities) : null) ??
    canonicaliseNationality(text, env.knowledge.nationalities);
  // The period the year column last named, for the blank cells under it (the table above's, where this one runs on).
  let rowPeriod = cols.carriedPeriod ?? "";
  const squeeze = (text: string) => text.toLowerCase().replace(/\s+/gu, " ");
  const headerName = squeeze(cell(cols.headerRow, cols.nationality));
  // "Year Nationality | Children" over "2019 Iranian | 1": a pdf table whose
  // year and name are parted by one space is read as one column, and its
  // header, led by a period's word, says each cell is the year, then the
  // name. A cell with no year is of the year above (written once per block).
  const yearInNameCell =
    cols.periodCol === undefined &&
    matchesAny(
      p.nationalityPeriodColumn,
      matchLabel(cell(cols.headerRow, cols.nationality), env.knowledge.labels).normalised.split(" ")[0] ?? "",
    );
  let nameCellYear = "";
  for (let r = cols.headerRow + 1; r <= (cols.end ?? grid.sheet.rows.length); r++) {
    const written = cell(r, cols.nationality);
    if ((grid.rows[r - 1] ?? []).length === 0) break;
    // "Nationality | UASC / separated" under a "Trafficked" list just read:
    // a second header row, not the one above repeated, starts a table of its
    // own, whose group its own header or caption names. Read on as rows of
    // this table, its header would count as a nationality and its list as
    // this table's group. The rows are left for the next table to take.
    const repeatsHeader =
      headerName !== "" &&
      squeeze(written) === headerName &&
      usable.every((c) => squeeze(cell(r, c.col)) === squeeze(cell(cols.headerRow, c.col)));
    if (r > cols.headerRow + 1 && !cols.headerless && !repeatsHeader && startsOwnTable(grid, r, env)) break;
    rows.push(r);
    if (cols.periodCol !== undefined && cell(r, cols.periodCol) !== "") rowPeriod = cell(r, cols.periodCol);
    if (written === "") continue;
    // "Nationality | 2021 | 2022" again where a table runs on over a page:
    // the header repeated, whose years are no child's count. (A header's
    // second row under a merged "Nationality", "Male | Female", is not.)
    if (repeatsHeader) {
      decisions.push({
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(sourceOf(grid, { row: r, col: cols.nationality })),
        message: `Row ${r} ("${written}") repeats the nationality table's header (${describeSource(headerSrc)}), as a table continued over a page does; it was read as a header, not as a nationality.`,
      });
      continue;
    }
    // "Q5 Trafficked went missing by nationality | 2021 | 2022 | …" straight
    // under the last row of the UASC list: a row that is no nationality and
    // whose every count cell names a period is a heading, never counts (its
    // years were read as children). When its words name one group and its
    // periods are the list's own, column for column, it starts that group's
    // list in the same columns. Otherwise (no group, other periods, or
    // columns that name their group themselves) the list ends above it, and
    // the row is left to the readers of a table's header.
    if (usable.length > 0 && !readName(written).known && usable.every((c) => YEAR.test(cell(r, c.col)))) {
      const heading = titleGroup(written, env);
      const samePeriods = usable.every((c) => squeeze(cell(r, c.col)) === squeeze(cell(cols.headerRow, c.col)));
      const ownGroups = cols.counts.some((h) => h.group !== null) || cols.groupCol !== null;
      if (heading && samePeriods && !ownGroups) {
        closeCaption();
        section = heading;
        decisions.push({
          file: grid.file,
          ...sheetLoc,
          cell: formatCell(sourceOf(grid, { row: r, col: cols.nationality })),
          message: `Row ${r} ("${written}") names ${heading} children and the periods of the nationality table's columns (${describeSource(headerSrc)}): read as the heading of the ${heading} list under it, not as a nationality.`,
        });
        continue;
      }
      rows.pop();
      decisions.push({
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(sourceOf(grid, { row: r, col: cols.nationality })),
        message: `Row ${r} ("${written}") heads its columns with periods again, ${heading ? "in other periods than the table's, or over columns that name their own group" : "and names no group of its own"}: the nationality table of ${describeSource(headerSrc)} was read as ending above it.`,
      });
      break;
    }
    if (matchesAny(p.totalRow, written.toLowerCase())) {
      closeCaption();
      for (const c of usable) if (!columnTotals.has(c.col)) columnTotals.set(c.col, cell(r, c.col));
      continue;
    }
    const gridRow = grid.rows[r - 1] ?? [];
    if (!gridRow.some((c) => c.kind === "value")) {
      const titled = gridRow.length === 1 && gridRow[0]?.label ? labelGroup(gridRow[0].label, env) : null;
      if (titled) {
        closeCaption();
        section = titled;
        continue;
      }
    }
    // "Trafficked - Vietnamese", "Afghan (UASC)": the row names its group beside the nationality.
    const named = groupBesideNationality(written, env);
    // "2018 – Eritrean | 9": a period written before the nationality is the row's period, not part of its name.
    const dated = named ? null : measureThenNationality(written, env);
    const led = yearInNameCell && !named && !dated ? LEADING_YEAR.exec(written) : null;
    if (led?.[1]) nameCellYear = led[1];
    const datedPeriod =
      dated && PERIOD_ONLY.test(dated[1]) ? dated[1] : yearInNameCell && nameCellYear !== "" ? nameCellYear : null;
    const natText = named?.nationality ?? (dated && datedPeriod === dated[1] ? dated[2] : (led?.[2] ?? written));
    // A headerless table's line above is one of its table's other rows, not a title, once its columns have titles.
    // A year column's cell is the row's own period, nearer than any header or title.
    const periodTextOf = (c: { header: string }) =>
      YEAR.test(rowPeriod)
        ? rowPeriod
        : datedPeriod !== null
          ? datedPeriod
          : cols.headerless && c.header.trim() !== ""
            ? c.header.trim()
            : [c.header.trim(), titleAbove].filter((t) => t !== "").join(" | ");
    const canon = readName(natText);
    const natSrc = sourceOf(grid, { row: r, col: cols.nationality });
    // "Trafficked children who went missing | 5 - nationality Vietnamese (2), Albanian (1)":
    // a row naming another group, with that group's list in its count cell.
    const listed = canon.known || named ? null : listInGroupRow(written, usable, (c) => cell(r, c), env);
    if (listed) {
      for (const { col, items } of listed.cells) {
        const src = sourceOf(grid, { row: r, col });
        for (const item of items) {
          const parsed = parse(item.count);
          if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
          const itemCanon = canonicaliseNationality(item.raw, env.knowledge.nationalities);
          nationalities.push({
            ...nationalityFact(listed.group, item.raw, itemCanon, parsed, item.count, src),
            periodText: titleAbove,
          });
        }
      }
      decisions.push({
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(natSrc),
        message: `Row ${r} ("${written}") names ${listed.group} children and lists their nationalities in its count cell; read as ${listed.group}'s list, not as a nationality of the table's group.`,
      });
      continue;
    }
    // "UASC | 1 | 2 | 1 | 4" over indented nationality rows: Excel's pivot
    // table with the group and then the nationality as its row fields puts
    // each group's subtotals on its caption row. A row whose name is no
    // nationality but one group, in a table whose columns and rows name no
    // group of their own, heads that group's rows; "UASC Total" closes them.
    // Its figures are the group's, checked against its rows once they are read.
    const captioned = canon.known || named || dated ? null : groupCaption(written, gridRow, cols, usable, env);
    if (captioned) {
      if (captioned.total) {
        // "UASC Total" closes its caption's rows; a total of another group is a total, not counted either way.
        // The rows after it are the next caption's, never the closed group's.
        if (pivotCaption?.group === captioned.group) {
          closeCaption();
          section = null;
        }
        continue;
      }
      closeCaption();
      pivotSeen = true;
      strayCaption = null;
      pivotCaption = { group: captioned.group, row: r, text: written, sums: new Map() };
      for (const c of usable) pivotCaption.sums.set(c.col, { stated: cell(r, c.col), read: 0, exact: true });
      section = captioned.group;
      decisions.push({
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(natSrc),
        message: `Row ${r} ("${written}") names a group, not a nationality, and carries figures: read as the caption of the ${captioned.group} rows under it (a pivot table's group subtotals), not as a nationality.`,
      });
      continue;
    }
    // "Yours sincerely," straight under a table's last row: a line with no
    // count in any count column counts no child, so it names no nationality.
    const counted = cols.perChild || usable.some((c) => cell(r, c.col) !== "");
    if (pivotSeen && !canon.known && !named && !dated && counted) {
      // "(blank) Total" in a pivot is a caption's subtotal, never a nationality.
      if (captionTotal(written) !== null) {
        decisions.push({
          file: grid.file,
          ...sheetLoc,
          cell: formatCell(natSrc),
          message: `Row ${r} ("${written}") is a pivot caption's subtotal; it was not read as a nationality.`,
        });
        continue;
      }
      // "(blank)" after "UASC Total", or after rows that already add up to
      // the UASC caption's subtotals: a caption of rows of no group the
      // request asks about, which closes the group above.
      if (pivotCaption === null || captionComplete()) {
        closeCaption();
        section = null;
        strayCaption = written;
        issues.push(
          makeIssue("layout_unknown", {
            message: `Row ${r} ("${written}") in ${describeSource(natSrc)} heads a pivot table's rows of no group the request asks about; the nationality rows under it were not counted for any group.`,
            ...issueLocation(natSrc),
            raw: written,
          }),
        );
        continue;
      }
    }
    if (pivotSeen && section === null && strayCaption !== null) {
      // A row under a caption of no requested group is no group's: flagged, never counted into one.
      issues.push(
        makeIssue("layout_unknown", {
          message: `The nationality row ${r} in ${describeSource(natSrc)} ("${natText}") stands under the pivot caption "${strayCaption}", which names no group the request asks about, so it was not counted.`,
          ...issueLocation(natSrc),
          raw: written,
        }),
      );
      continue;
    }
    if (!canon.known && counted) {
      // "TRAF | c | c": a suppression marker where the name should be withholds the nationality; it names none.
      const withheld = parse(natText).status === "suppressed";
      issues.push(
        makeIssue("nationality_unknown", {
          message: withheld
            ? `"${natText}" in ${describeSource(natSrc)} stands where a nationality should be: the council withholds the nationality, so its count is counted as Other/unknown.`
            : `"${natText}" in ${describeSource(natSrc)} is not a nationality foi-agg knows; it is counted as Other/unknown.`,
          ...issueLocation(natSrc),
          raw: natText,
        }),
      );
    }
    // "UASC | Afghan | 2" over " | Eritrean | 2": a group written once for its
    // block of rows (a merged cell, or a layout that leaves the repeats blank)
    // is the group of the blank cells under it; a cell with other words is not.
    const namedInRow = cols.groupCol === null ? null : groupInRow(grid, r, cols.groupCol, env);
    const blankGroup = cols.groupCol !== null && cell(r, cols.groupCol) === "";
    const rowGroup: Group | null =
      cols.groupCol === null ? (named?.group ?? null) : (namedInRow ?? (blankGroup ? blockGroup : null));
    if (cols.groupCol !== null) blockGroup = rowGroup;
    if (cols.groupCol !== null && rowGroup === null) {
      // In a long table the row says whose it is; a row that does not is never given the table's group.
      const at = sourceOf(grid, { row: r, col: cols.groupCol });
      issues.push(
        makeIssue("layout_unknown", {
          message: `The nationality row ${r} in ${describeSource(at)} ("${natText}") does not say whether it counts trafficked or unaccompanied children, so it was not used.`,
          ...issueLocation(at),
          raw: cell(r, cols.groupCol),
        }),
      );
      continue;
    }
    if (cols.perChild && rowGroup !== null) {
      const key = `${rowGroup}\u0000${canon.nationality}\u0000${natText.toLowerCase()}`;
      const seen = tally.get(key);
      if (seen) seen.n++;
      else tally.set(key, { group: rowGroup, natText, canon, src: natSrc, n: 1 });
      continue;
    }
    for (const c of usable) {
      // A column that names its group keeps it; otherwise a long table's row names it.
      const group =
        cols.groupCol === null
          ? (cols.counts.find((h) => h.col === c.col)?.group ?? rowGroup ?? section ?? c.group)
          : (cols.counts.find((h) => h.col === c.col)?.group ?? rowGroup);
      const raw = cell(r, c.col);
      if (raw === "") continue;
      if (group === null) {
        // "All looked after children who went missing" says "all" as a
        // total column does, but of another population, not of the groups.
        if (matchesAny(p.nationalityWiderCohort, matchLabel(c.header, env.knowledge.labels).normalised))
          wider.set(c.col, c.header.trim());
        else if (!/total|all/iu.test(c.header)) {
          unread.set(c.col, c.header);
          const parsed = parse(raw);
          // A cell that is no count (unparsed, "n/a") leaves the column's list short: it is not offered then.
          if (parsed.unparsed || parsed.invalid) spoiled.add(c.col);
          else if (parsed.status === "reported" || parsed.status === "suppressed") {
            const { group: _none, ...item } = nationalityFact(
              "uasc",
              natText,
              canon,
              parsed,
              raw,
              sourceOf(grid, { row: r, col: c.col }),
            );
            unreadItems.set(c.col, [...(unreadItems.get(c.col) ?? []), { ...item, periodText: periodTextOf(c) }]);
          }
        }
        continue;
      }
      const parsed = parse(raw);
      const src = sourceOf(grid, { row: r, col: c.col });
      if (parsed.unparsed || parsed.invalid) {
        issues.push(
          makeIssue("value_unparsed", {
            message: `"${raw}" in ${describeSource(src)} (${natText}, ${group}) is not a count; it was not used.`,
            ...issueLocation(src),
            raw,
          }),
        );
        continue;
      }
      if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
      const sum = pivotCaption?.group === group ? pivotCaption.sums.get(c.col) : undefined;
      if (sum) {
        if (parsed.status === "reported" && parsed.value !== null) sum.read += parsed.value;
        else sum.exact = false;
      }
      nationalities.push({ ...nationalityFact(group, natText, canon, parsed, raw, src), periodText: periodTextOf(c) });
    }
  }
  closeCaption();
  for (const c of dropped) {
    // A total of the year columns under no group of its own: the years together are no period the request asks
    // about, so the column is left out and said so (the year columns beside it are read).
    if (c.own !== null || c.group !== null || c.why !== YEARS_TOTAL) continue;
    const src = sourceOf(grid, { row: cols.headerRow, col: c.col });
    issues.push(
      makeIssue("label_outside_request", {
        message: `The nationality column "${c.header.trim()}" in ${describeSource(src)} is ${c.why}; the request does not ask for the years together, so it was not counted (the year columns were).`,
        ...issueLocation(src),
        raw: c.header.trim(),
        severity: "info",
      }),
    );
  }
  if (usable.length < kept.length) {
    const shown = cohortCols.map((c) => `"${c.header.trim()}"`).join(", ");
    issues.push(
      makeIssue("label_outside_request", {
        message: `The nationality table in ${describeSource(headerSrc)} gives a column of the children looked after (${shown}) beside the children who went missing; the request asks about those who went missing, so only their column was counted.`,
        ...issueLocation(headerSrc),
        raw: shown,
      }),
    );
  }
  if (metricCols.dropped.length > 0) {
    const shown = metricCols.dropped.map((c) => `"${c.header.trim()}"`).join(", ");
    issues.push(
      metricCols.kept
        ? makeIssue("label_outside_request", {
            message: `The nationality table in ${describeSource(headerSrc)} gives other counts (${shown}) beside the column of children who went missing; the request's breakdown is of those who went missing, so only that column was counted, never the columns added together.`,
            ...issueLocation(headerSrc),
            raw: shown,
          })
        : makeIssue("layout_unknown", {
            message: `The nationality table in ${describeSource(headerSrc)} gives several counts (${shown}) and none of them plainly counts the children who went missing; so those columns were not counted, rather than added together.`,
            ...issueLocation(headerSrc),
            raw: shown,
          }),
    );
  }
  for (const t of tally.values()) {
    const raw = `${t.n} row${t.n === 1 ? "" : "s"}`;
    const parsed: ParsedValue = { status: "reported", value: t.n, lower: t.n, upper: t.n };
    nationalities.push({ ...nationalityFact(t.group, t.natText, t.canon, parsed, raw, t.src), periodText: titleAbove });
  }
  for (const [col, header] of wider) {
    const src = sourceOf(grid, { row: cols.headerRow, col });
    issues.push(
      makeIssue("label_outside_request", {
        message: `The nationality column "${header}" in ${describeSource(src)} counts every looked-after child who went missing, not the trafficked or unaccompanied children the request asks about, so it was not counted.`,
        ...issueLocation(src),
        raw: header,
      }),
    );
  }
  const ungrouped: UngroupedList[] = [];
  for (const [col, header] of unread) {
    const src = sourceOf(grid, { row: cols.headerRow, col });
    const issue = makeIssue("layout_unknown", {
      message: `The nationality column ${header ? `"${header}"` : "of counts"} in ${describeSource(src)} does not say whether it counts trafficked or unaccompanied children, so it was not used.`,
      ...issueLocation(src),
      raw: header,
    });
    const items = unreadItems.get(col) ?? [];
    if (items.length === 0 || spoiled.has(col)) {
      issues.push(issue);
      continue;
    }
    // The column's total row, when one exact count, is the number of children the list says it covers.
    const total = parse(columnTotals.get(col) ?? "");
    ungrouped.push({
      items,
      statedTotal: total.status === "reported" ? total.value : null,
      ...(total.status === "reported" ? { totalFromSumRow: true as const } : {}),
      issue,
    });
  }
  decisions.push({
    file: grid.file,
    ...sheetLoc,
    cell: formatCell(headerSrc),
    message: `${cols.periodCol === undefined ? "" : `Each row's period from column ${formatCell(sourceOf(grid, { row: cols.headerRow, col: cols.periodCol }))}; `}${cols.perChild ? "One child per row, counted; " : ""}${cols.headerless ? `Rows ${cols.headerRow + 1}–${cols.end} read as a nationality table with no header${cols.groupCol === null ? " of its own, under its title, in the periods of the table's columns above" : ", each row naming its group and nationality"}` : `Row ${cols.headerRow} read as the header of a nationality table`} (${
      cols.groupCol !== null
        ? `each row's group from column ${formatCell(sourceOf(grid, { row: cols.headerRow, col: cols.groupCol }))}`
        : usable
            .filter((c) => c.group)
            .map(
              (c) =>
                `${formatCell(sourceOf(grid, { row: cols.headerRow, col: c.col }))} → ${c.group}${c.above ? ", the group heading its column in the table above" : ""}`,
            )
            .join(", ")
    }${fallback && cols.groupCol === null && cols.counts.some((c) => c.group === null) ? `; group from ${fallbackFrom}` : ""}${
      dropped.length === 0
        ? ""
        : `; ${dropped.map((c) => `column ${formatCell(sourceOf(grid, { row: cols.headerRow, col: c.col }))} ("${c.header.trim()}") not counted, ${c.why}`).join("; ")}`
    }${
      cols.end === undefined || cols.headerless
        ? ""
        : `; the header is a line of prose, "${headerText(grid, cols.headerRow)}", whose groups head the count columns in the order it names them`
    }).`,
  });
  return { facts: [], nationalities, issues, decisions, rows, ...(ungrouped.length > 0 ? { ungrouped } : {}) };
}

/**
 * "Cohort | Nationality | Looked after | Went missing | Missing episodes |
 * Not found": a table whose count columns each name a different measure of
 * the same group's children. Only the children who went missing are the
 * request's nationality breakdown, so a column whose words name that and
 * nothing else is kept and the other measures' columns dropped; when no
 * column plainly names it, every measure's column is dropped (for the
 * caller to flag), since adding a child's episodes to the child counts
 * them twice. Columns that name no measure ("2019", "Male", "Trafficked")
 * and a lone measure's column are left alone.
 */
function keepWentMissingColumn<C extends { group: Group | null; header: string }>(
  counts: readonly C[],
  env: LocateEnv,
): { dropped: C[]; kept: boolean } {
  const dropped: C[] = [];
  // Whether every table of measures kept a went-missing column (else the caller flags the layout as not understood).
  let kept = true;
  const byGroup = new Map<Group | null, { col: C; metrics: string[] }[]>();
  for (const c of counts) {
    const metrics = c.header.trim() === "" ? [] : [...matchLabel(c.header, env.knowledge.labels).metrics];
    if (metrics.length === 0) continue;
    byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), { col: c, metrics }]);
  }
  const plain = (m: readonly string[]) => m.length === 1 && m[0] === "went_missing";
  for (const named of byGroup.values()) {
    const kinds = new Set(named.map((n) => [...n.metrics].sort().join("+")));
    if (named.length < 2 || kinds.size < 2) continue;
    if (!named.some((n) => plain(n.metrics))) kept = false;
    for (const n of named) if (!plain(n.metrics)) dropped.push(n.col);
  }
  // "Nationality | UASC - Children | UASC - Episodes": an episodes column is no count of children, and
  // beside a column of the same group that names no measure (the children) it would count each child's
  // episodes as more children; it is dropped, the other column kept. A lone episodes column is left alone
  // (the table's own header is judged elsewhere).
  for (const [group, named] of byGroup) {
    for (const n of named) {
      if (n.metrics.length !== 1 || n.metrics[0] !== "missing_incidents" || dropped.includes(n.col)) continue;
      const besideIt = counts.some(
        (c) => c !== n.col && c.group === group && !named.some((m) => m.col === c) && c.header.trim() !== "",
      );
      if (besideIt) dropped.push(n.col);
    }
  }
  return { dropped, kept };
}

/** A column header that names a year ("2019", "Oct-Dec 2014"): one period's share of the children. */
const YEAR = /\b(?:19|20)\d{2}\b/u;

/** Most words in a one-cell header of a table read by its lines' words ("Group Nationality Children"). */
const HEADER_WORDS = 8;
/** … and in one led by a year column, whose count column's title may be written out. */
const YEAR_LED_HEADER_WORDS = 12;

/** A line that opens with a year ("2019", "2019/20") and then its other cells' words. */
const LEADING_YEAR = /^((?:19|20)\d{2}(?:[/–-]\d{2}(?:\d{2})?)?)\s+(\S.*)$/u;

/**
 * "Nationality | Male | Female | Total", "Nationality | 2014 | 2015 |
 * Total": a group's count split into parts (by sex, by year) beside the
 * parts' total. Both read would count each child twice, so one is kept:
 * the total, except where the request asks about several periods and
 * every part is a year's (those are the periods asked about, which the
 * total only adds up). A total column that names no group beside columns
 * naming two or more groups adds the groups up ("Trafficked | UASC |
 * Total"); it is no group's, whatever group the context would give it.
 * Parts with no total beside them are all kept: each child is in one
 * part, so the parts add up to the group's figure downstream. Where a
 * column names each row's group ("Group | Nationality | Male | Female |
 * Total"), the count columns name none, yet they split one row's count all
 * the same: they are weighed as one group's.
 */
function keepTotalsOverParts<C extends { col: number; group: Group | null; own: Group | null; header: string }>(
  counts: readonly C[],
  env: LocateEnv,
  groupPerRow = false,
): { kept: C[]; dropped: (C & { why: string })[] } {
  const p = tablePatterns(env.knowledge.labels);
  // "All looked after children who went missing" opens as a total does, but
  // counts a wider population than the groups beside it: no total of them.
  const isTotal = (c: C) => {
    const n = matchLabel(c.header, env.knowledge.labels).normalised;
    return matchesAny(p.totalRow, n) && !matchesAny(p.nationalityWiderCohort, n);
  };
  const partGroups = new Set(counts.filter((c) => !isTotal(c) && c.own !== null).map((c) => c.own));
  const dropped: (C & { why: string })[] = [];
  const spanning = (c: C) => isTotal(c) && c.own === null && partGroups.size >= 2;
  for (const c of counts) if (spanning(c)) dropped.push({ ...c, why: "a total over the groups in the other columns" });
  const severalPeriods = env.knowledge.request.periods.length > 1;
  for (const g of new Set(counts.map((c) => c.group))) {
    const ofGroup = counts.filter((c) => c.group === g && !spanning(c));
    const totals = ofGroup.filter(isTotal);
    const parts = ofGroup.filter((c) => !isTotal(c));
    if (totals.length === 0 || parts.length === 0) continue;
    if (g === null && !groupPerRow) {
      // "2018 | 2019 | 2020 | Grand Total" under no group: the rows may yet
      // name their group (a pivot's caption rows), and the total would then
      // count each child of the years beside it a second time.
      if (totals.every((c) => BARE_TOTAL.test(c.header)) && parts.every((c) => YEAR.test(c.header)))
        dropped.push(...totals.map((c) => ({ ...c, why: YEARS_TOTAL })));
      continue;
    }
    // With no group on the columns, a column is the row's total only when it
    // says nothing else ("Total", "Grand total") or the columns beside it are
    // sexes or ages: "Went missing | Total looked after" is a count beside
    // its cohort, and the cohort is no total of it.
    if (g === null && !totals.every((c) => BARE_TOTAL.test(c.header)) && !parts.every((c) => SEX_OR_AGE.test(c.header)))
      continue;
    if (severalPeriods && parts.every((c) => YEAR.test(c.header)))
      dropped.push(...totals.map((c) => ({ ...c, why: "the total of the year columns beside it" })));
    else dropped.push(...parts.map((c) => ({ ...c, why: `a part of the ${g ?? "row's group"} total beside it` })));
  }
  const gone = new Set(dropped.map((c) => c.col));
  return { kept: counts.filter((c) => !gone.has(c.col)), dropped };
}

/** Why a total column beside year columns is not counted. */
const YEARS_TOTAL = "the total of the year columns beside it";

/** A column header that says only that it is a total: "Total", "Grand total". */
const BARE_TOTAL = /^\s*(?:grand\s+)?total\s*$/iu;

/** A count column split by sex or age: "Male", "Girls", "Under 16", "16-17", "Aged 16 to 17". */
const SEX_OR_AGE =
  /^\s*(?:male|female|boys?|girls?|(?:aged?\s+)?(?:under|over)\s+\d{1,2}|(?:aged?\s+)?\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}|(?:aged?\s+)?\d{1,2}\s*\+)(?:\s+years?(?:\s+old)?)?\s*$/iu;

/**
 * "UASC Total", "Trafficked (NRM or suspected) Total": Excel's closing row of a pivot caption's items, and the
 * caption it closes; null for any other text. Not a pattern with a lazy name before "\s+total": that was
 * quadratic on a long run of spaces (a review timed 2.1 s on one cell).
 */
function captionTotal(written: string): string | null {
  const text = written.trimEnd();
  if (!/\stotal$/iu.test(text)) return null;
  const name = text.slice(0, -"total".length).trimEnd();
  return name === "" || /[\n\r\u2028\u2029]/u.test(name) ? null : name;
}

/**
 * The group a pivot's caption row heads ("UASC | 1 | 2 | 1", "Trafficked/MS -
 * went missing | 3 | 1"), or its "… Total" row closing them: a row that names
 * one group and no nationality, with a figure in a count column, in a table
 * whose columns name no group and whose rows have no group column (where the
 * group would be each row's own). Null for any other row.
 */
function groupCaption(
  written: string,
  row: readonly LogicalCell[],
  cols: NationalityColumns,
  usable: readonly { col: number; own: Group | null }[],
  env: LocateEnv,
): { group: Group; total: boolean } | null {
  if (cols.groupCol !== null || cols.perChild || usable.length === 0 || usable.some((c) => c.own !== null)) return null;
  if (!row.some((c) => c.kind === "value" && usable.some((u) => u.col === c.col))) return null;
  const closing = captionTotal(written);
  const name = closing ?? written;
  const group = labelGroup(matchLabel(name, env.knowledge.labels), env);
  return group === null ? null : { group, total: closing !== null };
}

/**
 * A nationality cell that also names its row's group: "Trafficked -
 * Vietnamese", "UASC: Afghan", "Afghan (UASC)". Both halves must be
 * understood, one as a group and the other as a known nationality.
 */
function groupBesideNationality(text: string, env: LocateEnv): { group: Group; nationality: string } | null {
  const m = /^\s*([^()\-–—:]{2,60}?)\s*(?:[-–—:]\s*([^()]{2,60}?)|\(([^()]{2,60})\))\s*$/u.exec(text);
  if (!m?.[1]) return null;
  const other = m[2] ?? m[3];
  if (!other) return null;
  for (const [groupText, nationality] of [
    [m[1], other],
    [other, m[1]],
  ] as const) {
    const label = matchLabel(groupText, env.knowledge.labels);
    const group = labelGroup(label, env);
    if (group && canonicaliseNationality(nationality, env.knowledge.nationalities).known) return { group, nationality };
  }
  return null;
}

/** The group a long table's row names in its group column; null when the cell names none. */
function groupInRow(grid: SheetGrid, r: number, col: number, env: LocateEnv): Group | null {
  const cell = (grid.rows[r - 1] ?? []).find((c) => c.col === col);
  return cell?.kind === "text" && cell.label ? labelGroup(cell.label, env) : null;
}

/** A count of one nationality's missing children, as read from a table or a sentence. */
export function nationalityFact(
  group: Group,
  raw: string,
  canon: { nationality: string; iso: string },
  parsed: ParsedValue,
  rawValue: string,
  source: Source,
): NationalityFact {
  const { value, lower, upper, status } = parsed;
  return { group, raw, nationality: canon.nationality, iso: canon.iso, value, lower, upper, status, rawValue, source };
}

/** "(UASC only)", "UASC only": a cell that limits what follows to one group. */
const ONLY_WORD = /\bonly\b/iu;

/**
 * The one group a cell on the line straight above a nationality table's
 * header limits it to ("See table below (UASC only)"), with the cell's text;
 * null when no cell there says "only" of exactly one group.
 */
function onlyGroupAbove(grid: SheetGrid, headerRow: number, env: LocateEnv): { group: Group; text: string } | null {
  const found = (grid.rows[headerRow - 2] ?? []).flatMap((c) => {
    if (c.kind !== "text" || !ONLY_WORD.test(c.text) || !c.label) return [];
    const group = labelGroup(c.label, env);
    return group ? [{ group, text: c.text.trim() }] : [];
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * "5. Nationality and gender of children who went missing (2b)" straight above
 * a nationality table's header: the title names no group in words, but the
 * question it refers to by number asks about one group only, so the table is
 * that group's. A title naming a group in words, or a question of both groups
 * (or none the request asks), gives nothing.
 */
/** A bracketed question number with its part letter closing a line: "(2b)", "(Q2b)". */
const TRAILING_QUESTION = /\((?:q\.?\s*)?(\d{1,2}[a-z])\)\s*$/iu;

function questionGroupAbove(grid: SheetGrid, headerRow: number, env: LocateEnv): { group: Group; text: string } | null {
  const cells = (grid.rows[headerRow - 2] ?? []).filter((c) => c.kind === "text" && c.label);
  const [title, ...more] = cells;
  if (!title?.label || more.length > 0 || labelGroup(title.label, env) !== null) return null;
  // "… who went missing (2b)": a bracketed question number closing a title that opens with its own
  // ("5.") points at that question; the label reader takes it as the title's own number only when
  // nothing opens the title.
  const ref = title.label.questionRef ?? TRAILING_QUESTION.exec(title.text)?.[1] ?? null;
  if (ref === null || ref.toLowerCase() === title.label.questionNumber?.toLowerCase()) return null;
  const { questions, measures } = env.knowledge.request;
  const question = questions.find((q) => q.number.toLowerCase() === ref.toLowerCase());
  const groups = new Set(
    (question?.measures ?? []).flatMap((id) => {
      const g = nationalityGroupOf(measures.find((m) => m.id === id)?.group ?? null, env);
      return g === null ? [] : [g];
    }),
  );
  const [group, ...others] = groups;
  return group !== undefined && others.length === 0 ? { group, text: title.text.trim() } : null;
}

/** The nationality group a cell's or heading's words name, if they name one. */
function labelGroup(label: LabelMatch, env: LocateEnv): Group | null {
  return nationalityGroupOf(groupOfLabel(label, env.knowledge.labels), env);
}

/** The group a lone cell of words names as a caption (a group and no nationality, no metric), or null. */
function captionOfGroup(cell: LogicalCell, env: LocateEnv): Group | null {
  if (cell.kind !== "text" || !cell.label || cell.label.metrics.length > 0) return null;
  if (canonicaliseNationality(cell.text, env.knowledge.nationalities).known) return null;
  return labelGroup(cell.label, env);
}

/** The nationality group a group's figures count under: its family among the request's nationalityGroups. */
export function nationalityGroupOf(g: Group | null, env: LocateEnv): Group | null {
  return family(g, env.knowledge.labels, env.knowledge.request.nationalityGroups);
}

/**
 * The family a group belongs to, among `families`: its whole when it is a
 * part of one (identified and suspected are trafficked, from the request's
 * parts relations), if that is one of the families; else none. For
 * nationality breakdowns the families are the request's nationalityGroups;
 * the episode-list readers pass their own two (see FAMILIES there).
 */
export function family<F extends Group>(
  g: Group | null,
  vocab: Pick<LabelVocabulary, "partOf">,
  families: readonly F[],
): F | null {
  if (g === null) return null;
  const whole = wholeGroupOf(g, vocab);
  return families.find((f) => f === whole) ?? null;
}

/**
 * "Trafficked / suspected Nationality trafficked UASC" over "Vietnamese | 5 |
 * 9": a PDF's table header whose cells wrap onto two lines, or touch, can be
 * left behind as one line of prose, so no header cell stands over the
 * counts. Such a line is read as the table's header when it speaks of
 * nationality, the rows under it start with nationalities foi-agg knows
 * (two of the first three) and each has the same number N ≥ 2 of counts,
 * and the line names exactly N groups: the groups, in the order the line
 * first names them, head the count columns left to right. The PDF reader
 * keeps a line's cells in x order (a wrapped cell's lower words joined to
 * it), so the order of first mention is the order of the columns. Any
 * other number of groups, or rows of ragged width, and the line is no
 * header here: the table is then left to the other readers, or reported.
 */
export function findNationalityHeaderLine(grid: SheetGrid, r: number, env: LocateEnv): NationalityColumns | null {
  const line = grid.rows[r - 1] ?? [];
  const only = line[0];
  if (line.length !== 1 || only?.kind !== "text") return null;
  const p = tablePatterns(env.knowledge.labels);
  // The header's "Nationality" may stand anywhere in the line, where a wrapped cell's words put it.
  const normalised = matchLabel(only.text, env.knowledge.labels).normalised.split(" ");
  // The word itself: the last place the words from there on still name nationality.
  const at = normalised.findLastIndex((_, k) => matchesAny(p.nationalityHeader, normalised.slice(k).join(" ")));
  if (at < 0) return null;
  const first = grid.rows[r] ?? [];
  const lead = first[0];
  if (lead?.kind !== "text") return null;
  const countCols = first.filter((c) => c.kind === "value").map((c) => c.col);
  if (countCols.length < 2 || countCols.some((c) => c <= lead.col)) return null;
  let known = 0;
  let end = r + 1;
  const genders = genderTotalColumns(only.text, countCols.length);
  // The table runs while its rows are a name and counts; a line of prose after it ends it.
  for (let i = r; i < grid.rows.length; i++) {
    const row = grid.rows[i] ?? [];
    const name = row[0];
    const values = row.filter((c) => c.kind === "value").map((c) => c.col);
    if (name?.kind !== "text" || name.col !== lead.col || values.length === 0) break;
    // Under "Male Female Total" the closing "Total | | | 14" fills the total column alone: it ends the table.
    if (genders && TOTAL_ROW.test(name.text)) break;
    if (values.join() !== countCols.join()) return null;
    if (i < r + 3 && canonicaliseNationality(name.text, env.knowledge.nationalities).known) known++;
    end = i + 1;
  }
  if (known < 2) return null;
  // "Nationality Male Female Total": the columns split each nationality's
  // children by gender and add them up, so the total column is the count,
  // and the group is the one the words leading into the table name (or
  // none, left to the readers after: a list whose group is not told is
  // reported, not counted).
  const totalCol = countCols.at(-1);
  if (genders && totalCol !== undefined) {
    const leadIn = leadInAbove(grid, r, env);
    return {
      headerRow: r,
      nationality: lead.col,
      group: leadIn?.group ?? null,
      groupFrom: leadIn ? `the words leading into the table ("${leadIn.text}")` : "",
      counts: [{ col: totalCol, group: leadIn?.group ?? null, header: "Total" }],
      groupCol: null,
      end,
    };
  }
  // A wrapped cell's upper line ("Trafficked / suspected") comes before
  // "Nationality" in the text, out of column order, so only the words after
  // it, the header's bottom line, order the columns; a group named only
  // above leaves the line unused, and the table unread with its warning.
  const order = groupsInOrder(normalised.slice(at + 1), env);
  const named = groupsInOrder(normalised, env);
  if (order.length !== countCols.length || named.length !== order.length) return null;
  return {
    headerRow: r,
    nationality: lead.col,
    group: null,
    groupFrom: "",
    counts: countCols.map((col, i) => ({ col, group: order[i] ?? null, header: "" })),
    groupCol: null,
    end,
  };
}

/**
 * Whether a header line's words after "Nationality" are only genders and a
 * closing total, one word a count column: "Nationality Male Female Total".
 */
function genderTotalColumns(text: string, columns: number): boolean {
  const tail = /\bnationalit(?:y|ies)\b(.*)$/iu.exec(text)?.[1] ?? "";
  const words = tail.trim().split(/\s+/u);
  return (
    words.length === columns &&
    /^total$/iu.test(words.at(-1) ?? "") &&
    words.slice(0, -1).every((w) => /^(?:male|female|boys?|girls?)$/iu.test(w))
  );
}

/** The row that adds a table's rows up: "Total", "Grand total". */
const TOTAL_ROW = /^\s*(?:grand\s+)?total\b/iu;

/**
 * The titles of a table's count columns: the nearest row above whose cells
 * in every one of those columns are words or periods and not figures,
 * reached over rows that hold figures in all of them (the table's other
 * rows). A blank row, or a row that is neither, ends the search: the
 * titles must be the table's own.
 */
function countTitlesAbove(grid: SheetGrid, r: number, cols: readonly number[]): string[] | null {
  for (let i = r - 1; i >= 1; i--) {
    const row = grid.rows[i - 1] ?? [];
    const at = cols.map((c) => row.find((x) => x.col === c));
    if (at.every((c) => c?.kind === "value")) continue;
    if (at.every((c) => c !== undefined && c.kind === "text")) return at.map((c) => c?.text.trim() ?? "");
    return null;
  }
  return null;
}

function headerText(grid: SheetGrid, r: number): string {
  return (grid.rows[r - 1] ?? []).map((c) => c.text.trim()).join(" ");
}

/**
 * The nationality groups a line names, in the order it first names each:
 * the words are read as ever longer beginnings of the line, and a group
 * joins the order when a beginning first names it ("Trafficked /
 * suspected" → trafficked; "… trafficked UASC" → uasc).
 */
function groupsInOrder(words: readonly string[], env: LocateEnv): Group[] {
  const order: Group[] = [];
  for (let k = 1; k <= words.length; k++) {
    const label = matchLabel(words.slice(0, k).join(" "), env.knowledge.labels);
    for (const g of label.groups) {
      const f = nationalityGroupOf(g, env);
      if (f && !order.includes(f)) order.push(f);
    }
  }
  return order;
}

/**
 * "Trafficked | Albanian | 1" over "UASC | Afghan | 2" and " | Eritrean |
 * 2", under a question rather than a header row: a table whose every row
 * names its group (or leaves it blank under the row that named it), then a
 * nationality foi-agg knows, then its counts in the same columns. The
 * first row must name a group and at least two rows must fit; the rows
 * end where one does not. Each row's own words say whose it is, so no
 * header is needed.
 */
export function findHeaderlessGroupTable(grid: SheetGrid, r: number, env: LocateEnv): NationalityColumns | null {
  const above = grid.rows[r - 2] ?? [];
  const row = grid.rows[r - 1] ?? [];
  const [groupCell, natCell, ...rest] = row;
  // The row's shape (a text, a known nationality, then counts only) is
  // tested before its group: the group is a label match, and most rows of
  // most sheets fail on shape. Every test here only refuses, so their order
  // changes nothing but the time.
  const countCols = rest.map((c) => c.col);
  if (countCols.length === 0 || rest.some((c) => c.kind !== "value")) return null;
  if (groupCell?.kind !== "text" || !groupCell.label) return null;
  if (natCell?.kind !== "text" || !canonicaliseNationality(natCell.text, env.knowledge.nationalities).known)
    return null;
  // "Q4 | 4c | 0 | 1" over "Q5 UASC missing - nationality | Afghan | 2 | 2":
  // the rows may follow a table's others under the same column titles, so
  // the columns' titles are looked for up the sheet.
  const underTitles = countTitlesAbove(grid, r, countCols) !== null;
  if (above.filter((c) => c.kind === "text").length > 1 && !underTitles) return null;
  if (labelGroup(groupCell.label, env) === null) return null;
  const p = tablePatterns(env.knowledge.labels);
  // A row under it fits when its group cell names a group or is blank, its
  // nationality is known, and its counts stand in the same columns.
  const fits = (i: number): boolean => {
    const below = grid.rows[i - 1] ?? [];
    const g = below.find((c) => c.col === groupCell.col);
    const n = below.find((c) => c.col === natCell.col);
    const values = below.filter((c) => c.col > natCell.col);
    if (below.some((c) => c.col !== groupCell.col && c.col !== natCell.col && !countCols.includes(c.col))) return false;
    if (values.length !== countCols.length || values.some((c) => c.kind !== "value")) return false;
    if (n?.kind !== "text" || !canonicaliseNationality(n.text, env.knowledge.nationalities).known) return false;
    return g === undefined || (g.kind === "text" && g.label !== null && labelGroup(g.label, env) !== null);
  };
  // "Trafficked | All nationalities | | | 8" between one group's rows and the
  // next's: a group's total row, its figures in the count columns only (the
  // total column alone, often). It adds up the rows above, so it is passed
  // over (the reader never counts a total row) and the next group's rows
  // read on; only ever between two rows that fit, never as the table's end.
  const totals = (i: number): boolean => {
    const below = grid.rows[i - 1] ?? [];
    const g = below.find((c) => c.col === groupCell.col);
    const n = below.find((c) => c.col === natCell.col);
    const values = below.filter((c) => c.col > natCell.col);
    if (n?.kind !== "text" || !matchesAny(p.totalRow, n.text.trim().toLowerCase())) return false;
    if (values.length === 0 || values.some((c) => c.kind !== "value" || !countCols.includes(c.col))) return false;
    return g === undefined || (g.kind === "text" && g.label !== null && labelGroup(g.label, env) !== null);
  };
  let end = r;
  for (;;) {
    if (end < grid.rows.length && fits(end + 1)) end++;
    else if (end + 1 < grid.rows.length && totals(end + 1) && fits(end + 2)) end += 2;
    else break;
  }
  if (end === r) return null;
  const groupCol = groupCell.col;
  const natCol = natCell.col;
  // Columns titled "2021 | 2022 | …" at the table's head say each count's period.
  const titles = countTitlesAbove(grid, r, countCols);
  // "UASC | Iranian | 3 | 0 | 3" under a header the reader could not part
  // into columns ("Group Nationality Male Female Total"): a last column that
  // is the sum of the others on every row is their total, the count.
  // "Group Nationality Male Female Total" as one line straight above: its
  // words title the columns one each, so the last is the total even where
  // its cells are "less than 5" (which the sum test cannot weigh).
  const aboveLine = above.length === 1 && above[0]?.kind === "text" ? above[0].text : "";
  const titledTotal = genderTotalColumns(aboveLine, countCols.length) ? (countCols.at(-1) ?? null) : null;
  const totalCol = titles === null ? (titledTotal ?? totalColumnOf(grid, r, end, countCols)) : null;
  const used = totalCol === null ? countCols : [totalCol];
  return {
    headerRow: r - 1,
    nationality: natCol,
    group: null,
    groupFrom: "",
    counts: used.map((col) => ({ col, group: null, header: titles?.[countCols.indexOf(col)] ?? "" })),
    groupCol,
    end,
    headerless: true,
  };
}

/**
 * "2021 | 2022 | 2023 | 2024 YTD" over a table's rows of figures, then a row
 * of its own, "Nationality of children who went missing – trafficked", over
 * "British | 5 | 8 | 7 | 4" and "Vietnamese | 1 | 2 | 2 | 1": a group's
 * nationality rows inside a table of figures, under a title that names the
 * group, in the table's own period columns. Row r is the title: one cell,
 * no figure, speaking of nationality and naming exactly one group
 * (titleGroup). The rows under it each give a nationality foi-agg knows
 * and then figures only, in the same columns; they end where a row does
 * not. The count columns' titles are the table's header above, reached over
 * rows with a figure in every one of those columns and over other such
 * titles (the other group's rows before); each title must name a period,
 * so a column's period is never guessed. Otherwise null, and the rows are
 * left to the other readers, which report them.
 */
export function findTitledNationalityRows(grid: SheetGrid, r: number, env: LocateEnv): NationalityColumns | null {
  const title = grid.rows[r - 1] ?? [];
  const [titleCell] = title;
  if (title.length !== 1 || titleCell?.kind !== "text") return null;
  const group = titleGroup(titleCell.text.trim(), env);
  if (!group) return null;
  const first = grid.rows[r] ?? [];
  const [natCell, ...rest] = first;
  if (natCell?.kind !== "text" || rest.length === 0) return null;
  const countCols = rest.map((c) => c.col);
  const fits = (i: number): boolean => {
    const [n, ...counts] = grid.rows[i - 1] ?? [];
    return (
      n?.kind === "text" &&
      n.col === natCell.col &&
      canonicaliseNationality(n.text, env.knowledge.nationalities).known &&
      counts.length > 0 &&
      counts.every((c) => c.kind === "value" && countCols.includes(c.col))
    );
  };
  if (!fits(r + 1)) return null;
  let end = r + 1;
  while (end < grid.rows.length && fits(end + 1)) end++;
  const titles = periodTitlesAbove(grid, r, countCols, env);
  if (!titles) return null;
  return {
    headerRow: r,
    nationality: natCell.col,
    group,
    groupFrom: `the title "${titleCell.text.trim()}" over its rows`,
    counts: countCols.map((col, i) => ({ col, group: null, header: titles[i] ?? "" })),
    groupCol: null,
    end,
    headerless: true,
  };
}

/**
 * The period titles of count columns over a group's titled nationality rows
 * (findTitledNationalityRows): the nearest row above whose cells in every
 * one of those columns name a period, reached over rows with a figure in
 * each of them and over one-cell nationality titles. Null when a blank row,
 * or any other row, comes first, or a title names no period.
 */
function periodTitlesAbove(grid: SheetGrid, r: number, cols: readonly number[], env: LocateEnv): string[] | null {
  for (let i = r - 1; i >= 1; i--) {
    const row = grid.rows[i - 1] ?? [];
    const at = cols.map((c) => row.find((x) => x.col === c));
    if (at.every((c) => c?.kind === "value")) continue;
    if (row.length === 1 && row[0]?.kind === "text" && titleGroup(row[0].text.trim(), env)) continue;
    const titles = at.map((c) => c?.text.trim() ?? "");
    return titles.every((t) => YEAR.test(t)) ? titles : null;
  }
  return null;
}

/**
 * " | Albanian | Vietnamese | Eritrean | Total" over "Trafficked | 2 | 1 | 0
 * | 3" and "UASC | 1 | 0 | 3 | 6": a nationality table turned on its side,
 * a column per nationality and a row per group. Row r is its header when
 * two or more of its cells are nationalities foi-agg knows and every other
 * cell right of the first is a total; the rows under it each name one
 * group in their first cell (a total row is passed over) and end at the
 * first that does not. A column of totals adds the nationalities up and is
 * no nationality, so it is left out. Any other header cell ("Other",
 * "Not recorded") and the table is left to the other readers, which report
 * what they cannot read.
 */
export function readNationalitiesAcross(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult | null {
  const p = tablePatterns(env.knowledge.labels);
  const header = grid.sheet.rows[r - 1] ?? [];
  const filled = header.map((t, i) => ({ col: i + 1, text: t.trim() })).filter((c) => c.text !== "");
  const first = filled[0];
  if (!first) return null;
  const known = (text: string) => canonicaliseNationality(text, env.knowledge.nationalities);
  // The first filled cell heads the groups' column (or is blank), unless it is itself a nationality.
  const heads = known(first.text).known ? filled : filled.slice(1);
  const natCols: { col: number; text: string; canon: { nationality: string; iso: string } }[] = [];
  for (const c of heads) {
    const canon = known(c.text);
    if (canon.known) natCols.push({ col: c.col, text: c.text, canon });
    else if (!matchesAny(p.totalRow, c.text.toLowerCase())) return null;
  }
  if (natCols.length < 2) return null;
  // "1b Suspected … | Not recorded | Not recorded | Not recorded": a row of
  // answers that name no nationality ("Not recorded", "Unknown") under year
  // columns is a question's "not held", not a header; a header across names
  // at least one nationality.
  if (natCols.every((c) => c.canon.nationality === OTHER_NATIONALITY)) return null;
  const groupCol = Math.min(...natCols.map((c) => c.col)) - 1;
  const cell = (row: number, col: number) => (grid.sheet.rows[row - 1]?.[col - 1] ?? "").trim();
  if (groupCol < 1) return readCountsRowUnderTitle(grid, r, natCols, env, parse);
  const rows = [r];
  const nationalities: NationalityFact[] = [];
  const issues: Issue[] = [];
  const groupsRead: string[] = [];
  for (let b = r + 1; b <= grid.sheet.rows.length; b++) {
    const name = cell(b, groupCol);
    if (name === "") break;
    if (matchesAny(p.totalRow, name.toLowerCase())) {
      rows.push(b);
      continue;
    }
    const group = labelGroup(matchLabel(name, env.knowledge.labels), env);
    if (!group) break;
    rows.push(b);
    groupsRead.push(`row ${b} → ${group}`);
    for (const c of natCols) {
      const raw = cell(b, c.col);
      if (raw === "") continue;
      const parsed = parse(raw);
      const src = sourceOf(grid, { row: b, col: c.col });
      if (parsed.unparsed || parsed.invalid) {
        issues.push(
          makeIssue("value_unparsed", {
            message: `"${raw}" in ${describeSource(src)} (${c.text}, ${group}) is not a count; it was not used.`,
            ...issueLocation(src),
            raw,
          }),
        );
        continue;
      }
      if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
      nationalities.push(nationalityFact(group, c.text, c.canon, parsed, raw, src));
    }
  }
  if (groupsRead.length === 0) return null;
  const headerSrc = sourceOf(grid, { row: r, col: groupCol });
  const decisions: Decision[] = [
    {
      file: grid.file,
      ...(NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {}),
      cell: formatCell(headerSrc),
      message: `Row ${r} read as the header of a nationality table with a column per nationality (${natCols.map((c) => c.text).join(", ")}) and a row per group (${groupsRead.join(", ")}); its total column and row are not counted.`,
    },
  ];
  return { facts: [], nationalities, issues, decisions, rows };
}

/**
 * A nationality table's row whose name is a group, not a nationality
 * ("Trafficked children who went missing"), and whose count cells hold
 * lists ("5 - nationality Vietnamese (2), Albanian (1)"): that group's
 * breakdown written into the table of the other's. The name must name one
 * group only, and each filled count cell must be a list whose words before
 * its items say nothing but nationality ("5 - nationality"); otherwise null,
 * and the row is reported as before.
 */
function listInGroupRow(
  name: string,
  counts: readonly { col: number }[],
  cellText: (col: number) => string,
  env: LocateEnv,
): { group: Group; cells: { col: number; items: ReturnType<typeof listIn>["items"] }[] } | null {
  const label = matchLabel(name, env.knowledge.labels);
  if (label.bothGroups || label.groups.length !== 1) return null;
  const group = labelGroup(label, env);
  if (!group) return null;
  const cells: { col: number; items: ReturnType<typeof listIn>["items"] }[] = [];
  for (const { col } of counts) {
    const text = cellText(col);
    if (text === "") continue;
    const { intro, items } = listIn(text, env);
    const introWords = intro.replace(/nationalit(?:y|ies)/giu, "");
    if (items.length === 0 || /\p{L}/u.test(introWords)) return null;
    cells.push({ col, items });
  }
  return cells.length > 0 ? { group, cells } : null;
}

/**
 * "Trafficked | UASC" over "12 | 112", "  of which identified | 6 | ", "nk":
 * the group named by the nearest cell above row r in column col that names
 * one, within the same table. Unlike columnHeaderAbove, the walk passes
 * over the blank cells of sub-rows and over answer markers ("nk", "DNS"),
 * as a table of the groups' counts has them; it stops at a row blank right
 * across (the table's edge) or at longer words that are no such heading.
 * The heading's row must name two or more groups (the groups' header row),
 * and at least one figure must lie between, so it heads a column of counts.
 */
function groupOverColumn(grid: SheetGrid, r: number, col: number, env: LocateEnv): Group | null {
  let figures = 0;
  for (let i = r - 1; i >= 1; i--) {
    const raw = grid.sheet.rows[i - 1] ?? [];
    if (raw.every((t) => t.trim() === "")) return null;
    const text = (raw[col - 1] ?? "").trim();
    // A blank cell on a sub-row with figures beside it is inside the table; on a row of words ("Notes") it ends the column.
    if (text === "") {
      if ((grid.rows[i - 1] ?? []).some((c) => c.kind === "value")) continue;
      return null;
    }
    // The heading must be on a header row of the groups' columns: one group
    // named alone may be an answer's own words ("Not held (see Q1)" names Q1's group).
    const named = new Set(
      raw.map((t) => (t.trim() === "" ? null : labelGroup(matchLabel(t, env.knowledge.labels), env))),
    );
    named.delete(null);
    const group = labelGroup(matchLabel(text, env.knowledge.labels), env);
    if (group && named.size >= 2) return figures > 0 ? group : null;
    // A marker of a few letters ("nk", "DNS", "n/a") is an answer in the column, not a heading over it.
    if (/\d/u.test(text)) figures++;
    else if (text.length > MARKER_LENGTH) return null;
  }
  return null;
}

/** The longest answer marker passed over ("nk", "DNS", "n/a", "N/K"); longer words head something. */
const MARKER_LENGTH = 4;

/**
 * "Question 9 – nationality of the UASC who went missing:" over
 * "Afghanistan | Albania | … | Total" over "17 | 11 | … | 58": a row of
 * nationalities with no column for the groups, and one row of counts
 * under it. The line above the names is the table's title: it must speak
 * of nationality and name one group (titleGroup), and the row under the
 * names must give a figure under every nationality. Otherwise null, and the
 * row is left to the other readers.
 */
function readCountsRowUnderTitle(
  grid: SheetGrid,
  r: number,
  natCols: readonly { col: number; text: string; canon: { nationality: string; iso: string } }[],
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult | null {
  const above = (grid.sheet.rows[r - 2] ?? []).filter((t) => t.trim() !== "");
  const [title] = above;
  if (above.length !== 1 || title === undefined) return null;
  const group = titleGroup(title.trim(), env);
  if (!group) return null;
  const counts = grid.rows[r] ?? [];
  const figures = natCols.map((c) => ({ c, cell: counts.find((x) => x.col === c.col && x.kind === "value") }));
  if (figures.some((f) => f.cell === undefined)) return null;
  const nationalities: NationalityFact[] = [];
  for (const { c, cell } of figures) {
    if (!cell) continue;
    const parsed = parse(cell.text);
    if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
    const src = sourceOf(grid, { row: r + 1, col: c.col });
    nationalities.push({
      ...nationalityFact(group, c.text, c.canon, parsed, cell.text.trim(), src),
      periodText: title.trim(),
    });
  }
  const headerSrc = sourceOf(grid, { row: r, col: natCols[0]?.col ?? 1 });
  return {
    facts: [],
    nationalities,
    issues: [],
    decisions: [
      {
        file: grid.file,
        ...(NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {}),
        cell: formatCell(headerSrc),
        message: `Row ${r} read as a row of nationalities (${natCols.map((c) => c.text).join(", ")}) over their counts on row ${r + 1}, of ${group} from the title above ("${title.trim()}"); its total is not counted.`,
      },
    ],
    rows: [r, r + 1],
  };
}

/**
 * "9 | Nationality of those who went missing | Vietnamese 1 | Eritrean 1"
 * as a row of a table whose columns are the groups ("Ref | Item | Trafficked
 * | UASC"): each cell lists the nationalities of its column's group. Read
 * only when the row's label speaks of nationality, every cell after it is a
 * list and nothing else ("Vietnamese 1", "Afghan 2, Iranian 1"), and each
 * such cell heads nothing but sits under a column whose header names a
 * group over the figures above; a cell under a column naming none ("Total")
 * leaves the row to the other readers.
 */
export function readListsUnderGroupColumns(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult | null {
  const row = grid.sheet.rows[r - 1] ?? [];
  const labelCol = row.findIndex((t) => /nationalit|cenedl/iu.test(t)) + 1;
  if (labelCol === 0) return null;
  const lists = row.flatMap((t, i) => (i + 1 > labelCol && t.trim() !== "" ? [{ col: i + 1, text: t.trim() }] : []));
  if (lists.length === 0) return null;
  const read: { col: number; group: Group; items: ReturnType<typeof listIn>["items"]; all?: string }[] = [];
  for (const { col, text } of lists) {
    const header = columnHeaderAbove(grid, r, col);
    const group = (header?.label ? labelGroup(header.label, env) : null) ?? groupOverColumn(grid, r, col, env);
    if (!group) return null;
    // "Albanian" alone under "Trafficked", answering "Nationality of those who
    // went missing": the group's children who went missing were all of that
    // nationality, counted as the group's went-missing figure (assemble/countAllOfGroup).
    const alone = text.replace(/[.;]+$/u, "").trim();
    if (canonicaliseNationality(alone, env.knowledge.nationalities).known) {
      read.push({ col, group, items: [], all: alone });
      continue;
    }
    const { intro, items } = listIn(text, env);
    if (items.length === 0 || /\p{L}/u.test(intro)) return null;
    read.push({ col, group, items });
  }
  if (new Set(read.map((x) => x.group)).size !== read.length) return null;
  const nationalities: NationalityFact[] = [];
  for (const { col, group, items, all } of read) {
    const source = sourceOf(grid, { row: r, col });
    if (all !== undefined) {
      const canon = canonicaliseNationality(all, env.knowledge.nationalities);
      const none: ParsedValue = { status: "reported", value: null, lower: null, upper: null };
      nationalities.push({ ...nationalityFact(group, all, canon, none, "", source), allOfGroup: true });
      continue;
    }
    for (const item of items) {
      const parsed = parse(item.count);
      if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
      const canon = canonicaliseNationality(item.raw, env.knowledge.nationalities);
      nationalities.push(nationalityFact(group, item.raw, canon, parsed, item.count, source));
    }
  }
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  return {
    facts: [],
    nationalities,
    issues: [],
    decisions: [
      {
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(sourceOf(grid, { row: r, col: labelCol })),
        message: `Row ${r} read as nationality lists, each cell under its column's group (${read.map((x) => `${formatCell(sourceOf(grid, { row: r, col: x.col }))} → ${x.group}`).join(", ")}).`,
      },
    ],
    rows: [r],
  };
}

/**
 * "NAT_UASC | Afghanistan | 4", "Nationality | UASC | Eritrean | 2": an
 * export's row whose nationality has a cell of its own (the whole cell a
 * nationality or country foi-agg knows) and whose other words say it is a
 * nationality row (a cell with the word nationality, or a code's "NAT"
 * piece). Returned in measureThenNationality's shape: [whole, words, nationality].
 */
function nationalityInOwnCell(row: readonly LogicalCell[], env: LocateEnv): [string, string, string] | null {
  const texts = row.filter((c) => c.kind === "text");
  const named = texts.filter((c) => canonicaliseNationality(c.text.trim(), env.knowledge.nationalities).known);
  const marker = texts.find((c) => c.label && NATIONALITY_WORDS.test(c.label.normalised));
  const [only] = named;
  if (named.length !== 1 || !only || !marker || marker === only) return null;
  return [`${marker.text.trim()} - ${only.text.trim()}`, marker.text, only.text.trim()];
}

/** A label's normalised words that say its row is about nationality: "nat uasc", "nationality", "country of origin". */
const NATIONALITY_WORDS = /\b(?:nat|nats|nationality|nationalities|country of origin|citizenship)\b/u;

/** The separators a measure's words and its nationality are written apart by: a colon, or a dash set apart by spaces. */
const MEASURE_SEPARATORS = [":", " – ", " - ", " — "] as const;

/**
 * "Nationality of missing - Sudanese", "Missing or absent - nationality:
 * Albanian", "5 – UASC, went missing – Kurdish (Iraqi)": a measure's words,
 * its last separator, then one nationality foi-agg knows. The words before
 * must say the row is about nationality or about the children who went
 * missing, and not only about those looked after: "Looked after – Afghan"
 * breaks down another cohort, which the request does not ask about.
 * Returned as [whole, words, nationality]; split with lastIndexOf, so no
 * pattern scans back over a long cell.
 */
function measureThenNationality(text: string, env: LocateEnv): [string, string, string] | null {
  const whole = text.trim();
  let cut = -1;
  let width = 0;
  for (const sep of MEASURE_SEPARATORS) {
    const at = whole.lastIndexOf(sep);
    if (at > cut) {
      cut = at;
      width = sep.length;
    }
  }
  if (cut <= 0) return null;
  const words = whole.slice(0, cut).trim();
  let end = whole.length;
  while (end > cut + width && TRAILING_MARK.test(whole.charAt(end - 1))) end -= 1;
  const name = whole.slice(cut + width, end).trim();
  if (words === "" || name === "" || /\d/u.test(name)) return null;
  const canon = canonicaliseNationality(name, env.knowledge.nationalities);
  if (!canon.known || canon.nationality === OTHER_NATIONALITY || canon.nearest !== undefined) return null;
  if (saysLookedAfterOnly(words, env)) return null;
  // "2018 – Eritrean": a period's words alone; the group and the count's meaning then come from the title over the rows.
  const says =
    PERIOD_ONLY.test(words) ||
    /nationalit/iu.test(words) ||
    NATIONALITY_WORDS.test(matchLabel(words, env.knowledge.labels).normalised) ||
    saysWentMissing(words, env);
  return says ? [whole, words, name] : null;
}

/** Words that are a year and nothing else ("2018", "2019/20", "2014-15"). */
const PERIOD_ONLY = /^(?:19|20)\d{2}(?:[/–-]\d{2}(?:\d{2})?)?$/u;

/**
 * "Question 5 – nationality of unaccompanied children who went missing"
 * over "2018 – Eritrean | 9", "2019 – Kuwaiti | | 9": rows that give a
 * period and a nationality only take their group from the title over
 * their run. The title is the one line of words straight above the run
 * (rows of the same "period – nationality" shape); it must speak of
 * nationality and name exactly one group, and not the children looked
 * after only. Null otherwise, and such rows stay unread.
 */
function titleOverPeriodRows(grid: SheetGrid, r: number, env: LocateEnv): { group: Group; text: string } | null {
  for (let i = r - 1; i >= 1; i--) {
    const filled = (grid.sheet.rows[i - 1] ?? []).filter((t) => t.trim() !== "");
    const [first] = filled;
    if (first === undefined) return null;
    const m = measureThenNationality(first, env);
    if (m && PERIOD_ONLY.test(m[1])) continue;
    if (filled.length !== 1 || (grid.rows[i - 1] ?? []).some((c) => c.kind === "value")) return null;
    const text = first.trim();
    const group = titleGroup(text, env);
    return group ? { group, text } : null;
  }
  return null;
}

/** A label's closing colon or stop, trimmed by hand. */
const TRAILING_MARK = /[\s:;.,]/u;

/**
 * "DCC-FOI-15-1042 | Nationality of missing - Sudanese | UASC | 1": a
 * system export's measure row for one nationality's count. Read only when
 * the measure names nationality and then a nationality foi-agg knows, the
 * row has exactly one figure, and the row (the measure's own words or
 * another cell such as a GRP column) names exactly one group.
 */
export function readNationalityMeasureRow(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult | null {
  const row = grid.rows[r - 1] ?? [];
  // "673 | Vale of Glamorgan | UASC | NATIONALITY_MISSING - ALBANIAN | … | 2":
  // a number under a column headed as an identifier ("LA_CODE", ignoreLabels)
  // is no figure, so the row still has one.
  // "2018 – Eritrean | 9": a period then a nationality reads as a figure with words after it; it is the row's label.
  const periodLabel = (c: LogicalCell) => {
    const m = c.kind === "value" ? measureThenNationality(c.text, env) : null;
    return m !== null && PERIOD_ONLY.test(m[1]);
  };
  const values = row.filter((c) => {
    if (c.kind !== "value" || periodLabel(c)) return false;
    const header = columnHeaderAbove(grid, r, c.col);
    return !(header?.kind === "text" && matchLabel(header.text, env.knowledge.labels).ignore);
  });
  if (values.length !== 1 || !values[0]) return null;
  const measure = row.find(
    (c) => (c.kind === "text" && measureThenNationality(c.text, env) !== null) || periodLabel(c),
  );
  const m = measure ? measureThenNationality(measure.text, env) : (nationalityInOwnCell(row, env) ?? null);
  if (!m?.[1] || !m[2]) return null;
  const measureText = measure?.text ?? m[0];
  const canon = canonicaliseNationality(m[2], env.knowledge.nationalities);
  if (!canon.known) return null;
  const own = labelGroup(matchLabel(m[1], env.knowledge.labels), env);
  // The cells that named the nationality say nothing of the group; any other text may.
  const others = row.filter((c) => c !== measure && c.kind === "text" && c.label && c.text !== m[2]);
  const groups = new Set(
    [own, ...others.map((c) => (c.label ? labelGroup(c.label, env) : null))].filter((g) => g !== null),
  );
  // "2018 – Eritrean | 9": the title over the run names the group.
  const titled = groups.size === 0 && PERIOD_ONLY.test(m[1].trim()) ? titleOverPeriodRows(grid, r, env) : null;
  if (titled) groups.add(titled.group);
  const [group] = groups;
  if (groups.size !== 1 || !group) return null;
  const value = values[0];
  const parsed = parse(value.text);
  if (parsed.status !== "reported" && parsed.status !== "suppressed") return null;
  const source = sourceOf(grid, { row: r, col: value.col });
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  // "5 – UASC, went missing – Syrian | 1 January 2021 to 31 December 2021 | 4":
  // the row's other words and its figure's column header may name the period.
  const header = columnHeaderAbove(grid, r, value.col);
  const periodText = [
    m[1],
    ...others.map((c) => c.text.trim()),
    header?.kind === "text" && header.row !== r ? header.text.trim() : "",
  ]
    .filter((t) => t !== "")
    .join(" | ");
  return {
    facts: [],
    nationalities: [{ ...nationalityFact(group, m[2], canon, parsed, value.text.trim(), source), periodText }],
    issues: [],
    decisions: [
      {
        file: grid.file,
        ...sheetLoc,
        cell: formatCell(source),
        message: `Row ${r} read as one nationality's count: its measure "${measureText.trim()}" names the nationality (${canon.nationality}) and ${titled ? `the title over its rows ("${titled.text}")` : "the row"} names the group (${group}).`,
      },
    ],
    rows: [r],
  };
}

/** A "nationality count" pair of a side-by-side list: where its name starts, and the cell of its count. */
interface ListPair {
  name: string;
  count: string;
  at: number;
  col: number;
}

/**
 * A line's words with where each starts: its cell, then its place in the
 * cell. Cells cut by a reader inside a list ("6 Albanian") keep their
 * words' places, so a name's start is the same on every line when the
 * lists are aligned, as a letter sets them.
 */
function wordsAt(row: readonly string[]): { word: string; at: number; col: number }[] {
  return row.flatMap((text, i) =>
    [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], at: (i + 1) * 10_000 + (m.index ?? 0), col: i + 1 })),
  );
}

const PAIR_COUNT = /^(?:\d{1,4}|<\d{1,3}|\*)$/u;

/** A line made only of "name count" pairs ("Afghan 6 Albanian 3"), or null. */
function pairsOf(row: readonly string[]): ListPair[] | null {
  const pairs: ListPair[] = [];
  let name: { word: string; at: number }[] = [];
  for (const w of wordsAt(row)) {
    if (PAIR_COUNT.test(w.word)) {
      const first = name[0];
      if (!first) return null;
      pairs.push({ name: name.map((x) => x.word).join(" "), count: w.word, at: first.at, col: w.col });
      name = [];
    } else if (/^\p{L}[\p{L}'()-]*$/u.test(w.word)) name.push(w);
    else return null;
  }
  return name.length === 0 && pairs.length > 0 ? pairs : null;
}

/**
 * "UASC | Trafficked" over "Afghan | 6 Albanian | 3" … "Syrian | 2": lists
 * of "nationality count" set side by side in a letter, under a line that
 * names one group per list, left to right. The PDF and text readers cut
 * such lines into cells that need not fall between the lists, so the line
 * is read as words: a line of k pairs, one for each group, gives its
 * pairs to the groups in order. The longer list runs on alone; a line of
 * fewer pairs is placed by where its names start, which must be where the
 * names of exactly one list start on the full lines. A name that starts
 * elsewhere cannot be placed, and the whole table is reported, not read.
 * The first line under the header must be full, its names nationalities
 * foi-agg knows; the lists end at the first line that is not pairs.
 */
export function readListsSideBySide(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult | null {
  const header = (grid.sheet.rows[r - 1] ?? []).flatMap((t) => t.split(/\s{2,}/u)).filter((t) => t.trim() !== "");
  if (header.length < 2) return null;
  // Cheap first: the two lines under a header must be pairs ("Afghan 6
  // Albanian 3"), and most rows of most files are not followed by two such
  // lines; reading every row's cells as group names cost more.
  if (!pairsOf(grid.sheet.rows[r] ?? []) || !pairsOf(grid.sheet.rows[r + 1] ?? [])) return null;
  const groups = header.map((t) => labelGroup(matchLabel(t.trim(), env.knowledge.labels), env));
  if (groups.some((g) => g === null) || new Set(groups).size !== groups.length) return null;
  const lines: { row: number; pairs: ListPair[] }[] = [];
  for (let b = r + 1; b <= grid.sheet.rows.length; b++) {
    const pairs = pairsOf(grid.sheet.rows[b - 1] ?? []);
    if (!pairs || pairs.length > groups.length) break;
    lines.push({ row: b, pairs });
  }
  const first = lines[0];
  if (!first || lines.length < 2 || first.pairs.length !== groups.length) return null;
  const known = (name: string) => canonicaliseNationality(name, env.knowledge.nationalities);
  if (first.pairs.some((p) => !known(p.name).known)) return null;
  // Where each list's names start, from the lines that hold all of them.
  const starts = groups.map(
    (_, k) => new Set(lines.filter((l) => l.pairs.length === groups.length).map((l) => l.pairs[k]?.at)),
  );
  const rows = [r, ...lines.map((l) => l.row)];
  const placed: { group: Group; pair: ListPair; row: number }[] = [];
  for (const { row, pairs } of lines) {
    let from = 0;
    for (const [i, pair] of pairs.entries()) {
      const k =
        pairs.length === groups.length
          ? i
          : (() => {
              const lists = starts.flatMap((s, j) => (s.has(pair.at) ? [j] : []));
              return lists.length === 1 ? (lists[0] ?? -1) : -1;
            })();
      const group = groups[k];
      if (k < from || !group) {
        const src = sourceOf(grid, { row, col: pair.col });
        return {
          facts: [],
          nationalities: [],
          issues: [
            makeIssue("layout_unknown", {
              message: `The nationality lists side by side under ${header.join(" and ")} in ${describeSource(sourceOf(grid, { row: r, col: 1 }))}: "${pair.name} ${pair.count}" on ${describeSource(src)} does not line up under one list, so none of the lists was counted.`,
              ...issueLocation(src),
              raw: (grid.sheet.rows[row - 1] ?? []).join(" ").trim(),
            }),
          ],
          decisions: [],
          rows,
        };
      }
      from = k + 1;
      placed.push({ group, pair, row });
    }
  }
  const nationalities = placed.flatMap(({ group, pair, row }) => {
    const parsed = parse(pair.count);
    if (parsed.status !== "reported" && parsed.status !== "suppressed") return [];
    const src = sourceOf(grid, { row, col: pair.col });
    return [nationalityFact(group, pair.name, known(pair.name), parsed, pair.count, src)];
  });
  return {
    facts: [],
    nationalities,
    issues: [],
    decisions: [
      {
        file: grid.file,
        ...(NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {}),
        cell: formatCell(sourceOf(grid, { row: r, col: 1 })),
        message: `Row ${r} read as the heads of nationality lists side by side (${groups.join(", ")}, left to right) on rows ${r + 1}–${r + lines.length}; a line of fewer pairs is placed by where its names start.`,
      },
    ],
    rows,
  };
}

/**
 * "Group Nationality Children" over "Trafficked / modern slavery British |
 * 2", "Trafficked / modern slavery Vietnamese 1", "UASC | Afghan | 5": a
 * PDF's table of group, nationality and count whose cells the reader cut
 * in different places on different lines (the cells touch, so a line may
 * come out as one run of words). Read by its words, not its cells: each
 * line joined is a group's words, a nationality foi-agg knows and a count
 * at the end. The header must be a line of its own that speaks of
 * nationality and names no group; at least two lines must read so, and
 * the rows end at the first line that does not end in a count. A line
 * that ends in a count but whose words cannot be parted into exactly one
 * group and one known nationality (several readings, or none) is reported
 * and not counted, never guessed; a total line is passed over. The line
 * above the header (a year, "1 January – 30 April 2024") says the period.
 */
export function readJoinedGroupRows(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult | null {
  const header = grid.rows[r - 1] ?? [];
  const only = header[0];
  if (header.length !== 1 || only?.kind !== "text") return null;
  const p = tablePatterns(env.knowledge.labels);
  const words = matchLabel(only.text, env.knowledge.labels);
  const normalised = words.normalised.split(" ");
  if (!normalised.some((_, k) => matchesAny(p.nationalityHeader, normalised.slice(k).join(" ")))) return null;
  // Column titles are a few words ("Group Nationality Children"); a title
  // ("Nationality of children who went missing:") heads lists, not this. A
  // header led by a period's column word ("Year Group Nationality Number of
  // children who went missing") is a row of column titles, as no title opens
  // with a bare "Year", so its count column's title may be written out.
  const yearLed = matchesAny(p.nationalityPeriodColumn, normalised[0] ?? "");
  const mostWords = yearLed ? YEAR_LED_HEADER_WORDS : HEADER_WORDS;
  if (labelGroup(words, env) !== null || /:\s*$/u.test(only.text) || normalised.length > mostWords) return null;
  // The cells as written (a prose line's logical cells repeat its figures).
  const joined = (i: number) =>
    (grid.sheet.rows[i - 1] ?? [])
      .map((t) => t.trim())
      .filter((t) => t !== "")
      .join(" ");
  // "Year Group Nationality Children" over "2019 Trafficked British 2": a
  // header led by a period's word gives each line its own year, first on the
  // line (or, left out, the year of the line above, as a merged cell does).
  let year = "";
  // "Nationality of unaccompanied children who went missing (by year):" over
  // "Year Nationality Number of children" over "2018 Afghan 4": lines with no
  // group's words take the one group the title over the header names (both
  // groups, or none, and such lines end the rows as before). Only where no
  // line names its own group: a table whose lines name groups has a group
  // column, and a line without one there is not read as the title's.
  const titled = yearLed ? leadInAbove(grid, r, env) : null;
  type Row =
    | { row: number; group: Group; natText: string; raw: string; year: string; fromTitle?: boolean }
    | { row: number; unread: string };
  const rows: Row[] = [];
  for (let i = r + 1; i <= grid.rows.length; i++) {
    let text = joined(i);
    const led = yearLed ? LEADING_YEAR.exec(text) : null;
    if (led?.[1] && led[2]) {
      year = led[1];
      text = led[2];
    }
    // One group, one nationality, one count: a line with a list's commas or a second figure is no such row.
    const m = /^([^\d,;]+?)\s+(\d+)$/u.exec(text);
    if (!m?.[1] || !m[2]) break;
    if (matchesAny(p.totalRow, text.toLowerCase())) {
      rows.push({ row: i, unread: "" });
      continue;
    }
    const parts = m[1].split(/\s+/u);
    const readings: { group: Group; natText: string; nationality: string }[] = [];
    for (let k = 1; k < parts.length; k++) {
      const natText = parts.slice(k).join(" ");
      const canon = canonicaliseNationality(natText, env.knowledge.nationalities);
      if (!canon.known) continue;
      const group = labelGroup(matchLabel(parts.slice(0, k).join(" "), env.knowledge.labels), env);
      if (group) readings.push({ group, natText, nationality: canon.nationality });
    }
    if (readings.length === 0 && titled) {
      const canon = canonicaliseNationality(m[1], env.knowledge.nationalities);
      if (canon.known) {
        rows.push({ row: i, group: titled.group, natText: m[1], raw: m[2], year, fromTitle: true });
        continue;
      }
    }
    const one = new Set(readings.map((x) => `${x.group} ${x.nationality}`)).size === 1 ? readings.at(-1) : undefined;
    // A line whose words begin with no group ("1 January – 30 April 2024", the next table's period) ends the rows.
    const startsWithGroup = parts.some(
      (_, k) => k > 0 && labelGroup(matchLabel(parts.slice(0, k).join(" "), env.knowledge.labels), env) !== null,
    );
    if (!one && !startsWithGroup) break;
    rows.push(one ? { row: i, group: one.group, natText: one.natText, raw: m[2], year } : { row: i, unread: text });
  }
  // Lines of both kinds: the title's group is no line's that lacks one, so those lines are reported, not counted.
  if (rows.some((x) => "group" in x && x.fromTitle) && rows.some((x) => "group" in x && !x.fromTitle)) {
    for (const [k, x] of rows.entries()) {
      if ("group" in x && x.fromTitle)
        rows[k] = { row: x.row, unread: `${x.year ? `${x.year} ` : ""}${x.natText} ${x.raw}` };
    }
  }
  const read = rows.filter((x): x is Extract<Row, { group: Group }> => "group" in x);
  if (read.length < 2) return null;
  // "Group Nationality Episodes", "… Looked after": the lines read as a
  // table of children would, but the header says the figures count something
  // else; a table in cells with such a count column is set aside the same way.
  const metrics = words.metrics;
  if (
    metrics.includes("missing_incidents") ||
    (metrics.includes("looked_after") && !metrics.includes("went_missing"))
  ) {
    const src = sourceOf(grid, { row: r, col: only.col });
    return {
      facts: [],
      nationalities: [],
      issues: [
        makeIssue("label_outside_request", {
          message: `The nationality table in ${describeSource(src)} ("${only.text.trim()}") counts ${metrics.includes("missing_incidents") ? "episodes of going missing" : "the children looked after"}, not the children who went missing, which the request's breakdown is of; the table was not counted.`,
          ...issueLocation(src),
          raw: only.text.trim(),
        }),
      ],
      decisions: [],
      rows: [r, ...rows.map((x) => x.row)],
    };
  }
  const periodText = joined(r - 1);
  const nationalities: NationalityFact[] = [];
  const issues: Issue[] = [];
  for (const x of rows) {
    const src = sourceOf(grid, { row: x.row, col: grid.rows[x.row - 1]?.[0]?.col ?? 1 });
    if ("unread" in x) {
      if (x.unread === "") continue;
      issues.push(
        makeIssue("layout_unknown", {
          message: `The line "${x.unread}" in ${describeSource(src)}, in the nationality table under "${only.text.trim()}", could not be parted into one group and one nationality foi-agg knows, so it was not counted.`,
          ...issueLocation(src),
          raw: x.unread,
        }),
      );
      continue;
    }
    const canon = canonicaliseNationality(x.natText, env.knowledge.nationalities);
    const parsed = parse(x.raw);
    if (parsed.status !== "reported") continue;
    nationalities.push({
      ...nationalityFact(x.group, x.natText, canon, parsed, x.raw, src),
      periodText: x.year === "" ? periodText : x.year,
    });
  }
  const headerSrc = sourceOf(grid, { row: r, col: only.col });
  const decisions: Decision[] = [
    {
      file: grid.file,
      ...(NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {}),
      cell: formatCell(headerSrc),
      message: `Row ${r} ("${only.text.trim()}") read as the header of a nationality table whose lines are read by their words (${yearLed ? "year, " : ""}group, nationality, count), ${read.some((x) => x.fromTitle) && titled ? `the group ${titled.group} taken from the words over it ("${titled.text}"), ` : ""}rows ${r + 1}–${rows.at(-1)?.row}${periodText ? `, for the period "${periodText}" above it` : ""}.`,
    },
  ];
  return { facts: [], nationalities, issues, decisions, rows: [r, ...rows.map((x) => x.row)] };
}
