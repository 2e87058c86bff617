/**
 * The holdout corpus's own small model: answers as a council wrote them,
 * with what a careful human reads from each, and the workbook/CSV builders
 * that place them. Kept apart from src/ on purpose: nothing here may use
 * foi-agg's own knowledge of labels or values.
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

/** What a careful human makes of one answer. `problem`: planted, never an exact figure. */
export type Reading = "exact" | "suppressed" | "not_held" | "refused" | "not_answered" | "problem";

export interface Formula {
  formula: string;
  result: number;
}
export type XValue = string | number | Date | Formula | null;

export interface Answer {
  readonly kind: "answer";
  /** What goes in a spreadsheet cell. */
  cell: XValue;
  /** What goes in a CSV field or a letter. */
  text: string;
  truth?: number;
  reading: Reading;
}

const answer = (cell: XValue, text: string, reading: Reading, truth?: number): Answer =>
  truth === undefined ? { kind: "answer", cell, text, reading } : { kind: "answer", cell, text, reading, truth };

/** A number in a number cell. */
export const n = (v: number): Answer => answer(v, String(v), "exact", v);
/** Text that a careful human reads as exactly `v` ("1,041", "12*", "Nil", "7" stored as text). */
export const t = (s: string, v: number): Answer => answer(s, s, "exact", v);
/** A number stored as text. */
export const ns = (v: number): Answer => t(String(v), v);
/** A formula cell with its cached result. */
export const fx = (formula: string, v: number): Answer => answer({ formula, result: v }, String(v), "exact", v);
export const sup = (s: string): Answer => answer(s, s, "suppressed");
export const nh = (s: string): Answer => answer(s, s, "not_held");
export const rf = (s: string): Answer => answer(s, s, "refused");
export const na = (s = ""): Answer => answer(s === "" ? null : s, s, "not_answered");
/** A planted bad answer (negative, fractional, prose): no figure can be read from it. */
export const bad = (v: number | string): Answer => answer(v, String(v), "problem");

export type Figures = Partial<Record<Measure, Answer>>;

/** Hands answers to a renderer and remembers which were placed, so truth and file cannot drift. */
export class Ctx {
  readonly used = new Set<Measure>();
  constructor(readonly figures: Figures) {}
  a(m: Measure): Answer {
    const found = this.figures[m];
    if (!found) throw new Error(`holdout: renderer asked for ${m}, which this return does not give`);
    this.used.add(m);
    return found;
  }
  /** The answer's text, for CSV and letters. */
  t(m: Measure): string {
    return this.a(m).text;
  }
}

// --- spreadsheets -------------------------------------------------------------

export type XCell = XValue | Answer | undefined;

export interface XSheet {
  name: string;
  rows: XCell[][];
  merges?: string[];
  hidden?: boolean;
  widths?: number[];
  /** 1-based rows to embolden (headings), purely cosmetic. */
  bold?: number[];
}

const FIXED = new Date(Date.UTC(2015, 10, 2, 9, 30, 0));

function isAnswer(v: XCell): v is Answer {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "kind" in v;
}

export function cellValue(v: XCell): XValue {
  if (v === undefined) return null;
  return isAnswer(v) ? v.cell : v;
}

export async function xlsx(sheets: XSheet[], creator = "Information Governance"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED;
  wb.modified = FIXED;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: "hidden" } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((raw, c) => {
        const v = cellValue(raw);
        if (v === null || v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
        if (spec.bold?.includes(r + 1)) cell.font = { bold: true };
      });
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    spec.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  }
  return pinZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
}

// --- text ---------------------------------------------------------------------

export type TCell = string | number | null | undefined | Answer;

function textOf(v: TCell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  return v.text;
}

/** CSV text as Excel writes it: quote a field only when it needs it. */
export function csvText(rows: TCell[][], delimiter = ",", eol = "\r\n"): string {
  return rows
    .map((row) =>
      row
        .map((v) => {
          const s = textOf(v);
          return s.includes(delimiter) || s.includes('"') || s.includes("\n") ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(delimiter),
    )
    .join(eol)
    .concat(eol);
}

export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
