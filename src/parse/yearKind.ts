import type { FoundPeriod, PeriodRange } from "./parsePeriod.js";

/**
 * Which kind of year a pair of years ("2021/22") means. The same words name
 * an academic year (1 September to 31 August), a financial year (1 April to
 * 31 March) or, rarely, a calendar year; only the return's own words say
 * which, in the same cell ("2021/22 (Sept-Aug)", "Academic year 2021/22")
 * or anywhere in the file ("figures are given by academic year").
 */
export type YearKind = "academic" | "financial" | "calendar";

/** Words naming a kind of year without its years. Narrow: "school year 7" is a year group, not a period. */
const KIND_WORDS: readonly { kind: YearKind; re: RegExp }[] = [
  { kind: "academic", re: /\b(?:academic|school)\s+years?\b(?!\s*\d{1,2}\b)/u },
  {
    kind: "academic",
    // "Sept to July" is the school year too, counted to the end of the summer term.
    re: /(?<![\w/])(?:1(?:st)?\s+)?sep(?:t(?:ember)?)?\.?\s*(?:-|to|until)\s*(?:3[01](?:st)?\s+)?(?:aug(?:ust)?|jul(?:y)?)\b(?![\s,.]*\d{4})/u,
  },
  { kind: "financial", re: /\b(?:financial|fiscal)\s+years?\b/u },
  {
    kind: "financial",
    re: /(?<![\w/])(?:1(?:st)?\s+)?apr(?:il)?\.?\s*(?:-|to|until)\s*(?:31(?:st)?\s+)?mar(?:ch)?\b(?![\s,.]*\d{4})/u,
  },
  { kind: "calendar", re: /\bcalendar\s+years?\b/u },
  {
    kind: "calendar",
    re: /(?<![\w/])(?:1(?:st)?\s+)?jan(?:uary)?\.?\s*(?:-|to|until)\s*(?:31(?:st)?\s+)?dec(?:ember)?\b(?![\s,.]*\d{4})/u,
  },
];

/**
 * A kind the text names only to set it aside, or only as what was asked:
 * "rather than financial year", "rather than by academic year", "not by financial year", "you asked for
 * financial years". Removed before the kinds are read.
 */
const SET_ASIDE =
  /\b(?:(?:rather\s+than|instead\s+of|as\s+opposed\s+to|not)(?:\s+(?:by|on|per|for))?(?:\s+(?:an?|the))?|(?:you|your\s+request)\b[^.;:]{0,40}?)\s+(?:(?:academic|school|financial|fiscal|calendar)\s+years?|(?:sep|apr|jan)\w*\.?\s*(?:-|to)\s*(?:aug|mar|dec)\w*)/gu;

/**
 * Every one of KIND_WORDS holds "year" or one of these months. Most texts
 * asked (row labels, column titles, each cell with a digit) hold none, and
 * are answered without running the patterns; the replacements below only
 * put spaces and hyphens in, so they never make one of these words.
 */
const KIND_WORD_STEMS = /year|sep|apr|jan/u;

/** The kinds of year a text states, in order of first mention, without those it sets aside. */
export function statedYearKinds(text: string): YearKind[] {
  const lowered = text.toLowerCase();
  if (!KIND_WORD_STEMS.test(lowered)) return [];
  const lower = lowered
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .replace(/[\u00a0\u2007\u202f]/gu, " ")
    .replace(SET_ASIDE, " ");
  const hits = KIND_WORDS.flatMap(({ kind, re }) => {
    const m = re.exec(lower);
    return m ? [{ kind, at: m.index }] : [];
  }).sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.kind))];
}

/** The kind of year a range is, by its dates; null for any other range. */
export function kindOfRange(p: PeriodRange): YearKind | null {
  const y = Number(p.start.slice(0, 4));
  if (p.start === `${y}-09-01` && p.end === `${y + 1}-08-31`) return "academic";
  if (p.start === `${y}-04-01` && p.end === `${y + 1}-03-31`) return "financial";
  if (p.start === `${y}-01-01` && p.end === `${y}-12-31`) return "calendar";
  return null;
}

/** A pair of years ("2021/22", "2021-2022"), wherever it sits, with the first year. */
const YEAR_PAIR = /(?<![\w/.,-])(?<y1>(?:19|20)\d{2})(?:\s?\/\s?|-)(?<y2>\d{4}|\d{2})(?![\w/]|[.,]\d|-\d)/gu;

/** The pairs of years a text names, each as the year of the given kind that starts in its first year. */
export function yearPairsAs(text: string, kind: Exclude<YearKind, "calendar">): FoundPeriod[] {
  const norm = text.replace(/[\u2010-\u2015\u2212]/gu, "-");
  const out: FoundPeriod[] = [];
  for (const m of norm.matchAll(YEAR_PAIR)) {
    const y1 = Number(m.groups?.y1);
    const y2text = m.groups?.y2 ?? "";
    const y2 = y2text.length === 2 ? Math.floor(y1 / 100) * 100 + Number(y2text) : Number(y2text);
    if ((y2 < y1 ? y2 + 100 : y2) !== y1 + 1) continue;
    const [start, end] = kind === "academic" ? ["09-01", "08-31"] : ["04-01", "03-31"];
    out.push({ raw: text.slice(m.index, m.index + m[0].length), start: `${y1}-${start}`, end: `${y1 + 1}-${end}` });
  }
  return out;
}

/**
 * The kind of year a file's bare pairs of years mean: the one kind it states
 * that differs from the kind the request asks for. A reply restating the
 * request names the requested kind as well, so a different kind named
 * anywhere is the reply's own word on its figures; with two different kinds
 * named, which one the pairs mean cannot be told, and null is returned.
 */
export function fileYearKind(stated: readonly YearKind[], requested: YearKind | null): YearKind | null {
  const other = stated.filter((k) => k !== requested && k !== "calendar");
  return other.length === 1 ? (other[0] ?? null) : null;
}
