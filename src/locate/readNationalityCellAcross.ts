import type { Group } from "../domain/request.js";
import type { Sheet } from "../domain/workbook.js";
import type { TableResult } from "./locateEpisodes.js";
import { groupNamed, readNationalityProse } from "./readNationalityProse.js";
import { buildGrid, isProse, type LocateEnv, type SheetGrid } from "./sheetGrid.js";

const ASKS_NATIONALITY = /nationalit|cenedl|country of origin/iu;

/**
 * "Bromley | 7 | 2 | … | Trafficked: Vietnamese 1, Albanian 1. UASC: Afghan
 * 3, …" under "… | Q9 Nationalities of those who went missing": a return
 * laid out with its questions across the top answers the nationality
 * question in one cell of its row of figures. That cell is read as the
 * answer beside its question would be ("Q9 Nationalities … | Trafficked:
 * …"), its header standing in for the question, so the list names its own
 * groups as it would in a letter, or, naming none, is of the group the
 * row's own label names. The rest of the row is read as before.
 */
export function readNationalityCellsAcross(grid: SheetGrid, r: number, env: LocateEnv): TableResult[] {
  const row = grid.rows[r - 1] ?? [];
  if (isProse(grid, r) || !row.some((c) => c.kind === "value")) return [];
  const out: TableResult[] = [];
  for (const cell of row) {
    if (cell.kind !== "text" || cell.col < 2 || !/\d/u.test(cell.text)) continue;
    const header = headerAbove(grid, r, cell.col);
    if (header === null || !ASKS_NATIONALITY.test(header)) continue;
    // The row as the question and its answer alone: the header where the row's own label was.
    const rows = grid.sheet.rows.map((x, i) => {
      if (i !== r - 1) return x;
      const alone = Array.from({ length: cell.col }, () => "");
      alone[0] = header;
      alone[cell.col - 1] = cell.text;
      return alone;
    });
    const sheet: Sheet = {
      ...grid.sheet,
      rows,
      merges: grid.sheet.merges.filter((m) => m.bottom < r || m.top > r),
    };
    // "Trafficked (identified or suspected) | 5 | 2 | … | Albanian x1, Vietnamese x1":
    // a list that names no group is of the group its row's label names.
    const label = row.find((c) => c.kind === "text" && c.col < cell.col);
    const rowGroup = label ? groupNamed(label.text, env) : null;
    const read = readNationalityProse(buildGrid(sheet, env), r, null, env, true, rowGroup);
    if (read && (read.nationalities.length > 0 || (read.ungrouped?.length ?? 0) > 0)) out.push(read);
  }
  return out;
}

/**
 * The text of the nearest filled cell above row r in column col, with no
 * figure between. The row above's own list in that column ("Albanian x1"
 * beside that row's figures) is another row's answer, not the header, so
 * it is passed over.
 */
function headerAbove(grid: SheetGrid, r: number, col: number): string | null {
  for (let i = r - 1; i >= 1; i--) {
    const above = grid.rows[i - 1] ?? [];
    const cell = above.find((c) => c.col === col);
    if (!cell) continue;
    if (cell.kind === "text" && above.some((c) => c.kind === "value" && c.col < col)) continue;
    return cell.kind === "text" ? cell.text : null;
  }
  return null;
}

/**
 * "Nationality of those who went missing | Albanian x2, Vietnamese x3 |
 * Albanian x6, Sudanese x4" under "Period … | Trafficked | UASC": the last
 * row of a table whose columns are the groups answers the nationality
 * question with a list in each group's column. Each list is read as the
 * answer beside the question would be; a list naming no group of its own
 * is of the group heading its column over the figures above. Read only
 * when every list's column is headed by one group: otherwise nothing is
 * read here and the row is left to the other readers, which report it.
 */
export function readNationalityListsAlong(grid: SheetGrid, r: number, env: LocateEnv): TableResult[] {
  const row = grid.rows[r - 1] ?? [];
  const [label] = row;
  if (isProse(grid, r) || !label || label.kind !== "text" || !ASKS_NATIONALITY.test(label.text)) return [];
  if (row.some((c) => c.kind === "value")) return [];
  const lists = row.filter((c) => c !== label && c.kind === "text" && /\d/u.test(c.text));
  if (lists.length === 0) return [];
  const headed = lists.map((cell) => ({ cell, group: groupHeadingColumn(grid, r, cell.col, env) }));
  if (headed.some((h) => h.group === null)) return [];
  const out: TableResult[] = [];
  for (const { cell, group } of headed) {
    const rows = grid.sheet.rows.map((x, i) => {
      if (i !== r - 1) return x;
      const alone = Array.from({ length: cell.col }, () => "");
      alone[0] = label.text;
      alone[cell.col - 1] = cell.text;
      return alone;
    });
    const sheet: Sheet = { ...grid.sheet, rows, merges: grid.sheet.merges.filter((m) => m.bottom < r || m.top > r) };
    const read = readNationalityProse(buildGrid(sheet, env), r, null, env, true, group);
    if (read) out.push(read);
  }
  return out;
}

/**
 * The group named by the nearest cell above row r in column col that names
 * one, within the same table: the walk passes over figures, answers ("nk",
 * "DNS") and the blank cells of sub-rows ("  of which suspected | 6 | "),
 * and stops at a row blank right across (the table's edge) or at words
 * naming no group after no figure. At least one figure must lie between,
 * so the cell heads a column of counts.
 */
function groupHeadingColumn(grid: SheetGrid, r: number, col: number, env: LocateEnv): Group | null {
  let figures = 0;
  for (let i = r - 1; i >= 1; i--) {
    const raw = grid.sheet.rows[i - 1] ?? [];
    if (raw.every((t) => t.trim() === "")) return null;
    const text = (raw[col - 1] ?? "").trim();
    if (text === "") continue;
    const group = groupNamed(text, env);
    if (group) return figures > 0 ? group : null;
    // A marker of a few letters ("nk", "DNS", "n/a") is an answer in the column, not a heading over it.
    if (/\d/u.test(text)) figures++;
    else if (text.length > MARKER_LENGTH) return null;
  }
  return null;
}

/** The longest answer marker passed over ("nk", "DNS", "n/a", "N/K"); longer words head something. */
const MARKER_LENGTH = 4;
