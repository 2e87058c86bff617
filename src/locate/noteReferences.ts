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
export function readNoteReferences(given: Workbook): NoteReferences {
  const decisions: Decision[] = [];
  const marked = readFigureNoteMarks(given);
  const workbook = marked?.workbook ?? given;
  if (marked) decisions.push({ file: workbook.file, cell: "", message: marked.message });
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
  return { workbook: decisions.length === 0 ? given : { ...workbook, sheets }, decisions };
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

/**
 * '1. "No. missing" is the number of missing episodes recorded in 2017': a note that quotes a column heading
 * (or a row's label) and says what it counts. The heading alone reads as children who went missing; the note
 * says its figures are episodes. Every figure under the heading (or in the row so
 * labelled) is warned on by its measure with the note's words (warnDefinedHeadings): re-read as the note's
 * unit, a heading shared with a row that names its own count ("Still missing" under "No. missing") turned
 * ambiguous. The note's words up to the first clause of dates or places ("recorded between …") are taken.
 */
const DEFINING_NOTE =
  /^\s*(?:(?:note\s*)?[([]?\d{1,2}[)\].:]?\s+|note\s*:\s*|\*\s*)?["“‘']([^"”’']{2,40})["”’']\s+(?:is|are|shows?|gives?|counts?|means?|refers? to)\s+(?:the\s+)?((?:number|count|total)\s+of\s+[^.;,()]{3,120})/iu;
/** Where the definition's count ends and its dates, places or qualifiers begin. */
const DEFINITION_ENDS =
  /\s(?:recorded|reported|between|from|during|in|for|since|by|at|as|on|up to|where|which|who|that|each|per|over)\b/iu;

/** Each heading a note quotes and defines, with the note's words and what it says the heading counts. */
export function headingDefinitionsOf(workbook: Workbook): { heading: string; count: string; note: string }[] {
  const definitions = new Map<string, { heading: string; count: string; note: string }>();
  for (const sheet of workbook.sheets)
    for (const row of sheet.rows)
      for (const cell of row) {
        const m = DEFINING_NOTE.exec(cell);
        if (!m?.[1] || !m[2]) continue;
        const count = m[2].split(DEFINITION_ENDS)[0]?.trim() ?? "";
        if (!/^(?:number|count|total)\s+of\s+\p{L}/iu.test(count) || count.split(/\s+/u).length > 8) continue;
        const key = m[1].trim().toLowerCase();
        // A heading defined twice, differently, is still a heading whose count a note changes; the first is kept.
        if (!definitions.has(key)) definitions.set(key, { heading: m[1].trim(), count, note: cell.trim() });
      }
  // Only a quoted text that is, whole, a heading or label cell of the workbook.
  const cells = new Set(workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => c.trim().toLowerCase()))));
  return [...definitions].filter(([k]) => cells.has(k)).map(([, d]) => d);
}

/** A figure followed by a numbered note's reference: " 21 (2)", "112 [1]", "<5 (3)". */
const FIGURE_WITH_REFERENCE = /^\s*((?:[<>]\s?)?\d[\d,]*)\s*[([](\d{1,2})[)\]]\s*$/u;
/**
 * A heading (a column's title or a row's label) followed by a numbered note's reference: "Missing episodes (1)",
 * "UASC [2]". Words before it, so a bracketed count or year is never one.
 */
const HEADING_WITH_REFERENCE = /^(\s*\p{L}.*?[\p{L})])\s*[([](\d{1,2})[)\]]\s*$/u;
/**
 * A heading's reference to a numbered note, where the heading is one of a header row's titles (a row of two or more
 * titles and no figure) and the note defines a term the heading holds ("(1) Missing episodes: the number of
 * children …" under "Trafficked - Missing episodes (1)"). A name with a count in brackets ("Sudanese (2)" in a list
 * of nationalities) is no heading, and a note that defines nothing the heading says is not its footnote.
 */
function headingReference(
  cell: string,
  row: readonly string[],
  notes: ReadonlyMap<string, readonly { words: string }[]>,
): RegExpExecArray | null {
  const m = HEADING_WITH_REFERENCE.exec(cell);
  if (!m?.[1] || !m[2]) return null;
  const titles = row.filter((c) => c.trim() !== "");
  if (titles.length < 2 || titles.some((c) => /^\s*[<>]?\s*\d[\d,.]*\s*$/u.test(c))) return null;
  const term = /^([^:–—]{3,60})[:–—]/u
    .exec(notes.get(m[2])?.[0]?.words ?? "")?.[1]
    ?.trim()
    .toLowerCase();
  return term && m[1].toLowerCase().includes(term) ? m : null;
}
/** A numbered note in brackets, "(2) Incidents are counted …", "[2] …", "Note 2: …". */
const BRACKETED_NOTE = /^\s*(?:[([](\d{1,2})[)\]]|note\s+(\d{1,2})\s*[:.–-])\s*(\p{L}.{8,})$/isu;
/** On a sheet of notes, a note may open on its number alone: "2. Incidents are counted …". */
const NUMBERED_NOTE = /^\s*(\d{1,2})[.)]\s+(\p{L}.{8,})$/su;

/**
 * " 21 (2)" for a question's answer, and on the Notes sheet "(2) Incidents are counted by the date …": the
 * "(2)" points to the numbered note, as a footnote mark does. The figure is given the note's mark ("21²") and
 * the note starts with it ("² Incidents …"), so the figure is read and the footnotes' readers weigh its note.
 * Only where every number so used names exactly one note of the workbook.
 */
function readFigureNoteMarks(workbook: Workbook): { workbook: Workbook; message: string } | null {
  const notes = new Map<string, { sheet: number; row: number; col: number; words: string }[]>();
  workbook.sheets.forEach((sheet, s) => {
    const notesSheet = /\bnotes?\b/iu.test(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const b = BRACKETED_NOTE.exec(cell);
        const n = b ? [b[1] ?? b[2], b[3]] : notesSheet ? NUMBERED_NOTE.exec(cell)?.slice(1, 3) : undefined;
        if (!n?.[0] || !n[1]) return;
        notes.set(n[0], [...(notes.get(n[0]) ?? []), { sheet: s, row: r, col: c, words: n[1] }]);
      });
    });
  });
  if (notes.size === 0) return null;
  const used = new Set<string>();
  const cells: string[] = [];
  const sheets = workbook.sheets.map((sheet, s) => {
    const rows = sheet.rows.map((row, r) =>
      row.map((cell, c) => {
        // "Missing episodes (1)" over a column, with "(1) Missing episodes: the number of children …" under the
        // table: the note says what the heading's figures count, as a footnote on the heading does ("¹").
        const m = FIGURE_WITH_REFERENCE.exec(cell) ?? headingReference(cell, row, notes);
        if (!m?.[1] || !m[2] || notes.get(m[2])?.length !== 1) return cell;
        // The note's own cell is no heading that points to it.
        if (notes.get(m[2])?.some((at) => at.sheet === s && at.row === r && at.col === c)) return cell;
        used.add(m[2]);
        cells.push(
          `"${cell.trim()}" (row ${r + 1}, column ${c + 1}${workbook.sheets.length > 1 ? `, sheet "${sheet.name}"` : ""})`,
        );
        return `${m[1].trimEnd()}${superscript(m[2])}`;
      }),
    );
    return { ...sheet, rows };
  });
  if (used.size === 0) return null;
  for (const n of used)
    for (const at of notes.get(n) ?? []) {
      const row = sheets[at.sheet]?.rows[at.row];
      if (row) row[at.col] = `${superscript(n)} ${at.words}`;
    }
  return {
    workbook: { ...workbook, sheets },
    message: `Figures or headings with a numbered note's reference (${cells.join(", ")}) are read with the note's mark; the note is their footnote.`,
  };
}
