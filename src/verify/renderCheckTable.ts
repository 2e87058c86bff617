import type { FigureResult, FigureStatus } from "./checkFigures.js";

const MARK: Record<FigureStatus, string> = {
  exact: "✓",
  within_bounds: "✓",
  uncertain: "✓?",
  differs: "✗",
  error: "✗",
};

/**
 * The side-by-side table `foi-agg check` prints: figure, published, computed,
 * ✓/✗ and the difference, failures first. It fits `width` columns: the
 * figure's title and the difference wrap within their columns, the numbers
 * never do. Colour, if any, comes from `paint` (the CLI's renderer); without
 * it the table is plain text that reads the same in a terminal, a log or a file.
 */
export function renderCheckTable(
  results: readonly FigureResult[],
  width = 80,
  paint: (text: string, pass: boolean) => string = (text) => text,
): string {
  const ordered = [...results.filter((r) => !r.pass), ...results.filter((r) => r.pass)];
  const header = ["#", "figure", "published", "computed", "", "difference"];
  const rows = ordered.map((r) => [r.figure.id, r.figure.title, r.published, r.computed, MARK[r.status], r.difference]);
  const natural = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const GAP = 2;
  const fixed = [0, 2, 3, 4].reduce((n, i) => n + (natural[i] ?? 0), 0) + GAP * (header.length - 1);
  // The two text columns share what is left, the title first up to its natural width.
  const room = Math.max(20, width - fixed);
  const titleWidth = Math.min(natural[1] ?? 0, Math.max(12, Math.ceil(room * 0.55)));
  const diffWidth = Math.max(8, room - titleWidth);
  const widths = [natural[0] ?? 0, titleWidth, natural[2] ?? 0, natural[3] ?? 0, natural[4] ?? 0, diffWidth];
  const lines = (cells: readonly string[], pass: boolean | null): string[] => {
    const wrapped = cells.map((c, i) => (i === 1 || i === 5 ? wrapText(c, widths[i] ?? 0) : [c]));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k += 1) {
      const parts = wrapped.map((w, i) => {
        const text = w[k] ?? "";
        const padded = i === cells.length - 1 ? text : text.padEnd(widths[i] ?? 0);
        return i === 4 && pass !== null && text !== "" ? paint(padded, pass) : padded;
      });
      out.push(parts.join(" ".repeat(GAP)).trimEnd());
    }
    return out;
  };
  const rule = widths.map((w) => "-".repeat(w)).join(" ".repeat(GAP));
  return [...lines(header, null), rule, ...rows.flatMap((row, i) => lines(row, ordered[i]?.pass ?? true))].join("\n");
}

/** Break text at spaces into lines of at most `width` (a longer word gets a line of its own). */
function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  out.push(line);
  return out;
}

/** One closing sentence: how many figures match, and how. */
export function summariseCheck(results: readonly FigureResult[]): string {
  const count = (s: FigureStatus) => results.filter((r) => r.status === s).length;
  const passed = results.filter((r) => r.pass).length;
  const notes = [
    `${count("exact")} exact`,
    `${count("within_bounds")} within the bounds of suppressed figures`,
    ...(count("uncertain") > 0 ? [`${count("uncertain")} with an order the bounds leave uncertain`] : []),
    ...(count("differs") > 0 ? [`${count("differs")} different`] : []),
    ...(count("error") > 0 ? [`${count("error")} not computable`] : []),
  ];
  const verdict =
    passed === results.length ? "All published figures reproduced" : "Some published figures NOT reproduced";
  return `${verdict}: ${passed} of ${results.length} match (${notes.join(", ")}).`;
}
