/**
 * The reading model of the third holdout corpus: each return is written from
 * a table of raw answers, and the same table says what a careful human would
 * read from it (an exact figure, a suppressed/refused/not-held answer, or a
 * figure that must not be trusted because the return contradicts itself).
 */
import ExcelJS from "exceljs";
import { cp1252, fixZipTimes, utf8 } from "./bytes.js";

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

export type Key = "tid" | "tsu" | "tla" | "twm" | "tmi" | "tnf" | "ula" | "uwm" | "umi" | "unf" | "nf";
export const LONG: Record<Key, Measure> = {
  tid: "trafficked_identified",
  tsu: "trafficked_suspected",
  tla: "trafficked_looked_after",
  twm: "trafficked_went_missing",
  tmi: "trafficked_missing_incidents",
  tnf: "trafficked_not_found",
  ula: "uasc_looked_after",
  uwm: "uasc_went_missing",
  umi: "uasc_missing_incidents",
  unf: "uasc_not_found",
  nf: "not_found",
};

/** What a careful reader makes of one answer. */
export type ReadAs = "reported" | "suppressed" | "refused" | "not_held" | "not_exact";

export interface Answer {
  raw: string;
  exact?: number;
  readAs: ReadAs;
  /** Write into xlsx as text even when it looks like a number. */
  asText?: boolean;
  /** Write into xlsx as this number (e.g. a fractional cell). */
  asNumber?: number;
}

export type Answers = Partial<Record<Key, Answer>>;

/** A plain integer answer. */
export const n = (x: number): Answer => ({ raw: String(x), exact: x, readAs: "reported" });
/** An integer stored as text in a workbook. */
export const txt = (x: number): Answer => ({ raw: String(x), exact: x, readAs: "reported", asText: true });
/** Text a careful reader takes as an exact figure ("4*", "2 (provisional)", "None recorded", "1,204"). */
export const as = (raw: string, x: number): Answer => ({ raw, exact: x, readAs: "reported" });
export const sup = (raw: string): Answer => ({ raw, readAs: "suppressed" });
export const ref = (raw: string): Answer => ({ raw, readAs: "refused" });
export const nh = (raw: string): Answer => ({ raw, readAs: "not_held" });
/** No figure, and no clear status (unknown, unreadable). */
export const nx = (raw: string): Answer => ({ raw, readAs: "not_exact" });

export interface Planted {
  problem: string;
  codes: readonly string[];
  /** Authority the problem is about, when there is one. */
  authority?: string;
}

export interface ReturnSpec {
  file: string;
  /** The authority whose figures these are; null when the return names none. */
  code: string | null;
  answers: Answers;
  /** Answers the return contradicts itself on: never truth, exact only with a flag. */
  contested?: readonly Key[];
  /** No answer in this file is truth (wrong period, wrong authority, unreadable file). */
  untrusted?: boolean;
  /** Whole-document status (a refusal or not-held letter). */
  document?: "refused" | "not_held";
  /** Other authorities whose figures must not be exact without a flag (name/content mismatch). */
  alsoFlag?: readonly string[];
  planted?: readonly Planted[];
  bytes: () => Promise<Uint8Array> | Uint8Array;
}

// --- writing helpers -----------------------------------------------------------------------

/** The text of an answer, for letters and CSVs. */
export function raw(a: Answers, k: Key): string {
  const v = a[k];
  if (!v) throw new Error(`holdout3: no answer for ${k}`);
  return v.raw;
}

/** The cell value of an answer in a workbook: a number when it is a plain integer. */
export function cell(a: Answers, k: Key): string | number {
  const v = a[k];
  if (!v) throw new Error(`holdout3: no answer for ${k}`);
  if (v.asNumber !== undefined) return v.asNumber;
  if (!v.asText && /^-?\d+$/.test(v.raw)) return Number(v.raw);
  return v.raw;
}

const FIXED = new Date(Date.UTC(2015, 10, 16, 14, 5, 0));

export async function xlsx(author: string, fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = author;
  wb.lastModifiedBy = author;
  wb.created = FIXED;
  wb.modified = FIXED;
  fill(wb);
  const buf = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buf as ArrayBuffer));
}

export type CellValue = ExcelJS.CellValue;

/** Write rows from a 1-based row and a column letter. */
export function put(ws: ExcelJS.Worksheet, row: number, col: number, values: readonly CellValue[]): void {
  values.forEach((v, i) => {
    if (v !== null && v !== undefined && v !== "") ws.getCell(row, col + i).value = v;
  });
}

export interface CsvOptions {
  delimiter?: string;
  quoteAll?: boolean;
  eol?: string;
  encoding?: "utf8" | "utf8bom" | "cp1252";
  /** Pad every row to this many columns (trailing empty columns). */
  width?: number;
}

export function csv(rows: readonly (readonly (string | number)[])[], o: CsvOptions = {}): Uint8Array {
  const d = o.delimiter ?? ",";
  const eol = o.eol ?? "\r\n";
  const text = rows
    .map((r) => {
      const cells = r.map(String);
      while (o.width !== undefined && cells.length < o.width) cells.push("");
      return cells
        .map((c) =>
          o.quoteAll || c.includes(d) || c.includes('"') || c.includes("\n") ? `"${c.replace(/"/g, '""')}"` : c,
        )
        .join(d);
    })
    .join(eol);
  const body = text + eol;
  if (o.encoding === "cp1252") return cp1252(body);
  return utf8(body, o.encoding === "utf8bom");
}

export function letter(lines: readonly string[], eol = "\r\n", encoding: "utf8" | "cp1252" = "utf8"): Uint8Array {
  const body = lines.join(eol) + eol;
  return encoding === "cp1252" ? cp1252(body) : utf8(body);
}

// --- reading the specs ----------------------------------------------------------------------

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

const ORDER = new Map(MEASURES.map((m, i) => [m, i]));

/**
 * Truth and statuses from the specs. Derived figures (identified + suspected,
 * trafficked + UASC not found) are truth only when both parts are. Returns
 * for one authority that disagree on a figure make it contested.
 */
export function readings(specs: readonly ReturnSpec[]): { truth: TruthRow[]; statuses: StatusRow[] } {
  const exact = new Map<string, Map<Measure, number>>();
  const status = new Map<string, Map<Measure, string>>();
  const flagged = new Map<string, Set<Measure>>();
  const bucket = <T>(m: Map<string, T>, code: string, make: () => T): T => {
    let b = m.get(code);
    if (!b) {
      b = make();
      m.set(code, b);
    }
    return b;
  };

  for (const s of specs) {
    for (const other of s.alsoFlag ?? []) for (const m of MEASURES) bucket(flagged, other, () => new Set()).add(m);
    if (s.code === null) continue;
    const code = s.code;
    const ex = bucket(exact, code, () => new Map<Measure, number>());
    const st = bucket(status, code, () => new Map<Measure, string>());
    const fl = bucket(flagged, code, () => new Set<Measure>());
    if (s.document) {
      for (const m of MEASURES) st.set(m, s.document);
      continue;
    }
    const mine = new Map<Measure, number>();
    const contested = new Set<Key>(s.contested ?? []);
    for (const [k, a] of Object.entries(s.answers) as [Key, Answer][]) {
      const m = LONG[k];
      if (s.untrusted || contested.has(k)) {
        fl.add(m);
        continue;
      }
      if (a.readAs === "reported" && a.exact !== undefined) mine.set(m, a.exact);
      else st.set(m, a.readAs);
    }
    // Derivations a careful reader makes.
    const derive = (total: Key, parts: [Key, Key]) => {
      if (s.answers[total] !== undefined) return;
      if (parts.some((p) => s.untrusted || contested.has(p))) {
        fl.add(LONG[total]);
        return;
      }
      const [a, b] = parts.map((p) => mine.get(LONG[p]));
      if (a !== undefined && b !== undefined) mine.set(LONG[total], a + b);
    };
    derive("tla", ["tid", "tsu"]);
    derive("nf", ["tnf", "unf"]);
    for (const [m, v] of mine) {
      const before = ex.get(m);
      if (before !== undefined && before !== v) fl.add(m);
      ex.set(m, v);
    }
  }

  const truth: TruthRow[] = [];
  const statuses: StatusRow[] = [];
  const codes = [...new Set([...exact.keys(), ...status.keys(), ...flagged.keys()])].sort();
  for (const code of codes) {
    const fl = flagged.get(code) ?? new Set<Measure>();
    for (const m of MEASURES) {
      const v = exact.get(code)?.get(m);
      if (fl.has(m)) statuses.push({ authority_code: code, measure: m, status: "flag" });
      else if (v !== undefined) truth.push({ authority_code: code, measure: m, value: v });
      else {
        const st = status.get(code)?.get(m);
        if (st) statuses.push({ authority_code: code, measure: m, status: st });
      }
    }
  }
  truth.sort(
    (a, b) =>
      a.authority_code.localeCompare(b.authority_code) || (ORDER.get(a.measure) ?? 0) - (ORDER.get(b.measure) ?? 0),
  );
  return { truth, statuses };
}

/** The issue 2 check rules on the truth: clean returns must pass them, or the corpus is wrong. */
export function checkTruth(truth: readonly TruthRow[]): string[] {
  const by = new Map<string, Map<Measure, number>>();
  for (const t of truth) {
    let m = by.get(t.authority_code);
    if (!m) {
      m = new Map();
      by.set(t.authority_code, m);
    }
    m.set(t.measure, t.value);
  }
  const problems: string[] = [];
  for (const [code, m] of by) {
    const g = (x: Measure) => m.get(x);
    for (const grp of ["trafficked", "uasc"] as const) {
      const la = g(`${grp}_looked_after`);
      const wm = g(`${grp}_went_missing`);
      const mi = g(`${grp}_missing_incidents`);
      const nf = g(`${grp}_not_found`);
      if (la !== undefined && wm !== undefined && wm > la) problems.push(`${code} ${grp}: went missing > looked after`);
      if (nf !== undefined && wm !== undefined && nf > wm) problems.push(`${code} ${grp}: not found > went missing`);
      if (mi !== undefined && wm !== undefined && (mi < wm || (mi === 0) !== (wm === 0)))
        problems.push(`${code} ${grp}: incidents vs went missing`);
    }
    const [id, su, la] = [g("trafficked_identified"), g("trafficked_suspected"), g("trafficked_looked_after")];
    if (id !== undefined && su !== undefined && la !== undefined && id + su !== la) problems.push(`${code}: parts sum`);
    const [tn, un, nf] = [g("trafficked_not_found"), g("uasc_not_found"), g("not_found")];
    if (tn !== undefined && un !== undefined && nf !== undefined && tn + un !== nf)
      problems.push(`${code}: not found total`);
  }
  return problems;
}
