import type { DocumentLine, FileFormat, Sheet } from "../domain/workbook.js";
import { isProseRow } from "../domain/workbook.js";

/** A year or pair of years as a column heading writes it: "2018", "2018/19", "2018-19". */
const YEAR = String.raw`(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?`;
/** A line's words, then two or more years, and nothing after them. */
const TITLED_YEARS = new RegExp(String.raw`^(.*?\S)?\s*((?:${YEAR}\s+)+${YEAR})\s*$`, "u");

/**
 * "Looked after children   2018   2019   2020" over a table whose rows are a
 * label and three figures: a PDF's table rebuilt from word positions can
 * leave its header behind as a line of text, and the years then head no
 * column. When a line of prose ends in as many years as the table row
 * under it has figures, it is that table's header: it is split into cells,
 * the years over the figures, so each figure's column names its period.
 */
export function splitHeaderLines(sheet: Sheet, format: FileFormat): Sheet {
  let rows: string[][] | null = null;
  let lines: DocumentLine[] | undefined;
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const below = sheet.rows[r + 1] ?? [];
    if (!isProseRow(sheet, format, r + 1) || isProseRow(sheet, format, r + 2)) continue;
    if (row.filter((t) => t.trim() !== "").length !== 1 || below.length < 3) continue;
    const m = TITLED_YEARS.exec((row[0] ?? "").trim());
    const years = m?.[2]?.split(/\s+/u) ?? [];
    if (years.length !== below.length - 1) continue;
    rows ??= sheet.rows.map((cells) => [...cells]);
    lines ??= sheet.lines?.map((l) => ({ ...l }));
    rows[r] = [m?.[1] ?? "", ...years];
    const line = lines?.[r];
    if (line) line.kind = "table";
  }
  if (!rows) return sheet;
  return { ...sheet, rows, ...(lines ? { lines } : {}) };
}
