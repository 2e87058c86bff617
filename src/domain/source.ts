import { cellAddress, type FileFormat, NAMED_SHEETS } from "./workbook.js";

/** Where a figure came from, in the user's coordinates. */
export interface Source {
  file: string;
  format: FileFormat;
  sheet: string;
  /** 1-based row and column. */
  row: number;
  col: number;
  /**
   * Documents only: where a person finds the text ("page 2 line 14",
   * "table 2 row 3 col 2", "para 14 (2a)"), set when the source is made.
   */
  place?: string;
  /**
   * A range of rows read as one (a long list counted as it streamed): the
   * last row and column, with row/col its first. One source then stands
   * for a million rows instead of a million sources.
   */
  rowTo?: number;
  colTo?: number;
}

/**
 * Human-readable provenance: `Lewisham.xlsx#Missing!C3` for workbooks,
 * `Devon.csv:8:2` (row:column) for csv and `letter.txt:12` (line) for text.
 */
export function formatSource(s: Source): string {
  if (s.place !== undefined) return `${s.file}#${s.place}`;
  if (s.rowTo !== undefined) {
    // `episodes.csv:2-1000001`, `x.xlsx#Sheet1!A2:F200001`
    if (NAMED_SHEETS.has(s.format)) return `${s.file}#${s.sheet}!${formatCell(s)}`;
    return `${s.file}:${s.row}-${s.rowTo}`;
  }
  if (NAMED_SHEETS.has(s.format)) return `${s.file}#${s.sheet}!${cellAddress(s.row, s.col)}`;
  if (s.format === "csv") return `${s.file}:${s.row}:${s.col}`;
  return `${s.file}:${s.row}`;
}

/** The cell as quality.csv names it: A1 for spreadsheets, "line N" for text. */
export function formatCell(s: Pick<Source, "format" | "row" | "col" | "place" | "rowTo" | "colTo">): string {
  if (s.place !== undefined) return s.place;
  if (s.rowTo !== undefined) return `${cellAddress(s.row, s.col)}:${cellAddress(s.rowTo, s.colTo ?? s.col)}`;
  return s.format === "csv" || NAMED_SHEETS.has(s.format) ? cellAddress(s.row, s.col) : `line ${s.row}`;
}

/** Where a message tells a council officer to look. */
export function describeSource(s: Source): string {
  if (s.place !== undefined) return `${s.file}, ${s.place}`;
  if (s.rowTo !== undefined) {
    const sheet = NAMED_SHEETS.has(s.format) ? `, sheet "${s.sheet}"` : "";
    const column = s.colTo === s.col ? `, column ${cellAddress(s.row, s.col).replace(/\d+$/, "")}` : "";
    return `${s.file}${sheet}, rows ${s.row}–${s.rowTo}${column}`;
  }
  if (NAMED_SHEETS.has(s.format)) return `${s.file}, sheet "${s.sheet}", cell ${cellAddress(s.row, s.col)}`;
  if (s.format === "csv") return `${s.file}, row ${s.row}, column ${cellAddress(s.row, s.col).replace(/\d+$/, "")}`;
  return `${s.file}, line ${s.row}`;
}

/** Location fields for an issue raised at a source. */
export function issueLocation(s: Source): { file: string; sheet?: string; cell: string } {
  return NAMED_SHEETS.has(s.format)
    ? { file: s.file, sheet: s.sheet, cell: formatCell(s) }
    : { file: s.file, cell: formatCell(s) };
}
