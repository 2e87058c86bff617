import type { Workbook } from "../domain/workbook.js";
import { decodeText } from "./decodeText.js";
import { baseName } from "./readCsv.js";
import type { ReadResult } from "./readResult.js";

/**
 * Read a plain-text file (usually a letter) into a one-sheet workbook: each
 * line is one row with the whole line in column A, so row N is line N as a
 * text editor numbers it. The final line ending does not make an extra row.
 */
export function readText(file: string, bytes: Uint8Array): ReadResult {
  const { text, issues } = decodeText(file, bytes);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const workbook: Workbook = {
    file,
    format: "txt",
    sheets: [{ name: baseName(file), rows: lines.map((line) => [line]), merges: [] }],
  };
  return { workbook, issues };
}
