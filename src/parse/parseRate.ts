import type { ParsedValue } from "../domain/values.js";
import { normaliseAnswer } from "./parseValue.js";

/**
 * Reading an answer to a question that asks for an average or a percentage
 * rather than a count ("average caseload per social worker: 17.4", "% of
 * return home interviews within 72 hours: 83.5%"). Such a figure is not a
 * count, so decimals are the figure itself, not a reason to set it aside.
 *
 * Only the number's own shape is read here; every other answer (not held,
 * refused, "approximately 17", words) keeps the reading parseValue gave it,
 * with one change: a suppression marker ("<5", "*") bounds a count, not an
 * average, so a suppressed average is "not given" (status suppressed, no
 * bounds) rather than read as 1–4.
 */
export type RateKind = "average" | "percentage";

// Plain digits with an optional decimal part, thousands commas, an optional
// percent sign or "per cent", and footnote marks: no nested quantifiers, so
// linear on any input.
const RATE =
  /^(?<sign>-?)\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|per\s?cent|percent)?\s*(?<marks>\*{1,3}|[¹²³†‡])?$/u;

export function parseRate(raw: string, counted: ParsedValue, kind: RateKind): ParsedValue {
  const text = normaliseAnswer(raw);
  const m = RATE.exec(text)?.groups;
  if (m?.num !== undefined) {
    if (m.unit !== undefined && kind !== "percentage") {
      return {
        status: "not_answered",
        value: null,
        lower: null,
        upper: null,
        unparsed: true,
        note: "a percentage given where an average was asked",
      };
    }
    const n = Number(m.num.replace(/,/gu, ""));
    if (m.sign === "-" && n !== 0) {
      return { ...notGiven("not_answered", "an average or a percentage cannot be negative"), invalid: "negative" };
    }
    if (kind === "percentage" && n > 100) {
      return { ...notGiven("not_answered", "a percentage cannot be over 100"), invalid: "over_hundred" };
    }
    // Float noise from a spreadsheet (17.400000000000002) is not the council's figure.
    const value = Math.round(n * 1e9) / 1e9;
    const notes = [
      ...(m.unit !== undefined ? [`"${m.unit}" read as a percentage`] : []),
      ...(m.marks !== undefined ? [`footnote mark "${m.marks}" ignored`] : []),
    ];
    return {
      status: "reported",
      value,
      lower: value,
      upper: value,
      ...(notes.length ? { note: notes.join("; ") } : {}),
    };
  }
  if (counted.status === "suppressed") {
    const what = kind === "average" ? "an average" : "a percentage";
    return notGiven("suppressed", `suppressed: ${what} has no bound such as "1–4", so it is not given`);
  }
  return counted;
}

function notGiven(status: ParsedValue["status"], note: string): ParsedValue {
  return { status, value: null, lower: null, upper: null, note };
}
