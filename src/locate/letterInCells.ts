/**
 * A covering letter pasted into a spreadsheet, one sentence to a row, above
 * the table ("Dear ECPAT UK," / "Thank you for your request … received on 23
 * November 2015." / "… section 40(2).") : its dates, references and section
 * numbers are no figures, and nothing in the grid says where the letter ends
 * and the table starts but the shape. The rows that read as such a letter:
 * a run of four or more from the top (blank rows aside) that each hold one
 * cell of running text, a sentence of six words or more or a salutation.
 * The run ends at the first row of two or more cells. Pure; rows are 1-based.
 */
export function letterRowsInCells(rows: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  for (let r = 1; r <= rows.length; r++) {
    const cells = (rows[r - 1] ?? []).filter((t) => t.trim() !== "");
    if (cells.length === 0) continue;
    if (cells.length > 1) break;
    const text = (cells[0] ?? "").trim();
    if (isLetterLine(text)) out.push(r);
  }
  return out.length >= 4 ? out : [];
}

/** A sentence ("… is set out in the table below.") or a letter's salutation or close. */
function isLetterLine(text: string): boolean {
  if (/^(?:dear\b|yours (?:sincerely|faithfully)\b|kind regards\b|regards\b)/iu.test(text)) return true;
  const words = text.split(/\s+/u).length;
  return words >= 6 && /[.,;:!]$/u.test(text) && !text.endsWith("?");
}
