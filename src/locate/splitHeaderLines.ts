import type { Metric } from "../domain/request.js";
import type { DocumentLine, FileFormat, Sheet } from "../domain/workbook.js";
import { isProseRow } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "../match/matchLabel.js";

/** A year or pair of years as a column heading writes it: "2018", "2018/19", "2018-19", "2024 (Jan–Apr)". */
const YEAR = String.raw`(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?(?:\s*\([^()]{1,30}\))?`;
const EACH_YEAR = new RegExp(YEAR, "gu");

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
export function splitMetricHeaderLines(sheet: Sheet, format: FileFormat, vocab: LabelVocabulary): Sheet {
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
    const headers = splitIntoMetrics((row.find((t) => t.trim() !== "") ?? "").trim(), width - 1, vocab);
    if (!headers) continue;
    rows ??= sheet.rows.map((cells) => [...cells]);
    lines ??= sheet.lines?.map((l) => ({ ...l }));
    rows[r] = ["", ...headers];
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
