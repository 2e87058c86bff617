/** A figure a sentence gives for one period, with the words that say what it counts. */
export interface PeriodSentenceItem {
  label: string;
  period: string;
  raw: string;
}

/** A count as a sentence writes it: a number, or a word for nought. */
const COUNT = String.raw`(\d[\d,]*|none|nil|no|zero)`;
/** A period as a sentence names it: a year or pair of years, or a span ending in a year. */
const PERIOD = String.raw`((?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?)`;
/** The first figure, with what it counts between it and its period: "2 missing or absent episodes in 2018". */
const FIRST = new RegExp(
  String.raw`(?:^|[\s,(])${COUNT}((?:\s+[\p{L}'’-]+){0,8}?)\s+(?:in|during|for)\s+${PERIOD}\b`,
  "iu",
);
/** The figures after it: ", 6 in 2019", " and none in 2020". */
const NEXT = new RegExp(String.raw`^\s*(?:,|;|,?\s+and)\s+${COUNT}\s+(?:in|during|for)\s+${PERIOD}\b`, "iu");

/** The period first: "In 2018 there were 12", "in 2018 Croydon looked after 355 unaccompanied children". */
const FIRST_PERIOD = new RegExp(
  String.raw`(?:^|\s)in\s+${PERIOD},?\s+((?:[\p{L}'’-]+\s+){0,6}?)${COUNT}\b((?:\s+[\p{L}'’-]+){0,8}?)(?=\s*(?:,|;|\band\b))`,
  "iu",
);
/** The periods after it: ", in 2019 there were 15", " and in 2020 22". */
const NEXT_PERIOD = new RegExp(
  String.raw`^\s*(?:,|;|,?\s+and)\s+in\s+${PERIOD},?\s+(?:(?:there\s+were|there\s+was|we\s+had|it\s+was)\s+)?${COUNT}\b`,
  "iu",
);

/**
 * "The number of UASC was 19 in 2018, 24 in 2019 and 21 in 2020": a
 * sentence that gives one figure for each of several periods, each written
 * after its figure. Each sentence of the text is read on its own; one that
 * is not such a list, or that has anything but the end of the sentence
 * after its last period, gives nothing.
 */
export function readPeriodSentences(text: string): PeriodSentenceItem[] {
  const out: PeriodSentenceItem[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z0-9(])/u)) {
    const byPeriod = readPeriodFirst(sentence);
    if (byPeriod.length > 0) {
      out.push(...byPeriod);
      continue;
    }
    const first = FIRST.exec(sentence);
    if (!first?.[1] || !first[3]) continue;
    const label = `${sentence.slice(0, first.index).trim()} ${(first[2] ?? "").trim()}`.trim();
    const items: PeriodSentenceItem[] = [{ label, period: first[3], raw: first[1] }];
    let rest = sentence.slice(first.index + first[0].length);
    for (let m = NEXT.exec(rest); m?.[1] && m[2]; m = NEXT.exec(rest)) {
      items.push({ label, period: m[2], raw: m[1] });
      rest = rest.slice(m[0].length);
    }
    if (items.length < 2 || !/^\s*[.;]?\s*$/u.test(rest)) continue;
    out.push(...items);
  }
  return out;
}

/** "In 2018 there were 31, in 2019 27 and in 2020 22.": each period before its figure. */
function readPeriodFirst(sentence: string): PeriodSentenceItem[] {
  const first = FIRST_PERIOD.exec(sentence);
  if (!first?.[1] || !first[3]) return [];
  const between = (first[2] ?? "").replace(/^(?:there\s+were|there\s+was|we\s+had)\s*$/iu, "");
  const label = [sentence.slice(0, first.index), between, first[4] ?? ""]
    .map((t) => t.trim())
    .filter(Boolean)
    .join(" ");
  const items: PeriodSentenceItem[] = [{ label, period: first[1], raw: first[3] }];
  let rest = sentence.slice(first.index + first[0].length);
  for (let m = NEXT_PERIOD.exec(rest); m?.[1] && m[2]; m = NEXT_PERIOD.exec(rest)) {
    items.push({ label, period: m[1], raw: m[2] });
    rest = rest.slice(m[0].length);
  }
  return items.length >= 2 && /^\s*[.;]?\s*$/u.test(rest) ? items : [];
}
