/**
 * holdout2's own small model: each answer as a council wrote it, with what a
 * careful human reads from it. Independent of src/ (no labels, no value
 * parsing): the readings below are written by hand.
 */
import ExcelJS from "exceljs";
import { pinZipTimes } from "./bytes.js";

export const MEASURES = [
  "trafficked_identified",
  "trafficked_suspected",
  "trafficked_looked_after",
  "trafficked_went_missing",
  "trafficked_missing_incidents",
  "trafficked_not_found",
  "uasc_looked_after",
  "uasc_went_missing",
  "uasc_missing_incidents",
  "uasc_not_found",
  "not_found",
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * What a careful human makes of one answer:
 * - exact: a number they would publish;
 * - suppressed / not_held / refused / not_answered: that status;
 * - flag: part of a planted problem (contradiction, wrong period, conflict,
 *   misnamed file...): any status is acceptable, but an exact figure must
 *   come with an error or warning on the authority;
 * - not_exact: (derived totals only) a part is suppressed, refused...: any
 *   status but an exact one.
 */
export type Reading = "exact" | "suppressed" | "not_held" | "refused" | "not_answered" | "flag" | "not_exact";

export interface Answer {
  raw: string | number;
  reading: Reading;
  value?: number;
}

/** Short keys used by the return builders. */
export const KEY = {
  tid: "trafficked_identified",
  tsu: "trafficked_suspected",
  tla: "trafficked_looked_after",
  twm: "trafficked_went_missing",
  tin: "trafficked_missing_incidents",
  tnf: "trafficked_not_found",
  ula: "uasc_looked_after",
  uwm: "uasc_went_missing",
  uin: "uasc_missing_incidents",
  unf: "uasc_not_found",
  nf: "not_found",
} as const satisfies Record<string, Measure>;
export type Key = keyof typeof KEY;
export type Answers = Partial<Record<Key, Answer>>;

/** A number written as a number. */
export const n = (value: number): Answer => ({ raw: value, reading: "exact", value });
/** A number written as text ("3 children", "Three (3)", "7 "). */
export const tx = (raw: string, value: number): Answer => ({ raw, reading: "exact", value });
export const sup = (raw: string): Answer => ({ raw, reading: "suppressed" });
export const held = (raw: string): Answer => ({ raw, reading: "not_held" });
export const refused = (raw: string): Answer => ({ raw, reading: "refused" });
export const blank = (raw: string): Answer => ({ raw, reading: "not_answered" });
export const flag = (raw: string | number): Answer => ({ raw, reading: "flag" });

/** Every answer of a return turned into `flag` (wrong period, misnamed file...). */
export function flagAll(a: Answers): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries(a) as [Key, Answer][]) out[k] = { raw: v.raw, reading: "flag" };
  return out;
}

/** The text of an answer as it appears in a cell or line. */
export function raw(a: Answer | undefined): string | number {
  if (!a) throw new Error("holdout2: a return builder used an answer the council record does not have");
  return a.raw;
}
export const s = (a: Answer | undefined): string => String(raw(a));

export interface Council {
  code: string;
  answers: Answers;
  /** A whole-document status applying to every measure (refusal, NI redirect). */
  whole?: Reading;
}

export interface Planted {
  file: string;
  authority_code: string;
  problem: string;
  expected_codes: string[];
}

export interface TruthRow {
  authority_code: string;
  measure: Measure;
  value: number;
}
export interface StatusRow {
  authority_code: string;
  measure: Measure;
  status: string;
}

/** Truth (exact figures) and statuses (everything else a council's return says) from the council records. */
export function readings(councils: readonly Council[]): { truth: TruthRow[]; statuses: StatusRow[] } {
  const truth: TruthRow[] = [];
  const statuses: StatusRow[] = [];
  for (const c of councils) {
    if (c.whole) {
      for (const m of MEASURES) statuses.push({ authority_code: c.code, measure: m, status: c.whole });
      continue;
    }
    const byMeasure = new Map<Measure, Answer>();
    for (const [k, v] of Object.entries(c.answers) as [Key, Answer][]) byMeasure.set(KEY[k], v);
    const derive = (total: Measure, parts: [Measure, Measure]) => {
      if (byMeasure.has(total)) return;
      const a = byMeasure.get(parts[0]);
      const b = byMeasure.get(parts[1]);
      if (!a || !b) return;
      if (a.reading === "exact" && b.reading === "exact")
        byMeasure.set(total, { raw: "(derived)", reading: "exact", value: (a.value ?? 0) + (b.value ?? 0) });
      else if (a.reading === "flag" || b.reading === "flag")
        byMeasure.set(total, { raw: "(derived)", reading: "flag" });
      else byMeasure.set(total, { raw: "(derived)", reading: "not_exact" });
    };
    derive("trafficked_looked_after", ["trafficked_identified", "trafficked_suspected"]);
    derive("not_found", ["trafficked_not_found", "uasc_not_found"]);
    for (const m of MEASURES) {
      const a = byMeasure.get(m);
      if (!a) continue;
      if (a.reading === "exact") {
        if (a.value === undefined) throw new Error(`holdout2: ${c.code} ${m} exact without a value`);
        truth.push({ authority_code: c.code, measure: m, value: a.value });
      } else statuses.push({ authority_code: c.code, measure: m, status: a.reading });
    }
  }
  return { truth, statuses };
}

// --- file builders ------------------------------------------------------------------

export const FIXED_DATE = new Date(Date.UTC(2015, 10, 2, 9, 30, 0));

/** An xlsx written by exceljs with fixed document dates and zip times. */
export async function xlsx(
  fill: (wb: ExcelJS.Workbook) => void,
  author = "Information Governance",
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = author;
  wb.lastModifiedBy = author;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  fill(wb);
  const buf = await wb.xlsx.writeBuffer();
  return pinZipTimes(new Uint8Array(buf as ArrayBuffer));
}

/** Add rows starting at `firstRow` (1-based), leaving other rows empty. */
export function put(ws: ExcelJS.Worksheet, firstRow: number, rows: readonly (readonly unknown[])[]): void {
  rows.forEach((r, i) => {
    const row = ws.getRow(firstRow + i);
    r.forEach((v, j) => {
      if (v === undefined || v === null || v === "") return;
      row.getCell(j + 1).value = v as ExcelJS.CellValue;
    });
  });
}

export function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/** CSV text: fields quoted when needed (or always), CRLF line ends as Excel writes them. */
export function csv(rows: readonly (readonly (string | number)[])[], delimiter = ",", quoteAll = false): string {
  const field = (v: string | number) => {
    const t = String(v);
    if (quoteAll || t.includes(delimiter) || t.includes('"') || t.includes("\n")) return `"${t.replace(/"/g, '""')}"`;
    return t;
  };
  return `${rows.map((r) => r.map(field).join(delimiter)).join("\r\n")}\r\n`;
}

/** A letter: lines joined with CRLF. */
export function letter(lines: readonly string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}
