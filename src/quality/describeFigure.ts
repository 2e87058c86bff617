import type { Status } from "../domain/values.js";
import { BOUNDED_STATUSES, EXACT_STATUSES } from "../domain/values.js";

/** What a figure needs for its wording: its status, bounds and the council's own text. */
export interface FigureFacts {
  status: Status;
  value: number | null;
  lower: number | null;
  upper: number | null;
  raw: string;
}

const STATUS_WORDS: Record<Status, string> = {
  reported: "reported",
  derived: "derived",
  override: "clarified",
  suppressed: "suppressed",
  conflict: "conflicting figures",
  not_held: "not held",
  refused: "refused",
  not_answered: "not answered",
  no_return: "no return",
};

/** A status in words for a column header or a legend ("not held", "clarified"). */
export function describeStatus(status: Status): string {
  return STATUS_WORDS[status];
}

/**
 * A figure as people write it in a table: `12`, `1–4 (suppressed)`,
 * `refused (s.12)`, `not held`. A bounded figure is always written as its
 * range, never as a single number, so no reader can take a suppressed
 * figure for an exact one.
 */
export function describeFigure(figure: FigureFacts): string {
  if (EXACT_STATUSES.has(figure.status) && figure.value !== null) return formatCount(figure.value);
  if (BOUNDED_STATUSES.has(figure.status) && figure.lower !== null && figure.upper !== null) {
    return `${formatRange(figure.lower, figure.upper)} (${STATUS_WORDS[figure.status]})`;
  }
  if (figure.status === "refused") {
    const section = refusalSection(figure.raw);
    return section ? `refused (s.${section})` : "refused";
  }
  return STATUS_WORDS[figure.status];
}

/**
 * The FOI Act section a refusal cites, when its text names one: "s.12",
 * "section 40(2)", "s 31". Refusals are read from the council's words, so
 * the citation comes from there too, or not at all.
 */
export function refusalSection(raw: string): string | null {
  const match = /\b(?:s|sec|section)\.?\s?(\d{1,2}(?:\(\d\))?)(?!\d)/i.exec(raw);
  return match?.[1] ?? null;
}

/** 4739 → "4,739": counts as a British reader writes them. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-GB");
}

/**
 * An area's figures for an average, a percentage or a maximum, which are
 * never added up: "median 17.4 (lowest 13.1, highest 22.1; 12 councils)".
 */
export function formatSpread(row: {
  lowest: number | null;
  median: number | null;
  highest: number | null;
  authorities_exact: number;
  highest_authority?: string | null | undefined;
}): string {
  if (row.median === null || row.lowest === null || row.highest === null) return "no council gave one";
  const councils = `${row.authorities_exact} council${row.authorities_exact === 1 ? "" : "s"}`;
  // A maximum leads with the largest and whose it is: "highest 12,500 (Surrey; lowest 3,100, median 5,200; 9 councils)".
  if (row.highest_authority) {
    return `highest ${formatCount(row.highest)} (${row.highest_authority}; lowest ${formatCount(row.lowest)}, median ${formatCount(row.median)}; ${councils})`;
  }
  return `median ${formatCount(row.median)} (lowest ${formatCount(row.lowest)}, highest ${formatCount(row.highest)}; ${councils})`;
}

/** An interval in words: "590–596", or one number when both ends agree. */
export function formatRange(lower: number, upper: number): string {
  return lower === upper ? formatCount(lower) : `${formatCount(lower)}–${formatCount(upper)}`;
}

const GROUP_WORDS: Record<string, string> = {
  trafficked: "Trafficked",
  trafficked_identified: "Trafficked (identified)",
  trafficked_suspected: "Trafficked (suspected)",
  uasc: "UASC",
  all: "All",
};
const METRIC_WORDS: Record<string, string> = {
  looked_after: "looked after",
  went_missing: "went missing",
  missing_incidents: "missing episodes",
  not_found: "not found",
};

/** A column heading short enough for a table: "UASC: went missing". */
export function shortMeasureName(m: { group: string; metric: string }): string {
  return `${GROUP_WORDS[m.group] ?? m.group}: ${METRIC_WORDS[m.metric] ?? m.metric}`;
}
