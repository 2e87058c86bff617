import type { Group } from "../domain/request.js";
import type { Sheet } from "../domain/workbook.js";
import type { TableResult } from "./locateEpisodes.js";
import { groupNamed, readNationalityProse } from "./readNationalityProse.js";
import { buildGrid, isProse, type LocateEnv, type SheetGrid } from "./sheetGrid.js";

const ASKS_NATIONALITY = /nationalit|cenedl|country of origin/iu;
/**
 * A cell that is only a period's name: "2021", "2021/22", "Jan-Apr 2024", and a part year with its months
 * in brackets after it ("2024 (Jan-Apr)", "2024 (1 Jan - 30 Apr)"), as a table's last row often names it.
 */
const NAMES_PERIOD =
  /^(?:[a-z]{3,9}\s*[-–]\s*[a-z]{3,9}\s+)?(?:19|20)\d{2}(?:\s*[-/–]\s*(?:19|20)?\d{2})?(?:\s*\((?:\d{1,2}\s+)?[a-z]{3,9}\.?\s*(?:[-–]|to)\s*(?:\d{1,2}\s+)?[a-z]{3,9}\.?\))?$/iu;

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
  if (isProse(grid, r)) return [];
  // "2021 | Trafficked | British 1, Vietnamese 1" under "Year | Group |
  // Nationalities of children who went missing": a table of lists, one row
  // per period and group, has no figures of its own; the period its row
  // names before the list is the list's period, as a year heading a line
  // of prose is.
  const periodCell = row.find((c) => c.col < (row.at(-1)?.col ?? 0) && NAMES_PERIOD.test(c.text.trim()));
  if (!row.some((c) => c.kind === "value") && !periodCell) return [];
  const out: TableResult[] = [];
  for (const cell of row) {
    if (cell.kind !== "text" || cell.col < 2 || !/\d/u.test(cell.text)) continue;
    if (cell === periodCell) continue;
    const above = headerAbove(grid, r, cell.col);
    if (above === null) continue;
    // "Q5 Nationality of children who went missing: see below." over "Year | Trafficked | UASC": the
    // table's title asks the question, and the column's header names the group whose list the cell is.
    const titled = ASKS_NATIONALITY.test(above.text) ? null : groupColumnUnderTitle(grid, above, env);
    if (!ASKS_NATIONALITY.test(above.text) && titled === null) continue;
    const header = titled?.title ?? above.text;
    const period = periodCell && periodCell.col < cell.col ? periodCell.text.trim() : "";
    // The row as the question and its answer alone: the header where the row's own label was.
    const rows = grid.sheet.rows.map((x, i) => {
      if (i !== r - 1) return x;
      const alone = Array.from({ length: cell.col }, () => "");
      alone[0] = header;
      alone[cell.col - 1] = period === "" ? cell.text : `${period}: ${cell.text}`;
      return alone;
    });
    const sheet: Sheet = {
      ...grid.sheet,
      rows,
      merges: grid.sheet.merges.filter((m) => m.bottom < r || m.top > r),
    };
    // "Trafficked (identified or suspected) | 5 | 2 | … | Albanian x1, Vietnamese x1":
    // a list that names no group is of the group its row's label names.
    const label = row.find((c) => c.kind === "text" && c.col < cell.col && c !== periodCell);
    const rowGroup = titled?.group ?? (label ? groupNamed(label.text, env) : null);
    const read = readNationalityProse(buildGrid(sheet, env), r, null, env, true, rowGroup);
    if (read && (read.nationalities.length > 0 || (read.ungrouped?.length ?? 0) > 0)) out.push(read);
  }
  return out;
}

/**
 * The text of the nearest filled cell above row r in column col, with no
 * figure between. The row above's own list in that column ("Albanian x1"
 * beside that row's figures, or beside the period it is of) is another
 * row's answer, not the header, so it is passed over.
 */
function headerAbove(grid: SheetGrid, r: number, col: number): { text: string; row: number } | null {
  for (let i = r - 1; i >= 1; i--) {
    const above = grid.rows[i - 1] ?? [];
    const cell = above.find((c) => c.col === col);
    if (!cell) continue;
    if (
      cell.kind === "text" &&
      above.some((c) => c.col < col && (c.kind === "value" || NAMES_PERIOD.test(c.text.trim())))
    )
      continue;
    return cell.kind === "text" ? { text: cell.text, row: i } : null;
  }
  return null;
}

/**
 * A column header that names one group ("Trafficked") under a title alone
 * on the line straight above the header row that asks about nationality and
 * names no other group ("Q5 Nationality of children who went missing: see
 * below."): the cells under it are that group's lists. A title further off
 * may title something else; one naming another group contradicts the
 * column, so neither gives a group.
 */
function groupColumnUnderTitle(
  grid: SheetGrid,
  header: { text: string; row: number },
  env: LocateEnv,
): { group: Group; title: string } | null {
  const group = groupNamed(header.text, env);
  if (group === null || header.row < 2) return null;
  const filled = (grid.sheet.rows[header.row - 2] ?? []).filter((t) => t.trim() !== "");
  const [title] = filled;
  if (filled.length !== 1 || title === undefined || !ASKS_NATIONALITY.test(title)) return null;
  const own = groupNamed(title, env);
  return own === null || own === group ? { group, title: title.trim() } : null;
}
