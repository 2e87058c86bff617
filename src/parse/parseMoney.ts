import { escapeRegex, type ValueVocabulary } from "../knowledge/values.js";
import { normaliseAnswer } from "./parseValue.js";

/**
 * A sum of money written as a whole answer: "£5,998.75", "£12,500 per
 * week", "12,500 pounds", "£1.2m". The words (currency, scale, the stretch
 * of time it is paid over) are values.json's `money`; this module holds the
 * shape they are read in. A sum of money is never a count: it answers only a
 * question asked in money, which the match stage decides (readMoneyAnswer).
 */
export interface MoneyReading {
  /** The amount in the currency's units, the scale word applied ("£1.2m" → 1200000). */
  amount: number;
  /** The scale word as written ("m", "million"), when the amount was given rounded to one. */
  scale?: string;
  /** The stretch of time the sum is paid over ("week", "year"), when the answer says one. */
  per?: string;
  /** The words that said so ("per week", "pa"). */
  perText?: string;
}

type MoneyVocabulary = ValueVocabulary["money"];

interface CompiledMoney {
  re: RegExp;
  scale: Map<string, number>;
  perKeys: string[];
}

const compiled = new WeakMap<MoneyVocabulary, CompiledMoney | null>();

// Digits with thousands commas or without, and decimals: no nested
// quantifiers, and every other part is an alternation of the knowledge's
// short words, so the whole pattern is linear on any input.
const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;

function compileMoney(money: MoneyVocabulary): CompiledMoney | null {
  if (compiled.has(money)) return compiled.get(money) ?? null;
  const alt = (list: readonly string[]) => list.map((p) => `(?:${p})`).join("|");
  if (money.currency.length === 0 && money.currencyAfter.length === 0) {
    compiled.set(money, null);
    return null;
  }
  const scaleWords = Object.keys(money.scale).sort((a, b) => b.length - a.length);
  const perKeys = Object.keys(money.per);
  const perGroups = perKeys.map((key, i) => `(?<p${i}>${alt(money.per[key] ?? [])})`).join("|");
  const source = [
    "^",
    money.currency.length ? `(?:(?<cur>${alt(money.currency)})\\s?)?` : "",
    `(?<num>${AMOUNT})`,
    // A scale word stands apart from a following letter: "£1.2m" and "£3 million", never "£12 mother".
    scaleWords.length ? `(?:\\s?(?<scale>${scaleWords.map(escapeRegex).join("|")})(?![\\p{L}]))?` : "",
    money.currencyAfter.length ? `(?:\\s*(?<after>${alt(money.currencyAfter)})(?![\\p{L}]))?` : "",
    perGroups ? `(?:\\s*(?:${perGroups}))?` : "",
    "$",
  ].join("");
  const result = { re: new RegExp(source, "iu"), scale: new Map(Object.entries(money.scale)), perKeys };
  compiled.set(money, result);
  return result;
}

/** The answer read as a sum of money, or null when it is not one (no currency, or other words beside it). */
export function parseMoney(raw: string, money: MoneyVocabulary): MoneyReading | null {
  const c = compileMoney(money);
  if (!c) return null;
  const text = normaliseAnswer(raw);
  if (text.length > 60) return null;
  const g = c.re.exec(text)?.groups;
  if (!g?.num || (g.cur === undefined && g.after === undefined)) return null;
  const base = Number(g.num.replace(/,/gu, ""));
  const factor = g.scale === undefined ? 1 : (c.scale.get(g.scale) ?? 1);
  // Float noise from the scale ("1.2" × 1e6) is not the council's figure.
  const amount = Math.round(base * factor * 1e6) / 1e6;
  const perIndex = c.perKeys.findIndex((_, i) => g[`p${i}`] !== undefined);
  const per = perIndex >= 0 ? c.perKeys[perIndex] : undefined;
  return {
    amount,
    ...(g.scale === undefined ? {} : { scale: g.scale }),
    ...(per === undefined ? {} : { per, perText: g[`p${perIndex}`] }),
  };
}

/**
 * The stretch of time a label asks a sum over ("average weekly cost" →
 * week), from the same words as an answer's ("per week", "weekly"); null
 * when it names none or more than one.
 */
export function perNamedIn(label: string, money: MoneyVocabulary): string | null {
  const text = label.toLowerCase();
  const found = Object.entries(money.per).filter(([, list]) =>
    list.some((p) => new RegExp(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, "iu").test(text)),
  );
  return found.length === 1 ? (found[0]?.[0] ?? null) : null;
}
