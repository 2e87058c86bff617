import type { Decision } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { FigureCandidate } from "../match/figureCandidate.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { type LocateEnv, locationOf, parseCached, type SheetGrid } from "./sheetGrid.js";

/** A cell that points to a note in the letter instead of answering: "See note", "see notes below". */
const SEE_NOTE = /^\s*(?:please\s+)?see\s+(?:the\s+)?(?:notes?|comments?|footnotes?)\b[^\d]{0,20}$/iu;

/**
 * "5. Number of challenges … | See note | See note" and, below the table,
 * "Note to question 5: … withheld under section 40(2)": the cells take the
 * note's answer (refused, not held), since that is the council's answer to
 * that question. So too "b) Suspected …" with "Compliance with part b) of
 * this question would … exceed the appropriate cost limit … section 12": a
 * part named in a note under its numbered question ("1."). Only a note that
 * names the cell's own question, and only one such note; otherwise the
 * cells stay "not answered here", never guessed.
 */
export function followSeeNotes(
  candidates: FigureCandidate[],
  grid: SheetGrid,
  env: LocateEnv,
): { decisions: Decision[]; issues: Issue[] } {
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  const found = new Map<string, { row: number; status: "refused" | "not_held"; text: string } | null>();
  const told = new Set<string>();
  const byNumber = new Map<string, { row: number; status: "refused" | "not_held"; text: string } | null>();
  for (const [i, c] of candidates.entries()) {
    const pointed = SEE_NUMBERED_NOTE.exec(c.cell.text)?.[1]?.toLowerCase();
    if (pointed !== undefined && c.cell.parsed?.status === "not_answered") {
      if (!byNumber.has(pointed)) byNumber.set(pointed, numberedNote(pointed, grid, env));
      const note = byNumber.get(pointed);
      if (!note) continue;
      candidates[i] = { ...c, cell: { ...c.cell, parsed: parseCached(env, note.text) } };
      decisions.push({
        file: grid.file,
        ...locationOf(grid, c.cell),
        message: `"${c.cell.text.trim()}" takes the answer of note ${pointed} on row ${note.row} ("${note.text.trim().slice(0, 120)}"): ${note.status === "refused" ? "refused" : "not held"}.`,
      });
      continue;
    }
    if (!SEE_NOTE.test(c.cell.text) || c.cell.parsed?.status !== "not_answered") continue;
    const own = [...c.rowLabel, ...c.header].find((l) => l.questionNumber !== null)?.questionNumber ?? null;
    if (own === null) {
      // "4 | Still missing … | See note": the question's number alone in its own cell opening the row.
      const bare = bareNumberOpening(grid, c.source.row, env);
      const counted = bare === null || told.has(bare) ? null : countNoteFor(bare, grid, env);
      if (bare !== null && counted) {
        told.add(bare);
        issues.push(countForNoPeriod(c, bare, counted, env));
      }
      continue;
    }
    if (!found.has(own)) found.set(own, noteFor(own, grid, env));
    const note = found.get(own);
    if (!note) {
      const counted = told.has(own) ? null : countNoteFor(own, grid, env);
      if (counted) {
        told.add(own);
        issues.push(countForNoPeriod(c, own, counted, env));
      }
      continue;
    }
    const parsed = parseCached(env, note.text);
    candidates[i] = { ...c, cell: { ...c.cell, parsed } };
    decisions.push({
      file: grid.file,
      ...locationOf(grid, c.cell),
      message: `"${c.cell.text.trim()}" for question ${own} takes the answer of the note on row ${note.row} ("${note.text.trim().slice(0, 120)}"): ${note.status === "refused" ? "refused" : "not held"}.`,
    });
  }
  return { decisions, issues };
}

/** A cell that points to a note by its number instead of answering: "See note 2", "see footnote 3". */
const SEE_NUMBERED_NOTE = /^\s*(?:please\s+)?see\s+(?:the\s+)?(?:note|footnote)\s*(\d{1,2}[a-z]?)\s*\.?\s*$/iu;

/**
 * The one line that opens with note `number` ("Note 2: … under section 12 of
 * FOISA the Council is not obliged to comply") and refuses or says not held:
 * the answer of every cell that points to it. A prose line, or in a sheet a
 * row of one cell (a note typed under the table). None when no line, or
 * more than one, opens so: a pointer is followed only where it is plain.
 */
function numberedNote(
  number: string,
  grid: SheetGrid,
  env: LocateEnv,
): { row: number; status: "refused" | "not_held"; text: string } | null {
  const opens = new RegExp(`^\\s*(?:note|footnote)\\s*${number}\\s*[:.)\\-–—]`, "iu");
  const found: { row: number; text: string }[] = [];
  for (let r = 1; r <= grid.rows.length; r++) {
    const kind = grid.sheet.lines?.[r - 1]?.kind;
    const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
    const text = cells.join(" ").trim();
    const noteRow = grid.sheet.lines === undefined ? cells.length === 1 : kind === "prose";
    if (noteRow && opens.test(text)) found.push({ row: r, text });
  }
  const [note] = found;
  if (found.length !== 1 || !note) return null;
  const status = parseCached(env, note.text).status;
  return status === "refused" || status === "not_held" ? { ...note, status } : null;
}

/** The request's question number a row opens with, alone in its cell ("4", "Q1a"), or null. */
function bareNumberOpening(grid: SheetGrid, row: number, env: LocateEnv): string | null {
  const first = (grid.sheet.rows[row - 1] ?? []).find((t) => t.trim() !== "") ?? "";
  const number = /^\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*[.)]?\s*$/iu.exec(first)?.[1]?.toLowerCase();
  return number !== undefined && env.knowledge.request.questions.some((q) => q.number === number) ? number : null;
}

/** The one prose line that names question `number` and refuses it or says it is not held. */
function noteFor(
  number: string,
  grid: SheetGrid,
  env: LocateEnv,
): { row: number; status: "refused" | "not_held"; text: string } | null {
  const notes = notesNaming(number, grid, env).filter(
    (n): n is { row: number; status: "refused" | "not_held"; text: string } =>
      n.status === "refused" || n.status === "not_held",
  );
  return notes.length === 1 ? (notes[0] ?? null) : null;
}

/** A count in prose ("3 children"), not a day, month or year. */
const COUNT = /(?<![\d/.:-])\d{1,4}(?![\d/.:-])/u;

/**
 * "Note Q4: 3 children … were recorded as missing and not found as at
 * 30/04/2024. We cannot report this by year.": the one note naming the
 * question gives a count, but in a round of several periods it names none
 * of them, so the cells that point to it take no figure for any period. It
 * is told (the figure is left for the reader), never given to the cell's column.
 */
function countNoteFor(number: string, grid: SheetGrid, env: LocateEnv): { row: number; text: string } | null {
  const periods = env.knowledge.request.periods;
  if (periods.length < 2) return null;
  const notes = notesNaming(number, grid, env, true);
  const [note] = notes;
  if (notes.length !== 1 || !note || note.status === "refused" || note.status === "not_held") return null;
  const words = note.text.replace(/\b(?:question|q)\.?\s?\d{1,2}[a-z]?\b/giu, " ");
  if (!COUNT.test(words.replace(/\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:19|20)\d{2}\b/gu, " "))) return null;
  if (periodsNamed(note.text, periods).length > 0) return null;
  return { row: note.row, text: note.text };
}

function countForNoPeriod(c: FigureCandidate, own: string, note: { row: number; text: string }, env: LocateEnv): Issue {
  const asked = env.knowledge.request.questions.find((q) => q.number === own)?.measures ?? [];
  const measure = asked.length === 1 ? asked[0] : undefined;
  return makeIssue("figure_period_not_stated", {
    message: `"${c.cell.text.trim()}" for question ${own} in ${describeSource(c.source)} points to the note on row ${note.row} ("${note.text.trim().slice(0, 160)}"), which gives a figure for none of the requested periods: it is not counted for any period.`,
    ...issueLocation(c.source),
    ...(measure ? { measure } : {}),
    raw: note.text.trim().slice(0, 200),
  });
}

/** The prose lines that name question `number`, each with what its words parse as. */
function notesNaming(
  number: string,
  grid: SheetGrid,
  env: LocateEnv,
  /**
   * In a spreadsheet (no lines of prose told apart), a row of one cell of
   * five words or more is a note too ("Note Q4: 3 children … as at …").
   */
  sheetNotes = false,
): { row: number; status: string | undefined; text: string }[] {
  const [, digits, letter] = /^(\d{1,2})([a-z]?)$/u.exec(number) ?? [];
  if (digits === undefined) return [];
  const part = letter ? `\\s?\\(?${letter}\\)?` : "";
  const byNumber = new RegExp(`\\b(?:question|q)\\.?\\s?${digits}${part}(?![\\da-z])`, "iu");
  const byPart = letter
    ? new RegExp(`\\bpart\\s\\(?${letter}\\)?\\s(?:of\\s(?:this|the)\\s(?:question|request)\\b)`, "iu")
    : null;
  const notes: { row: number; status: string | undefined; text: string }[] = [];
  let numbered: string | null = null;
  for (let r = 1; r <= grid.rows.length; r++) {
    const kind = grid.sheet.lines?.[r - 1]?.kind;
    const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
    const text = cells.join(" ").trim();
    const sheetNote =
      sheetNotes && grid.sheet.lines === undefined && cells.length === 1 && text.split(/\s+/u).length >= 5;
    if ((kind !== "prose" && !sheetNote) || text === "") continue;
    // The numbered question a paragraph sits under ("1. Looked after children …").
    const opens = /^\s*(\d{1,2})[.)]\s/u.exec(text)?.[1];
    if (opens !== undefined) numbered = opens;
    const names = byNumber.test(text) || (byPart !== null && numbered === digits && byPart.test(text));
    if (!names) continue;
    notes.push({ row: r, status: parseCached(env, text).status, text });
  }
  return notes;
}
