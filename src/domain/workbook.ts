/**
 * The one shape every input format is read into. Whatever the file was
 * (csv, a spreadsheet, a letter in Word, OpenDocument, PDF or an e-mail),
 * later stages see sheets of text cells with 1-based coordinates, exactly
 * as a spreadsheet user would name them.
 */
export const FILE_FORMATS = ["csv", "xlsx", "txt", "docx", "odt", "ods", "pdf", "xls", "doc", "rtf", "eml"] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function isFileFormat(name: string): name is FileFormat {
  return (FILE_FORMATS as readonly string[]).includes(name);
}

/** Formats whose sheets have names a person sees (tabs of a workbook), so a place names the sheet. */
export const NAMED_SHEETS: ReadonlySet<FileFormat> = new Set(["xlsx", "ods", "xls"]);

/**
 * A row of a document (a letter in Word, OpenDocument, PDF or e-mail): a
 * line of its prose, or a row of a table inside it, and where a person
 * finds it. Prose and tables stay in reading order on one sheet, so a
 * heading or numbered question in the prose labels the table below it.
 */
export interface DocumentLine {
  /**
   * "prose": a paragraph or line, its whole text in column A, read as a
   * sentence; "table": a row of a table, one cell per column.
   */
  kind: "prose" | "table";
  /**
   * Where a person finds the row: "para 14 (2a)", "page 2 line 14",
   * "table 2 row 3", "page 2 table 1 row 3", "body line 12". A table
   * cell's place adds " col N". Absent where the format's own notation
   * says it (a .txt letter's line number).
   */
  place?: string;
}

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
  /**
   * Documents only: lines[r] says what row r+1 is and where a person finds
   * it. Absent for csv and spreadsheets (every row a table row) and for
   * .txt letters (every row a line of prose, placed by its line number).
   */
  lines?: DocumentLine[];
  /**
   * Rows (1-based) left blank because their text, a wrapped line of a
   * letter, was joined onto the row above (joinWrappedLines). They are no
   * blank line of the letter: an answer under a question wrapped over four
   * lines is right under it.
   */
  continuedRows?: number[];
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
  /**
   * An e-mail's Date and Subject headers, as decoded text. The body is read
   * as its letter, but when it was sent (which of two replies is later) and
   * what it says it is ("… - CORRECTION") are only in its headers.
   */
  headers?: { date: string; subject: string };
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

/** Whether row `row` (1-based) is a line of a letter's prose, read as sentences, rather than a table row. */
export function isProseRow(sheet: Sheet, format: FileFormat, row: number): boolean {
  if (sheet.lines) return sheet.lines[row - 1]?.kind === "prose";
  return format === "txt";
}
