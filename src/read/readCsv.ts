import { parse } from "csv-parse/sync";
import { type Issue, makeIssue } from "../domain/issues.js";
import { cellAddress, columnLetters, type Workbook } from "../domain/workbook.js";
import { decodeText } from "./decodeText.js";
import { DELIMITER_NAMES, type Delimiter, detectDelimiter } from "./detectDelimiter.js";
import type { ReadResult } from "./readResult.js";
import { eachCsvRecord } from "./streamRows.js";

/**
 * Read a CSV (or TSV) file into a one-sheet workbook named after the file.
 *
 * Row numbers: row N of the sheet is the Nth record of the file, counting
 * blank lines as (empty) records, which is exactly the row number Excel shows
 * when it opens the file. That equals the line number in a text editor
 * unless an earlier quoted field spans several lines; Excel shows such a
 * field as one cell with line breaks, and so do we, so later rows follow
 * Excel's numbering rather than the editor's. Such fields are rare in returns.
 */
export function readCsv(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeText(file, bytes);
  const issues: Issue[] = [...decoded.issues];
  // One line-ending convention before parsing: csv-parse fixes its record
  // delimiter from the first line ending it sees, so a file mixing CRLF and LF
  // would otherwise leave stray "\r" in cells. Cells keep LF for line breaks.
  const text = decoded.text.includes("\r") ? decoded.text.replace(/\r\n?/g, "\n") : decoded.text;
  const { delimiter } = detectDelimiter(text);

  // Most files are plain RFC 4180 and read without csv-parse; it builds an
  // error object for every row whose length differs from the first, even
  // when told to accept them, which is every row under a one-cell title.
  const rows: string[][] = [];
  const plain = eachCsvRecord(text, delimiter, 1, (_row, cells) => {
    rows.push(cells);
    return true;
  });
  if (!plain.handled) {
    // Stack traces are never shown for those errors, so they are switched
    // off while parsing (a real failure keeps its message).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const parsed = parse(text, {
        delimiter,
        record_delimiter: "\n",
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
      }) as string[][];
      for (const row of parsed) rows.push(row);
    } catch (err) {
      issues.push(describeParseError(file, delimiter, err));
      return { workbook: null, issues };
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }

  const workbook: Workbook = {
    file,
    format: "csv",
    sheets: [{ name: baseName(file), rows, merges: [] }],
  };
  return { workbook, issues };
}

/**
 * csv-parse's own line number is where it gave up, which for an unclosed
 * quote is the end of the file. Its `records` count (complete records before
 * the failure) points at the record where the trouble starts, in the same
 * numbering as our rows, so the message sends the user there.
 */
function describeParseError(file: string, delimiter: Delimiter, err: unknown): Issue {
  const reason = err instanceof Error ? err.message : String(err);
  const { records, column } = err as { records?: unknown; column?: unknown };
  const row = typeof records === "number" ? records + 1 : null;
  const col = typeof column === "number" ? column + 1 : null;
  const where = row ? ` The problem starts at row ${row}${col ? `, column ${columnLetters(col)}` : ""}.` : "";
  return makeIssue("file_unparsed", {
    message: `${file} could not be read as a table of values separated by ${DELIMITER_NAMES[delimiter]} (the parser said: ${reason.replace(/\.$/, "")}).${where} Look there for a stray double quote ("), or re-save the file from Excel as CSV.`,
    file,
    cell: row ? cellAddress(row, col ?? 1) : undefined,
  });
}

export function baseName(file: string): string {
  // A file inside a zip or e-mail is named "batch.zip#folder/x.csv"; its base name is "x.csv".
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("#")) + 1);
}
