import type { Decision } from "../domain/facts.js";
import { NAMED_SHEETS, type Sheet, type Workbook } from "../domain/workbook.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { familiesOf, readYesNo } from "./findListColumns.js";
import type { LocateEnv } from "./sheetGrid.js";

/**
 * One line of a legend a council put beside an extract: what a code in a
 * column means ("TRAFF_CODE T1 | Identified as trafficked", "1 = UASC").
 */
export interface LegendEntry {
  /** The column the code belongs to, normalised ("traff code"); null when the legend does not say. */
  column: string | null;
  /** The code as written, upper-cased ("T1", "1", "MIS"). */
  code: string;
  meaning: string;
  /** Where a person finds the legend line: "Legend!A3" or "line 12". */
  at: string;
}

/** A code is short and has no spaces: "T1", "MIS", "12A", "1". */
const CODE = /^[A-Za-z0-9]{1,6}$/u;

/**
 * "T1 = identified as trafficked; T2 = suspected", "TRAF-I = identified as
 * trafficked": each code with an equals sign after it. A code may carry one
 * short hyphenated suffix ("TRAF-I", "TRAF-S"), as systems tell a group's
 * kinds apart; a hyphen before a code is part of it, never a break.
 */
const INLINE_CODE = /(?<![A-Za-z0-9-])([A-Za-z0-9]{1,6}(?:-[A-Za-z0-9]{1,3})?)\s*=\s*/gu;

/**
 * Read every legend line in a workbook. Extracts from case-management
 * systems write codes ("T1", "MIS", "1") and explain them on a "Legend" or
 * "Key" sheet, or in a note above or below the list. A line counts as a
 * legend line when it pairs a short code with words that explain it:
 *
 * - two cells, the first "<column> <code>" or "<code>", the second the meaning;
 * - three cells: column, code, meaning;
 * - a cell of "code = meaning" pairs ("Key: 1 = UASC, 2 = trafficked");
 * - a cell "<column> <code> (<meaning>)" ("TRAFF_CAT I (identified) in period").
 *
 * A line is only a candidate here; a code is used only where the column it
 * names, or a list's coded column, meets it (see decodeListCodes).
 */
export function findCodeLegend(workbook: Workbook): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((row, r) => {
      const at = NAMED_SHEETS.has(workbook.format) ? `${sheet.name}!A${r + 1}` : `line ${r + 1}`;
      const cells = row.map((c) => c.trim()).filter((c) => c !== "");
      entries.push(...readLegendCells(cells, at));
      for (const cell of cells) entries.push(...readInlineLegend(cell, at), ...readBracketLegend(cell, at));
    });
  }
  return entries;
}

function readLegendCells(cells: readonly string[], at: string): LegendEntry[] {
  const explains = (t: string) => /\p{L}{3,}/u.test(t);
  if (cells.length === 3) {
    const [column, code, meaning] = cells as [string, string, string];
    if (CODE.test(code) && explains(meaning) && !CODE.test(meaning))
      return [{ column: normaliseLabel(column), code: code.toUpperCase(), meaning, at }];
  }
  if (cells.length !== 2) return [];
  const [key, meaning] = cells as [string, string];
  if (!explains(meaning) || CODE.test(meaning)) return [];
  const words = key.split(/\s+/u);
  const code = words[words.length - 1] ?? "";
  if (!CODE.test(code)) return [];
  const column = words.length > 1 ? normaliseLabel(words.slice(0, -1).join(" ")) : null;
  return [{ column, code: code.toUpperCase(), meaning, at }];
}

/**
 * "TRAFF_CAT I (identified) in period": a column, a code and its meaning in
 * brackets, as extracts label the counts they add under a list. Only with
 * the column named, since a bare "word (words)" is any bracketed aside; the
 * entry is used only where a list has a column of that name.
 */
// A column name is a few words (bounded, so the spaces before the code are split from it in linear time).
export const BRACKET_CODE = /^\s*([A-Za-z][A-Za-z0-9_ ]{0,40}?)\s{1,8}([A-Za-z0-9]{1,6})\s{0,8}\(([^()]*)\)/u;

function readBracketLegend(cell: string, at: string): LegendEntry[] {
  const hit = BRACKET_CODE.exec(cell);
  const column = hit?.[1]?.trim() ?? "";
  const code = hit?.[2] ?? "";
  const meaning = hit?.[3]?.trim() ?? "";
  if (column === "" || !/\p{L}{3,}/u.test(meaning)) return [];
  return [{ column: normaliseLabel(column), code: code.toUpperCase(), meaning, at }];
}

function readInlineLegend(cell: string, at: string): LegendEntry[] {
  const hits = [...cell.matchAll(INLINE_CODE)];
  // One "x = y" is an equation or a sentence as often as a legend; two make a key.
  if (hits.length < 2) return [];
  return hits.flatMap((hit, k) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const end = hits[k + 1]?.index ?? cell.length;
    let meaning = cell
      .slice(start, end)
      .replace(/[\s,;.]+$/u, "")
      .trim();
    // "(Key: 1 = UASC, 2 = trafficked)": the bracket round the key is not the last meaning's.
    if (meaning.endsWith(")") && !meaning.includes("(")) meaning = meaning.slice(0, -1).trim();
    return /\p{L}{3,}/u.test(meaning) ? [{ column: null, code: (hit[1] ?? "").toUpperCase(), meaning, at }] : [];
  });
}

/**
 * Replace the codes in a list's columns by what the legend says they mean,
 * so the list reader (findEpisodeHeader, readEpisodes) sees "Returned",
 * "Still missing" or the group's own words instead of "RET", "MIS", "T1".
 *
 * Only lists are touched: a header row with a child-reference column (which
 * every list of children or episodes has). Under it, a column takes:
 * - the legend lines that name it ("TRAFF_CODE T1"), or
 * - the legend lines that name no column, when every filled cell of the
 *   column is one of their codes, so "1 = UASC" never rewrites a count of 1.
 * A cell that already reads as yes or no is left alone: "UASC_FLAG Y" only
 * confirms what Y means. A meaning that names a group stays as written; one
 * that says the child returned or is still missing becomes that word.
 * Cell addresses are unchanged, so provenance still names the coded cell.
 */
export function decodeListCodes(
  sheet: Sheet,
  legend: readonly LegendEntry[],
  env: LocateEnv,
): { sheet: Sheet; decisions: Decision[] } {
  if (legend.length === 0) return { sheet, decisions: [] };
  const p = tablePatterns(env.knowledge.labels);
  const decisions: Decision[] = [];
  let rows: string[][] | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const header = sheet.rows[r] ?? [];
    if (!header.some((t) => matchesAny(p.child, normaliseLabel(t)))) continue;
    const below: number[] = [];
    for (let k = r + 1; k < sheet.rows.length && (sheet.rows[k] ?? []).some((t) => t.trim() !== ""); k++) below.push(k);
    // The codes read in this list's columns, for the count lines under it.
    const listCodes = new Map<string, { entry: LegendEntry; as: string }>();
    header.forEach((title, c) => {
      const name = normaliseLabel(title);
      if (name === "" || matchesAny(p.child, name)) return;
      const cells = below.map((k) => (sheet.rows[k]?.[c] ?? "").trim()).filter((t) => t !== "");
      const named = legend.filter((e) => e.column === name);
      const unnamed = legend.filter((e) => e.column === null);
      const codes = new Set(unnamed.map((e) => e.code));
      const entries =
        named.length > 0 ? named : cells.length > 0 && cells.every((t) => codes.has(t.toUpperCase())) ? unnamed : [];
      if (entries.length === 0) return;
      const meaningOf = new Map(entries.map((e) => [e.code, e]));
      const used = new Map<string, { entry: LegendEntry; as: string }>();
      for (const k of below) {
        const text = (sheet.rows[k]?.[c] ?? "").trim();
        const entry = meaningOf.get(text.toUpperCase());
        if (!entry || readYesNo(text, p) !== null) continue;
        const as = readMeaning(entry.meaning, env);
        rows ??= sheet.rows.map((row) => [...row]);
        (rows[k] as string[])[c] = as;
        used.set(entry.code, { entry, as });
      }
      if (used.size === 0) return;
      // Every code of the legend the column was read by: a count line may name a kind no row has ("TRAF-I 2").
      for (const e of entries) listCodes.set(e.code, { entry: e, as: readMeaning(e.meaning, env) });
      const how = [...used.values()].map((u) => `${u.entry.code} as "${u.as}" (legend at ${u.entry.at})`).join(", ");
      decisions.push({
        file: env.file,
        ...(NAMED_SHEETS.has(env.format) ? { sheet: sheet.name } : {}),
        cell: "",
        message: `The codes in column "${title.trim()}" of the list headed on row ${r + 1} were read by the file's legend: ${how}.`,
      });
    });
    if (listCodes.size === 0) continue;
    // "Cohort looked after 01/10/14-30/09/15: UASC 9; TRAF-I 2; TRAF-S 1"
    // under the list: counts by the same codes, read by the same legend, so
    // each count is read under its group's words as the list's rows are.
    for (let k = (below.at(-1) ?? r) + 1; k < sheet.rows.length; k++) {
      const line = sheet.rows[k] ?? [];
      const filled = line.map((t, c) => ({ t, c })).filter((x) => x.t.trim() !== "");
      const only = filled.length === 1 ? filled[0] : undefined;
      if (!only) continue;
      const decoded = decodeCountLine(only.t, listCodes);
      if (decoded === null) continue;
      rows ??= sheet.rows.map((row) => [...row]);
      (rows[k] as string[])[only.c] = decoded;
      decisions.push({
        file: env.file,
        ...(NAMED_SHEETS.has(env.format) ? { sheet: sheet.name } : {}),
        cell: "",
        message: `The codes in the counts on row ${k + 1} ("${only.t.trim()}") were read by the legend of the list headed on row ${r + 1}: "${decoded}".`,
      });
    }
  }
  return { sheet: rows ? { ...sheet, rows } : sheet, decisions };
}

/** "TRAF-I 2", "UASC = 9", "UASC: <5": a code and its count, one item of a count line. */
const CODE_COUNT = /^([A-Za-z0-9]{1,6}(?:-[A-Za-z0-9]{1,3})?)\s?[=:]?\s?(<\s?\d{1,2}|\d{1,5})$/u;

/**
 * "Cohort looked after …: UASC 9; TRAF-I 2; TRAF-S 1" with each code
 * written as its meaning, or null: the words before the colon must have a
 * letter, and every item after it must be a code of the list and a count.
 * Cut by hand (indexOf and split), not by one pattern, so a long line with
 * no colon is never scanned twice.
 */
function decodeCountLine(text: string, codes: ReadonlyMap<string, { as: string }>): string | null {
  const colon = text.indexOf(":");
  if (colon < 0 || !/\p{L}/u.test(text.slice(0, colon))) return null;
  const tail = text
    .slice(colon + 1)
    .trim()
    .replace(/\.$/u, "");
  const items = tail.split(/[;,]/u).map((t) => t.trim());
  if (items.length < 2) return null;
  const read: string[] = [];
  for (const item of items) {
    const hit = CODE_COUNT.exec(item);
    const code = hit?.[1]?.toUpperCase() ?? "";
    const meaning = codes.get(code);
    if (!hit || !meaning) return null;
    read.push(`${meaning.as} ${hit[2]}`);
  }
  return `${text.slice(0, colon + 1)} ${read.join("; ")}`;
}

/** What a legend's meaning tells the list reader: a group in its own words, or whether the child came back. */
function readMeaning(meaning: string, env: LocateEnv): string {
  if (familiesOf(meaning, env).length > 0) return meaning;
  const n = normaliseLabel(meaning);
  if (/\b(still|remains?|currently) missing\b|\bnot (yet )?(returned|found|located)\b|\bwhereabouts unknown\b/u.test(n))
    return "Still missing";
  if (/\b(returned|found|located|recovered)\b/u.test(n)) return "Returned";
  return meaning;
}
