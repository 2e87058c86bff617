import { describeKind } from "../domain/request.js";
import type { ParsedValue } from "../domain/values.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { type MoneyReading, parseMoney } from "./parseMoney.js";
import { normaliseAnswer } from "./parseValue.js";

/**
 * Reading an answer to a question that asks for an average, a percentage or
 * a maximum rather than a count ("average caseload per social worker: 17.4", "% of
 * return home interviews within 72 hours: 83.5%"). Such a figure is not a
 * count, so decimals are the figure itself, not a reason to set it aside.
 *
 * Only the number's own shape is read here; every other answer (not held,
 * refused, "approximately 17", words) keeps the reading parseValue gave it,
 * with one change: a suppression marker ("<5", "*") bounds a count, not an
 * average, so a suppressed average is "not given" (status suppressed, no
 * bounds) rather than read as 1–4.
 */
export type RateKind = "average" | "percentage" | "maximum";

// Plain digits with an optional decimal part, thousands commas, an optional
// percent sign or "per cent", and footnote marks: no nested quantifiers, so
// linear on any input.
const RATE =
  /^(?<sign>-?)\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|per\s?cent|percent)?\s*(?<marks>\*{1,3}|[¹²³†‡])?$/u;

/**
 * What a question asked in money wants of a sum of money: whether its label
 * asks for money at all, and over which stretch of time ("weekly" → week).
 */
export interface MoneyAsked {
  vocab: ValueVocabulary["money"];
  asksMoney: boolean;
  per: string | null;
}

export function parseRate(raw: string, counted: ParsedValue, kind: RateKind, money?: MoneyAsked): ParsedValue {
  const text = normaliseAnswer(raw);
  const sum = money ? parseMoney(text, money.vocab) : null;
  if (money && sum) return readMoneyAnswer(sum, money, kind);
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
    return notGiven("suppressed", `suppressed: ${describeKind(kind)} has no bound such as "1–4", so it is not given`);
  }
  return counted;
}

function notGiven(status: ParsedValue["status"], note: string): ParsedValue {
  return { status, value: null, lower: null, upper: null, note };
}

/**
 * A sum of money as the answer to an average (or a highest value) asked in
 * money: the amount, when it is given over the stretch of time asked ("£12,500
 * per week" for a weekly cost; no stretch named is the question's own). A
 * sum for another stretch ("£353,855 per annum" for a weekly cost), a sum
 * rounded to a scale word ("£1.2m") and a sum for a question not asked in
 * money are never read as the figure: each is set aside with its reason.
 */
function readMoneyAnswer(sum: MoneyReading, money: MoneyAsked, kind: RateKind): ParsedValue {
  if (!money.asksMoney || kind === "percentage") {
    return {
      ...notGiven(
        "not_answered",
        `a sum of money given where ${kind === "percentage" ? "a percentage" : `${describeKind(kind)} not in money`} was asked`,
      ),
      invalid: "money",
    };
  }
  if (sum.scale !== undefined) {
    return {
      ...notGiven("not_answered", `a sum given rounded to "${sum.scale}", not an exact figure`),
      invalid: "money_rounded",
    };
  }
  if (sum.per !== undefined && sum.per !== money.per) {
    const asked = money.per === null ? "no stretch of time" : `one per ${money.per}`;
    return {
      ...notGiven("not_answered", `a sum per ${sum.per} ("${sum.perText ?? sum.per}") where ${asked} was asked`),
      invalid: "money_other_stretch",
    };
  }
  const said = sum.perText === undefined ? "" : `, "${sum.perText}" as the question asks`;
  return {
    status: "reported",
    value: sum.amount,
    lower: sum.amount,
    upper: sum.amount,
    note: `read as a sum of money${said}`,
  };
}
