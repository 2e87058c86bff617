import type { Decision } from "../domain/facts.js";
import { NAMED_SHEETS, type Sheet } from "../domain/workbook.js";
import { matchLabel } from "../match/matchLabel.js";
import type { LegendEntry } from "./decodeListCodes.js";
import type { LocateEnv } from "./sheetGrid.js";

/** A figure beside the code: a count, or a small number suppressed ("<5"). */
const FIGURE = /^\s*(?:<\s?\d{1,2}|\d{1,3}(?:,\d{3})+|\d{1,7})\s*$/u;

/**
 * "Q | Looked after children | Children missing from home" over "1 | 88 |
 * 220", "2 | 77 | 180", … and "Key: 1 = missing episodes; 2 = RHIs offered;
 * 3 = RHIs accepted/completed; 4 = completed within 72 hours" under the
 * table: the rows are labelled by codes that only the key explains. Read as
 * they stand, "1" … "4" label nothing, and every row's figures fell to the
 * one measure the columns name, as conflicting figures of it.
 *
 * A row's first cell is given the key's meaning (its address unchanged, so
 * provenance still names the coded cell) only where all of this holds:
 * - the key names no column (a list's coded column is decodeListCodes's)
 *   and stands on the same sheet;
 * - the codes open two or more rows in one column, each row with a figure
 *   beside its code, and no two of those rows share a code;
 * - every meaning used names something the request counts (a metric or a
 *   group), so a key of footnote marks or of a council's own numbering that
 *   says nothing asked leaves the rows as they were.
 */
export function decodeRowCodes(
  sheet: Sheet,
  legend: readonly LegendEntry[],
  env: LocateEnv,
): { sheet: Sheet; decisions: Decision[] } {
  const named = NAMED_SHEETS.has(env.format);
  const here = legend.filter((e) => e.column === null && (!named || e.at.startsWith(`${sheet.name}!`)));
  if (here.length < 2) return { sheet, decisions: [] };
  const meaningOf = new Map(here.map((e) => [e.code, e]));
  // Per column: the rows its code opens.
  const byColumn = new Map<number, { r: number; entry: LegendEntry }[]>();
  sheet.rows.forEach((row, r) => {
    const c = row.findIndex((t) => t.trim() !== "");
    if (c < 0) return;
    const entry = meaningOf.get((row[c] ?? "").trim().toUpperCase());
    if (!entry || !row.some((t, k) => k > c && FIGURE.test(t))) return;
    const list = byColumn.get(c) ?? [];
    list.push({ r, entry });
    byColumn.set(c, list);
  });
  let rows: string[][] | null = null;
  const decisions: Decision[] = [];
  for (const [c, coded] of byColumn) {
    if (coded.length < 2 || new Set(coded.map((x) => x.entry.code)).size !== coded.length) continue;
    const meaningful = coded.every((x) => {
      const label = matchLabel(x.entry.meaning, env.knowledge.labels);
      return label.groups.length > 0 || label.metrics.length > 0;
    });
    if (!meaningful) continue;
    rows ??= sheet.rows.map((row) => [...row]);
    for (const { r, entry } of coded) (rows[r] as string[])[c] = entry.meaning;
    decisions.push({
      file: env.file,
      ...(named ? { sheet: sheet.name } : {}),
      cell: "",
      message: `Rows labelled only by codes read with the key at ${coded[0]?.entry.at}: ${coded.map((x) => `"${x.entry.code}" → "${x.entry.meaning}"`).join(", ")}.`,
    });
  }
  return { sheet: rows ? { ...sheet, rows } : sheet, decisions };
}
