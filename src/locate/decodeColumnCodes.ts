import type { Decision } from "../domain/facts.js";
import { NAMED_SHEETS, type Sheet } from "../domain/workbook.js";
import { matchLabel } from "../match/matchLabel.js";
import type { LocateEnv } from "./sheetGrid.js";

/** A figure under a coded column: a count, or a small number suppressed ("<5"). */
const FIGURE = /^\s*(?:<\s?\d{1,2}|\d{1,3}(?:,\d{3})+|\d{1,7})\s*$/u;

/**
 * "Key: 1a identified as trafficked; 1b suspected (not in 1a); …": a line
 * opened by "Key" or "Legend", then items cut by semicolons. The word is
 * what makes it a key: a sentence of "x y; z w" is as often prose.
 */
const KEY_LINE = /^\s*(?:key|legend)\s*[:\-–]\s*(.+)$/iu;

/** "1a identified as trafficked", "T2 - suspected", "4 = still missing": a short code, then words. */
const KEY_ITEM = /^([A-Za-z0-9]{1,6})\s*(?:[-–:=]\s*|\s)(.*\p{L}{3,}.*)$/u;

interface KeyItem {
  /** Upper-cased, so "1A" in a header meets "1a" in the key. */
  code: string;
  /** The code as the key writes it. */
  written: string;
  meaning: string;
}

/**
 * Read a one-cell line as a key of codes and meanings, or null: two or more
 * items, each a code and words, and no code given twice (a key says each
 * code once; a repeated "1" is a numbered list, not a key).
 */
function readKeyLine(text: string): KeyItem[] | null {
  const body = KEY_LINE.exec(text)?.[1];
  if (body === undefined) return null;
  const items: KeyItem[] = [];
  for (const part of body.split(";")) {
    const hit = KEY_ITEM.exec(part.trim().replace(/\.$/u, ""));
    if (!hit) return null;
    items.push({ code: (hit[1] ?? "").toUpperCase(), written: hit[1] ?? "", meaning: (hit[2] ?? "").trim() });
  }
  if (items.length < 2 || new Set(items.map((i) => i.code)).size !== items.length) return null;
  return items;
}

/**
 * "Period | 1a | 1b | 1c UASC at 31 | … | 4" over "2021 | 2 | 0 | 58 | …",
 * with "Key: 1a identified as trafficked; 1b suspected (not in 1a); …" under
 * the table: a table too wide for its page is headed by short codes that
 * only the key explains. Read as they stand, "1a" names nothing and every
 * figure of the table was left unread.
 *
 * A header cell opened by a key's code is given the code and the key's
 * meaning in place of its own words (its address unchanged, so provenance
 * still names the coded cell), only where all of this holds:
 * - the key is a one-cell line opened by "Key:" or "Legend:", on the same
 *   sheet, and its items are "code meaning" cut by semicolons;
 * - two or more cells of one table row open with distinct codes of the key,
 *   and the next filled row under it has a figure under one of them;
 * - every meaning used names something the request counts (a metric or a
 *   group), so a key of footnote marks or of a council's own numbering that
 *   says nothing asked leaves the header as it was.
 */
export function decodeColumnCodes(sheet: Sheet, env: LocateEnv): { sheet: Sheet; decisions: Decision[] } {
  const keys: { r: number; items: KeyItem[] }[] = [];
  sheet.rows.forEach((row, r) => {
    const filled = row.filter((t) => t.trim() !== "");
    const only = filled.length === 1 ? filled[0] : undefined;
    const items = only === undefined ? null : readKeyLine(only);
    if (items) keys.push({ r, items });
  });
  if (keys.length === 0) return { sheet, decisions: [] };
  let rows: string[][] | null = null;
  const decisions: Decision[] = [];
  const named = NAMED_SHEETS.has(env.format);
  for (const key of keys) {
    const itemOf = new Map(key.items.map((i) => [i.code, i]));
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const coded: { c: number; code: string; as: string; meaning: string }[] = [];
      row.forEach((text, c) => {
        const item = itemOf.get((text.trim().split(/\s+/u)[0] ?? "").toUpperCase());
        if (item) coded.push({ c, code: item.code, as: `${item.meaning} (${item.written})`, meaning: item.meaning });
      });
      if (coded.length < 2 || new Set(coded.map((x) => x.code)).size !== coded.length) continue;
      if (!hasFigureUnder(sheet, r, coded)) continue;
      const meaningful = coded.every((x) => {
        const label = matchLabel(x.meaning, env.knowledge.labels);
        return label.groups.length > 0 || label.metrics.length > 0;
      });
      if (!meaningful) continue;
      rows ??= sheet.rows.map((cells) => [...cells]);
      for (const x of coded) (rows[r] as string[])[x.c] = x.as;
      // "1c UASC at 31" over "March": the header's own words wrapped onto a
      // second line, which stands between the header and its figures and
      // would cut them apart. The key's meaning says the header whole, so the
      // decoded header takes the second line's place, right over the figures
      // (a header is read from the rows straight above its figures).
      const next = sheet.rows[r + 1] ?? [];
      const codedColumns = new Set(coded.map((x) => x.c));
      const wrapped =
        next.some((t) => t.trim() !== "") &&
        next.every((t, c) => t.trim() === "" || (codedColumns.has(c) && !/\d/u.test(t)));
      if (wrapped) {
        rows[r + 1] = rows[r] as string[];
        rows[r] = (rows[r] as string[]).map(() => "");
      }
      decisions.push({
        file: env.file,
        ...(named ? { sheet: sheet.name } : {}),
        cell: "",
        message: `Columns headed by codes on row ${r + 1}${wrapped ? ` (its words wrapped onto row ${r + 2}, where the header is read)` : ""} read with the key on row ${key.r + 1}: ${coded.map((x) => `"${(row[x.c] ?? "").trim()}" → "${x.as}"`).join(", ")}.`,
      });
    }
  }
  return { sheet: rows ? { ...sheet, rows } : sheet, decisions };
}

/**
 * Whether a figure stands under a coded column in the first row below the
 * header that has one: a header's second line ("March" under "1c UASC at
 * 31") is passed over, as it holds no figure.
 */
function hasFigureUnder(sheet: Sheet, r: number, coded: readonly { c: number }[]): boolean {
  for (let k = r + 1; k < Math.min(sheet.rows.length, r + 4); k++) {
    const row = sheet.rows[k] ?? [];
    if (coded.some((x) => FIGURE.test(row[x.c] ?? ""))) return true;
  }
  return false;
}
