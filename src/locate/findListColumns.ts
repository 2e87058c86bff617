import { COMBINED_GROUP, type Group, type PeriodDef, partsOf } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { LogicalCell } from "../match/figureCandidate.js";
import { matchLabel } from "../match/matchLabel.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { wholeGroupOf } from "../match/resolveMeasure.js";
import { periodsIn } from "../parse/parsePeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { matchesAny, type TablePatterns, tablePatterns } from "./compiledTables.js";
import { parseEpisodeDate } from "./episodeDates.js";
import type { LocateEnv, SheetGrid } from "./sheetGrid.js";

/** A group a list of children sorts its rows into: one of the vocabulary's listGroups. */
export type Family = Group;

/** A column saying, row by row, whether the child is in one group (see EpisodeColumns.groupFlags). */
export interface GroupFlag {
  col: number;
  family: Family;
  /** Its cells name the group or its parts instead of saying yes or no; a blank is "no". */
  named?: true;
  /**
   * Its cells are dates the child came into the group ("NRM referral date"): a date is "yes" from that
   * day (in a period only when on or before its end), a blank is "no".
   */
  since?: true;
}

/**
 * The columns of a list exported from a case-management system: one row per
 * missing episode, or one row per child with a count of episodes. Each role
 * is a 1-based column, or null when the list has none.
 */
export interface EpisodeColumns {
  headerRow: number;
  child: number;
  /** The episode's own reference ("EPISODE_ID"): each row is then one episode. */
  episodeId: number | null;
  /** A column naming each row's group in words or codes ("Cohort": "UASC", "TRAF", "12A"). */
  category: number | null;
  /**
   * Columns named for one group each: yes/no ("UASC_FLAG", "Trafficking
   * concern"), or, beside a category column naming another group, cells
   * naming the group's own kinds ("Trafficking flag": "Identified",
   * "Suspected", blank), which are `named`.
   */
  groupFlags: GroupFlag[];
  missingDate: number | null;
  returnedDate: number | null;
  /** A yes/no column instead of return dates: "Still missing? (Y/N)" or "Returned?". */
  flag: { col: number; yesMeans: "missing" | "returned" } | null;
  /** A column whose cells say "STILL MISSING" / "RETURNED". */
  status: number | null;
  /** On a row-per-child list, the number of the child's episodes. */
  episodeCount: number | null;
  /** On a row-per-child list, a yes/no "went missing in the period". */
  wentMissing: number | null;
  nationality: number | null;
  /** One row per episode, or one row per child; `unitWhy` says how that was told. */
  unit: "episode" | "child";
  unitWhy: string;
  /** A list of children giving only each one's group and nationality: read for nationalities, never counted as figures. */
  nationalityOnly?: boolean;
  /**
   * The category column's codes as a key above the list spells them out
   * ("TRAF_CAT C = confirmed/identified trafficked, S = suspected"): code
   * (upper case) → its words, and the groups the column's header names.
   */
  categoryKey?: { codes: Map<string, string>; headerFamilies: Family[] };
  /**
   * Columns of dates the list reader gave no role ("MISS_ST", "OCC_DATE"):
   * when the list has no date of going missing, one of them may be it, and
   * the rows were then counted without being checked against the period.
   */
  unreadDates?: number[];
  /**
   * A column giving each row's year or period ("Calendar year": "2019"), on
   * an extract of one row per child per year: it says which of several
   * requested periods the row is counted for.
   */
  period?: number;
  /**
   * On a row-per-child list, one count of episodes per requested period
   * ("Missing episodes 2021", "Missing episodes 2024 (to 30 Apr)"), each
   * header naming one period: each child is counted once per period, with
   * that period's count. Set only beside `care`, which says in which
   * periods the child was looked after at all.
   */
  periodCounts?: { col: number; period: string }[];
  /** The dates a child became and ceased to be looked after (blank ceased date: still looked after). */
  care?: { start: number; end: number };
  /**
   * Instead of care dates, one yes/no column per requested period saying
   * whether the child was looked after in it ("LAC 2021", "CLA 01/01/24-30/04/24").
   * Set only beside `periodCounts`.
   */
  careFlags?: { col: number; period: string }[];
  /**
   * The same dates on a list with no per-period counts (one count over the
   * request's period, or none): a cohort extract "open at any point" in a
   * wider window lists children looked after only before or after the
   * period, who are no child looked after in it.
   */
  careSpan?: { start: number; end: number };
  /**
   * On a row-per-child list, the date each child's still-open episode began
   * ("Open missing episode - date reported (not found)"): a date says the
   * child had not been found when the list was run, in the period the date
   * falls in; a blank says no episode was open.
   */
  openDate?: number;
  /**
   * A second column naming the parts of a group ("Trafficking status": "NRM -
   * positive reasonable grounds", "Suspected - no NRM referral") beside a
   * category column that names only the whole group ("Trafficked"): its words
   * tell the parts apart when the category's own words do not.
   */
  parts?: number;
}

/** A header for the date a child came into care ("Date became looked after", "CLA start date"). */
export const CARE_START =
  /\b(?:became|becoming|started|start|began|entered|into)\b.*\b(?:looked after|care|lac|cla)\b|\b(?:looked after|care|lac|cla) (?:start|from)\b/u;
/** A header naming the state of being looked after ("LAC 2021", "Looked after in 2022", "CLA"). */
export const LOOKED_AFTER_IN_PERIOD = /\b(?:looked after|lac|cla|in care)\b/u;

/** A header for the date a child left care ("Date ceased looked after", "Care end date"). */
export const CARE_END =
  /\b(?:ceased|ceasing|ended|end|left|leaving|stopped)\b.*\b(?:looked after|care|lac|cla)\b|\b(?:looked after|care|lac|cla) (?:end|ceased|to)\b/u;

/**
 * Several columns of episode counts, each naming one requested period in its
 * header and no two the same ("Missing episodes 2021" … "Missing episodes
 * 2024 (to 30 Apr)"): one count per child per period. Null when there are
 * fewer than two, or any names no period or several: a count over a span
 * that is no requested period is no period's figure.
 */
function periodCountColumns(
  row: readonly LogicalCell[],
  countColumns: readonly number[],
  periods: readonly PeriodDef[],
): { col: number; period: string }[] | null {
  if (countColumns.length < 2) return null;
  const out: { col: number; period: string }[] = [];
  for (const col of countColumns) {
    const text = row.find((c) => c.col === col)?.text ?? "";
    const named = periodsNamed(text, periods);
    const id = named.length === 1 ? named[0]?.id : undefined;
    // A request of one year, on a list with a second count for the months after it ("Missing
    // episodes 01/01/2018-29/05/2018"): that column counts a span the request does not ask
    // about, so it is left out. Only dates wholly outside the requested period say so; a
    // span overlapping it ("2016/17") leaves the list unsplit, as before.
    if (id === undefined && periods.length === 1 && outsideEvery(text, periods)) continue;
    if (id === undefined || out.some((o) => o.period === id)) return null;
    out.push({ col, period: id });
  }
  return out.length > 0 ? out : null;
}

/** A header whose dates name a span, each one ending before or starting after every requested period. */
function outsideEvery(text: string, periods: readonly PeriodDef[]): boolean {
  const spans = periodsIn(text);
  return (
    spans.length > 0 &&
    spans.every((s) => periods.every((p) => s.end.slice(0, 10) < p.start || s.start.slice(0, 10) > p.end))
  );
}

/** A year or a pair of years, as a period column writes them ("2019", "2019/20", "2019-2020"). */
const PERIOD_CELL = /^(?:cy\s*)?(?:19|20)\d{2}(?:\s*[-/\u2013]\s*(?:19|20)?\d{2})?$/iu;

/**
 * The filled cells of a column below its header, up to the first blank row,
 * or up to a "Total" row when its patterns are given: a list's total row
 * ("Total UASC | | 9 | 4 children") is the council's sum, not a row whose
 * cells tell what the column holds.
 */
export function columnCells(grid: SheetGrid, headerRow: number, col: number, totalRow?: RegExp[]): string[] {
  const out: string[] = [];
  for (let r = headerRow + 1; r <= grid.sheet.rows.length; r++) {
    const cells = grid.rows[r - 1] ?? [];
    if (cells.length === 0) break;
    if (totalRow && cells[0]?.kind === "text" && matchesAny(totalRow, normaliseLabel(cells[0].text))) break;
    const cell = (grid.sheet.rows[r - 1]?.[col - 1] ?? "").trim();
    if (cell !== "") out.push(cell);
  }
  return out;
}

/**
 * "Cohort | Measure | … | CountType | Value" with "Distinct child ID" in the
 * CountType cell of every row: a long table of counts, where "Distinct child
 * ID" says what each figure counts. A row of it looks like a list's header
 * (a child-reference word), but the cells under that "header" are the same
 * words again, never a child's reference: no list of children is headed so.
 */
function repeatsOwnHeader(grid: SheetGrid, r: number, col: number): boolean {
  const own = (grid.sheet.rows[r - 1]?.[col - 1] ?? "").trim().toLowerCase();
  const below = columnCells(grid, r, col);
  return below.length > 0 && below.every((c) => c.toLowerCase() === own);
}

/** A value computed the first time it is asked for. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** True when the answer is a yes or a no ("Y", "No", "1", "FALSE", "x"). */
export function readYesNo(text: string, p: TablePatterns): boolean | null {
  const n = normaliseLabel(text);
  const yes = matchesAny(p.yes, n);
  const no = matchesAny(p.no, n);
  return yes === no ? null : yes;
}

/** A category cell that names a group to say a row is not in it (normalised text). */
const NEGATED = /^(?:non|not)\b|\b(?:n|no|not)$/u;

/**
 * The groups a category cell names. A cell may list several codes
 * ("UASC; 12A"), so each piece is read as well as the whole cell; the group
 * phrasings (matchLabel) and the list codes in the knowledge both count.
 */
export function familiesOf(text: string, env: LocateEnv): Family[] {
  return familiesNamed(text, env, false);
}

/** Whether a cell names a list group at all, negated or not: what makes a column the group column. */
function namesFamily(text: string, env: LocateEnv): boolean {
  return familiesNamed(text, env, true).length > 0;
}

function familiesNamed(text: string, env: LocateEnv, withNegated: boolean): Family[] {
  const vocab = env.knowledge.labels;
  const p = tablePatterns(vocab);
  const found = new Set<Family>();
  for (const piece of [text, ...text.split(/[,;|+&/]| and /u)]) {
    const t = piece.trim();
    // "Non-UASC", "Not trafficked", "UASC - N": the group's name, negated, is the row outside it.
    if (t === "" || (!withNegated && NEGATED.test(normaliseLabel(t)))) continue;
    for (const g of matchLabel(t, vocab).groups) found.add(wholeGroupOf(g, vocab));
    const n = normaliseLabel(t);
    for (const [g, codes] of p.groupCodes) {
      if (!matchesAny(codes, n)) continue;
      // "BOTH", "Both flags": the combined group's codes put the row in every group the list sorts into.
      if (g === COMBINED_GROUP) for (const f of vocab.listGroups) found.add(f);
      else found.add(g);
    }
  }
  return vocab.listGroups.filter((f) => found.has(f));
}

/** The list groups a label names: each group's whole, among the groups a list sorts rows into. */
function labelFamilies(groups: readonly Group[], vocab: LabelVocabulary): Family[] {
  return [...new Set(groups.map((g) => wholeGroupOf(g, vocab)))].filter((g) => vocab.listGroups.includes(g));
}

/** A status cell: true = still missing, false = returned, null = neither. */
export function readStatus(text: string, p: TablePatterns): boolean | null {
  const n = normaliseLabel(text);
  if (n === "") return null;
  if (matchesAny(p.returnedFlag, n) || matchesAny(p.no, n)) return false;
  if (matchesAny(p.stillMissing, n) || matchesAny(p.yes, n)) return true;
  return null;
}

/** Every filled cell is a date (a blank is no date, and allowed). */
const allDates = (cells: string[]) => {
  const filled = cells.filter((c) => c !== "");
  return filled.length > 0 && filled.every((c) => parseEpisodeDate(c) !== null);
};

const most = (cells: string[], test: (c: string) => boolean) =>
  cells.length > 0 && cells.filter(test).length * 2 > cells.length;
const all = (cells: string[], test: (c: string) => boolean) => cells.length > 0 && cells.every(test);

/**
 * Find the header of a list of children or episodes on row r. A list has a
 * child-reference column and at least one column that can only be about
 * missing episodes: a date, a still-missing flag or status, or a count of
 * episodes. A child column alone is just a list of children, and counts
 * without references are an ordinary table.
 *
 * Headers alone are not enough in extracts ("STATUS" may be the legal
 * status or the episode's outcome; "UASC_FLAG" is not a category), so each
 * candidate column is also judged by the cells under it.
 */
export function findEpisodeHeader(grid: SheetGrid, r: number, env: LocateEnv): EpisodeColumns | null {
  const p = tablePatterns(env.knowledge.labels);
  const row = grid.rows[r - 1] ?? [];
  const cols: Omit<EpisodeColumns, "unit" | "unitWhy" | "child"> & { child: number | null } = {
    headerRow: r,
    child: null,
    episodeId: null,
    category: null,
    groupFlags: [],
    missingDate: null,
    returnedDate: null,
    flag: null,
    status: null,
    episodeCount: null,
    wentMissing: null,
    nationality: null,
  };
  // Every row is asked whether it heads a list, and judging a column reads
  // every cell under it: only a row with a child-reference header (which a
  // list needs) is judged, and each column's cells are read only when a
  // header asks, or the search would be quadratic in rows.
  if (!row.some((c) => c.kind === "text" && c.label && matchesAny(p.child, c.label.normalised))) return null;
  // Columns whose header may name each row's group; chosen among after the row is read.
  const categories: number[] = [];
  const unreadDates: number[] = [];
  /** Every column of episode counts, the first of which is `episodeCount`: several may be one per period. */
  const countColumns: number[] = [];
  const care: { start?: number; end?: number } = {};
  /** Yes/no columns each saying whether the child was looked after in one requested period ("LAC 2021"). */
  const careFlags: { col: number; period: string }[] = [];
  for (const cell of row) {
    if (cell.kind !== "text" || !cell.label) continue;
    const n = cell.label.normalised;
    const cells = once(() => columnCells(grid, r, cell.col, p.totalRow));
    const dates = once(() => most(cells(), (c) => parseEpisodeDate(c) !== null));
    const yesNo = once(() => all(cells(), (c) => readYesNo(c, p) !== null));
    const counts = once(() => all(cells(), (c) => /^\d+$/u.test(c)));
    const families = labelFamilies(cell.label.groups, env.knowledge.labels);
    // "Date became looked after" / "Date ceased looked after": when the child was in care, used only to
    // place a child in the periods of per-period counts (periodCountColumns), so noted here beside its role.
    if (care.start === undefined && CARE_START.test(n) && dates()) care.start = cell.col;
    else if (
      care.end === undefined &&
      CARE_END.test(n) &&
      all(
        cells().filter((c) => c !== ""),
        (c) => parseEpisodeDate(c) !== null,
      )
    )
      care.end = cell.col;
    const inPeriod = LOOKED_AFTER_IN_PERIOD.test(n) ? periodsNamed(cell.text, env.knowledge.request.periods) : [];
    const flagPeriod = inPeriod.length === 1 ? inPeriod[0]?.id : undefined;
    if (flagPeriod !== undefined && !careFlags.some((f) => f.period === flagPeriod) && yesNo())
      careFlags.push({ col: cell.col, period: flagPeriod });
    else if (cols.episodeId === null && matchesAny(p.episodeId, n)) cols.episodeId = cell.col;
    // "Calendar year" over "2018", "2019": the row's period, never a date of going missing.
    else if (
      cols.period === undefined &&
      matchesAny(p.nationalityPeriodColumn, n) &&
      all(cells(), (c) => PERIOD_CELL.test(c))
    )
      cols.period = cell.col;
    // "Still missing at extract date" over Y/N cells is the flag: "date" there is when the flag was read.
    else if (cols.flag === null && matchesAny(p.stillMissingFlag, n) && (!/\bdate\b/u.test(n) || yesNo()) && !dates())
      cols.flag = { col: cell.col, yesMeans: "missing" };
    // "Open missing episode - date reported (not found)": the open episode's start, blank when none is
    // open. Its "date … found" would read as a return date, whose blank means the opposite.
    else if (
      cols.openDate === undefined &&
      matchesAny(p.openEpisodeDate, n) &&
      cells().some((c) => c !== "") &&
      all(
        cells().filter((c) => c !== ""),
        (c) => parseEpisodeDate(c) !== null,
      )
    )
      cols.openDate = cell.col;
    // "Returned" heads a yes/no column in some lists and a date column in others.
    else if (cols.returnedDate === null && matchesAny(p.returnedFlag, n) && dates()) cols.returnedDate = cell.col;
    else if (cols.flag === null && matchesAny(p.returnedFlag, n)) cols.flag = { col: cell.col, yesMeans: "returned" };
    else if (cols.returnedDate === null && matchesAny(p.returnedDate, n)) cols.returnedDate = cell.col;
    else if (cols.missingDate === null && matchesAny(p.missingDate, n)) cols.missingDate = cell.col;
    else if (matchesAny(p.episodeCount, n) && counts()) {
      cols.episodeCount ??= cell.col;
      countColumns.push(cell.col);
    }
    // "Went missing" heads the dates in some lists and a yes/no in others.
    else if (cols.missingDate === null && matchesAny(p.wentMissingFlag, n) && dates()) cols.missingDate = cell.col;
    else if (cols.wentMissing === null && matchesAny(p.wentMissingFlag, n) && yesNo()) cols.wentMissing = cell.col;
    else if (cols.child === null && matchesAny(p.child, n)) cols.child = cell.col;
    else if (cols.nationality === null && matchesAny(p.nationalityHeader, n)) cols.nationality = cell.col;
    else if (families.length === 1 && yesNo() && families[0])
      cols.groupFlags.push({ col: cell.col, family: families[0] });
    // "NRM referral date" over dates and blanks: the day each child came into the group, none for a blank.
    else if (families.length === 1 && families[0] && matchesAny(p.groupSinceDate, n) && dates() && allDates(cells()))
      cols.groupFlags.push({ col: cell.col, family: families[0], since: true });
    else if (cols.status === null && matchesAny(p.status, n) && all(cells(), (c) => readStatus(c, p) !== null))
      cols.status = cell.col;
    else if (
      (matchesAny(p.group, n) || families.length > 0) &&
      // "Status" is the legal status in some lists; only cells naming groups make it one.
      (!matchesAny(p.status, n) || most(cells(), (c) => namesFamily(c, env)))
    )
      categories.push(cell.col);
    // A date of birth or of coming into care dates the child, never an episode.
    else if (
      !/\b(birth|dob|born|bd|care|lac|cla|accommodated|placement|placed|entered|admission)\b/u.test(n) &&
      dates()
    )
      unreadDates.push(cell.col);
  }
  // An open episode's date says something of a child, on a list of one row per child (its episodes counted);
  // on a list of episodes, the column is read as it was before it had a role of its own.
  const openCol = cols.openDate;
  if (openCol !== undefined && cols.episodeCount === null) {
    cols.openDate = undefined;
    const n = row.find((c) => c.col === openCol)?.label?.normalised ?? "";
    if (cols.returnedDate === null && matchesAny(p.returnedDate, n)) cols.returnedDate = openCol;
    else if (cols.missingDate === null && matchesAny(p.missingDate, n)) cols.missingDate = openCol;
  }
  const perPeriod = periodCountColumns(row, countColumns, env.knowledge.request.periods);
  const { start, end } = care;
  const taken = [cols.missingDate, cols.returnedDate];
  if (
    perPeriod !== null &&
    start !== undefined &&
    end !== undefined &&
    !taken.includes(start) &&
    !taken.includes(end)
  ) {
    cols.periodCounts = perPeriod;
    cols.care = { start, end };
    // The care dates have their role now: they are no unread episode dates.
    const rest = unreadDates.filter((c) => c !== start && c !== end);
    unreadDates.splice(0, unreadDates.length, ...rest);
  } else if (
    perPeriod !== null &&
    careFlags.length > 0 &&
    perPeriod.every((c) => careFlags.some((f) => f.period === c.period))
  ) {
    cols.periodCounts = perPeriod;
    cols.careFlags = careFlags;
  } else if (start !== undefined && end !== undefined && !taken.includes(start) && !taken.includes(end))
    cols.careSpan = { start, end };
  if (unreadDates.length > 0) cols.unreadDates = unreadDates;
  cols.category = chooseCategory(grid, r, categories, env);
  const key = cols.category === null ? null : readCategoryKey(grid, r, cols.category);
  if (key !== null && cols.category !== null)
    cols.categoryKey = { codes: key, headerFamilies: headerFamilies(row, cols.category, env.knowledge.labels) };
  // A column taken as the category only for its header's shape ("LEGAL_STATUS",
  // "Type"), on a list whose own yes/no columns say each row's group, is some
  // other code when not one of its cells names a group (the legal status "V2"):
  // reading it as the group would leave every row unplaced.
  const category = cols.category;
  if (
    category !== null &&
    cols.groupFlags.length > 0 &&
    headerFamilies(row, category, env.knowledge.labels).length === 0 &&
    !columnCells(grid, r, category).some((c) => namesFamily(c, env))
  )
    cols.category = null;
  cols.groupFlags.push(...namedGroupColumns(grid, r, categories, cols.category, env));
  const parts = partsColumn(grid, r, categories, cols, env);
  if (parts !== null) cols.parts = parts;
  const { child } = cols;
  const aboutEpisodes =
    cols.openDate !== undefined ||
    cols.missingDate !== null ||
    cols.returnedDate !== null ||
    cols.flag !== null ||
    cols.status !== null ||
    cols.episodeCount !== null ||
    cols.episodeId !== null;
  if (child === null) return null;
  if (repeatsOwnHeader(grid, r, child)) return null;
  const header = (c: number) => `"${(grid.sheet.rows[r - 1]?.[c - 1] ?? "").trim()}"`;
  if (!aboutEpisodes) return nationalityList(grid, r, { ...cols, child }, header);
  // A count of episodes on each row makes the row a child; an episode
  // reference or a date of going missing makes it an episode.
  let unit: EpisodeColumns["unit"] = "episode";
  let unitWhy: string;
  if (cols.episodeCount !== null) {
    unit = "child";
    unitWhy = `one row per child, because ${header(cols.episodeCount)} counts each child's episodes`;
  } else if (cols.episodeId !== null) unitWhy = `one row per episode, because ${header(cols.episodeId)} names episodes`;
  else if (cols.missingDate !== null)
    unitWhy = `one row per episode, because each row has its own date in ${header(cols.missingDate)}`;
  else {
    const refs = columnCells(grid, r, child);
    if (new Set(refs).size < refs.length) unitWhy = "one row per episode, because child references repeat";
    else {
      unit = "child";
      unitWhy = "one row per missing child, because no column counts or dates episodes and no reference repeats";
    }
  }
  return { ...cols, child, unit, unitWhy };
}

/**
 * "Child | Group | Nationality": a list whose only data is each child's group
 * and nationality answers the question on nationalities (of the children
 * who went missing), one row per child. It says nothing of episodes or of
 * who is still missing, and a child on it may not be one the counts cover,
 * so it is read for nationalities only (checked against the went-missing
 * count, check_nationality_sum), never counted as figures. Repeated
 * references are no such list.
 */
function nationalityList(
  grid: SheetGrid,
  r: number,
  cols: Omit<EpisodeColumns, "unit" | "unitWhy">,
  header: (c: number) => string,
): EpisodeColumns | null {
  if (cols.nationality === null || (cols.category === null && cols.groupFlags.length === 0)) return null;
  const refs = columnCells(grid, r, cols.child);
  if (refs.length === 0 || new Set(refs).size < refs.length) return null;
  return {
    ...cols,
    unit: "child",
    unitWhy: `one row per child, giving only each child's group and nationality (${header(cols.nationality)}), so it is read for nationalities only`,
    nationalityOnly: true,
  };
}

/**
 * "LegalStatus | UASC | TraffickingFlag": a header's shape alone ("Legal
 * status", "Type") may head the group column or some other code, so a column
 * whose cells name groups, else one whose header names a group, is taken
 * before the first column that merely looks like one. Taking the first
 * would leave the real group column unread and its rows "in neither group".
 */
function chooseCategory(grid: SheetGrid, r: number, candidates: readonly number[], env: LocateEnv): number | null {
  const row = grid.rows[r - 1] ?? [];
  const namesInCells = (col: number) => columnCells(grid, r, col).some((c) => namesFamily(c, env));
  return (
    candidates.find(namesInCells) ??
    candidates.find((col) => headerFamilies(row, col, env.knowledge.labels).length > 0) ??
    candidates[0] ??
    null
  );
}

/**
 * "Cohort: UASC / Looked after" beside "Trafficking flag: Identified /
 * Suspected / blank": extracts often give each group a column of its own,
 * one naming the row's cohort and another the trafficking concern. Reading
 * only the first leaves every trafficked row unplaced (its cohort is just
 * "Looked after"). A second group column is read as a flag for its group
 * when its header names one group the category column's cells never name,
 * and every filled cell names that group alone (its parts count: "Suspected"
 * under a trafficking header) or says none.
 */
function namedGroupColumns(
  grid: SheetGrid,
  r: number,
  candidates: readonly number[],
  category: number | null,
  env: LocateEnv,
): GroupFlag[] {
  if (category === null) return [];
  const row = grid.rows[r - 1] ?? [];
  const namedByCategory = new Set(columnCells(grid, r, category).flatMap((c) => familiesOf(c, env)));
  const flags: GroupFlag[] = [];
  for (const col of candidates) {
    const [family, ...more] = headerFamilies(row, col, env.knowledge.labels);
    if (col === category || family === undefined || more.length > 0 || namedByCategory.has(family)) continue;
    const cells = columnCells(grid, r, col).filter((c) => c !== "");
    const onlyItsGroup = (c: string) => {
      const named = familiesOf(c, env);
      return (named.length === 1 && named[0] === family) || NONE_MEANING.test(normaliseLabel(c));
    };
    if (cells.length > 0 && cells.every(onlyItsGroup)) flags.push({ col, family, named: true });
  }
  return flags;
}

/**
 * "Cohort: Trafficked / UASC" beside "Trafficking status: NRM - positive
 * reasonable grounds / Suspected - no NRM referral": the category column
 * names each row's group, and a second column, whose header names a group
 * that has parts (identified and suspected trafficking), names the part.
 * Taken only when every filled cell under it names exactly one part of that
 * group, so a column of other words (a legal status) is never read so.
 */
function partsColumn(
  grid: SheetGrid,
  r: number,
  candidates: readonly number[],
  cols: Pick<EpisodeColumns, "category" | "groupFlags">,
  env: LocateEnv,
): number | null {
  if (cols.category === null) return null;
  const row = grid.rows[r - 1] ?? [];
  const vocab = env.knowledge.labels;
  for (const col of candidates) {
    if (col === cols.category || cols.groupFlags.some((f) => f.col === col)) continue;
    const [family, ...more] = headerFamilies(row, col, vocab);
    const parts = family === undefined ? [] : partsOf(env.knowledge.request, family);
    if (more.length > 0 || parts.length < 2) continue;
    const cells = columnCells(grid, r, col).filter((c) => c !== "");
    const header = row.find((c) => c.col === col)?.text ?? "";
    const onePart = (c: string) =>
      parts.filter((g) => matchLabel(c, vocab).groups.includes(g)).length === 1 ||
      awaitedPart(c, header, parts, env) !== null;
    if (cells.length > 0 && cells.every(onePart)) return col;
  }
  return null;
}

/**
 * "Conclusive grounds: Pending": under a header naming the part of a group that counts a decision made
 * (labels.json decidedGroups: identified, by a positive conclusive grounds decision), a cell saying that
 * decision is still to come (decisionAwaited) puts the child in the group's one other part (suspected, "if
 * not included in a"). Null for any other cell, or when the group has more than one undecided part.
 */
export function awaitedPart(cell: string, header: string, parts: readonly Group[], env: LocateEnv): Group | null {
  const vocab = env.knowledge.labels;
  const decided = matchLabel(header, vocab).groups.filter((g) => parts.includes(g) && vocab.decidedGroups.includes(g));
  if (decided.length !== 1 || !new RegExp(vocab.decisionAwaited, "iu").test(cell)) return null;
  if (matchLabel(cell, vocab).groups.some((g) => parts.includes(g))) return null;
  const undecided = parts.filter((g) => !vocab.decidedGroups.includes(g));
  return undecided.length === 1 ? (undecided[0] ?? null) : null;
}

/**
 * A group flag's cell: true when the child is in the flag's group, false
 * when not, null when the cell says neither. A named flag's blank is "no":
 * such a column names only the rows in its group.
 */
export function readGroupFlag(text: string, flag: GroupFlag, p: TablePatterns, env: LocateEnv): boolean | null {
  if (flag.since) return text === "" ? false : parseEpisodeDate(text) !== null ? true : null;
  if (!flag.named) return readYesNo(text, p);
  if (text === "" || NONE_MEANING.test(normaliseLabel(text))) return false;
  return familiesOf(text, env).includes(flag.family) ? true : null;
}

/**
 * "Looked after" in a cohort column beside group flags: the cohort of every
 * looked-after child, in no group by this column (the flags say the rest).
 * A cell naming only the looked-after metric, and no group, says so.
 */
export function categorySaysEveryChild(text: string, env: LocateEnv): boolean {
  const m = matchLabel(text, env.knowledge.labels);
  return m.groups.length === 0 && m.metrics.length === 1 && m.metrics[0] === "looked_after";
}

/** A key's word for "no code": the row is in no group by this column. */
const NONE_MEANING = /^(?:none|no|not (?:trafficked|applicable|known)|n ?a|blank|no category|not flagged)$/u;

/**
 * "Key: … TRAF_CAT C = confirmed/identified trafficked, S = suspected,
 * blank = none; NAT_CD = …": a line above a list that spells out a column's
 * codes. Exports write their codes as letters ("C", "S") that name no group
 * on their own; the key's words for them do. The line is the row's cells
 * joined again (a csv splits it at its commas); the column's header text
 * starts the codes, which run to the next ";" (or the line's end), each
 * "CODE = words". Null when no line above the list names the column so.
 */
function readCategoryKey(grid: SheetGrid, headerRow: number, col: number): Map<string, string> | null {
  const header = (grid.sheet.rows[headerRow - 1]?.[col - 1] ?? "").trim();
  if (header.length < 2) return null;
  const codes = new Map<string, string>();
  for (let r = 1; r < headerRow; r++) {
    const line = (grid.sheet.rows[r - 1] ?? []).filter((c) => c.trim() !== "").join(", ");
    const at = line.toUpperCase().indexOf(header.toUpperCase());
    if (at === -1) continue;
    const after = line.slice(at + header.length).split(";")[0] ?? "";
    for (const part of after.split(",")) {
      const m = /^\s*([\p{L}\p{N}_-]{1,8})\s*=\s*(.+?)\s*$/u.exec(part);
      if (m?.[1] && m[2]) codes.set(m[1].toUpperCase(), m[2]);
    }
  }
  for (const [said, words] of quotedMeanings(grid, headerRow, col)) if (!codes.has(said)) codes.set(said, words);
  return codes.size > 0 ? codes : null;
}

/**
 * "Note: "NRM - positive conclusive grounds" = identified as trafficked;
 * "Trafficking concern - no NRM referral" = suspected." under a list: a note
 * quoting the column's own values and saying what each means. A system's
 * wording ("Trafficking concern - no NRM referral") names the group but not
 * which of its parts; the note's words do. Only a quoted text that is a
 * value of the column is taken, so a quotation about something else is
 * never read as a key. Keys are upper case, as readCategoryKey's codes are.
 */
function quotedMeanings(grid: SheetGrid, headerRow: number, col: number): Map<string, string> {
  const out = new Map<string, string>();
  const values = new Set(columnCells(grid, headerRow, col).map((c) => c.toUpperCase()));
  if (values.size === 0) return out;
  for (let r = headerRow + 1; r <= grid.sheet.rows.length; r++) {
    const line = (grid.sheet.rows[r - 1] ?? []).filter((c) => c.trim() !== "").join(", ");
    if (!line.includes("=")) continue;
    for (const m of line.matchAll(QUOTED_MEANING)) {
      const said = (m[1] ?? "").trim().toUpperCase();
      const words = (m[2] ?? "").trim();
      if (values.has(said) && words !== "") out.set(said, words);
    }
  }
  return out;
}

/** A quoted value, "=" and what it means, up to the next ";", full stop or quotation: "X" = identified as trafficked. */
const QUOTED_MEANING = /["“]([^"”]{2,80})["”]\s*=\s*([^;."“]+)/gu;

/**
 * The groups a category cell names, reading a code through the list's key
 * when the code names none on its own: the key's words ("confirmed/identified
 * trafficked"), or, when the words name no group ("suspected"), the one group
 * the column's header names ("TRAF_CAT"). A code the key calls "none" is in
 * no group; a code the key does not give stays unread, as before.
 */
export function categoryFamilies(text: string, cols: Pick<EpisodeColumns, "categoryKey">, env: LocateEnv): Family[] {
  const own = text === "" ? [] : familiesOf(text, env);
  if (own.length > 0 || cols.categoryKey === undefined) return own;
  const words = keyWords(text, cols);
  if (words === null || NONE_MEANING.test(normaliseLabel(words))) return [];
  const named = familiesOf(words, env);
  if (named.length > 0) return named;
  const header = cols.categoryKey.headerFamilies;
  return header.length === 1 ? header : [];
}

/**
 * A category cell that says in its own words that the child is in no group
 * ("Not identified or suspected" in a "Trafficking status" column beside a
 * UASC column). Narrower than a key's words: "not known" or "n/a" written in
 * a cell may be a gap in the record, not a "no", so only a plain negation of
 * the column's categories counts.
 */
const CELL_SAYS_NONE = /^(?:none|not trafficked|(?:not|neither) (?:identified|confirmed) (?:or|nor) suspected)$/u;

/**
 * True when the list's key calls the cell's code "none", or the cell itself
 * says the child is neither identified nor suspected: a row in no group by
 * this column, not an unread one. The cell's own words count only beside a
 * yes/no column per group, which places the row in the other group: alone,
 * "Not trafficked" says nothing of whether the child is unaccompanied.
 */
export function categorySaysNone(
  text: string,
  cols: Pick<EpisodeColumns, "categoryKey" | "groupFlags">,
  env?: LocateEnv,
): boolean {
  const words = keyWords(text, cols);
  // "Not UASC", "Non-UASC" in a "UASC status" column: the column's group, negated, is a plain "no".
  const negated = (t: string) => env !== undefined && NEGATED.test(normaliseLabel(t)) && namesFamily(t, env);
  if (words === null) return cols.groupFlags.length > 0 && (CELL_SAYS_NONE.test(normaliseLabel(text)) || negated(text));
  return NONE_MEANING.test(normaliseLabel(words));
}

/** The words a key gives for a category code, or the cell itself. */
export function categoryWords(text: string, cols: Pick<EpisodeColumns, "categoryKey">): string {
  return keyWords(text, cols) ?? text;
}

/**
 * The key's words for a cell: the code's, or the cell itself when it is
 * already one of the key's words (the file's legend may have decoded it,
 * see decodeListCodes).
 */
function keyWords(text: string, cols: Pick<EpisodeColumns, "categoryKey">): string | null {
  const codes = cols.categoryKey?.codes;
  if (codes === undefined || text.trim() === "") return null;
  const words = codes.get(text.trim().toUpperCase());
  if (words !== undefined) return words;
  const said = text.trim().toLowerCase();
  return [...codes.values()].some((w) => w.toLowerCase() === said) ? text.trim() : null;
}

/** The groups a header cell itself names ("TRAFF_CODE" names the trafficked). */
function headerFamilies(row: readonly LogicalCell[], col: number, vocab: LabelVocabulary): Family[] {
  const cell = row.find((c) => c.col === col);
  return labelFamilies(cell?.label?.groups ?? [], vocab);
}
