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
 * ✓/✗ and the difference, failures first. It fits `width` columns: text
 * wraps at spaces within its column (the id and the mark never do). Colour, if any, comes from `paint` (the CLI's renderer); without
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
  // A loop, not Math.max(...rows): spreading a very large expected file's rows overflows the stack.
  const natural = header.map((h) => h.length);
  for (const row of rows) {
    row.forEach((cell, i) => {
      natural[i] = Math.max(natural[i] ?? 0, cell.length);
    });
  }
  const GAP = 2;
  // The id and the mark never wrap; the four text columns share the rest:
  // each gets an even share (or less, if it needs less), then what is left
  // goes to the columns that still want more, left to right.
  const WRAPPED = [1, 2, 3, 5];
  const fixed = (natural[0] ?? 0) + (natural[4] ?? 0) + GAP * (header.length - 1);
  const room = Math.max(WRAPPED.length * 8, width - fixed);
  const widths = [...natural];
  for (const i of WRAPPED) widths[i] = Math.min(natural[i] ?? 0, Math.floor(room / WRAPPED.length));
  let left = room - WRAPPED.reduce((n, i) => n + (widths[i] ?? 0), 0);
  for (const i of WRAPPED) {
    const more = Math.min(left, (natural[i] ?? 0) - (widths[i] ?? 0));
    widths[i] = (widths[i] ?? 0) + more;
    left -= more;
  }
  const lines = (cells: readonly string[], pass: boolean | null): string[] => {
    const wrapped = cells.map((c, i) => (WRAPPED.includes(i) ? wrapText(c, widths[i] ?? 0) : [c]));
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
