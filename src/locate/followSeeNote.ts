import type { Decision } from "../domain/facts.js";
import type { FigureCandidate } from "../match/figureCandidate.js";
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
export function followSeeNotes(candidates: FigureCandidate[], grid: SheetGrid, env: LocateEnv): Decision[] {
  const decisions: Decision[] = [];
  const found = new Map<string, { row: number; status: "refused" | "not_held"; text: string } | null>();
  for (const [i, c] of candidates.entries()) {
    if (!SEE_NOTE.test(c.cell.text) || c.cell.parsed?.status !== "not_answered") continue;
    const own = [...c.rowLabel, ...c.header].find((l) => l.questionNumber !== null)?.questionNumber ?? null;
    if (own === null) continue;
    if (!found.has(own)) found.set(own, noteFor(own, grid, env));
    const note = found.get(own);
    if (!note) continue;
    const parsed = parseCached(env, note.text);
    candidates[i] = { ...c, cell: { ...c.cell, parsed } };
    decisions.push({
      file: grid.file,
      ...locationOf(grid, c.cell),
      message: `"${c.cell.text.trim()}" for question ${own} takes the answer of the note on row ${note.row} ("${note.text.trim().slice(0, 120)}"): ${note.status === "refused" ? "refused" : "not held"}.`,
    });
  }
  return decisions;
}

/** The one prose line that names question `number` and refuses it or says it is not held. */
function noteFor(
  number: string,
  grid: SheetGrid,
  env: LocateEnv,
): { row: number; status: "refused" | "not_held"; text: string } | null {
  const [, digits, letter] = /^(\d{1,2})([a-z]?)$/u.exec(number) ?? [];
  if (digits === undefined) return null;
  const part = letter ? `\\s?\\(?${letter}\\)?` : "";
  const byNumber = new RegExp(`\\b(?:question|q)\\.?\\s?${digits}${part}(?![\\da-z])`, "iu");
  const byPart = letter
    ? new RegExp(`\\bpart\\s\\(?${letter}\\)?\\s(?:of\\s(?:this|the)\\s(?:question|request)\\b)`, "iu")
    : null;
  const notes: { row: number; status: "refused" | "not_held"; text: string }[] = [];
  let numbered: string | null = null;
  for (let r = 1; r <= grid.rows.length; r++) {
    const kind = grid.sheet.lines?.[r - 1]?.kind;
    const text = (grid.sheet.rows[r - 1] ?? []).join(" ").trim();
    if (kind !== "prose" || text === "") continue;
    // The numbered question a paragraph sits under ("1. Looked after children …").
    const opens = /^\s*(\d{1,2})[.)]\s/u.exec(text)?.[1];
    if (opens !== undefined) numbered = opens;
    const names = byNumber.test(text) || (byPart !== null && numbered === digits && byPart.test(text));
    if (!names) continue;
    const status = parseCached(env, text).status;
    if (status === "refused" || status === "not_held") notes.push({ row: r, status, text });
  }
  return notes.length === 1 ? (notes[0] ?? null) : null;
}
