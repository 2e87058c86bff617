import type { PeriodSentenceItem } from "./readPeriodSentences.js";

/**
 * "In 2021, 2022, 2023 and the period 1 January to 30 April 2024, 4, 3, 6
 * and 1 looked after children respectively were suspected … (1b).", "The
 * council looked after 23, 25, 30 and 9 unaccompanied … children in 2021,
 * 2022, 2023 and 1 January to 30 April 2024 respectively (1c), of whom 1,
 * 1, 3 and 0 had also been identified … (1d).", "Question 1: in 2021, 2022,
 * 2023 and 1 January to 30 April 2024, the number … identified as
 * trafficked was 2, 2, 5, 1; suspected (not identified) 5, 6, 5, 1; …": a
 * letter that names the requested periods once, in a list, and then gives
 * each answer as a list of one count a period, in the same order.
 *
 * A list of counts is read only when it has exactly as many counts as the
 * periods named, none of them a year, and the periods are named in that
 * paragraph as a list in order (or, with no year or date in the paragraph
 * at all, by such a list in an earlier paragraph of the letter, `known`).
 * What each list counts is the bracketed question it names after it
 * ("(1b)", "(question 2a)") when there is one; else the words after it up
 * to the next list or the clause's end, when there are any ("4, 3, 6 and 1
 * looked after children … were suspected"); else the words before it back
 * to the last list or clause ("suspected (not identified) 5, 6, 5, 1").
 * "No looked after children were identified … in any of the four periods
 * (question 1a)" is a nought for each period (`everyPeriod`, labels.json).
 */
export function readPeriodOrderedLists(
  text: string,
  known: readonly string[],
  everyPeriod: readonly RegExp[],
): { items: PeriodSentenceItem[]; periods: string[] } {
  const named = namedPeriodList(text);
  const hasDates = YEAR_OR_DATE.test(text);
  const periods = named?.list ?? (hasDates || known.length < 2 ? [] : [...known]);
  if (periods.length < 2) return { items: [], periods: [] };
  const lists = countLists(text, periods.length, named?.end ?? -1, named?.start ?? -1);
  const items: PeriodSentenceItem[] = [];
  const nils = noneInEveryPeriod(text, everyPeriod);
  for (const nil of nils) for (const period of periods) items.push({ label: nil, period, raw: "0" });
  if (lists.length === 0) return { items, periods: named ? [...periods] : [] };
  for (const [i, list] of lists.entries()) {
    const label = labelOf(text, list, lists[i - 1]?.end ?? named?.end ?? 0, lists[i + 1]?.start ?? text.length);
    if (label === "") return { items: [], periods: named ? [...periods] : [] };
    list.counts.forEach((raw, k) => {
      items.push({ label, period: periods[k] ?? "", raw });
    });
  }
  return { items, periods: [...periods] };
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY_SPAN = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+(?:19|20)\d\d)?\s+to\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+(?:19|20)\d\d`;
const PERIOD = String.raw`(?:${DAY_SPAN}|(?:19|20)\d\d(?:\s*[/-]\s*\d{2})?)`;
const THE_PERIOD = String.raw`(?:the\s+(?:period|year)\s+(?:of\s+|from\s+)?)?`;
/** "in 2021, 2022, 2023 and (the period) 1 January to 30 April 2024": the periods in order. */
const PERIOD_LIST = new RegExp(
  String.raw`\b(?:in|for|during)\s+${THE_PERIOD}(${PERIOD})((?:\s*,\s*${THE_PERIOD}${PERIOD})*)\s*,?\s+and\s+${THE_PERIOD}(${PERIOD})`,
  "iu",
);
const PERIOD_ITEM = new RegExp(PERIOD, "giu");
const YEAR_OR_DATE = new RegExp(String.raw`(?<!\d)(?:19|20)\d\d(?!\d)|${MONTH}\s+(?:19|20)\d\d`, "iu");

function namedPeriodList(text: string): { list: string[]; start: number; end: number } | null {
  const m = PERIOD_LIST.exec(text);
  if (!m) return null;
  const found = [...m[0].replace(/^\S+\s+/u, "").matchAll(PERIOD_ITEM)].map((p) => p[0].trim());
  if (found.length < 2 || new Set(found).size !== found.length) return null;
  return { list: found, start: m.index, end: m.index + m[0].length };
}

interface CountList {
  start: number;
  end: number;
  counts: string[];
}

/** A count in a list: digits, or a word for nought. */
const COUNT = String.raw`(?:\d{1,5}|none|nil|no|zero)`;

/** Every list of exactly `n` counts ("2, 2, 5, 1", "4, 3, 6 and 1"), outside the list of periods. */
function countLists(text: string, n: number, periodsEnd: number, periodsStart: number): CountList[] {
  const re = new RegExp(
    String.raw`(?<![\d./])(?:over\s+)?(${COUNT})((?:\s*,\s*${COUNT}){${n - 2}})\s*(?:,\s*|,?\s+and\s+)(${COUNT})(?![\d/]|\s*,\s*\d|\s+and\s+\d|\.\d)`,
    "giu",
  );
  const out: CountList[] = [];
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at < periodsEnd && at + m[0].length > periodsStart) continue;
    // "…, 7, 4, 3, 6 and 1": the tail of a longer list is no list (a year before it ends a list of periods).
    const before = /(\d+)\s*,\s*$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1];
    if (before !== undefined && !/^(?:19|20)\d\d$/u.test(before)) continue;
    const counts = [m[1] ?? "", ...[...(m[2] ?? "").matchAll(/\w+/gu)].map((c) => c[0]), m[3] ?? ""];
    // A list with a year in it is a list of periods, or runs into one.
    if (counts.some((c) => /^(?:19|20)\d\d$/u.test(c)) || counts.length !== n) continue;
    // "no" and "none" only inside a list of digits: alone they are words.
    if (counts.every((c) => !/\d/u.test(c))) continue;
    out.push({ start: at, end: at + m[0].length, counts });
  }
  return out;
}

/** "(1b)", "(question 2a)", "(Q3b)": the question a list answers, named after it. */
const QUESTION_REF = /\(\s*(?:question\s+|q\.?\s?)?(\d{1,2}[a-z])\s*\)/iu;

function labelOf(text: string, list: CountList, previousEnd: number, nextStart: number): string {
  // The words after the list, to the next list or the end of its clause.
  const rest = text.slice(list.end, nextStart);
  const clause = rest.split(/[;.](?:\s|$)|,\s+(?=(?:of\s+whom|over|and)\b)/u)[0] ?? "";
  const ref = QUESTION_REF.exec(rest.split(/[;](?:\s|$)|\.(?:\s|$)/u)[0] ?? "");
  if (ref?.[1]) return `question ${ref[1].toLowerCase()}`;
  const after = clause.replace(/\b(?:respectively)\b/giu, " ").trim();
  if (/\p{L}{3}/u.test(after)) return after.replace(/\s+/gu, " ");
  // The words before it, back to the last list, period list or clause.
  const lead = text.slice(previousEnd, list.start);
  const own =
    lead
      .split(/[;.:](?:\s|$)/u)
      .at(-1)
      ?.replace(/^[\s,–—-]*(?:and\s+)?/iu, "")
      .replace(/\s+(?:was|were|is|are)\s*$/iu, "")
      .trim() ?? "";
  return /\p{L}{3}/u.test(own) ? own.replace(/\s+/gu, " ") : "";
}

/** Each sentence that is a nought for every period: "No looked after children were identified … in any of the four periods (question 1a)". */
function noneInEveryPeriod(text: string, everyPeriod: readonly RegExp[]): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    if (!/^(?:no|none|nil)\b/iu.test(sentence) || /\d(?![a-z])/iu.test(sentence.replace(QUESTION_REF, ""))) continue;
    if (!everyPeriod.some((re) => re.test(sentence))) continue;
    const ref = QUESTION_REF.exec(sentence)?.[1];
    out.push(ref ? `question ${ref.toLowerCase()}` : sentence.replace(/^(?:no|none|nil)\s+/iu, "").trim());
  }
  return out;
}
