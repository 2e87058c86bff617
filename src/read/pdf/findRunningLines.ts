import type { PdfLine } from "./buildLines.js";

/** A page's lines and the page's vertical extent (page units, y upwards). */
export interface PageLines {
  top: number;
  bottom: number;
  lines: readonly PdfLine[];
}

export type RunningBand = "header" | "footer";

/**
 * Headers and footers sit in the top or bottom margin. 12% of the page
 * (about 3.5 cm of A4) covers Word's default 1.25 cm header distance plus a
 * two-line header, while body text starts below a 2.5 cm margin.
 */
const BAND = 0.12;

/**
 * "Page 2", "Page 2 of 3", "2 of 3", "2/3", "- 2 -": a page number, a footer on any page.
 * A number standing alone is one only up to three digits: "2015" at the top
 * of a page is the last line of a date wrapped in a table cell ("between 1
 * October 2014 and 30 September / 2015"), and no reply runs to a thousand pages.
 */
const PAGE_NUMBER = /^[-–—\s]*(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|\d{1,3})[-–—\s]*$/i;

/**
 * Mark the running headers and footers of a document: a line in a page's top
 * or bottom band whose text, with its numbers ignored, is printed in the
 * same band on another page (the council's address, "FOI-2024-142 Page 2 of
 * 3"), or that is just a page number. A letterhead on the first page only is
 * not repeated, so it stays part of the letter. Returns, per page, the band
 * of each line (or null).
 */
export function findRunningLines(pages: readonly PageLines[]): (RunningBand | null)[][] {
  const bands = pages.map((page) =>
    releaseBodyLines(
      page.lines,
      page.lines.map((line): RunningBand | null => {
        const height = page.top - page.bottom;
        if (line.y >= page.top - BAND * height) return "header";
        if (line.y <= page.bottom + BAND * height) return "footer";
        return null;
      }),
    ),
  );
  const pagesWith = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    page.lines.forEach((line, l) => {
      const band = bands[p]?.[l];
      if (!band) return;
      const key = `${band}:${normaliseRunning(line.text)}`;
      const seen = pagesWith.get(key) ?? new Set<number>();
      seen.add(p);
      pagesWith.set(key, seen);
    });
  });
  return pages.map((page, p) =>
    page.lines.map((line, l) => {
      const band = bands[p]?.[l] ?? null;
      if (!band) return null;
      if (PAGE_NUMBER.test(line.text)) return band;
      const repeated = (pagesWith.get(`${band}:${normaliseRunning(line.text)}`)?.size ?? 0) >= 2;
      return repeated ? band : null;
    }),
  );
}

/**
 * A running header or footer is set apart in the margin, a line or more from
 * the body (Word puts a footer 1.25 cm from the edge and the body 2.5 cm). A
 * line in the band set at the body's own spacing from it is the body running
 * on: a table's last row, or the second line of its wrapped period cell
 * ("1 Jan 2021 – 31 / Dec 2021"), printed low on the page, or its rows under
 * the header repeated at the top of the next. Their text repeats from page to
 * page with only its years changed, so without this they were taken for a
 * footer and their figures lost. Spacing is baseline to baseline, in line
 * heights: a wrapped line is about 1.15 apart, a padded table row about 2.
 */
const BODY_SPACING = 2;

/** Give back to the body each band line chained to it at the body's spacing, nearest the body first; a page number never is. */
function releaseBodyLines(lines: readonly PdfLine[], bands: (RunningBand | null)[]): (RunningBand | null)[] {
  const body = lines.filter((_, l) => !bands[l]).map((line) => line.y);
  if (body.length === 0) return bands;
  const released = [...bands];
  for (const band of ["header", "footer"] as const) {
    // The header's edge is the highest body line, the footer's the lowest; walk outwards from it.
    let edge = band === "header" ? Math.max(...body) : Math.min(...body);
    const order = lines
      .map((line, l) => ({ line, l }))
      .filter(({ l }) => bands[l] === band)
      .sort((a, b) => (band === "header" ? a.line.y - b.line.y : b.line.y - a.line.y));
    for (const { line, l } of order) {
      if (PAGE_NUMBER.test(line.text) || Math.abs(line.y - edge) > BODY_SPACING * line.height) break;
      released[l] = null;
      edge = line.y;
    }
  }
  return released;
}

/** Page numbers and dates change from page to page; the rest of a running line does not. */
function normaliseRunning(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}
