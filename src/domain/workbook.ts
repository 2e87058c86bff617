/**
 * The one shape every input format is read into. Whatever the file was
 * (csv, xlsx, txt), later stages see sheets of text cells with 1-based
 * coordinates, exactly as a spreadsheet user would name them.
 */
export type FileFormat = "csv" | "xlsx" | "txt";

export interface Sheet {
  /** Sheet name for xlsx; the file name for csv/txt. */
  name: string;
  /**
   * rows[r][c] is the text of the cell at row r+1, column c+1 ("" when blank).
   * For xlsx this is the cached result of a formula, rich text flattened, and
   * numbers in their plain decimal form. Rows may be ragged.
   */
  rows: string[][];
  /** Merged ranges (1-based, inclusive); the value lives in the top-left cell. */
  merges: MergeRange[];
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Workbook {
  /** File name relative to the input folder, with forward slashes. */
  file: string;
  format: FileFormat;
  sheets: Sheet[];
}

/** 1-based column number to letters: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function cellText(sheet: Sheet, row: number, col: number): string {
  return sheet.rows[row - 1]?.[col - 1] ?? "";
}
