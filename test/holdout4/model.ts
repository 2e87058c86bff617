/**
 * The reading model of the fourth holdout corpus (holdout4). Every return is
 * written from a table of raw answers, and the same table records what a
 * careful human reads from each answer: an exact figure, a suppressed /
 * refused / not-held / not-answered answer, or no trustworthy figure at all.
 * truth.csv and statuses.csv are derived from these tables, never typed in
 * separately, so the files and the answer key cannot drift apart.
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
export const KEYS: readonly Key[] = ["tid", "tsu", "tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf", "nf"];
export const MEASURE_OF: Record<Key, Measure> = {
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

/** How a careful human reads one answer. */
export type Reading = "exact" | "suppressed" | "refused" | "not_held" | "not_answered" | "not_exact";

export interface Answer {
  /** The text as written (for letters and CSVs). */
  raw: string;
  reading: Reading;
  /** The figure, when the reading is exact. */
  value?: number;
  /** The cell value to write in a workbook, when it is not simply the number or the text. */
  xl?: ExcelJS.CellValue;
}

export type Answers = Partial<Record<Key, Answer>>;

/** A plain integer (a number cell in a workbook). */
export const n = (x: number): Answer => ({ raw: String(x), reading: "exact", value: x });
/** An integer stored as text in a workbook. */
export const t = (x: number, raw = String(x)): Answer => ({ raw, reading: "exact", value: x, xl: raw });
/** Text a careful human reads as this exact figure ("6*", "Nil – see note 3"). */
export const as = (raw: string, x: number): Answer => ({ raw, reading: "exact", value: x, xl: raw });
export const sup = (raw: string): Answer => ({ raw, reading: "suppressed" });
export const ref = (raw: string): Answer => ({ raw, reading: "refused" });
export const nh = (raw: string): Answer => ({ raw, reading: "not_held" });
export const na = (raw: string): Answer => ({ raw, reading: "not_answered" });
/** No figure and no clear status ("See Q2", prose). */
export const nx = (raw: string): Answer => ({ raw, reading: "not_exact" });

/** Four answers for one group: looked after, went missing, missing episodes, not found. */
export function four(g: "t" | "u", v: readonly [number, number, number, number]): Answers {
  const [la, wm, mi, nf] = v;
  return g === "t"
    ? { tla: n(la), twm: n(wm), tmi: n(mi), tnf: n(nf) }
    : { ula: n(la), uwm: n(wm), umi: n(mi), unf: n(nf) };
}

export interface Planted {
  problem: string;
  codes: readonly string[];
  /** The authority the problem is about, when there is one. */
  authority?: string;
}

export interface ReturnSpec {
  file: string;
  /** The authority that sent this return; null when a careful human cannot tell. */
  code: string | null;
  answers: Answers;
  /** Answers the return contradicts itself on: never truth; exact only with an error or warning. */
  contested?: readonly Key[];
  /** Nothing in this file is truth (wrong period, wrong or unknown authority, unreadable file). */
  untrusted?: boolean;
  /** A whole-document refusal or not-held letter. */
  document?: "refused" | "not_held";
  /** Other authorities whose figures must not be exact without a flag because of this file. */
  alsoFlag?: readonly string[];
  planted?: readonly Planted[];
  bytes: () => Promise<Uint8Array> | Uint8Array;
}

// --- writing helpers ------------------------------------------------------------------------

export function raw(a: Answers, k: Key): string {
  const v = a[k];
  if (!v) throw new Error(`holdout4: no answer for ${k}`);
  return v.raw;
}

/** The workbook cell for an answer: a number when the answer is a plain integer. */
export function cell(a: Answers, k: Key): ExcelJS.CellValue {
  const v = a[k];
  if (!v) throw new Error(`holdout4: no answer for ${k}`);
  if (v.xl !== undefined) return v.xl;
  if (/^-?\d+$/.test(v.raw)) return Number(v.raw);
  return v.raw;
}

const FIXED = new Date(Date.UTC(2015, 10, 19, 10, 42, 0));

export async function xlsx(author: string, fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = author;
  wb.lastModifiedBy = author;
  wb.created = FIXED;
  wb.modified = FIXED;
  wb.lastPrinted = FIXED;
  fill(wb);
  const buf = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buf as ArrayBuffer));
}

/** Write a block of rows starting at (row, col), both 1-based; empty strings and nulls are left blank. */
export function put(ws: ExcelJS.Worksheet, row: number, col: number, rows: readonly (readonly ExcelJS.CellValue[])[]) {
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v !== null && v !== undefined && v !== "") ws.getCell(row + i, col + j).value = v;
    });
  });
}

export interface CsvOptions {
  delimiter?: string;
  eol?: string;
  encoding?: "utf8" | "utf8bom" | "cp1252";
  quoteAll?: boolean;
}

export function csv(rows: readonly (readonly (string | number)[])[], o: CsvOptions = {}): Uint8Array {
  const d = o.delimiter ?? ",";
  const eol = o.eol ?? "\r\n";
  const quote = (c: string) =>
    o.quoteAll || c.includes(d) || c.includes('"') || c.includes("\n") || c.includes("\r")
      ? `"${c.replace(/"/g, '""')}"`
      : c;
  const text = rows.map((r) => r.map((c) => quote(String(c))).join(d)).join(eol) + eol;
  if (o.encoding === "cp1252") return cp1252(text);
  return utf8(text, o.encoding === "utf8bom");
}

export function letter(lines: readonly string[], eol = "\r\n"): Uint8Array {
  return utf8(lines.join(eol) + eol);
}

/** Days since 30 December 1899: the number Excel stores for a date. */
export function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

// --- episode lists --------------------------------------------------------------------------

export interface Episode {
  child: string;
  group: "t" | "u";
  /** Start and end as [y, m, d]; end null when the child has not returned. */
  start: readonly [number, number, number] | null;
  end: readonly [number, number, number] | null;
}

/** What a careful human counts from an episode list, per group. */
export function countEpisodes(eps: readonly Episode[]): Answers {
  const out: Answers = {};
  for (const g of ["t", "u"] as const) {
    const mine = eps.filter((e) => e.group === g);
    const children = [...new Set(mine.map((e) => e.child))];
    const key = (d: readonly [number, number, number] | null) => (d ? d[0] * 10000 + d[1] * 100 + d[2] : 0);
    let notFound = 0;
    for (const c of children) {
      const latest = mine
        .filter((e) => e.child === c)
        .sort((a, b) => key(b.start) - key(a.start) || key(b.end) - key(a.end))[0];
      if (latest && latest.end === null) notFound += 1;
    }
    const counted = (x: number): Answer => ({
      raw: `(counted from the episode list) ${x}`,
      reading: "exact",
      value: x,
    });
    if (g === "t")
      Object.assign(out, { twm: counted(children.length), tmi: counted(mine.length), tnf: counted(notFound) });
    else Object.assign(out, { uwm: counted(children.length), umi: counted(mine.length), unf: counted(notFound) });
  }
  return out;
}

// --- reading the specs ------------------------------------------------------------------------

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

const ORDER = new Map(MEASURES.map((m, i) => [m, i] as const));

/**
 * truth.csv and statuses.csv from the specs. A careful human also derives
 * identified + suspected and trafficked + UASC not found when the total is not
 * given and both parts are exact. Two returns for one authority that disagree
 * on a figure make it untrustworthy ("flag").
 */
export function readings(specs: readonly ReturnSpec[]): { truth: TruthRow[]; statuses: StatusRow[] } {
  const exact = new Map<string, Map<Measure, number>>();
  const status = new Map<string, Map<Measure, string>>();
  const flag = new Map<string, Set<Measure>>();
  const get = <T>(m: Map<string, T>, code: string, make: () => T): T => {
    let v = m.get(code);
    if (v === undefined) {
      v = make();
      m.set(code, v);
    }
    return v;
  };

  for (const s of specs) {
    for (const other of s.alsoFlag ?? []) for (const m of MEASURES) get(flag, other, () => new Set()).add(m);
    if (s.code === null) continue;
    const ex = get(exact, s.code, () => new Map<Measure, number>());
    const st = get(status, s.code, () => new Map<Measure, string>());
    const fl = get(flag, s.code, () => new Set<Measure>());
    if (s.document) {
      for (const m of MEASURES) st.set(m, s.document);
      continue;
    }
    const contested = new Set<Key>(s.contested ?? []);
    const mine = new Map<Measure, number>();
    for (const k of KEYS) {
      const a = s.answers[k];
      if (!a) continue;
      const m = MEASURE_OF[k];
      if (s.untrusted || contested.has(k)) fl.add(m);
      else if (a.reading === "exact") {
        if (a.value === undefined) throw new Error(`holdout4: ${s.file} ${k} exact without a value`);
        mine.set(m, a.value);
      } else st.set(m, a.reading);
    }
    const derive = (total: Key, parts: readonly [Key, Key]) => {
      if (s.answers[total] !== undefined) return;
      if (s.untrusted || parts.some((p) => contested.has(p))) {
        fl.add(MEASURE_OF[total]);
        return;
      }
      const [a, b] = parts.map((p) => mine.get(MEASURE_OF[p]));
      if (a !== undefined && b !== undefined) mine.set(MEASURE_OF[total], a + b);
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
  const codes = [...new Set([...exact.keys(), ...status.keys(), ...flag.keys()])].sort();
  for (const code of codes) {
    const fl = flag.get(code) ?? new Set<Measure>();
    for (const m of MEASURES) {
      const v = exact.get(code)?.get(m);
      if (fl.has(m)) statuses.push({ authority_code: code, measure: m, status: "flag" });
      else if (v !== undefined) truth.push({ authority_code: code, measure: m, value: v });
      else {
        const s = status.get(code)?.get(m);
        if (s !== undefined) statuses.push({ authority_code: code, measure: m, status: s });
      }
    }
  }
  const byCode = (a: { authority_code: string; measure: Measure }, b: { authority_code: string; measure: Measure }) =>
    a.authority_code.localeCompare(b.authority_code) || (ORDER.get(a.measure) ?? 0) - (ORDER.get(b.measure) ?? 0);
  truth.sort(byCode);
  statuses.sort(byCode);
  return { truth, statuses };
}

/** The issue 2 check rules applied to the truth: a clean return must pass them, or the corpus is wrong. */
export function checkTruth(truth: readonly TruthRow[]): string[] {
  const by = new Map<string, Map<Measure, number>>();
  for (const r of truth) {
    let m = by.get(r.authority_code);
    if (!m) {
      m = new Map();
      by.set(r.authority_code, m);
    }
    m.set(r.measure, r.value);
  }
  const problems: string[] = [];
  for (const [code, m] of by) {
    for (const g of ["trafficked", "uasc"] as const) {
      const la = m.get(`${g}_looked_after`);
      const wm = m.get(`${g}_went_missing`);
      const mi = m.get(`${g}_missing_incidents`);
      const nf = m.get(`${g}_not_found`);
      if (la !== undefined && wm !== undefined && wm > la) problems.push(`${code} ${g}: went missing > looked after`);
      if (nf !== undefined && wm !== undefined && nf > wm) problems.push(`${code} ${g}: not found > went missing`);
      if (mi !== undefined && wm !== undefined && (mi < wm || (mi === 0) !== (wm === 0)))
        problems.push(`${code} ${g}: missing episodes vs children`);
    }
    const [id, su, la] = [
      m.get("trafficked_identified"),
      m.get("trafficked_suspected"),
      m.get("trafficked_looked_after"),
    ];
    if (id !== undefined && su !== undefined && la !== undefined && id + su !== la) problems.push(`${code}: parts sum`);
    const [tn, un, nf] = [m.get("trafficked_not_found"), m.get("uasc_not_found"), m.get("not_found")];
    if (tn !== undefined && un !== undefined && nf !== undefined && tn + un !== nf)
      problems.push(`${code}: not found total`);
    for (const [meas, v] of m) if (!Number.isInteger(v) || v < 0) problems.push(`${code} ${meas}: not a count`);
  }
  return problems;
}
