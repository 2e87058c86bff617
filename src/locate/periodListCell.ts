import type { Decision } from "../domain/facts.js";
import { issueLocation } from "../domain/source.js";
import type { FigureCandidate } from "../match/figureCandidate.js";
import { isFollowingYear } from "./readPeriodLines.js";
import { type LocateEnv, parseCached } from "./sheetGrid.js";

/**
 * "No. | Question | Response" over "1 | How many … in 2022 and 2023? |
 * 2022: 32  2023: 31": a table whose answer cell gives a figure for each
 * requested period in turn. A letter's line so written is read item by item
 * (readPeriodList); in a table the cell is one of several on its row, so it
 * was read whole and not understood. Such a cell is read as one figure per
 * item, each titled by its period as a column of years would title it, so
 * the period it counts is settled as any column's is (assemble/keyPeriods).
 *
 * Only a cell the reader did not understand whole, and only when the items
 * are all it holds: nothing but separators between and after them, each
 * period once and each item an answer foi-agg reads. A cell
 * whose items are a run of years ("2022 - 23 2023 - 24") is a list of
 * periods, not of figures, and is left alone.
 */
export function splitPeriodListCell(
  cand: FigureCandidate,
  env: LocateEnv,
  /** The "period: figure" items of a text (period in 1, figure in 2), as a letter's lines are read. */
  itemsOf: (text: string) => RegExpExecArray[],
): { candidates: FigureCandidate[]; decision: Decision | null } {
  const keep = { candidates: [cand], decision: null };
  const { cell } = cand;
  if (cell.kind !== "value" || cell.parsed?.unparsed !== true || env.knowledge.request.periods.length < 2) return keep;
  const text = cell.text;
  const items = itemsOf(text);
  if (items.length < 2 || items.every((m) => isFollowingYear(m[0]))) return keep;
  if (!itemsFillText(text, items)) return keep;
  const candidates = items.map((m) => {
    const raw = (m[2] ?? "").trim().replace(/(?<=\S)\.$/u, "");
    return {
      ...cand,
      cell: { ...cell, text: raw, parsed: parseCached(env, raw) },
      columnTitle: (m[1] ?? "").trim(),
    };
  });
  // A period named twice, or an item with no figure that is no answer either ("2019: see the attached table"), is no list of the
  // periods' answers: the cell stays whole, as not understood.
  const titles = candidates.map((c) => c.columnTitle.toLowerCase());
  if (
    new Set(titles).size < titles.length ||
    candidates.some((c) => c.cell.parsed.unparsed === true && !/\d/u.test(c.cell.text))
  )
    return keep;
  return {
    candidates,
    decision: {
      ...issueLocation(cand.source),
      message: `"${text}" read as one figure for each period it names: ${candidates.map((c) => `${c.columnTitle} → "${c.cell.text}"`).join(", ")}.`,
    },
  };
}

/**
 * Whether a text is nothing but its "period: answer" items, with only
 * separators (",", ";", "|", "and") between them and after the last, so no
 * word of the text is left unread when it is read item by item.
 */
export function itemsFillText(text: string, items: readonly RegExpMatchArray[]): boolean {
  let at = 0;
  for (const m of items) {
    if (!/^[\s,;|]*(?:and\s+)?$/iu.test(text.slice(at, m.index))) return false;
    at = (m.index ?? 0) + m[0].length;
  }
  return /^[\s,;.|]*$/u.test(text.slice(at));
}
