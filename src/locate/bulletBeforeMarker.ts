import { type FileFormat, isProseRow, type Sheet } from "../domain/workbook.js";

/**
 * A list's mark ("•", "–", "·", "▪") at the start of a line of prose, then a
 * question's part or number with its stop or bracket ("a.", "(b)", "2a.",
 * "(ii)") and a space. A word processor puts the bullet there when a letter's
 * answers are a bulleted list whose items carry their own letters; the letter
 * is what numbers the answer. A hyphen counts only with a space after it, so
 * a minus sign or a hyphenated word is never taken for a bullet.
 */
const BULLET_BEFORE_MARKER = /^(\s*)[•·▪◦‣●○■►➢*–—-][ \t\u00a0]+(?=(?:\(?[a-h]|\(?\d{1,2}[a-h]?|\([ivx]{1,4})[.)]\s)/u;

/**
 * "• a. Identified as trafficked: 5": the bullet is dropped so the line reads
 * as the lettered part it is ("a. Identified as trafficked: 5"). Left in, the
 * readers took "a." for an answer marker after a label "•" and left the figure
 * unread, and a "• b." line no longer followed on from the question above it,
 * so its figure was taken for an earlier question's. Only prose lines change,
 * and only the bullet: the part's letter and words are kept as written. A bullet
 * before words or a figure ("• 5 were identified") is left alone. Pure.
 */
export function dropBulletsBeforeMarkers(sheet: Sheet, format: FileFormat): { sheet: Sheet; dropped: number } {
  let dropped = 0;
  const rows = sheet.rows.map((row, r) => {
    const text = row[0];
    if (row.length !== 1 || text === undefined || !isProseRow(sheet, format, r + 1)) return row;
    const bare = text.replace(BULLET_BEFORE_MARKER, "$1");
    if (bare === text) return row;
    dropped += 1;
    return [bare];
  });
  return dropped === 0 ? { sheet, dropped } : { sheet: { ...sheet, rows }, dropped };
}
