/**
 * A reporting tool's block of run details over (or under) its data: "Report
 * name: | CLA Missing Episodes …", "Run date: | 11/01/2016 09:42", "Run by:",
 * "Parameters: | 01/10/2014 - 30/09/2015", "End of report | Rows returned: 8".
 * Its dates, times and counts describe the export, not the children, so its
 * rows are never read as figures; a researcher is told the block was seen,
 * since a figure under a key foi-agg does not know would be read.
 *
 * Pure. `keys` are whole-cell patterns (labels.json reportMetadataKeys),
 * matched against each row's first non-empty cell, lower case, with colons
 * made spaces. Two or more such rows make the block; one alone ("Source")
 * is an ordinary note, unless it holds two or more keys itself (keysInLine). Returns the rows (1-based) and the keys as written, or null.
 */
export function readReportMetadata(
  rows: readonly (readonly string[])[],
  keys: readonly RegExp[],
): { rows: number[]; keys: string[] } | null {
  const found: number[] = [];
  const named: string[] = [];
  let oneLine = false;
  rows.forEach((row, i) => {
    const first = row.find((t) => t.trim() !== "");
    if (first === undefined) return;
    // "Report: LAC cohort (WCCIS)   Run: 03/06/2024 09:14   User: PERF-ANALYST2   Parameters: …": the
    // whole block on one line, its keys set apart by runs of spaces or bars. Two or more keys, and
    // nothing before the first, make it the block alone.
    const inLine = keysInLine(first, keys);
    if (inLine.length >= 2) {
      oneLine = true;
      found.push(i + 1);
      named.push(...inLine);
      return;
    }
    // "Report: CS_FOI_UASC_MS_Cohort v3", "Parameters: CLA episode open at any point …": an extract's key and
    // its value in one cell. Only the words before the first colon are matched, so a long value is no bar;
    // a lone such line is still an ordinary note (two rows make the block).
    const colon = first.indexOf(":");
    const key = colon > 0 ? first.slice(0, colon).toLowerCase().replace(/\s+/gu, " ").trim() : "";
    if (key !== "" && keys.some((k) => k.test(key))) {
      found.push(i + 1);
      named.push(first.slice(0, colon + 1).trim());
      return;
    }
    if (first.length > 60) return;
    const text = first.toLowerCase().replace(/:/gu, " ").replace(/\s+/gu, " ").trim();
    if (keys.some((k) => k.test(text))) {
      found.push(i + 1);
      named.push(first.trim());
    }
  });
  return found.length >= 2 || oneLine ? { rows: found, keys: named } : null;
}

/** The keys of a one-line block ("Report: … Run: … User: …"), as written; empty when any segment has none. */
function keysInLine(text: string, keys: readonly RegExp[]): string[] {
  const segments = text.trim().split(/\s{3,}|\s+\|\s+/u);
  if (segments.length < 2) return [];
  const out: string[] = [];
  for (const seg of segments) {
    const colon = seg.indexOf(":");
    if (colon <= 0) return [];
    const key = seg.slice(0, colon).toLowerCase().replace(/\s+/gu, " ").trim();
    if (!keys.some((k) => k.test(key))) return [];
    out.push(seg.slice(0, colon + 1).trim());
  }
  return out;
}
