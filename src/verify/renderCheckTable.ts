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
 * ✓/✗ and the difference. Plain text (no colour), so it reads the same in a
 * terminal, a CI log or a file.
 */
export function renderCheckTable(results: readonly FigureResult[]): string {
  const header = ["#", "figure", "published", "computed", "", "difference"];
  const rows = results.map((r) => [r.figure.id, r.figure.title, r.published, r.computed, MARK[r.status], r.difference]);
  // A loop, not Math.max(...rows): spreading a very large expected file's rows overflows the stack.
  const widths = header.map((h) => h.length);
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
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
