import { cellAddress, type FileFormat } from "./workbook.js";

/** Where a figure came from, in the user's coordinates. */
export interface Source {
  file: string;
  format: FileFormat;
  sheet: string;
  /** 1-based row and column. */
  row: number;
  col: number;
}

/**
 * Human-readable provenance: `Lewisham.xlsx#Missing!C3` for workbooks,
 * `Devon.csv:8:2` (row:column) for csv and `letter.txt:12` (line) for text.
 */
export function formatSource(s: Source): string {
  switch (s.format) {
    case "xlsx":
      return `${s.file}#${s.sheet}!${cellAddress(s.row, s.col)}`;
    case "csv":
      return `${s.file}:${s.row}:${s.col}`;
    case "txt":
      return `${s.file}:${s.row}`;
  }
}

/** The cell as quality.csv names it: A1 for spreadsheets, "line N" for text. */
export function formatCell(s: Pick<Source, "format" | "row" | "col">): string {
  return s.format === "txt" ? `line ${s.row}` : cellAddress(s.row, s.col);
}

/** Where a message tells a council officer to look. */
export function describeSource(s: Source): string {
  switch (s.format) {
    case "xlsx":
      return `${s.file}, sheet "${s.sheet}", cell ${cellAddress(s.row, s.col)}`;
    case "csv":
      return `${s.file}, row ${s.row}, column ${cellAddress(s.row, s.col).replace(/\d+$/, "")}`;
    case "txt":
      return `${s.file}, line ${s.row}`;
  }
}

/** Location fields for an issue raised at a source. */
export function issueLocation(s: Source): { file: string; sheet?: string; cell: string } {
  return s.format === "xlsx"
    ? { file: s.file, sheet: s.sheet, cell: formatCell(s) }
    : { file: s.file, cell: formatCell(s) };
}
