import type { PdfLine } from "./buildLines.js";
import type { LineRole } from "./findTables.js";
import { columnsUnder } from "./numberColumn.js";

interface Span {
  x0: number;
  x1: number;
}

/** A table found on a page: its number, its columns, and the indices of its lines in order. */
interface TableLines {
  table: number;
  columns: readonly Span[];
  lines: readonly number[];
}

/** A figure alone in its cell: "59", "1,234", "41.7", "<5", "12%". */
const FIGURE = /^(?:[<>≤]?\s*\d[\d,.]*\s?%?|[*~-])$/u;

/**
 * "Year" and "Q1 UASC taken into care" printed so close together over a
 * table's first two columns (the row labels "2021/22" and the figures "59")
 * that they read as one heading: the header then has a column fewer than the
 * rows under it, so the two are found as separate tables, and the header's
 * cells, read in order, stood one column left of their figures ("Q2a
 * Spontaneous arrivals" over the NTS figures, the last column unheaded).
 *
 * Where a table of headings (`header`, words only) stands straight above a
 * table of figures (`body`) with more columns, its cells are put over the
 * figures' columns by where they are on the page: a heading over one figure
 * column heads it; a heading that reaches over the rows' label column and
 * the first figure column is cut there, word by word, each word going to the
 * column its middle is over ("Year" | "UASC taken into care"), when the words
 * over the label column start at its left, as its own heading does, and both
 * sides keep words. Only the label column may be cut off a heading this way: a heading over two columns of
 * figures names one or the other, and which is not known. When every figure
 * column gets one heading the header rows are given again in the figures'
 * columns; otherwise `ok` is false, and the caller must not pair the header's
 * cells with the figures by their order.
 */
export function placeHeaderOverFigures(
  lines: readonly PdfLine[],
  roles: LineRole[],
  header: TableLines,
  body: TableLines,
  slack: number,
): { ok: boolean } {
  const fc = [...body.columns].sort((a, b) => a.x0 - b.x0);
  const hc = [...header.columns].sort((a, b) => a.x0 - b.x0);
  const target: (number | "split")[] = [];
  const taken = new Set<number>();
  for (const h of hc) {
    const hits = columnsUnder(h, fc, slack).map((c) => fc.indexOf(c));
    if (hits.length === 1 && hits[0] !== undefined) {
      if (taken.has(hits[0])) return { ok: false };
      taken.add(hits[0]);
      target.push(hits[0]);
    } else if (hits.length === 2 && hits[0] === 0 && hits[1] === 1 && !taken.has(0) && !taken.has(1)) {
      taken.add(0);
      taken.add(1);
      target.push("split");
    } else {
      return { ok: false };
    }
  }
  // Every column of figures needs its heading; the label column may go without.
  if (fc.some((_, f) => f > 0 && !taken.has(f))) return { ok: false };
  const spanOf = (x: number): number => {
    let found = 0;
    fc.forEach((c, f) => {
      if (x >= c.x0 - slack) found = f;
    });
    return found;
  };
  const rows = new Map<number, number[]>();
  for (const index of header.lines) {
    const role = roles[index];
    if (role !== undefined && role.kind !== "prose") rows.set(role.row, [...(rows.get(role.row) ?? []), index]);
  }
  const rebuilt = new Map<number, string[]>();
  let labelStart = Number.POSITIVE_INFINITY;
  let figureWords = 0;
  for (const [row, indices] of rows) {
    const head = indices.map((i) => roles[i]).find((r) => r?.kind === "table");
    if (head?.kind !== "table") return { ok: false };
    const cells = fc.map(() => "");
    for (const [k, t] of target.entries()) {
      if (t !== "split") {
        cells[t] = head.cells[k] ?? "";
        continue;
      }
      const split: string[][] = [[], []];
      for (const index of indices) {
        for (const cell of lines[index]?.cells ?? []) {
          if (!columnsUnder(cell, hc, slack).includes(hc[k] as Span)) continue;
          for (const part of cell.parts) {
            const f = spanOf((part.x0 + part.x1) / 2);
            if (f > 1) return { ok: false };
            split[f]?.push(part.text);
            if (f === 0) labelStart = Math.min(labelStart, part.x0);
            else figureWords += 1;
          }
        }
      }
      cells[0] = (split[0] ?? []).join(" ");
      cells[1] = (split[1] ?? []).join(" ");
    }
    rebuilt.set(row, cells);
  }
  // The label column's own heading ("Year") is set at its left, as its labels are; a word further in is a
  // figures' heading reaching left ("Suspected" of "Suspected trafficked UASC"), and cutting it off would
  // change what the figures count. So is a cut that leaves either side with no words.
  const label = fc[0] as Span;
  if (target.includes("split") && !(labelStart <= label.x0 + (label.x1 - label.x0) / 3 && figureWords > 0))
    return { ok: false };
  for (const [row, indices] of rows) {
    for (const index of indices) {
      const role = roles[index];
      if (role?.kind === "table") roles[index] = { ...role, cells: rebuilt.get(row) ?? role.cells };
    }
  }
  return { ok: true };
}

/**
 * Whether `header` is a table of headings only, straight above `body`, a
 * table with more columns whose rows are a label and then figures: the
 * layout placeHeaderOverFigures is for.
 */
export function standsOverFigures(roles: readonly LineRole[], header: TableLines, body: TableLines): boolean {
  if (header.columns.length >= body.columns.length) return false;
  const above = header.lines;
  const below = body.lines;
  if (above.length === 0 || below.length === 0) return false;
  // Lines are indexed in page order, so the header's last line must sit straight above the body's first.
  if ((above.at(-1) ?? -2) + 1 !== below[0]) return false;
  const headerRows = above.flatMap((i) => {
    const r = roles[i];
    return r?.kind === "table" ? [r.cells] : [];
  });
  const bodyRows = below.flatMap((i) => {
    const r = roles[i];
    return r?.kind === "table" ? [r.cells] : [];
  });
  const wordsOnly = headerRows.every((cells) => cells.every((c) => c === "" || !FIGURE.test(c.trim())));
  const labelled = bodyRows.every(
    (cells) =>
      cells[0] !== undefined &&
      cells[0] !== "" &&
      !FIGURE.test(cells[0].trim()) &&
      cells.slice(1).some((c) => FIGURE.test(c.trim())),
  );
  return wordsOnly && labelled;
}
