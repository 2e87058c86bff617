import type { Decision, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Group } from "../domain/request.js";
import { describeSource, formatCell, issueLocation, type Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { groupOfLabel, wholeGroupOf } from "../match/resolveMeasure.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import type { TableResult } from "./locateEpisodes.js";
import { type LocateEnv, type LogicalCell, type SheetGrid, sourceOf } from "./sheetGrid.js";

export interface NationalityColumns {
  headerRow: number;
  nationality: number;
  /** A group named by the header cell itself ("Nationality of missing UASC") or the title line above it. */
  group: Group | null;
  groupFrom: string;
  /** Count columns and the group each counts, when the header names it. */
  counts: { col: number; group: Group | null; header: string }[];
}

/**
 * A nationality table has a "Nationality" (or "Country of origin") header
 * cell with at least one further header cell to its right for the counts.
 */
export function findNationalityHeader(grid: SheetGrid, r: number, env: LocateEnv): NationalityColumns | null {
  const p = tablePatterns(env.knowledge.labels);
  const row = grid.rows[r - 1] ?? [];
  if (row.some((c) => c.kind === "value")) return null;
  const natCell =
    row.find((c) => c.kind === "text" && c.label && matchesAny(p.nationalityHeader, c.label.normalised)) ??
    columnOfNationalities(grid, r, env);
  if (!natCell) return null;
  const counts = row
    .filter((c) => c.col > natCell.col && c.kind === "text" && c.label)
    .map((c) => {
      const g = c.label ? groupOfLabel(c.label, env.knowledge.labels) : null;
      return { col: c.col, group: nationalityGroupOf(g, env), header: c.text };
    });
  if (counts.length === 0) {
    // "Nationality" alone: a table only if the next row has a name and a
    // count beside it; otherwise it is a title ("Nationality of children who
    // went missing") over the real header row.
    const next = grid.rows[r] ?? [];
    const countBeside = next.some((c) => c.col === natCell.col + 1 && c.kind === "value");
    if (!countBeside) return null;
    counts.push({ col: natCell.col + 1, group: null, header: "" });
  }
  // The table's own words beat the surrounding context: "Nationality of
  // missing UASC", or a title line directly above the header.
  const own = natCell.label ? nationalityGroupOf(groupOfLabel(natCell.label, env.knowledge.labels), env) : null;
  const above = (grid.rows[r - 2] ?? []).filter((c) => c.kind === "text" && c.label);
  const title =
    above.length === 1 && above[0]?.label
      ? nationalityGroupOf(groupOfLabel(above[0].label, env.knowledge.labels), env)
      : null;
  const group = own ?? title;
  const groupFrom = own ? `header "${natCell.text.trim()}"` : title ? `title "${above[0]?.text.trim()}"` : "";
  return { headerRow: r, nationality: natCell.col, counts, group, groupFrom };
}

/**
 * A header row whose first cell heads a column of nationalities ("Trafficked
 * children | Went missing" over "Vietnamese | 2", "Albanian | 1") is a
 * nationality table even without the word "nationality": two of the first
 * three rows below must start with a nationality foi-agg knows, and the
 * header must have a cell to the right for the counts.
 */
function columnOfNationalities(grid: SheetGrid, r: number, env: LocateEnv): LogicalCell | undefined {
  const row = grid.rows[r - 1] ?? [];
  const first = row[0];
  if (first?.kind !== "text" || row.length < 2) return undefined;
  let known = 0;
  for (let i = r; i < Math.min(r + 3, grid.rows.length); i++) {
    const below = grid.rows[i] ?? [];
    const lead = below[0];
    if (!lead || lead.col !== first.col || lead.kind !== "text") break;
    if (!below.some((c) => c.kind === "value")) break;
    if (canonicaliseNationality(lead.text, env.knowledge.nationalities).known) known++;
  }
  return known >= 2 ? first : undefined;
}

export function readNationalities(
  grid: SheetGrid,
  cols: NationalityColumns,
  contextGroup: Group | null,
  contextFrom: string,
  env: LocateEnv,
  parse: (text: string) => ParsedValue,
): TableResult {
  const p = tablePatterns(env.knowledge.labels);
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const nationalities: NationalityFact[] = [];
  const rows = [cols.headerRow];
  const sheetLoc = NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name } : {};
  const headerSrc = sourceOf(grid, { row: cols.headerRow, col: cols.nationality });
  const fallback = cols.group ?? nationalityGroupOf(contextGroup, env);
  const fallbackFrom = cols.group ? cols.groupFrom : contextFrom;
  const usable = cols.counts.map((c) => ({ ...c, group: c.group ?? fallback }));
  const unknownColumns = usable.filter((c) => c.group === null && c.header !== "" && !/total|all/iu.test(c.header));
  for (const c of unknownColumns) {
    const src = sourceOf(grid, { row: cols.headerRow, col: c.col });
    issues.push(
      makeIssue("layout_unknown", {
        message: `The nationality column "${c.header}" in ${describeSource(src)} does not say whether it counts trafficked or unaccompanied children, so it was not used.`,
        ...issueLocation(src),
        raw: c.header,
      }),
    );
  }
  const cell = (r: number, c: number) => (grid.sheet.rows[r - 1]?.[c - 1] ?? "").trim();
  // Where a table's period may be written: its count column's header
  // ("Nationality | 2018 | 2019"), then the line above the header row.
  const titleAbove = (grid.rows[cols.headerRow - 2] ?? [])
    .filter((c) => c.kind === "text")
    .map((c) => c.text.trim())
    .join(" ");
  for (let r = cols.headerRow + 1; r <= grid.sheet.rows.length; r++) {
    const natText = cell(r, cols.nationality);
    if ((grid.rows[r - 1] ?? []).length === 0) break;
    rows.push(r);
    if (natText === "") continue;
    if (matchesAny(p.totalRow, natText.toLowerCase())) continue;
    const canon = canonicaliseNationality(natText, env.knowledge.nationalities);
    const natSrc = sourceOf(grid, { row: r, col: cols.nationality });
    if (!canon.known) {
      issues.push(
        makeIssue("nationality_unknown", {
          message: `"${natText}" in ${describeSource(natSrc)} is not a nationality foi-agg knows; it is counted as Other/unknown.`,
          ...issueLocation(natSrc),
          raw: natText,
        }),
      );
    }
    for (const c of usable) {
      if (c.group === null) continue;
      const raw = cell(r, c.col);
      if (raw === "") continue;
      const parsed = parse(raw);
      const src = sourceOf(grid, { row: r, col: c.col });
      if (parsed.unparsed || parsed.invalid) {
        issues.push(
          makeIssue("value_unparsed", {
            message: `"${raw}" in ${describeSource(src)} (${natText}, ${c.group}) is not a count; it was not used.`,
            ...issueLocation(src),
            raw,
          }),
        );
        continue;
      }
      if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
      const periodText = [c.header.trim(), titleAbove].filter((t) => t !== "").join(" | ");
      nationalities.push({ ...nationalityFact(c.group, natText, canon, parsed, raw, src), periodText });
    }
  }
  decisions.push({
    file: grid.file,
    ...sheetLoc,
    cell: formatCell(headerSrc),
    message: `Row ${cols.headerRow} read as the header of a nationality table (${usable
      .filter((c) => c.group)
      .map((c) => `${formatCell(sourceOf(grid, { row: cols.headerRow, col: c.col }))} → ${c.group}`)
      .join(", ")}${fallback && cols.counts.some((c) => c.group === null) ? `; group from ${fallbackFrom}` : ""}).`,
  });
  return { facts: [], nationalities, issues, decisions, rows };
}

/** A count of one nationality's missing children, as read from a table or a sentence. */
export function nationalityFact(
  group: Group,
  raw: string,
  canon: { nationality: string; iso: string },
  parsed: ParsedValue,
  rawValue: string,
  source: Source,
): NationalityFact {
  const { value, lower, upper, status } = parsed;
  return { group, raw, nationality: canon.nationality, iso: canon.iso, value, lower, upper, status, rawValue, source };
}

/** The nationality group a group's figures count under: its family among the request's nationalityGroups. */
export function nationalityGroupOf(g: Group | null, env: LocateEnv): Group | null {
  return family(g, env.knowledge.labels, env.knowledge.request.nationalityGroups);
}

/**
 * The family a group belongs to, among `families`: its whole when it is a
 * part of one (identified and suspected are trafficked, from the request's
 * parts relations), if that is one of the families; else none. For
 * nationality breakdowns the families are the request's nationalityGroups;
 * the episode-list readers pass their own two (see FAMILIES there).
 */
export function family<F extends Group>(
  g: Group | null,
  vocab: Pick<LabelVocabulary, "partOf">,
  families: readonly F[],
): F | null {
  if (g === null) return null;
  const whole = wholeGroupOf(g, vocab);
  return families.find((f) => f === whole) ?? null;
}
