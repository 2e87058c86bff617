import { type Issue, makeIssue } from "../domain/issues.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { FigureCandidate } from "../match/figureCandidate.js";
import { isProse, locationOf, type SheetGrid } from "./sheetGrid.js";

/** A table the council gives for context, from its title row to the row before `end`. */
interface ContextSection {
  row: number;
  end: number;
  title: string;
}

/** "7.", "Q7", "Question 7" opening a row: a numbered question, answered again after the context table. */
const QUESTION_OPENS = /^\s*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?\s*[.):–-]/iu;

/**
 * "For context: unaccompanied children received through the National
 * Transfer Scheme" over a table of arrivals, under the answers: a table the
 * council adds beside its reply, about something the request did not ask.
 * Its labels may still read as the request's ("Of whom age disputed on
 * arrival by the Home Office" as disputed age assessments), and its figures
 * then contradict, or replace, the real answers. A title row of a table
 * (one short cell, never a sentence) that says so (contextHeadings)
 * opens such a section; it runs to the next numbered question, the next
 * such title, a line of a letter, or the end of the sheet.
 */
export function findContextSections(grid: SheetGrid, headings: readonly string[]): ContextSection[] {
  if (headings.length === 0) return [];
  const says = compilePatterns(headings, "iu");
  const sections: ContextSection[] = [];
  let open: ContextSection | null = null;
  for (let r = 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const only = row.length === 1 ? row[0] : undefined;
    const titled =
      only?.kind === "text" && !isProse(grid, r) && isTitle(only.text) && says.some((re) => re.test(only.text));
    const first = row[0];
    const ends = isProse(grid, r) || (first?.kind === "text" && QUESTION_OPENS.test(first.text));
    if (open && (titled || ends)) {
      open.end = r;
      sections.push(open);
      open = null;
    }
    if (titled && only) open = { row: r, end: grid.rows.length + 1, title: only.text.trim() };
  }
  if (open) sections.push(open);
  return sections;
}

/**
 * A title is short and ends without a full stop: "For comparison we have
 * repeated the figures we gave you last year." in a spreadsheet's cell is a
 * sentence about the table, whose figures are still the reply's.
 */
function isTitle(text: string): boolean {
  const t = text.trim();
  return !/[.!?]$/u.test(t) && t.split(/\s+/u).length <= MAX_TITLE_WORDS;
}

/** Longer than any table's title ("For context: unaccompanied children received through the National Transfer Scheme" is 11). */
const MAX_TITLE_WORDS = 16;

/** The figures outside every context section, and one warning per section whose figures were set aside. */
export function setAsideContextFigures(
  grid: SheetGrid,
  candidates: readonly FigureCandidate[],
  sections: readonly ContextSection[],
): { candidates: FigureCandidate[]; issues: Issue[] } {
  if (sections.length === 0) return { candidates: [...candidates], issues: [] };
  const issues: Issue[] = [];
  const kept: FigureCandidate[] = [];
  const inSection = new Map<ContextSection, FigureCandidate[]>();
  for (const c of candidates) {
    const section = sections.find((s) => c.source.row > s.row && c.source.row < s.end);
    if (!section) kept.push(c);
    else inSection.set(section, [...(inSection.get(section) ?? []), c]);
  }
  for (const [section, set] of inSection) {
    const figures = set.map((c) => `"${c.cell.text.trim()}"`).join(", ");
    issues.push(
      makeIssue("label_outside_request", {
        message: `The table under "${section.title}" in ${grid.file} (${locationOf(grid, { row: section.row, col: 1 }).cell}) is given for context, not as an answer: its figures (${figures}) were not used for any of the request's questions.`,
        file: grid.file,
        ...locationOf(grid, { row: section.row, col: grid.rows[section.row - 1]?.[0]?.col ?? 1 }),
        raw: section.title,
        severity: "warning",
      }),
    );
  }
  return { candidates: kept, issues };
}
