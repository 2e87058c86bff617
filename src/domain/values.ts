/**
 * The status of one figure. `override` comes from a clarifications file and
 * `conflict` marks duplicate returns that disagree (never counted as exact).
 */
export const STATUSES = [
  "reported",
  "derived",
  "override",
  "suppressed",
  "conflict",
  "not_held",
  "refused",
  "not_answered",
  "no_return",
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses whose value is an exact integer. */
export const EXACT_STATUSES: ReadonlySet<Status> = new Set(["reported", "derived", "override"]);
/** Statuses that carry bounds but no exact value. */
export const BOUNDED_STATUSES: ReadonlySet<Status> = new Set(["suppressed", "conflict"]);

/**
 * What the parse stage makes of one answer's text, before it is tied to a
 * measure or a cell. `note` explains any reading that was not literal.
 */
export interface ParsedValue {
  status: Exclude<Status, "derived" | "override" | "conflict" | "no_return">;
  value: number | null;
  lower: number | null;
  upper: number | null;
  note?: string;
  /** Set when the text is not understood at all; status is then not_answered. */
  unparsed?: boolean;
  /**
   * The number an approximate answer states ("approximately 270" → 270).
   * Status is then not_answered: the figure is not exact, and with no stated
   * step it cannot be read as a range; the caller raises value_approximate.
   */
  approximate?: number;
  /**
   * Set when a count's sentence is followed by its breakdown ("3 children went missing: 2 British and
   * 1 Vietnamese") whose parts add up to it: its other numbers are that breakdown, no second figure.
   */
  breakdown?: true;
  /**
   * The bound's own words ("fewer than five") when a suppressed count was read out of a sentence around it
   * ("Fewer than five children were suspected …"): the sentence is then the label, the bound the answer.
   */
  bound?: string;
  /**
   * Set for negative or fractional counts, percentages over 100, and sums of
   * money ("£5,998.75") where a count is read, which are never used as such;
   * parts_sum for a part of a stated total it and its fellows do not add up to.
   */
  invalid?:
    | "negative"
    | "fractional"
    | "over_hundred"
    | "money"
    | "money_rounded"
    | "money_other_stretch"
    | "parts_sum";
}
