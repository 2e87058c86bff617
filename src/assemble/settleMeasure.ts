import type { Fact } from "../domain/facts.js";
import type { Source } from "../domain/source.js";
import { formatSource } from "../domain/source.js";
import type { Status } from "../domain/values.js";

/** One measure's figure, settled from one or more facts. */
export interface Settled {
  status: Status;
  value: number | null;
  lower: number | null;
  upper: number | null;
  raw: string;
  sources: Source[];
  label: string;
  /** When the facts disagreed: a sentence naming each figure and where it came from. */
  conflict?: string;
  /** When facts agreed or one was preferred: what was kept and why. */
  note?: string;
}

const EXACT = new Set<Fact["status"]>(["reported", "derived"]);
/** Which answer wins when one place gives a figure and another gives no figure. */
const RANK: Record<string, number> = {
  reported: 0,
  derived: 0,
  suppressed: 1,
  refused: 2,
  not_held: 3,
  not_answered: 4,
};

/**
 * Settle a measure given in several places (twice in one return, or in two
 * returns). Exact figures must agree; a suppressed range must contain them.
 * Anything else is a conflict: bounded by the figures given, never counted
 * as exact, and never resolved by picking one.
 */
export function settleFacts(facts: readonly Fact[]): Settled | null {
  const usable = facts.filter((f) => !f.unparsed && !f.invalid && f.approximate === undefined);
  if (usable.length === 0) {
    const first = facts[0];
    if (!first) return null;
    return {
      status: "not_answered",
      value: null,
      lower: null,
      upper: null,
      raw: first.raw,
      sources: first.sources,
      label: first.label,
    };
  }
  const exact = usable.filter((f) => EXACT.has(f.status) && f.value !== null);
  // A suppressed average or percentage has no bounds ("<5" bounds only a
  // count): it is no range to hold a figure in, only an answer without one,
  // ranked as such below any figure given elsewhere.
  const suppressed = usable.filter((f) => f.status === "suppressed" && (f.lower !== null || f.upper !== null));
  if (exact.length > 0) {
    const values = [...new Set(exact.map((f) => f.value as number))];
    const outside = suppressed.filter((s) => values.some((v) => v < (s.lower ?? v) || v > (s.upper ?? v)));
    if (values.length === 1 && outside.length === 0) {
      const kept = exact[0] as Fact;
      const others = usable.filter((f) => f !== kept);
      return {
        ...fromFact(kept),
        ...(others.length > 0
          ? {
              note: `also given as ${others.map((f) => `"${f.raw}" at ${f.sources.map(formatSource).join(";")}`).join(", ")}; the exact figure ${kept.value} is kept`,
            }
          : {}),
      };
    }
    const bounded = [...exact, ...suppressed];
    const lower = Math.min(...bounded.map((f) => f.lower ?? (f.value as number)));
    const upper = Math.max(...bounded.map((f) => f.upper ?? (f.value as number)));
    return {
      status: "conflict",
      value: null,
      lower,
      upper,
      raw: bounded.map((f) => f.raw.trim()).join(" | "),
      sources: bounded.flatMap((f) => f.sources),
      label: (bounded[0] as Fact).label,
      conflict: bounded.map((f) => `"${f.raw.trim()}" at ${f.sources.map(formatSource).join(";")}`).join(" vs "),
    };
  }
  if (suppressed.length > 0) {
    // Two suppressed answers: the figure lies in both ranges.
    const lower = Math.max(...suppressed.map((f) => f.lower ?? 0));
    const upper = Math.min(...suppressed.map((f) => f.upper ?? Number.MAX_SAFE_INTEGER));
    const first = suppressed[0] as Fact;
    if (lower > upper) {
      return {
        status: "conflict",
        value: null,
        lower: Math.min(...suppressed.map((f) => f.lower ?? 0)),
        upper: Math.max(...suppressed.map((f) => f.upper ?? 0)),
        raw: suppressed.map((f) => f.raw.trim()).join(" | "),
        sources: suppressed.flatMap((f) => f.sources),
        label: first.label,
        conflict: suppressed.map((f) => `"${f.raw.trim()}" at ${f.sources.map(formatSource).join(";")}`).join(" vs "),
      };
    }
    return { ...fromFact(first), lower, upper };
  }
  const best = [...usable].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9))[0] as Fact;
  return fromFact(best);
}

function fromFact(f: Fact): Settled {
  return {
    status: f.status,
    value: f.value,
    lower: f.lower,
    upper: f.upper,
    raw: f.raw,
    sources: f.sources,
    label: f.label,
  };
}
