import { showControls } from "../domain/showControls.js";

/** Re-exported: the CSV writer was its first home. */
export { showControls };

/** A cell as the row builders produce it; null and undefined are written as empty. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 CSV with `\n` line ends and a header row. A field is quoted when
 * it holds a comma, quote or line break, and also when it starts or ends with
 * whitespace, because some readers (Excel among them) trim unquoted spaces
 * and raw text must survive the round trip exactly.
 */
export function formatCsv<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[]): string {
  const lines = [columns.map(formatField).join(",")];
  for (const row of rows) {
    lines.push(columns.map((c) => formatField(row[c] as CsvCell)).join(",")); // columns are keys of Row
  }
  return `${lines.join("\n")}\n`;
}

function formatField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = showControls(typeof cell === "string" ? neutraliseFormula(cell) : String(cell));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Plain numbers such as "-3" or "+4.5" are harmless: a spreadsheet reads them as the number they are. */
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet treats a cell that
 * starts with `=`, `+`, `-` or `@` as a formula, and a leading tab or
 * carriage return can hide such a start. Text read from a council's file
 * (raw answers, labels, sheet and file names, override reasons) must never
 * run as a formula on a researcher's machine, so such text gets a leading
 * single quote, which spreadsheets show as text. Number cells are written
 * from numbers and never pass through here; a text cell that is only a
 * number ("-3") is left alone, as it cannot be a formula. The JSON outputs
 * keep the text exactly as found.
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
