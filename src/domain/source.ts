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
}

/**
 * Human-readable provenance: `Lewisham.xlsx#Missing!C3` for workbooks,
 * `Devon.csv:8:2` (row:column) for csv and `letter.txt:12` (line) for text.
 */
export function formatSource(s: Source): string {
  if (s.place !== undefined) return `${s.file}#${s.place}`;
  if (NAMED_SHEETS.has(s.format)) return `${s.file}#${s.sheet}!${cellAddress(s.row, s.col)}`;
  if (s.format === "csv") return `${s.file}:${s.row}:${s.col}`;
  return `${s.file}:${s.row}`;
}

/** The cell as quality.csv names it: A1 for spreadsheets, "line N" for text. */
export function formatCell(s: Pick<Source, "format" | "row" | "col" | "place">): string {
  if (s.place !== undefined) return s.place;
  return s.format === "csv" || NAMED_SHEETS.has(s.format) ? cellAddress(s.row, s.col) : `line ${s.row}`;
}

/** Where a message tells a council officer to look. */
export function describeSource(s: Source): string {
  if (s.place !== undefined) return `${s.file}, ${s.place}`;
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
