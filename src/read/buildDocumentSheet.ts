import type { DocumentLine, MergeRange, Sheet } from "../domain/workbook.js";
import { findTextTables } from "./findTextTables.js";
import { splitAnswerRuns } from "./splitAnswerRuns.js";

/**
 * The part of reading a Word or OpenDocument letter that does not depend on
 * the format: the readers turn their XML into blocks (prose and tables, in
 * reading order, each with the place a person finds it), and this turns the
 * blocks into the one sheet the Workbook contract asks of a document.
 */
export type DocumentBlock = ProseBlock | TableBlock;

export interface ProseBlock {
  kind: "prose";
  /** "para 14 (2a)", "footnote 2", "header", "text box 1". */
  place: string;
  /** The unit's lines: a paragraph split at its line breaks. */
  lines: string[];
}

export interface TableBlock {
  kind: "table";
  /** "table 2"; rows become "table 2 row 3". */
  place: string;
  rows: TableRow[];
}

export interface TableRow {
  cells: TableCell[];
  /** Tables and text boxes inside this row's cells, read after the row. */
  nested: DocumentBlock[];
}

export interface TableCell {
  /** The cell's paragraphs, joined by line breaks. */
  text: string;
  /** 0-based column in the table's grid. */
  col: number;
  colSpan: number;
  rowSpan: number;
}

/**
 * Tables are capped at Word's own limit of 63 columns and a little more:
 * the column a cell lands in comes from span attributes in the file, which a
 * damaged or hostile file can set to millions.
 */
export const MAX_TABLE_COLUMNS = 256;

/**
 * Build the sheet. Decisions made here, for both formats:
 *
 * - Blank lines are dropped; each place still says where the text is.
 * - Consecutive prose blocks with the same place are one unit (a footnote's
 *   or a header's several paragraphs); a unit of several lines numbers them:
 *   "para 14 line 2", counting the lines that have text.
 * - A table whose every row has a single cell is a box drawn round text
 *   (councils frame a whole reply, or a question, that way), not a table
 *   of figures: its lines are read as prose, placed "table 2 row 3", so a
 *   sentence such as "Answer: 46" inside the box reads as it would outside.
 * - Every other table row is a table row, including blank ones, so that
 *   merged ranges keep their shape; merges start at the value's cell.
 */
export function buildDocumentSheet(name: string, blocks: readonly DocumentBlock[]): Sheet {
  const rows: string[][] = [];
  const lines: DocumentLine[] = [];
  const merges: MergeRange[] = [];

  const addProse = (place: string, texts: readonly string[]) => {
    const filled = texts.map(tidyLine).filter((t) => t !== "");
    filled.forEach((text, i) => {
      rows.push([text]);
      lines.push({ kind: "prose", place: filled.length > 1 ? `${place} line ${i + 1}` : place });
    });
  };

  const addTable = (table: TableBlock) => {
    if (table.rows.length > 0 && table.rows.every((row) => row.cells.length <= 1)) {
      table.rows.forEach((row, r) => {
        addProse(`${table.place} row ${r + 1}`, row.cells[0]?.text.split("\n") ?? []);
        addBlocks(row.nested);
      });
      return;
    }
    // Sheet row of each table row; a cell's nested table can come between two.
    const sheetRows: number[] = [];
    const spans: { cell: TableCell; r: number }[] = [];
    table.rows.forEach((row, r) => {
      sheetRows.push(rows.length + 1);
      const cells: string[] = [];
      for (const cell of row.cells) {
        if (cell.col >= MAX_TABLE_COLUMNS) continue;
        while (cells.length < cell.col) cells.push("");
        cells[cell.col] = tidyCell(cell.text);
        if (cell.colSpan > 1 || cell.rowSpan > 1) spans.push({ cell, r });
      }
      rows.push(cells);
      lines.push({ kind: "table", place: `${table.place} row ${r + 1}` });
      // Nested blocks go after the row, so rows of one table stay together
      // unless a cell holds a table of its own.
      if (row.nested.length > 0) addBlocks(row.nested);
    });
    for (const { cell, r } of spans) {
      const last = Math.min(r + Math.max(1, cell.rowSpan), table.rows.length) - 1;
      merges.push({
        top: sheetRows[r] as number,
        left: cell.col + 1,
        bottom: sheetRows[last] as number,
        right: Math.min(cell.col + cell.colSpan, MAX_TABLE_COLUMNS),
      });
    }
  };

  /**
   * A run of prose units, in which a table typed with spaces (a table pasted
   * from a system in a fixed-width font) is read as rows and columns, placed
   * "para 14 (typed table 1 row 2)". A line with tabs is a row only where
   * its tabs part its cells: Word aligns a tab to its own stops, not to a
   * character count, so its positions say nothing about columns.
   */
  const addProseRun = (units: readonly { place: string; texts: string[] }[]) => {
    const raw: { place: string; text: string }[] = [];
    for (const unit of units) {
      const filled = unit.texts.filter((t) => tidyLine(t) !== "");
      filled.forEach((text, k) => {
        raw.push({ place: filled.length > 1 ? `${unit.place} line ${k + 1}` : unit.place, text });
      });
    }
    const roles = findTextTables(
      raw.map((r) => r.text.trimEnd()),
      { tabStops: false },
    );
    if (!roles.some((r) => r.kind === "table")) {
      for (const unit of units) addProse(unit.place, unit.texts);
      return;
    }
    roles.forEach((role, k) => {
      const line = raw[k] as { place: string; text: string };
      if (role.kind === "prose") {
        rows.push([tidyLine(line.text)]);
        lines.push({ kind: "prose", place: line.place });
      } else if ((role.cells ?? []).length > 0) {
        rows.push((role.cells ?? []).map(tidyLine));
        lines.push({ kind: "table", place: `${line.place} (typed table ${role.table} row ${role.row})` });
      }
    });
  };

  const addBlocks = (list: readonly DocumentBlock[]) => {
    for (let i = 0; i < list.length; i++) {
      const block = list[i] as DocumentBlock;
      if (block.kind === "table") {
        addTable(block);
        continue;
      }
      // Consecutive prose blocks with the same place are one unit; a run of units is searched for typed tables.
      const units: { place: string; texts: string[] }[] = [];
      for (; i < list.length; i++) {
        const next = list[i] as DocumentBlock;
        if (next.kind !== "prose") break;
        const last = units[units.length - 1];
        // Two questions answered in one paragraph are two lines (splitAnswerRuns).
        const texts = next.lines.flatMap(splitAnswerRuns);
        if (last && last.place === next.place) last.texts.push(...texts);
        else units.push({ place: next.place, texts });
      }
      i--;
      addProseRun(units);
    }
  };

  addBlocks(blocks);
  // A nested table's merges are added before its outer table's, so sort for a stable order.
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, rows, merges, lines };
}

/**
 * Headers often repeat: a first-page header and the default one with the
 * same words. A reader sees the words once, so a later header or footer
 * unit with exactly the lines of an earlier one is dropped.
 */
export function dropRepeatedUnits(blocks: DocumentBlock[]): DocumentBlock[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (block.kind !== "prose" || (block.place !== "header" && block.place !== "footer")) return true;
    const key = `${block.place}\n${block.lines.join("\n")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A line of prose as a person reads it: no surrounding blank space, runs of spaces as one. */
function tidyLine(text: string): string {
  return text.replace(/[ \u00a0]{2,}/g, " ").trim();
}

/** A cell's text: each of its lines tidied, blank lines dropped. */
function tidyCell(text: string): string {
  return text
    .split("\n")
    .map(tidyLine)
    .filter((t) => t !== "")
    .join("\n");
}
