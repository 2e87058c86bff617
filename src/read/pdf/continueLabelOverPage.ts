import { joinWrapped, type PdfLine } from "./buildLines.js";
import type { LineRole } from "./findTables.js";
import { endsOpen } from "./openLabelEnd.js";

/** How far (points) a line may start from the label column's left edge and still be in it. */
const LABEL_EDGE_SLACK = 3;
/** A wrapped label's next line opens in lower case or with a bracket, dash or slash ("(UASC) or a …", "suspected …"). */
const WRAPPED_OPENING = /^(?:\p{Ll}|[(/–—-]\s?\p{L})/u;
/** Lines of one wrapped cell follow each other at about 1.2 of the font's height; wider is a paragraph break. */
const WRAP_GAP = 1.5;
/** A label wraps over a few lines at most. */
const MAX_LINES = 4;
/**
 * A question restated in full in a narrow column may run on for many lines past a repeated header
 * ("number of" / "individual incidents" / … / "absent."): more than a few only when they end its sentence.
 */
const MAX_SENTENCE_LINES = 16;
/** How a restated question's last line ends: its sentence's full stop or question mark. */
const SENTENCE_END = /[.?]$/u;

/**
 * "1d. Identified as an unaccompanied asylum-seeking child | 3 | 6 | 5 | 4"
 * at the foot of one page, "(UASC) or a separated child who have also been
 * identified or" / "… slavery." at the top of the next: a table's row whose
 * label wraps over the page break. Each page's tables are found on their
 * own, so the lines at the top of the next page were prose, and the row kept
 * only the first line of its label, which read as another question's (1c's)
 * words. The lines that open the page (before any other line), one cell
 * each, starting at the left edge of the label column of the row that ended
 * the page before, the first opening as a wrapped label's next line does and
 * each at line spacing under the one before, are that label's rest. Returns
 * how many of the page's first lines they are (0 when none).
 */
export function continueLabelOverPage(
  lines: readonly PdfLine[],
  roles: readonly LineRole[],
  labelX0: number | null,
): number {
  if (labelX0 === null) return 0;
  let taken = 0;
  for (let k = 0; k < lines.length && k < MAX_LINES; k++) {
    const line = lines[k] as PdfLine;
    const cell = line.cells[0];
    if (roles[k]?.kind !== "prose" || line.cells.length !== 1 || !cell) break;
    if (Math.abs(cell.x0 - labelX0) > LABEL_EDGE_SLACK) break;
    if (k === 0 && !WRAPPED_OPENING.test(cell.text)) break;
    const upper = lines[k - 1];
    if (upper && upper.y - line.y > WRAP_GAP * Math.max(upper.height, line.height)) break;
    taken += 1;
  }
  // The label's rest is followed by the table going on (a row of its own), never by prose: a
  // paragraph after a table that happens to start at its label's edge is not part of the last row.
  return roles[taken]?.kind === "table" ? taken : 0;
}

/** Which of a page's first lines go where when a label goes on past the table's header repeated over the break. */
export interface PastRepeatedHeader {
  /** The repeated header's first cell, its wrapped lines joined: it stands for them in the header row. */
  headerLabel: string;
  /** The header's wrapped lines (after its first), taken into it. */
  headerLines: number[];
  /** The lines that are the rest of the label of the row that ended the page before. */
  labelLines: number[];
}

/**
 * "Digwyddiadau - plant ar eu pennau eu hunain /" | 1 | 0 | 3 | 1 at the foot
 * of one page, then the table's header repeated at the top of the next
 * ("Cwestiwn /" | 2021 | 2022 | … over "Question"), then "Incidents - UASC" /
 * "(3b)" with no figures, then the next row: the label wrapped over the page
 * break, and the word processor repeated the header row before its rest. A
 * page whose table opens with the same column headings as the header of the
 * table that ended the page before, its first cell's wrapped lines making the
 * same first cell, repeats that header; the rows of a label alone under it
 * (at most a few), followed by a row of figures, are the rest of the label of
 * the row that ended that page (more only when they end its sentence: a
 * question restated in full), and only when the label that ended the page is
 * unfinished or the rows end its sentence. A header over other columns is another table,
 * and rows of a label alone with no row of figures after them are left alone.
 */
export function continueLabelPastRepeatedHeader(
  cells: readonly (readonly string[] | null)[],
  endedHeader: readonly string[] | null,
  endedLabel: string,
): PastRepeatedHeader | null {
  const first = cells[0];
  if (!endedHeader || !first || first.length < 2 || first.length !== endedHeader.length) return null;
  const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim();
  const headings = first.slice(1).map(squeeze);
  if (headings.every((h) => h === "") || headings.some((h, k) => h !== squeeze(endedHeader[k + 1] ?? ""))) {
    return null;
  }
  const labelOnly = (row: readonly string[] | null | undefined): row is readonly string[] =>
    !!row && squeeze(row[0] ?? "") !== "" && row.slice(1).every((c) => squeeze(c) === "");
  const wanted = squeeze(endedHeader[0] ?? "");
  let headerLabel = squeeze(first[0] ?? "");
  const headerLines: number[] = [];
  let k = 1;
  while (headerLabel !== wanted) {
    const row = cells[k];
    if (!labelOnly(row)) return null;
    const joined = squeeze(joinWrapped(headerLabel, row[0] ?? ""));
    if (!wanted.startsWith(joined)) return null;
    headerLabel = joined;
    headerLines.push(k);
    k += 1;
  }
  const labelLines: number[] = [];
  while (labelLines.length < MAX_SENTENCE_LINES && labelOnly(cells[k])) {
    labelLines.push(k);
    k += 1;
  }
  const last = cells[k - 1]?.[0] ?? "";
  if (labelLines.length > MAX_LINES && !SENTENCE_END.test(squeeze(last))) return null;
  // The label that ended the page must be unfinished ("… eu hunain /"), or the rows must finish its sentence: a
  // finished label ("UASC who went missing (2b)") followed by a section's heading ("Missing incidents") is a row
  // and a heading, and joining them would give its figures the heading's count.
  if (!endsOpen(endedLabel) && !SENTENCE_END.test(squeeze(last))) return null;
  const next = cells[k];
  const hasFigures = !!next && next.slice(1).some((c) => squeeze(c) !== "");
  return labelLines.length > 0 && hasFigures ? { headerLabel, headerLines, labelLines } : null;
}
