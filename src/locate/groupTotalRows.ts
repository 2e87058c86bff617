import type { Decision } from "../domain/facts.js";
import { formatCell } from "../domain/source.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import type { FigureCandidate, LogicalCell } from "../match/figureCandidate.js";
import type { LabelMatch } from "../match/matchLabel.js";
import type { LabelContext } from "../match/resolveMeasure.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import type { NationalityColumns } from "./locateNationalities.js";
import { type LocateEnv, type SheetGrid, sourceOf } from "./sheetGrid.js";

/**
 * "Cohort | Year | Nationality | Looked After | Went Missing" over
 * "UASC/Separated | 2018 | All | 34 | 16": a case system's export, one row
 * per group and nationality, closes each group's block with an "All" (or
 * "Total") row. That row is the group's own figure for each measure its
 * columns name, which such a reply gives nowhere else; the nationality
 * reader passes it over as a total of its breakdown. Read here as figures,
 * labelled by the row's own group (and year) cells and its column's header.
 *
 * Only a column whose header names a measure ("Went Missing") is read: a
 * total under "Number" or "Children" counts the children of the breakdown
 * (those who went missing, as the request's nationality question asks),
 * which read as the group's base count would be a wrong figure. And only a
 * long table, whose rows name their group: a table with one group from its
 * title has its total read, as before, by no one.
 */
export function readGroupTotalRows(
  grid: SheetGrid,
  cols: NationalityColumns,
  tableRows: readonly number[],
  context: LabelContext,
  env: LocateEnv,
): { candidates: FigureCandidate[]; decisions: Decision[] } {
  const candidates: FigureCandidate[] = [];
  const decisions: Decision[] = [];
  if (cols.groupCol === null || cols.perChild || cols.headerless) return { candidates, decisions };
  const totalRow = tablePatterns(env.knowledge.labels).totalRow;
  const header = grid.rows[cols.headerRow - 1] ?? [];
  const measureHeaders = new Map<number, LabelMatch>();
  for (const c of cols.counts) {
    const head = header.find((h) => h.col === c.col && h.kind === "text");
    if (head?.label && head.label.metrics.length > 0 && !head.label.ratio && !head.label.ignore)
      measureHeaders.set(c.col, head.label);
  }
  if (measureHeaders.size === 0) return { candidates, decisions };
  for (const r of tableRows) {
    if (r === cols.headerRow) continue;
    const row = grid.rows[r - 1] ?? [];
    const name = row.find((c) => c.col === cols.nationality);
    if (name?.kind !== "text" || !matchesAny(totalRow, name.text.trim().toLowerCase())) continue;
    const groupCell = row.find((c) => c.col === cols.groupCol && c.kind === "text");
    // A total row whose group cell is blank or names no group says nothing of
    // whose figures they are; "All cohorts" is both groups together, as a
    // measure of both groups ("still missing") is asked.
    const bothGroups = groupCell ? matchesAny(totalRow, groupCell.text.trim().toLowerCase()) : false;
    if (!groupCell?.label || (groupCell.label.groups.length === 0 && !groupCell.label.allCue && !bothGroups)) continue;
    const periodCell =
      cols.periodCol === undefined ? undefined : row.find((c) => c.col === cols.periodCol && c.kind === "text");
    const rowLabel = [groupCell.label, ...(periodCell?.label ? [periodCell.label] : [])];
    const read: LogicalCell[] = [];
    for (const cell of row) {
      const head = measureHeaders.get(cell.col);
      if (!head || cell.kind !== "value") continue;
      candidates.push({
        cell,
        source: sourceOf(grid, cell),
        rowLabel,
        header: [head],
        context,
        unanswered: false,
        ...(periodCell ? { columnTitle: periodCell.text.trim() } : {}),
      });
      read.push(cell);
    }
    if (read.length === 0) continue;
    decisions.push({
      file: grid.file,
      ...(NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {}),
      cell: formatCell(sourceOf(grid, name)),
      message: `Row ${r} ("${groupCell.text.trim()}"${periodCell ? `, ${periodCell.text.trim()}` : ""}, "${name.text.trim()}") of the nationality table closes its group's rows with their total: read as that group's figures (${read.map((c) => `${measureHeaders.get(c.col)?.text.trim()} "${c.text.trim()}"`).join(", ")}), not as a nationality.`,
    });
  }
  return { candidates, decisions };
}
