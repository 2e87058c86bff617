import { parse } from "csv-parse/sync";
import type { Authority } from "../domain/authority.js";
import { UsageError } from "../domain/errors.js";
import type { Knowledge } from "../knowledge/index.js";
import {
  OVERRIDE_COLUMNS,
  type Override,
  type OverrideColumn,
  OverrideRowSchema,
  REQUIRED_COLUMNS,
} from "./overrideSchema.js";

/** What parsing and applying overrides needs from knowledge. */
export type OverrideKnowledge = Pick<Knowledge, "request" | "authorities">;

interface Problem {
  line: number;
  column: number;
  message: string;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Read a clarifications file. Pure: the caller reads the text. A bad file is
 * bad usage, not a data problem, so every problem found is gathered into one
 * UsageError whose lines read `file:line:column: message` (the run stops
 * with exit 2 rather than producing figures from a half-understood file).
 */
export function parseOverrides(text: string, file: string, knowledge: OverrideKnowledge): { overrides: Override[] } {
  const records = readRecords(text, file);
  const problems: Problem[] = [];
  const [header, ...rows] = records;
  if (!header)
    throw new UsageError(`${file}:1:1: the overrides file is empty; expected the header ${OVERRIDE_COLUMNS.join(",")}`);

  const columnIndex = indexColumns(header.record);
  for (const missing of REQUIRED_COLUMNS.filter((c) => !columnIndex.has(c))) {
    problems.push({
      line: header.info.lines,
      column: header.record.length + 1,
      message: `missing column "${missing}"; the header must name ${OVERRIDE_COLUMNS.join(",")} (value, status, date and period may be left out)`,
    });
  }
  if (problems.length > 0) throw usageError(file, problems);

  const columnOf = (name: OverrideColumn) => (columnIndex.get(name) ?? 0) + 1;
  const codes = new Map(knowledge.authorities.map((a) => [a.gss_code.toUpperCase(), a]));
  const measureIds = knowledge.request.measures.map((m) => m.id);
  const periodIds = knowledge.request.periods.map((p) => p.id);
  const firstLine = new Map<string, number>();
  const overrides: Override[] = [];

  for (const { record, info } of rows) {
    const line = startLine(record, info.lines);
    const cells = Object.fromEntries(
      OVERRIDE_COLUMNS.map((c) => [c, columnIndex.has(c) ? (record[columnIndex.get(c) ?? 0] ?? "") : ""]),
    ) as Record<OverrideColumn, string>;
    const before = problems.length;

    const parsed = OverrideRowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) {
        const column = OVERRIDE_COLUMNS.find((c) => c === iss.path[0]) ?? "authority_code";
        problems.push({ line, column: columnOf(column), message: iss.message });
      }
    }

    const code = cells.authority_code.trim().toUpperCase();
    const authority = codes.get(code);
    if (code !== "" && !authority) {
      problems.push({
        line,
        column: columnOf("authority_code"),
        message: `unknown authority code "${cells.authority_code.trim()}"; ${suggestAuthority(cells.authority_code, knowledge.authorities)}`,
      });
    }
    const measure = cells.measure.trim();
    if (measure !== "" && !measureIds.includes(measure)) {
      problems.push({
        line,
        column: columnOf("measure"),
        message: `unknown measure "${measure}"; valid measures are ${measureIds.join(", ")}`,
      });
    }

    const period = resolvePeriod(cells.period, periodIds);
    if (typeof period !== "string") {
      // With no period column, point just past the header's last column, where one would go.
      const column = columnIndex.has("period") ? columnOf("period") : header.record.length + 1;
      problems.push({ line, column, message: period.problem });
    }

    if (authority && measureIds.includes(measure) && typeof period === "string") {
      const key = `${authority.gss_code}|${measure}|${period}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined) {
        const which = periodIds.length > 1 ? ` for ${period}` : "";
        problems.push({
          line,
          column: columnOf("authority_code"),
          message: `duplicate row for ${authority.gss_code} (${authority.name}) ${measure}${which}: lines ${earlier} and ${line} both clarify it; keep one`,
        });
      } else {
        firstLine.set(key, line);
      }
    }

    if (parsed.success && authority && typeof period === "string" && problems.length === before) {
      const row = parsed.data;
      const status = row.status === undefined || row.status === "reported" ? "override" : row.status;
      overrides.push({
        authority: authority.gss_code,
        measure,
        period,
        status,
        value: status === "override" ? (row.value ?? null) : null,
        reason: row.reason,
        source: row.source,
        date: row.date ?? "",
        file,
        line,
      });
    }
  }

  if (problems.length > 0) throw usageError(file, problems);
  return { overrides: sortOverrides(overrides, periodIds) };
}

/**
 * The period a row clarifies. A one-period round needs no period column (the
 * 2015 form), and a row that names its only period is fine too. In a round of
 * several periods an empty period is refused rather than applied to every
 * period: councils correct one year's figure far more often than all of them,
 * and a figure silently copied into years it was never given for would be
 * wrong without a warning. A clarification that does hold for every period
 * is written as one row per period.
 */
function resolvePeriod(text: string, periodIds: readonly string[]): string | { problem: string } {
  const named = text.trim();
  const [only] = periodIds;
  if (named === "") {
    if (periodIds.length === 1 && only !== undefined) return only;
    return {
      problem: `period is empty, but this round asks about ${periodIds.length} periods (${periodIds.join(", ")}); say which one the clarification is for, with one row per period if it holds for several`,
    };
  }
  // Ids are short and written by hand ("2024-01-01_2024-04-30"), so case is forgiven.
  const id = periodIds.find((p) => p.toLowerCase() === named.toLowerCase());
  if (id !== undefined) return id;
  return { problem: `unknown period "${named}"; this round's periods are ${periodIds.join(", ")}` };
}

function readRecords(text: string, file: string): CsvRecord[] {
  try {
    return parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // A row of only commas (a spreadsheet's blank line) is not a clarification.
      skip_records_with_empty_values: true,
    }) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as { lines?: number; column?: number; message: string };
    throw new UsageError(`${file}:${e.lines ?? 1}:${(e.column ?? 0) + 1}: not valid CSV: ${e.message}`);
  }
}

/** Header names are matched case-insensitively, ignoring spaces around them. */
function indexColumns(header: string[]): Map<OverrideColumn, number> {
  const index = new Map<OverrideColumn, number>();
  header.forEach((name, i) => {
    const col = OVERRIDE_COLUMNS.find((c) => c === name.trim().toLowerCase());
    if (col && !index.has(col)) index.set(col, i);
  });
  return index;
}

/**
 * csv-parse reports the line a record ends on; a quoted cell holding line
 * breaks pushes that past the line it starts on, which is where a user looks.
 */
function startLine(record: string[], endLine: number): number {
  const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return endLine - breaks;
}

function usageError(file: string, problems: Problem[]): UsageError {
  const lines = [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  return new UsageError(lines.join("\n"));
}

/** Deterministic order whatever the file's order: by authority, measure, then period in the request's order. */
function sortOverrides(overrides: Override[], periodIds: readonly string[]): Override[] {
  return overrides.sort(
    (a, b) =>
      a.authority.localeCompare(b.authority) ||
      a.measure.localeCompare(b.measure) ||
      periodIds.indexOf(a.period) - periodIds.indexOf(b.period),
  );
}

/**
 * Suggest the authority a user most likely meant. People type a name where a
 * code belongs, or mistype a digit of a code, so the closest code, name or
 * alternative name by edit distance (after case and punctuation folding) is
 * the best guess; it is only a suggestion in an error message, never applied.
 */
export function suggestAuthority(text: string, authorities: readonly Authority[]): string {
  const wanted = foldName(text);
  let best: { authority: Authority; distance: number } | null = null;
  for (const authority of authorities) {
    for (const candidate of [authority.gss_code, authority.name, ...authority.alt_names]) {
      const distance = editDistance(wanted, foldName(candidate));
      if (!best || distance < best.distance) best = { authority, distance };
    }
  }
  return best
    ? `did you mean ${best.authority.gss_code} (${best.authority.name})?`
    : "the reference list of authorities is empty";
}

function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\b(council|borough|county|city|of|the|london|royal|metropolitan)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
