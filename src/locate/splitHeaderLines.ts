import type { Metric, Request } from "../domain/request.js";
import type { ParsedValue } from "../domain/values.js";
import type { DocumentLine, FileFormat, Sheet } from "../domain/workbook.js";
import { isProseRow } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "../match/matchLabel.js";
import { NO_CONTEXT, resolveMeasure } from "../match/resolveMeasure.js";

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/**
 * A year or pair of years as a column heading writes it: "2018", "2018/19",
 * "2018-19", "2024 (Jan–Apr)"; or a span of days ending in a year, as a
 * part-year's heading writes it ("1 September 2024 to 31 January 2025").
 */
const YEAR = String.raw`(?:\d{1,2}\s+${MONTH}(?:\s+(?:19|20)\d\d)?\s+to\s+\d{1,2}\s+${MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?(?:\s*\([^()]{1,30}\))?)`;
const EACH_YEAR = new RegExp(YEAR, "giu");

/**
 * "Looked after children   2018   2019   2020" over a table whose rows are a
 * label and three figures: a PDF's table rebuilt from word positions can
 * leave its header behind as a line of text, and the years then head no
 * column. When a line of prose ends in as many years as the table row
 * under it has figures, it is that table's header: it is split into cells,
 * the years over the figures, so each figure's column names its period.
 */
export function splitHeaderLines(sheet: Sheet, format: FileFormat): Sheet {
  let rows: string[][] | null = null;
  let lines: DocumentLine[] | undefined;
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const below = sheet.rows[r + 1] ?? [];
    if (!isProseRow(sheet, format, r + 1) || isProseRow(sheet, format, r + 2)) continue;
    if (row.filter((t) => t.trim() !== "").length !== 1 || below.length < 3) continue;
    const { label, years } = trailingYears((row.find((t) => t.trim() !== "") ?? "").trim());
    if (years.length < 2 || years.length !== below.length - 1) continue;
    // Every row of the table under it must have a figure under each year:
    // a row that lost a cell (its first figure run into its label) would
    // put each figure under the wrong year.
    let end = r + 1;
    while (end < sheet.rows.length && !isProseRow(sheet, format, end + 1)) end++;
    if (sheet.rows.slice(r + 1, end).some((cells) => cells.length !== below.length)) continue;
    rows ??= sheet.rows.map((cells) => [...cells]);
    lines ??= sheet.lines?.map((l) => ({ ...l }));
    rows[r] = [label, ...years];
    const line = lines?.[r];
    if (line) line.kind = "table";
  }
  if (!rows) return sheet;
  return { ...sheet, rows, ...(lines ? { lines } : {}) };
}

/** A figure as a typed table writes it: "29", "1,204", "<5". */
const TABLE_FIGURE = /^[<>]?\d[\d,]*$/u;

/**
 * "Looked after children 2020/21 2021/22 2022/23 2023/24" over "Placed out
 * of borough 29 31 34 36" and "Number of placements 38 | 40 | 44 | 47": a
 * PDF table whose column gaps were too narrow to see, so some of its lines
 * came out as prose and others with the label run into the first figure.
 * Under a line that is one text ending in two or more years, each line that
 * ends in exactly as many figures (after words of its own) is cut into its
 * label and those figures, and the years line into its label and years: the
 * lines are the table they were printed as. The rows stop at the first line
 * that does not end so, and two rows at least must, so a sentence ending in
 * years over one line of figures is left as it was.
 */
export function splitYearTableLines(
  sheet: Sheet,
  format: FileFormat,
  isWordedFigure: (text: string) => boolean = () => false,
  /** A bound in words ("under 16"), whatever its number: see cutFigures. */
  isWordedBound: (text: string) => boolean = () => false,
): Sheet {
  if (format !== "pdf") return sheet;
  let rows: string[][] | null = null;
  let lines: DocumentLine[] | undefined;
  for (let r = 0; r + 2 < sheet.rows.length; r++) {
    const cells = (sheet.rows[r] ?? []).filter((t) => t.trim() !== "");
    if (cells.length !== 1) continue;
    const { label, years } = trailingYears((cells[0] ?? "").trim());
    // A line of periods alone ("2022/23 2023/24 1 September 2024 to 31
    // January 2025") heads the table as well: its corner is blank.
    if (years.length < 2 || (label !== "" && !/\p{L}/u.test(label))) continue;
    const cut: string[][] = [];
    for (let k = r + 1; k < sheet.rows.length; k++) {
      const row = cutFigures((sheet.rows[k] ?? []).join(" "), years.length, isWordedFigure, isWordedBound);
      if (!row) break;
      cut.push(row);
    }
    if (cut.length < 2) continue;
    rows ??= sheet.rows.map((c) => [...c]);
    lines ??= sheet.lines?.map((l) => ({ ...l }));
    rows[r] = [label, ...years];
    cut.forEach((row, i) => {
      (rows as string[][])[r + 1 + i] = row;
    });
    for (let k = r; k <= r + cut.length; k++) {
      const line = lines?.[k];
      if (line) line.kind = "table";
    }
    r += cut.length;
  }
  if (!rows) return sheet;
  return { ...sheet, rows, ...(lines ? { lines } : {}) };
}

/**
 * A figure written in words takes two to four of them ("fewer than five",
 * "less than 5"): the most a run of words can be and still be one cell.
 */
const WORDED_FIGURE_WORDS = [2, 3, 4] as const;

/**
 * A suppression in words that may stand as a figure's cell: "fewer than
 * five", "less than 5". A worded bound above the request's suppression
 * threshold ("aged under 16", "under 18") hides no small number: it is an
 * age or a band, part of the label, so it is left to the label's words.
 */
export function isSuppressionInWords(parsed: ParsedValue, threshold: number): boolean {
  return parsed.status === "suppressed" && (parsed.upper === null || parsed.upper <= threshold);
}

/**
 * A line's words and its last `count` figures, when it ends in exactly that
 * many after a label of words. A figure may be a suppression written in
 * words ("Decisions challenged 6 fewer than five fewer than five"): a PDF
 * prints such cells one space apart, so the phrase is taken as one cell when
 * `isWordedFigure` reads it so (as the values knowledge does). A phrase is
 * tried, shortest first, only while the row still lacks figures, so a label
 * ending in such words ("Aged under five 6 7 8") keeps them.
 */
function cutFigures(
  text: string,
  count: number,
  isWordedFigure: (text: string) => boolean,
  isWordedBound: (text: string) => boolean,
): string[] | null {
  const tokens = text.split(/\s+/u).filter((t) => t !== "");
  const figures: string[] = [];
  while (tokens.length > 0) {
    // A phrase starts with a word ("less than 5"), never a figure, so a run
    // of figures ("6 7 8") is still cut one figure a cell.
    const size =
      figures.length < count
        ? WORDED_FIGURE_WORDS.find(
            (n) =>
              n < tokens.length && /\p{L}/u.test(tokens.at(-n) ?? "") && isWordedFigure(tokens.slice(-n).join(" ")),
          )
        : undefined;
    if (size !== undefined) figures.unshift(tokens.splice(-size).join(" "));
    else if (TABLE_FIGURE.test(tokens.at(-1) ?? "")) figures.unshift(tokens.pop() ?? "");
    else break;
  }
  if (figures.length !== count || !/\p{L}/u.test(tokens.join(" "))) return null;
  // "aged under 16 4 5": the label's last words and the first figure read as a bound ("under 16") that is
  // no suppression, so the number may be the label's age and the row may lack a figure; where its cells
  // fall cannot be told, and the line is left as prose.
  const first = figures[0] ?? "";
  if (
    /^\d+$/u.test(first) &&
    WORDED_FIGURE_WORDS.some(
      (n) => n - 1 <= tokens.length && isWordedBound([...tokens.slice(tokens.length - (n - 1)), first].join(" ")),
    )
  )
    return null;
  return [tokens.join(" "), ...figures];
}

/** The years a line ends with, each separated by spaces only, and the words before them. */
function trailingYears(text: string): { label: string; years: string[] } {
  const found = [...text.matchAll(EACH_YEAR)];
  const years: string[] = [];
  let end = text.length;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i] as RegExpExecArray;
    const after = text.slice(m.index + m[0].length, end);
    if (after.trim() !== "" || (years.length > 0 && !/^\s+$/u.test(after))) break;
    years.unshift(m[0]);
    end = m.index;
  }
  return { label: text.slice(0, end).trim(), years };
}

/**
 * "Children   Went missing   Missing episodes   Still missing" over rows of
 * a label and four figures: the same lost header as splitHeaderLines', but
 * naming what each column counts. The PDF leaves no gap between the column
 * names, so the line is cut before each capitalised word, as each column
 * name begins with one ("Went missing", not "Went Missing"): when that gives
 * as many headers as the widest row has figures, each naming one metric (or
 * only children, the request's base count) and no metric twice, the line is
 * the table's header. Any other line ("Went Missing Missing Episodes") is
 * left as prose rather than cut where foi-agg would have to guess.
 * A table row with fewer figures than the header keeps its figures in the
 * first columns, as a PDF rebuilds a row whose later cells are empty.
 */
export function splitMetricHeaderLines(
  sheet: Sheet,
  format: FileFormat,
  vocab: LabelVocabulary,
  request?: Request,
): Sheet {
  let rows: string[][] | null = null;
  let lines: DocumentLine[] | undefined;
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (!isProseRow(sheet, format, r + 1) || isProseRow(sheet, format, r + 2)) continue;
    if (row.filter((t) => t.trim() !== "").length !== 1) continue;
    let end = r + 1;
    while (end < sheet.rows.length && !isProseRow(sheet, format, end + 1)) end++;
    const width = Math.max(...sheet.rows.slice(r + 1, end).map((cells) => cells.length));
    if (width < 3) continue;
    const text = (row.find((t) => t.trim() !== "") ?? "").trim();
    // A line ending in a question mark is the question restated over its
    // answer ("… how many were upheld (transport awarded on appeal)?"), not
    // a header: cut into columns, its words would name the table's columns
    // over the header the table has of its own.
    if (/\?\s*$/u.test(text)) continue;
    const byMetric = splitIntoMetrics(text, width - 1, vocab);
    const headers = byMetric
      ? ["", ...byMetric]
      : request
        ? splitIntoMeasures(text, sheet.rows.slice(r + 1, end), width, vocab, request)
        : null;
    if (!headers) continue;
    rows ??= sheet.rows.map((cells) => [...cells]);
    lines ??= sheet.lines?.map((l) => ({ ...l }));
    rows[r] = headers;
    const line = lines?.[r];
    if (line) line.kind = "table";
  }
  if (!rows) return sheet;
  return { ...sheet, rows, ...(lines ? { lines } : {}) };
}

/** A word that starts a column name: capitalised, not an acronym such as "UASC". */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The line cut into `count` column names, each naming a different metric; null when it does not cut so. */
function splitIntoMetrics(text: string, count: number, vocab: LabelVocabulary): string[] | null {
  const segments: string[][] = [];
  for (const word of text.split(/\s+/u).filter((w) => w !== "")) {
    const last = segments.at(-1);
    if (CAPITALISED.test(word) || !last) segments.push([word]);
    else last.push(word);
  }
  if (segments.length !== count) return null;
  const childrenOnly = new RegExp(`^(?:${vocab.childNouns})$`, "u");
  const used = new Set<Metric | "children">();
  const headers: string[] = [];
  for (const words of segments) {
    const header = words.join(" ");
    const label = matchLabel(header, vocab);
    if (label.groups.length > 0) return null;
    // "Missing episodes" also says "missing": the more specific metric is the one meant.
    const metrics = label.metrics.filter(
      (m) => !label.metrics.some((other) => other !== m && vocab.metricRefines[other]?.includes(m)),
    );
    const metric =
      metrics.length === 1
        ? metrics[0]
        : metrics.length === 0 && childrenOnly.test(label.normalised)
          ? "children"
          : undefined;
    if (metric === undefined || used.has(metric)) return null;
    used.add(metric);
    headers.push(header);
  }
  return headers;
}

/** A figure as a table's cell holds it, so a row's first cell tells a label column from a column of figures. */
const FIGURE_CELL = /^\s*[<>~]?\s*\d[\d,]*(?:\.\d+)?\s*%?\s*$/u;
/** Most ways of cutting a line that are tried before it is left as prose. */
const MAX_CUTS = 5_000;

/**
 * "Financial year CME children CME referrals Primary Secondary EHCP
 * Untraced at 31 March" over rows of a year and six figures: a header typed
 * as one run, whose column names are the request's own groups and metrics
 * (acronyms, words without a capital), so it cannot be cut at capitals.
 * The line is cut at spaces into one name per column of figures (after
 * words that name nothing, over a label column) in every way that names a
 * different measure of the request in each column. Only when every such cut
 * names the same measures in the same order is the line the header; one
 * starting each name at a capital, where there is a choice, keeps the
 * labels as written, and words that name nothing head the label column.
 * Two readings, or none, leave the line as prose.
 */
function splitIntoMeasures(
  text: string,
  body: readonly string[][],
  width: number,
  vocab: LabelVocabulary,
  request: Request,
): string[] | null {
  const words = text.split(/\s+/u).filter((w) => w !== "");
  const labelColumn = body.every((cells) => !FIGURE_CELL.test(cells[0] ?? ""));
  const columns = width - (labelColumn ? 1 : 0);
  if (columns < 2 || words.length < columns || words.length > 24) return null;
  const resolved = new Map<string, { id: string; assumed: number } | null>();
  const measureOf = (from: number, to: number): { id: string; assumed: number } | null => {
    const key = `${from}:${to}`;
    if (!resolved.has(key)) {
      const r = resolveMeasure([matchLabel(words.slice(from, to).join(" "), vocab)], NO_CONTEXT, request, vocab);
      resolved.set(key, r.kind === "measure" ? { id: r.measure.id, assumed: r.metricAssumed ? 1 : 0 } : null);
    }
    return resolved.get(key) ?? null;
  };
  // Words over a label column name no measure ("Financial year", "Period"), four at most.
  const starts = [0];
  if (labelColumn) {
    for (let k = 1; k <= Math.min(4, words.length - columns); k++) {
      const r = resolveMeasure([matchLabel(words.slice(0, k).join(" "), vocab)], NO_CONTEXT, request, vocab);
      if (r.kind === "none") starts.push(k);
    }
  }
  const readings = new Set<string>();
  // Of the cuts that read alike, the one whose names each say what they
  // count ("EHE children" | "notifications", not "EHE" | "children
  // notifications"), then the one starting most names at a capital.
  let best: { cuts: number[]; assumed: number; capitals: number } | null = null;
  let tried = 0;
  const walk = (at: number, cuts: number[], used: string[], assumed: number): void => {
    if (tried++ > MAX_CUTS || readings.size > 1) return;
    if (used.length === columns) {
      if (at !== words.length) return;
      readings.add(used.join("|"));
      const capitals = cuts.filter((c) => /^\p{Lu}/u.test(words[c] ?? "")).length;
      const better = !best || assumed < best.assumed || (assumed === best.assumed && capitals > best.capitals);
      if (better) best = { cuts: [...cuts], assumed, capitals };
      return;
    }
    for (let to = at + 1; to <= words.length - (columns - used.length - 1); to++) {
      const m = measureOf(at, to);
      if (m === null || used.includes(m.id)) continue;
      walk(to, [...cuts, at], [...used, m.id], assumed + m.assumed);
    }
  };
  // Where cuts tie, the words that name nothing go to the label column.
  for (const start of [...starts].reverse()) walk(start, [], [], 0);
  const found = best as { cuts: number[] } | null;
  if (readings.size !== 1 || tried > MAX_CUTS || !found) return null;
  const names = found.cuts.map((c, i) => words.slice(c, found.cuts[i + 1] ?? words.length).join(" "));
  return labelColumn ? [words.slice(0, found.cuts[0] ?? 0).join(" "), ...names] : names;
}
