import type { LogicalCell } from "../match/figureCandidate.js";
import { itemsFillText } from "./periodListCell.js";
import { type LocateEnv, parseCached } from "./sheetGrid.js";

/** A period of a year or a pair of years. */
const PERIOD = String.raw`(?:19|20)\d{2}(?:\s?[/\u2013]\s?\d{2,4}|-\d{2}(?!\d))?`;
/** Between a period and its answer: a colon, an equals sign, a long dash, or a hyphen with spaces round it. */
const SEPARATOR = String.raw`\s*(?::|=|\u2013|\u2014|\s-\s)\s*`;

/**
 * One item of a cell's list: "2018: 4", "2019 – nil", "2020 = <5". The
 * answer runs to a comma, semicolon or bar, to the cell's end, or to where
 * the next "2020:" begins (a pdf's wrapped cell lines are joined with a
 * space, no comma).
 */
const ITEM = new RegExp(
  String.raw`(${PERIOD})${SEPARATOR}([^,;|:]{1,30}?)\s*(?=[,;|]|\.?\s*$|\s${PERIOD}${SEPARATOR})`,
  "gu",
);

export interface PeriodItem {
  period: string;
  cell: LogicalCell;
}

/**
 * "No. | Question | Response" over "1b | The total number … | 2018: 4 2019:
 * 5 2020: 2": a table's answer cell that gives one answer a period, each
 * after its year. Read whole it is no figure, and the row's answers went
 * unread. Each item is the row's answer for its period, as a line of a
 * letter's "2018: 4, 2019: 5" is. Only a cell that is nothing but such
 * items, each period once, each answer one foi-agg reads; anything else
 * (a sentence with years in it) is left as it was.
 */
export function periodItemsInCell(cell: LogicalCell, env: LocateEnv): PeriodItem[] | null {
  if (env.knowledge.request.periods.length < 2) return null;
  if (cell.kind !== "value" || !cell.parsed?.unparsed) return null;
  const text = cell.text;
  const items = [...text.matchAll(ITEM)];
  if (items.length === 0) return null;
  if (!itemsFillText(text, items)) return null;
  const periods = items.map((m) => (m[1] ?? "").replace(/\s/gu, ""));
  if (new Set(periods).size !== periods.length) return null;
  const read: PeriodItem[] = [];
  for (const [k, m] of items.entries()) {
    const answer = (m[2] ?? "").trim();
    const parsed = parseCached(env, answer);
    if (parsed.unparsed) return null;
    read.push({ period: periods[k] ?? "", cell: { ...cell, text: answer, parsed } });
  }
  return read;
}
