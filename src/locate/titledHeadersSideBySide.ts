/**
 * "Trafficked children | Number | | Unaccompanied asylum seeking children |
 * Number": two tables set side by side, each with its own header row whose
 * first cell titles the table with its group and whose other cells head its
 * columns. Read as one header, "Number" would head both tables' figures and
 * the left title would be taken as a section heading for the whole sheet, so
 * the right table's rows ("Looked after 94") would be read as the left
 * table's group. The shape is the signal: every title is followed by the same
 * column headers, so the row repeats one table's header once per group.
 *
 * Pure. `groupOf` says whether a cell titles a table (its group), or null for
 * a column header. Returns the title cells, left to right, or null when the
 * row is not such a header: fewer than two titles, a column header before the
 * first title, or titles followed by different column headers.
 */
export function titledHeadersSideBySide<C extends { text: string }>(
  row: readonly C[],
  groupOf: (c: C) => string | null,
): C[] | null {
  const titles: C[] = [];
  const runs: string[][] = [];
  for (const c of row) {
    if (groupOf(c) !== null) {
      titles.push(c);
      runs.push([]);
      continue;
    }
    const run = runs.at(-1);
    if (!run) return null;
    run.push(c.text.trim().toLowerCase().replace(/\s+/gu, " "));
  }
  if (titles.length < 2) return null;
  const first = (runs[0] ?? []).join("|");
  if (first === "" || runs.some((r) => r.join("|") !== first)) return null;
  return titles;
}
