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
    page.lines.map((line): RunningBand | null => {
      const height = page.top - page.bottom;
      if (line.y >= page.top - BAND * height) return "header";
      if (line.y <= page.bottom + BAND * height) return "footer";
      return null;
    }),
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

/** Page numbers and dates change from page to page; the rest of a running line does not. */
function normaliseRunning(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}
