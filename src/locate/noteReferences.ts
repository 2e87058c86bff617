import type { Decision } from "../domain/facts.js";
import type { Sheet, Workbook } from "../domain/workbook.js";

/** A column heading that holds references to numbered notes, not figures: "Note", "Notes", "Note ref", "Footnote". */
const NOTE_HEADING = /^\s*(?:notes?|foot\s?notes?|note\s?(?:ref(?:erence)?s?|no\.?|numbers?)|see notes?)\s*$/iu;
/** A cell that points to notes: "1", "(2)", "[3]", "1, 2", "note 1". */
const REFERENCE = /^\s*(?:notes?\s*)?[([]?(\d{1,2})[)\]]?(?:\s*[,;&]\s*[([]?(\d{1,2})[)\]]?)?\s*$/iu;
/** A numbered note's number in a cell of its own, or in front of its words: "1", "1.", "Note 1:", "(1)", "[1]". */
const NOTE_NUMBER = /^\s*(?:notes?\s*)?[([]?(\d{1,2})[)\]]?\s*[.:)–-]?\s*(?=$|\p{L})/iu;

export interface NoteReferences {
  workbook: Workbook;
  decisions: Decision[];
}

/** The workbook with every sheet's note references read (readSheetNoteReferences); the same object when none. */
export function readNoteReferences(workbook: Workbook): NoteReferences {
  const decisions: Decision[] = [];
  const sheets = workbook.sheets.map((sheet) => {
    const read = readSheetNoteReferences(sheet);
    if (read === null) return sheet;
    decisions.push({
      file: workbook.file,
      ...(workbook.sheets.length > 1 ? { sheet: sheet.name } : {}),
      cell: "",
      message: read.message,
    });
    return read.sheet;
  });
  return { workbook: decisions.length === 0 ? workbook : { ...workbook, sheets }, decisions };
}

/**
 * "Question | Answer | Note" with "1" in the Note column and, under the
 * table, "1 | Episodes counted from 1 April 2015 only": the 1 points to a
 * note, it is no figure. Read as a figure it gave a second answer to its
 * question (a conflict) or, beside "N/A", an answer the council never gave.
 * The row's label is given the note's mark ("3. Number of missing
 * episodes¹") and the note starts with it ("¹ Episodes counted …"), as
 * councils write footnotes in one cell, so the notes' readers reach the
 * figures each note is about. Only a column so headed, and only
 * numbers that name notes found below the heading: any other number in it
 * is left as it is.
 */
function readSheetNoteReferences(sheet: Sheet): { sheet: Sheet; message: string } | null {
  const rows = sheet.rows;
  for (let h = 0; h < rows.length; h++) {
    const header = rows[h] ?? [];
    const col = header.findIndex((t, c) => c > 0 && NOTE_HEADING.test(t));
    if (col < 0 || !header.some((t, c) => c !== col && /\p{L}{3}/u.test(t))) continue;
    // The notes sit under the table, after a blank line or a "Notes" heading: the table's own rows are
    // numbered too ("1. Looked after children …") and are no notes.
    const end = rows.findIndex((row, r) => r > h && (row.every((t) => t.trim() === "") || isNotesHeading(row)));
    if (end < 0) continue;
    const notes = numberedNotes(rows, end + 1);
    if (notes.size === 0) continue;
    const out = rows.map((row) => [...row]);
    const replaced: string[] = [];
    for (let r = h + 1; r < end; r++) {
      const m = REFERENCE.exec(out[r]?.[col] ?? "");
      if (!m) continue;
      const refs = [m[1], m[2]].filter((n): n is string => n !== undefined);
      if (refs.some((n) => !notes.has(n))) continue;
      const row = out[r];
      const label = row?.findIndex((t, c) => c < col && /\p{L}/u.test(t)) ?? -1;
      if (row === undefined || label < 0) continue;
      // The row's label carries the note's mark, as "UASC looked after¹" does, and the note starts with it.
      row[label] = `${row[label]?.trimEnd()}${refs.map(superscript).join("")}`;
      row[col] = "";
      replaced.push(`row ${r + 1}`);
    }
    for (const [n, at] of notes) {
      const row = out[at.row];
      if (row !== undefined) out[at.row] = [`${superscript(n)} ${at.words}`];
    }
    if (replaced.length === 0) continue;
    return {
      sheet: { ...sheet, rows: out },
      message: `The "${header[col]?.trim()}" column's numbers (${replaced.join(", ")}) point to the numbered notes below the table: read as each row's pointer to its note, not as figures.`,
    };
  }
  return null;
}

/** Notes numbered "1 | words" (or "1. words", "Note 1: words") from row `from` on, by number. */
function numberedNotes(
  rows: readonly (readonly string[])[],
  from: number,
): Map<string, { row: number; words: string }> {
  const notes = new Map<string, { row: number; words: string }>();
  for (let r = from; r < rows.length; r++) {
    const cells = (rows[r] ?? []).map((t) => t.trim()).filter((t) => t !== "");
    const [first, ...rest] = cells;
    if (first === undefined) continue;
    const m = NOTE_NUMBER.exec(first);
    if (!m?.[1]) continue;
    const words = [first.slice(m[0].length), ...rest].join(" ").trim();
    // A note has words; "3 | 4" is a row of figures.
    if (!/\p{L}{3,}(?:\s+\p{L}+){2}/u.test(words) || notes.has(m[1])) continue;
    notes.set(m[1], { row: r, words });
  }
  return notes;
}

/** A line that heads the notes under a table: "Notes", "Footnotes:", "Key". */
function isNotesHeading(row: readonly string[]): boolean {
  const cells = row.filter((t) => t.trim() !== "");
  return cells.length === 1 && /^\s*(?:notes?|foot\s?notes?|key|notes? to the table)\s*:?\s*$/iu.test(cells[0] ?? "");
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A note's number as a footnote mark: "12" → "¹²". */
function superscript(n: string): string {
  return [...n].map((d) => SUPERSCRIPT[Number(d)] ?? d).join("");
}
