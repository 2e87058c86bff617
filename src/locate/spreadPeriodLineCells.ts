import type { DocumentLine, Sheet, Workbook } from "../domain/workbook.js";
import { isPeriodThenAnswer } from "./readPeriodLines.js";

/**
 * "1a. Identified as trafficked …" | "2021 – 0 (nil) / 2022 – 8 / 2023 – 3 /
 * 2024 (1 January – 30 April) – 0 (nil)": a Word or OpenDocument letter's
 * "Question | Answer" table whose answer cell gives a period a line. Read as
 * one cell, the answer is four figures run together and none is read. A
 * letter written without the table says the same with the question on one
 * line and a period and its figure on each line under it, which
 * readPeriodLines reads (each line's period its own, the question above
 * saying what is counted). So such a row is laid out as that letter: its
 * question cell becomes a line, and each line of its answer cell a line
 * under it, each keeping the place a person finds it by ("table 1 row 2 col
 * 2 line 3").
 *
 * Only a document's table row (its rows carry their places, so rows added
 * here shift no cell address), of exactly two filled cells, whose second
 * cell is two or more lines that are each a period and a short answer
 * ("2021 – 7", "2024 (Jan–Apr): <5"), each period named once. An answer cell
 * with any other line (a heading "By nationality:", a sentence) is left
 * whole, as are rows of more cells (a group's answers side by side).
 */
export function spreadPeriodLineCells(sheet: Sheet): { sheet: Sheet; spread: number[] } {
  const lines = sheet.lines;
  if (!lines) return { sheet, spread: [] };
  const rows: string[][] = [];
  const places: DocumentLine[] = [];
  const spread: number[] = [];
  // Rows of the original sheet, 0-based, to the row they start at in the new one, for the merged ranges.
  const startOf: number[] = [];
  sheet.rows.forEach((cells, r) => {
    startOf.push(rows.length);
    const line = lines[r];
    const answerLines = line?.kind === "table" ? periodLinesOf(cells) : null;
    if (!line || !answerLines) {
      rows.push(cells);
      places.push(line ?? { kind: "prose" });
      return;
    }
    const filled = cells.flatMap((t, i) => (t.trim() === "" ? [] : [i + 1]));
    const [questionCol, answerCol] = filled;
    const at = (col: number | undefined) => (line.place === undefined ? {} : { place: `${line.place} col ${col}` });
    rows.push([(cells[(questionCol ?? 1) - 1] ?? "").trim()]);
    places.push({ kind: "prose", ...at(questionCol) });
    answerLines.forEach((text, k) => {
      rows.push([text]);
      places.push({
        kind: "prose",
        ...(line.place === undefined ? {} : { place: `${line.place} col ${answerCol} line ${k + 1}` }),
      });
    });
    spread.push(r + 1);
  });
  if (spread.length === 0) return { sheet, spread };
  const shifted = (row: number) => (startOf[row - 1] ?? row - 1) + 1;
  // A merged range over a spread row would now cover lines it never spanned; one that starts there is dropped.
  const merges = sheet.merges
    .filter((m) => !spread.some((r) => r >= m.top && r <= m.bottom))
    .map((m) => ({ ...m, top: shifted(m.top), bottom: shifted(m.bottom) }));
  const continuedRows = sheet.continuedRows?.map(shifted);
  return {
    sheet: { ...sheet, rows, lines: places, merges, ...(continuedRows ? { continuedRows } : {}) },
    spread,
  };
}

/** The answer cell's lines, when the row is a question and an answer given a period a line; else null. */
function periodLinesOf(cells: readonly string[]): string[] | null {
  const filled = cells.filter((t) => t.trim() !== "");
  if (filled.length !== 2) return null;
  const question = filled[0] ?? "";
  // The question cell is one of words; a cell of periods is a header, not a question.
  if (!/\p{L}{3}/u.test(question) || isPeriodThenAnswer(question.trim())) return null;
  const answer = (filled[1] ?? "")
    .split("\n")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (answer.length < 2 || !answer.every(isPeriodThenAnswer)) return null;
  const periods = answer.map((t) =>
    /^\D*((?:19|20)\d{2}(?:\s*[-/\u2013]\s*\d{2,4})?)/u.exec(t)?.[1]?.replace(/\D/gu, ""),
  );
  return new Set(periods).size === answer.length ? answer : null;
}

/** The workbook with every sheet's question-and-answer rows spread (spreadPeriodLineCells), and what was done. */
export function spreadWorkbookCells(workbook: Workbook): { workbook: Workbook; decisions: string[] } {
  const decisions: string[] = [];
  const sheets = workbook.sheets.map((sheet) => {
    const out = spreadPeriodLineCells(sheet);
    if (out.spread.length > 0) {
      const places = out.spread.map((r) => sheet.lines?.[r - 1]?.place ?? `row ${r}`);
      decisions.push(
        `${places.join(", ")}: a question beside an answer cell that gives a period a line ("2022 – 8"), read as the question's line with each period's line under it.`,
      );
    }
    return out.sheet;
  });
  return decisions.length === 0 ? { workbook, decisions } : { workbook: { ...workbook, sheets }, decisions };
}
