import { readEpisodesOfChildren } from "./episodesOfChildren.js";
import { NUMBER_WORD, numberWordValue } from "./numberWords.js";
import { readPeriodLetteredParts } from "./periodLetteredParts.js";
import { readYearSentences } from "./yearSentences.js";

/** A figure a sentence gives for one period, with the words that say what it counts. */
export interface PeriodSentenceItem {
  label: string;
  period: string;
  raw: string;
  /** The words of the earlier sentence this figure's label was taken from ("the figures were 207 children, …"). */
  restates?: string;
  /**
   * A nil said once for several periods ("No trafficked children went missing in 2018 or 2019"), given to each:
   * the line's reader drops it where the paragraph is about nationalities (a list beside it, or a nationality
   * in its own words), whose reader the line is left to.
   */
  nilAcrossPeriods?: true;
  /**
   * The words after a list of bare figures, where they are what says what the figures count ("0 in 2018 and
   * 5 in 2020 were suspected of having been trafficked"): the reader of the line checks that they name a
   * measure, as the sentence's opening words alone may not ("Of the unaccompanied children looked after, 2
   * in 2021 … were placed out of area").
   */
  countedBy?: string;
}

/** A count as a sentence writes it: a number, or a word for nought. */
// "approximately 270", "20.5%": a figure that is not an exact count is still
// the sentence's answer; the parser reads it as what it is, or as unreadable.
// "There were twenty-three appeals in 2022/23, thirty-one in 2023/24": a
// count in words up to ninety-nine reads as one in digits does (the value
// parser reads the word and notes it).
const COUNT = String.raw`((?:(?:approximately|approx\.?|about|around|roughly|circa)\s+)?\d[\d,]*(?:\.\d+)?%?|none|nil|no|zero|${NUMBER_WORD})`;
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/**
 * What a bare year's qualifier may say of the part of it counted: a span of months or days ("(January to
 * April)", "(1 January to 30 April)"), the day it stops ("(to 30 April)", "(up to 30 April)"), or that it runs
 * to the day of writing ("to date", "(to date)", "so far"). Anything else in brackets is a remark, not a period.
 */
const PART_OF_YEAR = String.raw`(?:\s*\(\s*(?:(?:${DAY}\s+)?${MONTH_WORD}\s*(?:to|-|–)\s*(?:${DAY}\s+)?${MONTH_WORD}|(?:up\s+)?to\s+(?:${DAY}\s+${MONTH_WORD}|${MONTH_WORD}\s+${DAY}|date))\s*\)|\s+(?:(?:up\s+)?to\s+date|so\s+far))(?![\w/])`;
/** The kind of year a pair of years may be named with: "2022/23 academic year". */
const YEAR_KIND = String.raw`(?:academic|financial|school)\s+year`;
/**
 * A period as a sentence names it: a year or pair of years, or a span of
 * dates ending in a year ("1 April to 30 September 2024"; "between 1 April
 * and 30 September 2024" is rewritten to it before reading).
 */
// "January to April 2024": a span of whole months in one year (rewritten from "between January and April 2024").
const PERIOD = String.raw`((?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?(?!\s+to\s)(?:\s+${YEAR_KIND})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?:\s+(?:19|20)\d\d)?\s+to\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}\s+(?:19|20)\d\d|${MONTH_WORD}\s+to\s+${MONTH_WORD}\s+(?:19|20)\d\d)`;
/**
 * "In the 2022/23 academic year, 541": a pair of years named with its kind
 * of year, after "the". The kind stays with the period (the period's reader
 * checks it against the request's), and "the" is dropped before reading, so
 * the sentence reads as "In 2022/23 academic year, 541".
 */
const THE_KIND_OF_YEAR = new RegExp(
  String.raw`\b(in|during|for)\s+the\s+((?:19|20)\d\d\s*[-/]\s*\d{2}(?:\d{2})?\s+${YEAR_KIND})\b`,
  "giu",
);
/**
 * "In session 2022/23, 713 pupils …": a Scottish school session named by its
 * pair of years reads as the pair ("in 2022/23"); whether a session's dates
 * match the request's academic year is the period reader's to say.
 */
const SESSION_YEARS =
  /\b(in|during|for)\s+(?:the\s+)?(?:school\s+)?session\s+((?:19|20)\d\d\s*[-/]\s*\d{2}(?:\d{2})?)\b/giu;
const BETWEEN_DATES = new RegExp(
  String.raw`\bbetween\s+(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?:\s+(?:19|20)\d\d)?)\s+and\s+(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}\s+(?:19|20)\d\d)`,
  "giu",
);
/**
 * "between January and April 2024": a span of whole months, read as "in
 * January to April 2024" (the period reader gives it its first and last days).
 */
const BETWEEN_MONTHS = new RegExp(
  String.raw`\bbetween\s+(${MONTH_WORD})\s+and\s+(${MONTH_WORD}\s+(?:19|20)\d\d)\b`,
  "giu",
);
/**
 * A period after its figure: as PERIOD, or a bare calendar year in progress, said so beside it ("2 in 2024
 * (January to April)", "1 in 2024 to date"). The qualifier stays with the period, whose reader reads it as a
 * part of the year from 1 January. Only after a figure: a list of figures by year closes on it, where the
 * bracket used to leave the whole list unread. It ends on a bracket, so what follows it is told by (?!\w).
 */
const FIGURE_PERIOD = String.raw`((?:19|20)\d\d${PART_OF_YEAR}|${PERIOD.slice(1)}`;
/**
 * A figure after its bound ("less than five for 2018", "fewer than 5 in 2019"): the bound is the figure's, which
 * the value reader reads as suppressed; without it the bare number would be read as exact.
 */
const BOUND_COUNT = String.raw`((?:(?:fewer|less)\s+than\s+|<\s*)?(?:${COUNT.slice(1, -1)}))`;
/** The first figure, with what it counts between it and its period: "2 missing or absent episodes in 2018". */
const FIRST = new RegExp(
  String.raw`(?:^|[\s,(])${BOUND_COUNT}((?:\s+[\p{L}'’-]+){0,8}?)\s+(?:in|during|for)\s+${FIGURE_PERIOD}(?!\w)`,
  "iu",
);
/**
 * The figures after it: ", 6 in 2019", " and none in 2020", and with a few
 * words of their own that restate what the first counts (", 21 applications
 * in 2022", " and 25 of those made in 2023").
 */
const NEXT = new RegExp(
  String.raw`^\s*(?:,|;|,?\s+and)\s+${BOUND_COUNT}(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in|during|for)\s+${FIGURE_PERIOD}(?!\w)`,
  "iu",
);

/** A later figure leading its period with no words between: ", nine in 2019", " and six in 2020". */
const BARE_NEXT = new RegExp(
  String.raw`^\s*(?:,|;|,?\s+and)\s+${COUNT}\s+(?:in|during|for)\s+${FIGURE_PERIOD}(?!\w)`,
  "iu",
);

/** A count among the words before the first period-led figure: that figure is then no clause's own. */
const LEAD_COUNT = new RegExp(String.raw`(?:^|\s)${COUNT}(?=\s|$)`, "iu");

/** The words between a later period and its figure that only restate the first's count. */
// "and in 2022/23 we completed 39": the council's own verb again, restating the first's count.
const FILLER = String.raw`(?:there\s+were|there\s+was|we\s+had|it\s+was|the\s+(?:number|figure|total)\s+was|we\s+\p{L}{2,}ed(?:\s+out)?)`;

/**
 * "For 2023/24 the figure is approximately 40; the records … are still being
 * validated.": a sentence after a list of figures by period that gives the
 * next period's figure in words restating the list's count ("the figure
 * is"). It counts what the list counts; a remark may follow a clause break.
 */
const NEXT_PERIOD_SENTENCE = new RegExp(
  String.raw`^\s*(?:in|for)\s+${PERIOD},?\s+(?:the\s+(?:number|figure|total)\s+(?:is|was)|it\s+(?:is|was)|there\s+(?:were|was))\s+${COUNT}(?=\s*(?:[.;,]|$))`,
  "iu",
);

/**
 * The period first: "In 2018 there were 12", "in 2018 Croydon looked after
 * 355 unaccompanied children", "In 2022/23 academic year 1,516 pupils were
 * in receipt of free home to school transport, and in 2023/24 1,519" (the
 * words after the first figure say what every figure counts: up to twelve).
 */
// "In 2021 there were 2 looked after children identified as having been
// trafficked or a victim of modern slavery; in 2022 there were none; …": a
// first clause closed by a semicolon may say what it counts in up to sixteen
// words (the request's own wording restated); the semicolon is a firmer
// break than a comma or "and", so the longer words are not a run-on.
// "In 2021, 10 further looked after children were suspected, but not identified, as victims of trafficking;
// in 2022, 13; …": a first clause closed by a semicolon right before the next period's "in 2022" may hold
// commas of its own (an aside); no figure, only words, up to that semicolon.
// "In 2018 we looked after seven children who had been identified as trafficked or as victims of modern
// slavery, nine in 2019 …": the next figure leading its own period is as firm a break as the semicolon.
const FIRST_PERIOD = new RegExp(
  String.raw`(?:^|\s)in\s+${PERIOD},?\s+((?:[\p{L}'’-]+\s+){0,6}?)${COUNT}\b((?:,?\s+[\p{L}'’-]+){1,16}?(?=\s*;\s*(?:and\s+)?in\s+${PERIOD})|(?:\s+[\p{L}'’-]+){0,12}?(?=\s*(?:,|;|\band\b))|(?:\s+[\p{L}'’-]+){13,16}?(?=\s*(?:;|,\s*${COUNT}\s+(?:in|during|for)\s+${PERIOD})))`,
  "iu",
);
/**
 * A later period's count: as the first's, or a bound a council gives for a
 * small number ("in 2023, fewer than five", "in 2024, <5"), which the value
 * reader reads as suppressed.
 */
const LATER_COUNT = String.raw`((?:(?:fewer|less)\s+than\s+|<\s*)(?:\d[\d,]*|${NUMBER_WORD})|${COUNT.slice(1, -1)})`;
/** The periods after it: ", in 2019 there were 15", " and in 2020 22", "; in 2023, fewer than five". */
const NEXT_PERIOD = new RegExp(
  String.raw`^\s*(?:,|;|[,;]?\s+and)\s+in\s+${PERIOD},?\s+(?:${FILLER}\s+)?${LATER_COUNT}\b`,
  "iu",
);
/**
 * "In 2021 there were 13 children in our care who were the subject of such
 * an application. In 2022 the number was 18, and in 2023 it was 22.": the
 * same list told over sentences, each later one restating the first's count
 * ("the number was"). Only the whole text read so counts.
 */
const FIRST_PERIOD_LONG = new RegExp(
  String.raw`(?:^|\s)in\s+${PERIOD},?\s+((?:[\p{L}'’-]+\s+){0,6}?)${COUNT}\b((?:\s+[\p{L}'’-]+){0,16}?)(?=\.\s+in\s+${PERIOD})`,
  "iu",
);
const NEXT_PERIOD_LONG = new RegExp(
  String.raw`^\s*(?:,|;|,?\s+and|\.)\s+in\s+${PERIOD},?\s+(?:${FILLER}\s+)?${COUNT}\b`,
  "iu",
);

/**
 * "The number of UASC was 19 in 2018, 24 in 2019 and 21 in 2020": a
 * sentence that gives one figure for each of several periods, each written
 * after its figure. Each sentence of the text is read on its own; one that
 * is not such a list, or that has anything but the end of the sentence
 * after its last period, gives nothing.
 */
export function readPeriodSentences(
  written: string,
  earlier: readonly string[] = [],
  /** The line before, whose last sentence a list whose label only refers back ("The figure was …") continues. */
  lineBefore = "",
  /**
   * Words that leave a group out or count it beside another (labels.json's sheetNoteQualified: "Non-UASC:",
   * "Excluding UASC:", "Other than UASC:"): a clauses' lead with them is no heading naming the children, and
   * its sentence is left unread.
   */
  leadQualified: readonly RegExp[] = [],
  /**
   * The bound or approximate words (values.json's approximate, "more than", "fewer than") ending a text, or "":
   * "more than 5" before a list's first figure is the figure's, which the value reader then reads as no exact count.
   */
  boundBefore: (text: string) => string = () => "",
): PeriodSentenceItem[] {
  // "Between …" opening a sentence stays capitalised ("In …"), so the sentence still starts there.
  const text = written
    .replace(BETWEEN_DATES, (m, from: string, to: string) => `${m[0] === "B" ? "In" : "in"} ${from} to ${to}`)
    .replace(BETWEEN_MONTHS, (m, from: string, to: string) => `${m[0] === "B" ? "In" : "in"} ${from} to ${to}`)
    .replace(THE_KIND_OF_YEAR, (_m, word: string, period: string) => `${word} ${period}`)
    .replace(SESSION_YEARS, (_m, word: string, period: string) => `${word} ${period}`);
  // "In 2018 the figure for … was nil. In 2019 the figure for … was 6.": each sentence one year's answer.
  const yearly = readYearSentences(text);
  if (yearly.length > 0) return yearly;
  // "2021: (a) identified as trafficked 9; (b) suspected 5; total 14.": the request's lettered parts by period.
  const lettered = readPeriodLetteredParts(written);
  if (lettered.length > 0) return lettered;
  // "2021: trafficked – 8 missing episodes relating to 3 children; …": each group's episodes and children.
  const episodes = readEpisodesOfChildren(written);
  if (episodes.length > 0) return episodes;
  const across = readPeriodFirst(text, FIRST_PERIOD_LONG, NEXT_PERIOD_LONG, boundBefore);
  if (across.length > 0) return across;
  const out: PeriodSentenceItem[] = [];
  let before = earlier;
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z0-9(])/u);
  // The last sentence restating a question ("You asked how many of the
  // trafficked children went missing."), for answers that only point back.
  let askedBefore = "";
  // Which sentences gave figures: a nil said once for several periods is kept only where every sentence
  // beside it that holds a count is read here too (see unreadCount).
  const readAt = new Set<number>();
  let lastLength = 0;
  let lastSentence = 0;
  const markRead = (upTo: number) => {
    if (out.length > lastLength) for (let k = lastSentence; k < upTo; k++) readAt.add(k);
    lastLength = out.length;
    lastSentence = upTo;
  };
  for (let s = 0; s < sentences.length; s++) {
    markRead(s);
    const sentence = sentences[s] ?? "";
    if (RESTATES_QUESTION.test(sentence)) {
      askedBefore = sentence;
      continue;
    }
    // "In 2018 the answer is nil. In 2019 it was 2.": a period and an answer
    // that names nothing, under the question restated just before.
    const pointing = POINTING_ANSWER.exec(sentence);
    if (askedBefore !== "" && pointing?.[1] && pointing[2]) {
      out.push({ label: askedBefore, period: pointing[1], raw: pointing[2] });
      continue;
    }
    if (/\d/u.test(sentence.replace(/\b(?:19|20)\d\d\b/gu, ""))) askedBefore = "";
    const nils = readNilAcrossPeriods(sentence);
    if (nils.length > 0) {
      out.push(...nils);
      before = [];
      continue;
    }
    const byPeriod = readPeriodFirst(sentence, FIRST_PERIOD, NEXT_PERIOD, boundBefore);
    if (byPeriod.length > 0) {
      out.push(...byPeriod);
      before = [];
      // The sentences right after it that each give one more period's figure in the list's words.
      const label = byPeriod[0]?.label ?? "";
      const seen = new Set(byPeriod.map((i) => i.period));
      for (let m = NEXT_PERIOD_SENTENCE.exec(sentences[s + 1] ?? ""); m?.[1] && m[2]; ) {
        if (seen.has(m[1])) break;
        seen.add(m[1]);
        out.push({ label, period: m[1], raw: m[2] });
        s++;
        m = NEXT_PERIOD_SENTENCE.exec(sentences[s + 1] ?? "");
      }
      continue;
    }
    const byClause = readPeriodLedClauses(sentence, leadQualified);
    if (byClause === null) continue;
    if (byClause.length > 0) {
      out.push(...byClause);
      before = [];
      continue;
    }
    const led = readPeriodLed(sentence, 1);
    const period = led[0]?.period;
    if (period !== undefined) {
      // "In 2021/22, 186 children …, from 220 referrals. Of these children,
      // 92 were … At 31 March 2022, 19 …": the sentences after one led by a
      // period, naming none of their own, go on about that period.
      const more: PeriodSentenceItem[] = [];
      let next = s + 1;
      for (; next < sentences.length; next++) {
        const went = readParagraphSentence(sentences[next] ?? "", period);
        if (went === null) break;
        more.push(...went);
      }
      // "In 2021/22, 7 children were … . In 2022/23, 9 children were … .": a
      // paragraph of sentences each led by its own period (a pdf's wrapped
      // lines read as one) gives each sentence's figure for its period.
      // A neighbour opening on its period without a comma ("In 2022/23 the figure was eleven") counts too.
      const runOfPeriods = [sentences[s - 1], sentences[s + 1]].some((n) => {
        const other = n === undefined ? undefined : OPENS_ON_PERIOD.exec(n)?.[1];
        return other !== undefined && other !== period;
      });
      // A day leading one figure ("At 31 March 2021, 288 children …") among sentences led by periods is a
      // count on another day, not one of their run.
      const byDay = !LED_BY_PERIOD.test(sentence) && LED_BY_DAY.test(sentence);
      if (led.length >= 2 || more.length > 0 || (runOfPeriods && !byDay)) {
        out.push(...led, ...more);
        before = more.length === 0 ? led.map((i) => i.label) : [];
        s = next - 1;
        continue;
      }
    }
    const paired = readRespectively(sentence);
    if (paired.length > 0) {
      out.push(...paired);
      before = [];
      continue;
    }
    const bracketed = readBracketedPeriods(sentence);
    if (bracketed.length > 0) {
      out.push(...bracketed);
      before = [];
      continue;
    }
    const restated = readRestatedFigures(sentence, before);
    if (restated.length > 0) {
      out.push(...restated);
      continue;
    }
    before = [];
    const first = FIRST.exec(sentence);
    if (!first?.[1] || !first[3]) continue;
    // "We looked after more than 5 … in 2018", "no less than 5 … in 2018": the bound before the figure is its own,
    // whole ("no less than", never "less than" alone), so it is not read as an exact or a small count.
    const at = first.index + first[0].indexOf(first[1]);
    const lead = first[1].replace(/\S+$/u, "");
    const bound = boundBefore(`${sentence.slice(0, at)}${lead}`);
    const extra = bound.length > lead.length ? bound.length - lead.length : 0;
    const firstRaw = extra > 0 ? `${bound}${first[1].slice(lead.length)}` : first[1];
    const own = `${sentence.slice(0, extra > 0 ? at - extra : first.index).trim()} ${(first[2] ?? "").trim()}`.trim();
    // "You asked how many looked after children … were identified as
    // trafficked. The number of children we identified was 0 in 2018, 3 in
    // 2019 …": a label that only refers back ("The number of children we
    // identified was") counts what the restated question just before asks.
    const asked = s > 0 ? (sentences[s - 1] ?? "") : "";
    // "Three children were identified as trafficked in 2021. The figure was five in 2022, four in 2023 …": a
    // label that only refers back continues the sentence before when that one gives one figure for one
    // period; what that sentence counts is what the list counts.
    // The sentence before may close the line above (a letter's paragraph broken into lines).
    const prior = s > 0 ? asked : (lineBefore.split(/(?<=[.!?])\s+(?=[A-Z0-9(])/u).at(-1) ?? "");
    const continued = REFERS_BACK.test(own) ? ONE_PERIOD_FIGURE.exec(prior)?.[1] : undefined;
    const label =
      REFERS_BACK.test(own) && RESTATES_QUESTION.test(asked)
        ? `${asked} ${own}`
        : continued !== undefined && !/\d/u.test(continued)
          ? `${continued.replace(/\s+/gu, " ").trim()} (${own})`
          : own;
    const items: PeriodSentenceItem[] = [{ label, period: first[3], raw: firstRaw }];
    let rest = sentence.slice(first.index + first[0].length);
    for (let m = NEXT.exec(rest); m?.[1] && m[2]; m = NEXT.exec(rest)) {
      items.push({ label, period: m[2], raw: m[1] });
      rest = rest.slice(m[0].length);
    }
    // "a further 0 in 2018, 0 in 2019 and 5 in 2020 were suspected of having
    // been trafficked": bare figures, with what they count said after the last.
    // "… 1 in 2020 of the trafficked children went missing or absent (2a), as
    // did 1 in 2018, … and 5 in 2020 of the unaccompanied children (2b)": a
    // second list of bare figures in the same sentence, told by its own words.
    const second = (first[2] ?? "").trim() === "" ? parallelList(rest, sentence.slice(0, first.index).trim()) : null;
    if (second !== null) {
      for (const [i, item] of items.entries()) items[i] = { ...item, label: `${label} ${second.words}` };
      if (items.length < 2) continue;
      out.push(...items, ...second.items);
      continue;
    }
    // "…, 4 in 2019 and approximately 10 in 2020; the 2020 figure is an
    // estimate because …": a remark on one year's figure goes with that
    // figure, where the label's caveats read it ("the figure is an estimate").
    const remark = YEAR_REMARK.exec(rest);
    const remarked = remark?.[2] ? items.findIndex((i) => i.period === remark[2]) : -1;
    if (remark?.[1] && remark[3] !== undefined && remarked >= 0 && !/\d/u.test(remark[3])) {
      const item = items[remarked] as PeriodSentenceItem;
      items[remarked] = { ...item, label: `${item.label}; ${remark[1]}${remark[3]}`.replace(/\s+/gu, " ") };
      rest = "";
    }
    // "… three in 2023 and two between 1 January and 30 April 2024 (1c).": the request's part the list
    // answers, closing it, goes with the label (as words closing a list of bare figures do), not in its way.
    const part = LIST_PART_MARK.exec(rest)?.[1];
    if (part !== undefined) {
      for (const [i, item] of items.entries()) items[i] = { ...item, label: `${item.label} ${part}` };
      rest = "";
    }
    const after = /^\s*[.;]?\s*$/u.test(rest) ? "" : wordsAfterList(rest, first[2] ?? "");
    if (after === null) continue;
    if (after !== "")
      for (const [i, item] of items.entries()) items[i] = { ...item, label: `${label} ${after}`, countedBy: after };
    // "5 in 2021/22. For 2022/23 and 2023/24 the number is fewer than five
    // and is withheld …": one figure by period, then a sentence giving the
    // same count for the periods left, so the one figure is a list too.
    const later = items.length === 1 ? laterPeriodsSentence(sentences[s + 1] ?? "", first[3]) : [];
    if (later.length > 0) {
      items.push(...later.map((l) => ({ label, ...l })));
      s++;
    }
    if (items.length < 2) continue;
    out.push(...items);
  }
  markRead(sentences.length);
  // "One unaccompanied young person went missing in 2023 (2b), on one occasion (3b), …. No unaccompanied child
  // went missing in 2021, 2022 or January to April 2024.", "There were no unaccompanied children missing in 2018
  // or 2020. In 2019 the unaccompanied young people who went missing were Eritrean (2), Kuwaiti (2), …": a
  // sentence beside the nil whose count is not read here would be lost with the line read as these figures
  // alone; the line is then left to the other readers, as it was before the nil was read.
  if (out.some((i) => i.nilAcrossPeriods) && sentences.some((t, k) => !readAt.has(k) && unreadCount(t)))
    return out.filter((i) => !i.nilAcrossPeriods);
  return out;
}

/** A count in a sentence: a figure or a number word, its years, question numbers and parts aside ("Question 5", "(3b)"). */
function unreadCount(sentence: string): boolean {
  const rest = sentence
    .replace(/\b(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?\b/gu, " ")
    .replace(/\b(?:question|q)\.?\s*\d{1,2}\s*\(?[a-h]?\)?/giu, " ")
    .replace(/\(\s*(?:q\s*)?\d{1,2}\s*\(?[a-h]\)?\s*\)|\b\d{1,2}[a-h]\b/giu, " ")
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/giu, " ")
    .replace(/\b(?:section|s\.)\s*\d{1,3}(?:\s*\(\w{1,3}\))*/giu, " ")
    // "in any of the four periods" counts periods, not children.
    .replace(/\b[\p{L}\d]+\s+(?:calendar\s+)?(?:years?|months?|quarters?|periods?)\b/giu, " ");
  return /\d/u.test(rest) || new RegExp(String.raw`\b${NUMBER_WORD}\b`, "iu").test(rest);
}

/**
 * "For 2022/23 and 2023/24 the number is fewer than five": one count (a
 * suppressed bound included) for each period the sentence names, none of
 * them the period already read. Anything after the count must be a clause
 * of its own ("and is withheld …") or the sentence's end.
 */
function laterPeriodsSentence(sentence: string, already: string): { period: string; raw: string }[] {
  const m = LATER_PERIODS_SENTENCE.exec(sentence);
  const count = m?.groups?.count;
  if (!m?.[1] || !count) return [];
  const periods = [...m[1].matchAll(new RegExp(PERIOD, "giu"))].map((p) => p[1] ?? "");
  if (periods.length === 0 || periods.some((p) => p === "" || p === already)) return [];
  return periods.map((period) => ({ period, raw: count }));
}

/** "For 2022/23 and 2023/24 the number is fewer than five": periods, then the count they share. */
const LATER_PERIODS_SENTENCE = new RegExp(
  String.raw`^\s*(?:in|for)\s+(${PERIOD}(?:\s*,\s*${PERIOD})*(?:\s+and\s+${PERIOD})?),?\s+(?:the\s+(?:number|figure|total)\s+(?:is|was)|it\s+(?:is|was))\s+(?<count>(?:(?:fewer|less)\s+than\s+(?:\d+|five)\b)|${COUNT.slice(1, -1)})(?=\s*(?:[.;,]|\band\b|$))`,
  "iu",
);

/** "In 2018 there were 31, in 2019 27 and in 2020 22.": each period before its figure. */
function readPeriodFirst(
  sentence: string,
  firstRe: RegExp,
  nextRe: RegExp,
  boundBefore: (text: string) => string,
): PeriodSentenceItem[] {
  const first = firstRe.exec(sentence);
  if (!first?.[1] || !first[3]) return [];
  // "In 2018 we looked after more than 5 …, 9 in 2019": the bound is the first figure's, not what it counts.
  const bound = boundBefore(first[2] ?? "");
  const firstRaw = `${bound}${first[3]}`;
  // An aside closed between commas ("suspected, but not identified, as victims") leaves the clause's count as
  // it was; one left open to the semicolon ("went missing, none of them unaccompanied asylum seeking
  // children") may change which children are counted, so the list is left unread rather than misnamed.
  if (((first[4] ?? "").match(/,/gu)?.length ?? 0) % 2 === 1) return [];
  const between = (first[2] ?? "")
    .slice(0, (first[2] ?? "").length - bound.length)
    .replace(/^(?:there\s+were|there\s+was|we\s+had)\s*$/iu, "");
  const label = [sentence.slice(0, first.index), between, first[4] ?? ""]
    .map((t) => t.trim())
    .filter(Boolean)
    .join(" ");
  const items: PeriodSentenceItem[] = [{ label, period: first[1], raw: firstRaw }];
  let rest = sentence.slice(first.index + first[0].length);
  for (let m = nextRe.exec(rest); m?.[1] && m[2]; m = nextRe.exec(rest)) {
    items.push({ label, period: m[1], raw: m[2] });
    rest = rest.slice(m[0].length);
    // "In 2022/23, 10 children were adopted and in 2023/24, 9 children were
    // adopted": words after a later figure that only restate the first's count.
    // Within one sentence only: read across sentences, they would be the next sentence's own words.
    const again = nextRe === NEXT_PERIOD ? RESTATING_WORDS.exec(rest) : null;
    if (again?.[1] && wordsWithin(again[1], label)) rest = rest.slice(again[0].length);
  }
  // "In 2018 we looked after seven children who had been identified as trafficked, nine in 2019 and six in
  // 2020.": the later figures each lead their own period, bare (no words of their own between figure and
  // period), so they count what the first clause counts; the list must close the sentence.
  // The first figure must be the clause's own: "in 2018, fifteen in 2019 and five in 2020" would otherwise take
  // "fifteen in" for words and the year 2019 for 2018's figure.
  const ownFirst = !/^(?:19|20)\d\d$/u.test(first[3]) && !LEAD_COUNT.test(first[2] ?? "");
  if (items.length === 1 && nextRe === NEXT_PERIOD && ownFirst) {
    let tail = rest;
    const bare: PeriodSentenceItem[] = [];
    for (let m = BARE_NEXT.exec(tail); m?.[1] && m[2]; m = BARE_NEXT.exec(tail)) {
      bare.push({ label, period: m[2], raw: m[1] });
      tail = tail.slice(m[0].length);
    }
    if (bare.length > 0 && /^\s*[.;]?\s*$/u.test(tail)) return [...items, ...bare];
  }
  if (items.length < 2) return [];
  if (/^\s*[.;]?\s*$/u.test(rest)) return items;
  // "In 2021 there were 5, in 2022 eight … and in January to April 2024 0
  // children.": the words after the last figure, closing the sentence, name
  // what every figure of the list counts, so they join the list's label.
  const noun = nextRe === NEXT_PERIOD ? COUNTED_NOUN.exec(rest) : null;
  // Only when the first figure had no words of its own: "12 badges were issued and in 2023, 15 appeals were
  // heard" says what each counts, differently, and is no list.
  if (!noun?.[1] || (first[4] ?? "").trim() !== "") return [];
  if (noun[1].trim().split(/\s+/u).length > 8 && CLAUSE_IN_NOUN.test(noun[1])) return [];
  const counted = [label, noun[1].trim()].filter(Boolean).join(" ");
  return items.map((i) => ({ ...i, label: counted }));
}

/**
 * The words closing a sentence after a list of bare figures by period ("0
 * in 2018, 0 in 2019 and 5 in 2020 were suspected of having been
 * trafficked", "… and 2 in 2020 individual missing or absent incidents
 * (3a)"): what every figure counts, as the words before the first "in" say
 * it in "2 incidents in 2018, …". Only when the first figure has no words of
 * its own (else the words after are another clause's), up to twenty words
 * and a question's number in brackets, then the sentence's end or a clause
 * that only says what the count takes in ("including any who have since
 * turned 18"). Another figure or year after the list ("and 4 were found",
 * "; the 2020 figure is an estimate") is more than its words: null, and the
 * list is left unread, as before.
 */
function wordsAfterList(rest: string, ownWords: string): string | null {
  // "A further two children in 2021, four in 2022 … were suspected of having been trafficked": the first
  // figure's own words name only whom it counts (a noun, no verb), so the words after the list are what they
  // did, and say what the list counts as they do after bare figures.
  if (ownWords.trim() !== "" && !(COUNTED_HEAD.test(ownWords) && VERB_FIRST.test(rest))) return null;
  const m = WORDS_AFTER_LIST.exec(rest);
  if (!m?.[1]) return null;
  const including = m[2] ?? "";
  if (/\b(?:19|20)\d\d\b/u.test(including)) return null;
  // "…, including 3 who went missing": a count of its own is another figure, not words about the list's.
  if (OPENS_ON_COUNT.test(including)) return null;
  return `${m[1]}${including}`.replace(/\s+/gu, " ").trim();
}

/**
 * The words closing a first list of bare figures, then a second list in the
 * same sentence ("…, as did 1 in 2018, 3 in 2019 and 5 in 2020 of the
 * unaccompanied children (2b)"): the first list's words, and the second's
 * figures, each labelled by the sentence's opening and the words after its
 * own last figure. All or nothing: the second list must be bare figures by
 * period, at least two, with words of its own closing the sentence as
 * wordsAfterList reads them; else null, and the sentence is read as before.
 */
function parallelList(rest: string, opening: string): { words: string; items: PeriodSentenceItem[] } | null {
  const m = PARALLEL_LIST.exec(rest);
  if (!m?.[1]) return null;
  // The lookahead left the space before the second list's first figure, where FIRST wants one.
  const tail = rest.slice(m[0].length);
  const first = FIRST.exec(tail);
  if (!first?.[1] || !first[3] || first.index !== 0 || (first[2] ?? "").trim() !== "") return null;
  const figures = [{ period: first[3], raw: first[1] }];
  let more = tail.slice(first[0].length);
  for (let n = NEXT.exec(more); n?.[1] && n[2]; n = NEXT.exec(more)) {
    figures.push({ period: n[2], raw: n[1] });
    more = more.slice(n[0].length);
  }
  const words = wordsAfterList(more, "");
  if (figures.length < 2 || words === null || words === "") return null;
  const firstWords = m[1].replace(/\s+/gu, " ").trim();
  const label = `${opening} ${sharedPredicate(words, firstWords)}`.trim();
  return { words: firstWords, items: figures.map((f) => ({ label, ...f })) };
}

/**
 * "as did … of the unaccompanied children (2b)" leaves out what they did:
 * it is what the first list's words say after the same head word ("of the
 * trafficked children went missing or absent (2a)": "went missing or
 * absent"), so the second list reads "of the unaccompanied children went
 * missing or absent (2b)". With no head word in common, its own words only
 * (and label matching says when they do not say what is counted).
 */
function sharedPredicate(second: string, first: string): string {
  const ref = /\s*\(\d{1,2}[a-z]?\)$/u;
  const subject = second.replace(ref, "");
  const ownRef = second.slice(subject.length).trim();
  const head = subject.split(" ").at(-1)?.toLowerCase() ?? "";
  const words = first.replace(ref, "").split(" ");
  const at = words.findIndex((w) => w.toLowerCase() === head);
  const predicate = at < 0 ? "" : words.slice(at + 1).join(" ");
  return [subject, predicate, ownRef].filter(Boolean).join(" ");
}

const PARALLEL_LIST =
  /^((?:\s+[\p{L}'’-]+){1,20}(?:\s+\(\d{1,2}[a-z]?\))?),?\s+(?:as\s+(?:did|were|was|had)|and)(?=\s+\d)/u;

/** "; the 2020 figure is an estimate because …": the remark, without its year (1, 3), and the year (2). */
const YEAR_REMARK =
  /^\s*;\s*(the\s+)((?:19|20)\d\d(?:\/\d{2})?)\s+((?:figure|number|total|count)\s+(?:is|was)\s[^.;]{1,160}?)\s*\.?\s*$/iu;

// A question's number may close the words, bracketed ("(2b)") or bare with its letter ("not included in the
// answer to 1a"); a bare number without a letter could be a count, so it is not taken.
const WORDS_AFTER_LIST =
  /^((?:\s+[\p{L}'’-]+){1,20}(?:\s+(?:\(\d{1,2}[a-z]?\)|\d{1,2}[a-h]))?)(,\s+(?:including|excluding|not\s+including)\s[^.;,]{1,80})?\s*[.;]?\s*$/u;

/** A request's part in brackets, and nothing but the sentence's end after it: " (1c).", " (Q2b)". */
const LIST_PART_MARK = /^\s*(\((?:q\s*)?\d{1,2}\s*\(?[a-h]\)?\))\s*[.;]?\s*$/iu;

/** Up to eight words, and nothing but the sentence's end after them: "unaccompanied or separated children." */
// Up to fourteen: "… 37 unaccompanied asylum-seeking or separated children looked after by the Council."
// (readPeriodFirst refuses the longer ones that hold a count or a clause about some of them).
const COUNTED_NOUN = /^((?:\s+[\p{L}'’-]+){1,14})\s*[.;]?\s*$/u;
/** Words past eight that turn the closing noun into a clause about some of the children: "… of whom three were girls". */
const CLAUSE_IN_NOUN = new RegExp(String.raw`\b(?:whom|which|whose|including|excluding|except|${NUMBER_WORD})\b`, "iu");
/** A first figure's own words that only name whom it counts: "children", "more young people". */
const COUNTED_HEAD =
  /^\s*(?:(?:more|other|further|additional)\s+)?(?:children|young\s+people|child|young\s+person|people|persons)\s*$/iu;

/** The words after a figure, up to the next break in its sentence. */
const RESTATING_WORDS = /^((?:\s+[\p{L}'’-]+){1,8}?)(?=\s*(?:[,;.]|\band\b|$))/u;

/** A count in a clause, a bound included: "6", "none", "fewer than 5", "<5". */
// "of whom four were also identified": a count in words up to ninety-nine is a count as digits are (the value
// parser reads the word and notes it).
// "Of these, fewer than five were already looked after": a bound in words is a clause's count as one in digits is.
const CLAUSE_COUNT = String.raw`((?:(?:fewer|less)\s+than\s+|<\s*)?\d[\d,]*|none|nil|no|zero|(?:(?:fewer|less)\s+than\s+)?${NUMBER_WORD})`;
/** "In 2021," / "During 2021/22," / "2021:" opening a sentence about that period alone. */
const LED_BY_PERIOD = new RegExp(
  String.raw`^\s*(?:(?:in|during)\s+)?${PERIOD}\s*(?:[,:\u2013\u2014]|\s-)\s*(.+?)\s*\.?\s*$`,
  "iu",
);
/**
 * "In 2021/22 there were 52 social workers, of whom 44 were permanent and 8
 * were agency": "there were" right after the period, with no comma, as it
 * follows a day (LED_BY_DAY). Read only for a sentence of two or more
 * counts; one count so written is left to the readers that take a sentence
 * whole, as before.
 */
const LED_BY_PERIOD_THERE = new RegExp(
  String.raw`^\s*(?:(?:in|during)\s+)?${PERIOD}\s+(?=there\s+(?:were|was)\s)(.+?)\s*\.?\s*$`,
  "iu",
);
/**
 * "In 2021/22 the council supported 197 households …: 126 families …, 43
 * adults … and 28 care leavers.": the period, then the council (or "we")
 * and what it did, then the counts, with no comma after the period (round
 * 132, Hackney). The verb is one word in the past ("supported", "assisted")
 * or "had"; it says nothing of what is counted, so the clauses are read from
 * their counts on. Read only for a sentence of two or more counts, as
 * LED_BY_PERIOD_THERE is.
 */
const LED_BY_PERIOD_COUNCIL = new RegExp(
  String.raw`^\s*(?:(?:in|during)\s+)?${PERIOD}\s+(?:the\s+(?:local\s+)?(?:council|authority)|we)\s+(?:\p{L}{2,}ed|had)\s+(?=\d)(.+?)\s*\.?\s*$`,
  "iu",
);
/**
 * "As at 30 September 2021 there were 527 social workers, of whom 91 were
 * agency workers.", "At 30 September 2022, 515 …": a sentence led by the day
 * its counts were taken. The day names the period for a count taken on each
 * period's last day (the period stage decides; any other request finds no
 * period in it), so the sentence is read as one led by a period.
 */
const LED_BY_DAY = new RegExp(
  String.raw`^\s*(?:as\s+)?at\s+(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}\s+(?:19|20)\d\d)(?:\s*,\s*|\s+(?=there\s+(?:were|was)\s))(.+?)\s*\.?\s*$`,
  "iu",
);
/** A sentence opening on a period, whatever follows it: "In 2022/23 the figure was eleven". */
// A period qualified in brackets ("In 2023/24 (April to June only), 4 …") is a part of one, left to its own readers.
const OPENS_ON_PERIOD = new RegExp(
  String.raw`^\s*(?:(?:in|during)\s+)?${PERIOD}(?=\s+\p{L}|\s*[,:\u2013\u2014])`,
  "iu",
);
/**
 * "Of the children adopted in 2021/22, 6 were aged under 5 and 2 were aged
 * 5 or over.": the period inside an opening "of the …" phrase, which says
 * what every clause after it counts a part of.
 */
const OF_LED_BY_PERIOD = new RegExp(
  String.raw`^\s*(of\s+(?:the|these|those)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)\s+(?:in|during)\s+${PERIOD}\s*,\s*(.+?)\s*\.?\s*$`,
  "iu",
);
// "across 45 missing episodes", "with 102 missing episodes recorded": a clause after the first that
// gives a second count of the same children (their episodes) opens on the word that joins it.
/** A clause that counts a part of the count before it: "of whom 2 were …", "of which 5 …". */
const OF_WHOM = /^\s*of\s+(?:whom|which)\s/iu;
/**
 * "3 of whom were also identified …": the count before "of whom" (round 96), the clause's words opening with it.
 * "none of whom had been identified as trafficked": a nil is such a count too, of the same children. Only
 * of whom: "12 missing episodes …, none of which lasted more than 24 hours" says what the episodes were
 * not, never a count of anything the request asks.
 */
const COUNT_OF_WHOM = /^\s*(?:\d[\d,]*\s+of\s+(?:whom|which)|(?:none|nil|zero)\s+of\s+whom)\s/iu;
/** One clause of it: a count and the words that say what it counts ("6 were aged under 16"). */
// "there were 527 social workers": the clause's own "there were" says nothing of what it counts.
const LED_CLAUSE = new RegExp(
  String.raw`^(?:there\s+(?:were|was)\s+)?(?:(?:from|out\s+of|of\s+whom|of\s+which|including|across|with|a\s+further|all(?:\s+of\s+(?:the|these|those))?)\s+)?${CLAUSE_COUNT}\s+((?:were|was|are|is|had|have)\b.*|[\p{L}].*)$`,
  "iu",
);

/**
 * "In 2021, 6 were aged under 16 and 7 were aged 16 or 17.", "2022: 5
 * children were placed in care and 3 were adopted.": a sentence about one
 * period that gives several figures, each with its own words. Every
 * clause must be a count and its words, or the sentence gives nothing:
 * "7 were aged 16 and 17" cut at its "and" leaves a bare "17", so such a
 * sentence is left to the readers that take it whole.
 */
/** Where a sentence's clauses each led by their own period meet: "…; in 2019, …", "…; and in 2020, …". */
// The period's own capture group would be spliced into the split's output: a year or pair of years, uncaptured.
// "…; and in 1 January to 30 April 2024, …" (rewritten from "between 1 January and 30 April 2024"), "…; and in
// 2024 to date, …": the last clause may be led by a span of days or months in one year, or a year still running,
// as the last period of a request often is.
const PERIOD_CLAUSE_BREAK = new RegExp(
  String.raw`\s*;\s*(?:and\s+)?(?=(?:in|during)\s+(?:(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?(?:\s+(?:up\s+)?to\s+date)?|${DAY}\s+${MONTH_WORD}(?:\s+(?:19|20)\d\d)?\s+to\s+${DAY}\s+${MONTH_WORD}\s+(?:19|20)\d\d|${MONTH_WORD}\s+to\s+${MONTH_WORD}\s+(?:19|20)\d\d)\s*,)`,
  "iu",
);

/**
 * "Trafficked (identified or suspected): in 2021, …; in 2022, …": a few words closed by a colon before the
 * first period's clause name the children every clause counts, as a heading does. No figure, year or clause
 * break in them: "We looked after 40 children; in 2021, …" is a sentence of its own, not a heading.
 */
const CLAUSES_HEADING = /^\s*([^:;.,\d]{1,80}:)\s*(?=(?:in|during)\s)/iu;

/**
 * "in 2021, 2 children went missing on 7 occasions; in 2022, 4 children on 12 occasions": a first clause's
 * children, then its verb and words ("went missing"), then, if it has one, a second count's join and what that
 * counts ("on 7 occasions").
 */
/** A word that is no verb: children's words before their verb. */
const NOT_VERB = String.raw`(?!(?:went|were|was|are|is|had|have|has|remain|remains|remained)\b)`;
const VERB_WORD = /\b(?:went|were|was|are|is|had|have|has|became|remain(?:s|ed)?)\b/iu;
const FIRST_OF_ELIDED = new RegExp(
  String.raw`^${CLAUSE_COUNT}\s+((?:${NOT_VERB}[\p{L}'’-]+\s+){0,5}?${NOT_VERB}[\p{L}'’-]+)\s+((?:went|were|was|had|have|became)\b[\p{L}\s'’-]*?)(?:\s*,?\s+(on|in|across|over)\s+\d[\d,]*\s+(\p{L}[\p{L}\s'’-]*))?$`,
  "iu",
);
/** A later clause that leaves the verb out: its count, its children, and its second count's join and words. */
const LATER_OF_ELIDED = new RegExp(
  String.raw`^${CLAUSE_COUNT}\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(\s*,?\s+(on|in|across|over)\s+\d[\d,]*\s+(\p{L}[\p{L}\s'’-]*))?$`,
  "iu",
);

/** Words as a list, singular or plural alike: "1 child" counts what "2 children" does. */
function countedWords(t: string): string[] {
  return t
    .toLowerCase()
    .replace(/\bchildren\b/gu, "child")
    .replace(/\bpeople\b/gu, "person")
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.replace(/s$/u, ""));
}

/** The words name what `full` names: the same words, singular or plural alike. */
function sameCounted(a: string, b: string): boolean {
  return countedWords(a).join(" ") === countedWords(b).join(" ");
}

/**
 * "9 children" after "7 children identified or suspected as trafficked": a later clause may name the first's
 * children by their head noun alone, the words that open the first's.
 */
function namesSameChildren(later: string, first: string): boolean {
  const a = countedWords(later);
  const b = countedWords(first);
  return a.length > 0 && a.length <= b.length && a.every((w, i) => w === b[i]);
}

/** "in 2024 to date, …": a clause led by a year still running. */
const LED_BY_YEAR_TO_DATE = /^(\s*(?:in|during)\s+)((?:19|20)\d\d)\s+((?:up\s+)?to\s+date)(?=\s*,)/iu;

/**
 * A clause led by a year still running ("in 2024 to date, 5 children …") as one led by the year, so the clauses
 * around it are still read, and the period it names ("2024 to date"), whose figures are left unread.
 */
function yearOfClause(clause: string): { clause: string; toDate?: string } {
  const m = LED_BY_YEAR_TO_DATE.exec(clause);
  if (!m?.[1] || !m[2] || !m[3]) return { clause };
  return { clause: `${m[1]}${m[2]}${clause.slice(m[0].length)}`, toDate: `${m[2]} ${m[3]}` };
}

interface ElidedVerb {
  children: string;
  verb: string;
  join?: string;
  unit?: string;
}

/** What a first clause led by its period says its children did, for later clauses that leave it out; null when it says no such thing. */
function verbOfClause(clause: string): ElidedVerb | null {
  const led = LED_BY_PERIOD.exec(clause);
  const m = led?.[2] ? FIRST_OF_ELIDED.exec(led[2]) : null;
  if (!m?.[2] || !m[3]) return null;
  return { children: m[2], verb: m[3].trim(), join: m[4], unit: m[5]?.trim() };
}

/**
 * "in 2022, 4 children on 12 occasions" after "in 2021, 2 children went missing on 7 occasions": the clause
 * with the first one's children and verb put back ("in 2022, 4 children went missing on 12 occasions"), read as
 * that clause would be. Only when it names the first clause's children, has no verb of its own, and its second
 * count (if any) has the first's join and counts what the first's does; else the clause as written.
 */
function withElidedVerb(clause: string, first: ElidedVerb): string {
  const led = LED_BY_PERIOD.exec(clause);
  const m = led?.[1] && led[2] ? LATER_OF_ELIDED.exec(led[2]) : null;
  if (!led?.[1] || !m?.[1] || !m[2] || VERB_WORD.test(m[2]) || !namesSameChildren(m[2], first.children)) return clause;
  const tail = m[3] ?? "";
  if ((m[4] === undefined) !== (first.join === undefined)) return clause;
  if (
    m[4] !== undefined &&
    (m[4].toLowerCase() !== first.join?.toLowerCase() || !sameCounted(m[5] ?? "", first.unit ?? ""))
  )
    return clause;
  // The first clause's children in full: the later clause's head noun alone would drop what names its group.
  return `in ${led[1]}, ${m[1]} ${first.children} ${first.verb}${tail}`;
}

/**
 * "in 2018, 3 children went missing, in 5 separate incidents; in 2019, 1
 * child went missing, in 3 separate incidents; …": one sentence whose
 * clauses, split by semicolons, are each led by a period of their own, read
 * as the sentences they would be written as apart (round 140, Leicester:
 * the whole was read as one period's clauses, failed, and was left unread).
 * All or nothing: at least two clauses, each read as led by its period (its
 * every figure with words of its own), no period twice.
 */
function readPeriodLedClauses(sentence: string, leadQualified: readonly RegExp[]): PeriodSentenceItem[] | null {
  const heading = CLAUSES_HEADING.exec(sentence);
  const lead = heading?.[1]?.trim() ?? "";
  // "Non-UASC: in 2021, …", "Excluding UASC: …", "UASC (not trafficked): …": a lead leaving a group out names
  // the children the clauses do not count; pasted into their labels it read as that group's figures. The
  // sentence is read as nothing at all, not as its clauses alone.
  if (leadQualified.some((re) => re.test(lead))) return null;
  const clauses = sentence.slice(heading?.[0].length ?? 0).split(PERIOD_CLAUSE_BREAK);
  if (clauses.length < 2) return [];
  const out: PeriodSentenceItem[] = [];
  const periods = new Set<string>();
  // "in 2022, 4 children on 12 occasions": a later clause may leave out the first one's verb (round 144, Bradford).
  const first = verbOfClause(yearOfClause(clauses[0] ?? "").clause);
  for (const [c, written] of clauses.entries()) {
    const { clause, toDate } = yearOfClause(written);
    const led = readPeriodLed(c > 0 && first !== null ? withElidedVerb(clause, first) : clause, 1);
    const period = led[0]?.period;
    if (period === undefined || periods.has(period)) return [];
    if (led.some((i) => i.period !== period || i.label.trim() === "")) return [];
    periods.add(period);
    // "in 2024 to date, 5 children on 9 occasions": a year still running is no period these figures can be
    // placed in (given as "2024 to date" they were placed in the first requested period, and conflicted with
    // its own figures), so its clause is read for its shape only and gives nothing; the period stays unanswered.
    if (toDate !== undefined) continue;
    out.push(...led.map((i) => (lead === "" ? i : { ...i, label: `${lead} ${i.label}` })));
  }
  return out;
}

function readPeriodLed(sentence: string, least = 2): PeriodSentenceItem[] {
  const led = LED_BY_PERIOD.exec(sentence) ?? LED_BY_DAY.exec(sentence);
  if (led?.[1] && led[2]) return readClauses(led[2], led[1], "", least);
  const there = LED_BY_PERIOD_THERE.exec(sentence) ?? LED_BY_PERIOD_COUNCIL.exec(sentence);
  if (there?.[1] && there[2]) return readClauses(there[2], there[1], "", Math.max(least, 2));
  const of = OF_LED_BY_PERIOD.exec(sentence);
  if (!of?.[1] || !of[2] || !of[3]) return [];
  return readClauses(of[3], of[2], of[1], least);
}

/**
 * Where a sentence splits into clauses: a comma, a semicolon or "and"; an
 * "and" only before the next clause's count ("children and family social
 * workers" is one name, "6 were … and 7 were …" two clauses).
 */
// "… as trafficked and a further 4 were suspected": "a further" opens a count's clause as its figure does.
const CLAUSE_BREAK = new RegExp(
  String.raw`\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+(?=(?:a\s+further\s+)?(?:(?:fewer|less)\s+than\s+|<\s*)?\d|(?:a\s+further\s+)?(?:none|nil|no|zero)\b|(?:a\s+further\s+)?(?:(?:fewer|less)\s+than\s+)?${NUMBER_WORD}))`,
  "iu",
);

/**
 * Each clause of `text` as a count and its words, all for `period`, or
 * nothing when any clause is not one (or fewer than `least` are given).
 * `lead` ("Of these children") opens every clause's words.
 */
/**
 * "4 of the trafficked children and 8 of the unaccompanied children went
 * missing or were absent at least once": two counts of named children that
 * share the verb after the second. Each is given the verb, so the clauses
 * split at "and" each say what they count (round 96, Derbyshire); before,
 * the first clause named no measure and the whole sentence was left unread.
 * The children's words are a few words with no verb of their own, and the
 * shared words run to the clause's end.
 */
const SHARED_VERB = new RegExp(
  String.raw`\b(\d[\d,]*\s+of\s+the\s+(?:${NOT_VERB}[\p{L}'’-]+\s+){0,4}${NOT_VERB}[\p{L}'’-]+)\s+and\s+(\d[\d,]*\s+of\s+the\s+(?:${NOT_VERB}[\p{L}'’-]+\s+){0,4}${NOT_VERB}[\p{L}'’-]+)\s+((?:went|were|was|are|is|had|have|has|remain|remains|remained)\b[^;.]*)`,
  "giu",
);

/**
 * "4 of the trafficked children and 8 of the unaccompanied children went
 * missing": the verb and its words go with each count. Words holding a count
 * of their own ("…, on 20 occasions in all", "…, of whom 5 went missing")
 * are not said of each group: copied into both, the one figure was counted
 * once for each. Such a sentence is left as written (and unread, as before).
 */
function shareVerb(whole: string, first: string, second: string, shared: string): string {
  if (SHARED_COUNT.test(shared)) return whole;
  return `${first} ${shared} and ${second} ${shared}`;
}

const SHARED_COUNT = new RegExp(String.raw`\d|\b${NUMBER_WORD}`, "iu");
/** "including 3 who went missing", "including three children": words after a list that open on a count. */
const OPENS_ON_COUNT = new RegExp(
  String.raw`^,\s+(?:including|excluding|not\s+including)\s+(?:\d|${NUMBER_WORD})`,
  "iu",
);

function readClauses(given: string, period: string, lead: string, least: number): PeriodSentenceItem[] {
  const text = given.replace(NAME_GLOSS, " $1").replace(QUESTION_REFERENCES, "").replace(SHARED_VERB, shareVerb);
  const bracketed = BREAKDOWN_AFTER.exec(text) ?? breakdownAfterColon(text);
  if (bracketed?.[1] && bracketed[2]) return readBreakdown(bracketed[1], bracketed[2], period, lead, least);
  // A bracket anywhere else ("12 children (6 identified) and …") or a long
  // clause is a sentence foi-agg cannot split safely, not a list.
  if (/[()]/u.test(text)) return [];
  const clauses = text.split(CLAUSE_BREAK);
  if (clauses.length < least) return [];
  const trailing = readTrailingCounts(clauses, period, lead);
  if (trailing.length >= Math.max(least, 2)) return trailing;
  const items: PeriodSentenceItem[] = [];
  let before = "";
  for (const clause of clauses) {
    // "4 trafficked children went missing, in 14 incidents": a clause of a count joined to the one before it
    // counts those same children's episodes, so it is read after that clause's words, as "went missing in
    // 14 incidents" is (splitInnerCount).
    // ("across 45 missing episodes" is a clause of its own words, as LED_CLAUSE reads it.)
    const joined = LED_CLAUSE.test(clause) ? null : JOINED_COUNT.exec(clause.trim());
    if (joined?.[1] && joined[2] && joined[3]) {
      if (before === "") return [];
      items.push({ label: `${lead} ${before} ${joined[1]} ${joined[3]}`.trim(), period, raw: joined[2] });
      continue;
    }
    const m = LED_CLAUSE.exec(clause);
    if (!m?.[1] || !m[2] || m[2].split(/\s+/u).length > 14) return [];
    // "4 of the trafficked children and 8 of the unaccompanied children went missing": the first clause's
    // verb is the next one's, so cut at its "and" it names no measure; the sentence is not split.
    if (/^of\s+(?:the|these|those)\s/iu.test(m[2]) && !/\b(?:were|was|are|is|had|have|went)\b/iu.test(m[2])) return [];
    // "0 looked after children were identified as trafficked and a further 4 were suspected": "a further"
    // counts more of the children the clause before names, so its words are those children's and its own
    // verb. Never a guess: with no children named before it, the sentence gives nothing.
    if (A_FURTHER.test(clause) && VERB_FIRST.test(m[2])) {
      const children = childrenOf(before);
      if (children === null) return [];
      // "… were identified as trafficked …, and a further 4 were suspected": what they were suspected as is
      // what the children before were identified as, the words after that clause's "as".
      const own = m[2].trim();
      // Found by a fixed-length search, so a long run of spaces is scanned once.
      const at = before.search(/\sas\s/iu);
      const as = at < 0 ? undefined : before.slice(at + 4).trim() || undefined;
      const words = as !== undefined && !/\bas\b/iu.test(own) ? `${own} as ${as}` : own;
      items.push({ label: `${lead} ${children} ${words}`.trim(), period, raw: m[1] });
      continue;
    }
    const inner = splitInnerCount(m[2]);
    if (inner) {
      items.push({ label: `${lead} ${inner.words}`.trim(), period, raw: m[1] });
      items.push({ label: `${lead} ${inner.words} ${inner.second.label}`.trim(), period, raw: inner.second.raw });
      before = inner.words;
      continue;
    }
    // "12 badges were issued and in 2023, 15 appeals were heard": an "and" before no count is no break,
    // so a clause that names a year of its own runs into another period's; the sentence gives nothing.
    if (/\b(?:19|20)\d\d\b/u.test(m[2])) return [];
    // "48 were unaccompanied children, of whom 2 were also identified as trafficked": the clause counts a part
    // of the one before it, so its words are read after that clause's. Alone, "were also identified as
    // trafficked" reads as every trafficked child, and the 2 would be counted as the whole group's figure.
    const words =
      OF_WHOM.test(clause) && before !== ""
        ? `${before} of whom ${m[2].trim()}`
        : COUNT_OF_WHOM.test(clause) && before !== ""
          ? `${before} ${m[2].trim()}`
          : m[2].trim();
    items.push({ label: `${lead} ${words}`.trim(), period, raw: m[1] });
    before = m[2].trim();
  }
  return items;
}

/**
 * "(1a and 1b)", "(Q2)", "(questions 3 and 4)": a bracket that only says which of the request's questions a
 * clause answers. It names no count, so it goes before the sentence is split; left, it read as a breakdown
 * whose parts were no counts, and the sentence gave nothing. Each item is a question number with its letter
 * or its "Q": a bare "(2)" may be a note mark or a figure, and stays.
 */
const QUESTION_ITEM = String.raw`(?:(?:q|questions?)\.?\s*\d{1,2}[a-h]?|\d{1,2}[a-h])`;
const QUESTION_REFERENCES = new RegExp(
  String.raw`\(\s*${QUESTION_ITEM}(?:\s*(?:,|and|&|or|/)\s*${QUESTION_ITEM})*\s*\)`,
  "giu",
);
/** ", in 14 incidents", ", on 20 occasions": a clause that opens on its join, then a count and a few words. */
const JOINED_COUNT = /^(in|on|over)\s+(\d[\d,]*)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})$/iu;
/** A clause opening "a further 4". */
const A_FURTHER = /^\s*a\s+further\s/iu;
/** Words that open on their verb: "were suspected", "went missing"; they name no children of their own. */
const VERB_FIRST = /^\s*(?:were|was|are|is|had|have|went|became|remain(?:ed)?)\b/iu;

/**
 * The children a clause's words name before their verb: "looked after children" of "looked after children
 * were identified as trafficked"; null when the words open on the verb or name no one.
 */
function childrenOf(words: string): string | null {
  const m = /^((?:[\p{L}'’-]+\s+){1,8}?)(?:were|was|are|is|had|have|went|became)\b/iu.exec(words.trim());
  const children = m?.[1]?.trim() ?? "";
  return /\b(?:children|child|young\s+people|young\s+persons?|people|persons|pupils|households|carers|adults)\b/iu.test(
    children,
  )
    ? children
    : null;
}

/**
 * "35 looked after children went missing on approximately 160 occasions":
 * a clause whose words end on a second count and what it counts, joined by
 * "on", "in", "across" or "over". Read whole, the first count took words
 * that name the second's ("occasions") and was counted as the episodes.
 * The first count keeps the words before the join; the second is read with
 * all of them ("… went missing on occasions"), its own qualifier
 * ("approximately") left for the value parser to say. Only a second count
 * followed by words alone: "aged under 16" ends on a number, not a count.
 */
const INNER_COUNT =
  /^(\S.*?)\s+(on|in|across|over)\s+((?:(?:approximately|approx\.?|about|around|roughly|circa)\s+)?\d[\d,]*)\s+(\p{L}[\p{L}\s'’-]*)$/iu;

function splitInnerCount(words: string): { words: string; second: { label: string; raw: string } } | null {
  const m = INNER_COUNT.exec(words.trim());
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  return { words: m[1], second: { label: `${m[2]} ${m[4]}`.trim(), raw: m[3] } };
}

/**
 * "2022 - offered 40, completed 27, completed within 72 hours 17": a line
 * led by its period whose every clause names what it counts and then gives
 * the count last. All clauses or none, so a clause that merely ends on a
 * number ("aged under 16") never makes a list on its own; a count after
 * "under", "over", "aged" or "than" is such a number.
 */
// The words open in lower case: "2018: Vietnamese 3, Eritrean 2" names each count by a name (a nationality,
// a team), a breakdown the nationality readers take, not what each clause counts.
const TRAILING_CLAUSE = /^(\p{Ll}[^,;]{0,80}?)\s+(\d[\d,]*)$/u;
const BOUND_BEFORE = /\b(?:under|over|aged|than|age|to|and|or)$/iu;

function readTrailingCounts(clauses: readonly string[], period: string, lead: string): PeriodSentenceItem[] {
  const items: PeriodSentenceItem[] = [];
  for (const clause of clauses) {
    const m = TRAILING_CLAUSE.exec(clause.trim());
    if (!m?.[1] || !m[2] || BOUND_BEFORE.test(m[1]) || /\b(?:19|20)\d\d\b/u.test(m[1])) return [];
    items.push({ label: `${lead} ${m[1]}`.trim(), period, raw: m[2] });
  }
  return items;
}

/**
 * "51 were family and friends (connected persons) fostering households",
 * "12 were UASC (separated children)": a bracket of a few words right after
 * a name, with no figure and no word that qualifies a count, glosses the
 * name; it says nothing of how many. Its words stay in the clause's words
 * and only its brackets go, so the sentence is split as if they were not
 * there. A bracket after a figure ("45 (provisional)"), or one that says
 * "including", "approximately", "not validated" and the like, is left, and
 * the sentence with it is not split.
 */
const NAME_GLOSS = new RegExp(
  String.raw`(?<=\p{L})\s*\((?!(?:[^()]*\b(?:${NUMBER_WORD}|incl\w*|excl\w*|except\w*|approx\w*|about|around|estimat\w*|provisional|rounded|only|not|no|none|nil|draft|unvalidated|validated|partial|part|at\s+least|more|fewer|less|over|under|to\s+date|so\s+far|see|note)\b))\s*(\p{L}[\p{L}\s'’/&-]{0,40}?)\s*\)`,
  "giu",
);

/** One count and its words, then a bracket at the end: "45 households were newly approved (22 mainstream and 23 family and friends)". */
const BREAKDOWN_AFTER = /^([^()]+?)\s*\(([^()]+)\)\s*$/u;
/**
 * One count and its words, then a colon and its parts: "there were 57
 * social workers: 46 permanent and 11 agency". Read as the bracket is; cut
 * at its "and" instead, the first clause's words ran on past the colon
 * ("social workers: 46 permanent") and named the part, so the whole was
 * read as the part.
 */
function breakdownAfterColon(text: string): readonly [string, string, string] | null {
  // Cut at the one colon in code, not by a pattern: a pattern trying each digit as the whole's would scan the
  // rest of a long colon-less sentence once for every digit in it.
  const at = text.indexOf(":");
  if (at < 0 || text.includes(":", at + 1) || /[()]/u.test(text)) return null;
  const whole = text.slice(0, at).trimEnd();
  const parts = text.slice(at + 1).trimStart();
  // "thirteen children were remanded: 0 to …": the whole may be a count in words.
  return (/\d/u.test(whole) || WORD_COUNT.test(whole)) && /\d/u.test(parts) ? [text, whole, parts] : null;
}
const WORD_COUNT = new RegExp(String.raw`\b${NUMBER_WORD}`, "iu");
/** Where a bracket's parts split: a comma, a semicolon, or "and" before the next part's figure ("family and friends" stays whole). */
const PART_BREAK = /\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+(?=\d))/u;
/**
 * "22 mainstream", "23 family and friends": a part's figure and the few words naming it. "fewer than five
 * to a secure children's home", "<5 …": a part may be a council's bound for a small number, which adds
 * anything from 0 to one less than it.
 */
const PART_ITEM = new RegExp(
  String.raw`^(\d[\d,]*|(?:(?:fewer|less)\s+than\s+|<\s*)(?:\d{1,2}|${NUMBER_WORD}))\s+([\p{L}][\p{L}\s'’-]*)$`,
  "iu",
);
/**
 * "under section 17 of the Children Act 1989", "s.18 of the Care Act 2014": a
 * statute cited by section, its name in capitals and its year after it.
 */
const STATUTE =
  /\s+(?:under\s+)?(?:section|s\.?)\s?\d{1,3}[A-Z]?(?:\(\d{1,2}\))?\s+of\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,6}Act(?:\s+(?:19|20)\d\d)?/u;
/** A part's figure as the least and most it adds to the whole: "7" → 7 to 7, "fewer than five" → 0 to 4. */
function partRange(raw: string): [number, number] | null {
  const bound = /^(?:(?:fewer|less)\s+than\s+|<\s*)(.+)$/iu.exec(raw.trim());
  const n = (t: string) => (/^\d[\d,]*$/u.test(t) ? Number(t.replace(/,/gu, "")) : numberWordValue(t));
  if (bound?.[1] !== undefined) {
    const top = n(bound[1].trim());
    return top === null || top < 1 ? null : [0, top - 1];
  }
  const exact = n(raw.trim());
  return exact === null ? null : [exact, exact];
}

/**
 * "In 2021/22, 45 households were newly approved (22 mainstream and 23
 * family and friends)": one count, then its parts in a bracket. Each part
 * counts what the clause counts, for the part its words name, so its words
 * are the part's name before the clause's. All or nothing: the clause must
 * be one count, every part a figure and a few words, and the parts must add
 * up to the count, or the sentence says something foi-agg cannot tell and
 * gives nothing.
 */
function readBreakdown(
  outer: string,
  inner: string,
  period: string,
  lead: string,
  fewest: number,
): PeriodSentenceItem[] {
  const whole = readClauses(outer, period, lead, 1);
  if (whole.length !== 1 || !whole[0]) return [];
  // "thirteen children were remanded: …": a whole in words is checked against its parts as one in digits is.
  const given = partRange(whole[0].raw);
  const total = given !== null && given[0] === given[1] ? given[0] : Number.NaN;
  // "126 families under section 17 of the Children Act 1989": the statute a part is supported under names
  // it, and its numbers are no count; the part is read without it and named with it.
  const parts = inner.split(PART_BREAK).map((x) => {
    const cited = STATUTE.exec(x)?.[0] ?? "";
    const m = PART_ITEM.exec(x.replace(STATUTE, "").trim());
    return m?.[1] && m[2] ? ([m[0], m[1], m[2], cited] as const) : null;
  });
  if (parts.length < 2 || !Number.isInteger(total)) return [];
  const items: PeriodSentenceItem[] = [whole[0]];
  let least = 0;
  let most = 0;
  for (const part of parts) {
    const range = part?.[1] === undefined ? null : partRange(part[1]);
    if (!part?.[1] || !part[2] || range === null || part[2].trim().split(/\s+/u).length > 5) return [];
    least += range[0];
    most += range[1];
    items.push({ label: `${`${part[2].trim()} ${part[3].trim()}`.trim()} ${whole[0].label}`, period, raw: part[1] });
  }
  // Parts given exactly must add up to the whole; parts given as bounds must be able to.
  if (total < least || total > most || items.length < fewest) return [];
  return items;
}

/** A date in a sentence's opening words: "31 March 2022", "March 2022", "the end of March 2022". */
const DATE_IN_LEAD =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/giu;
/** A sentence that opens with a nil word gives a count as one with a digit does ("None had an EHCP."). */
const NIL_OPENING = /^\s*(?:none|nil|no|zero)\b/iu;

/**
 * A sentence after one led by `period`, read as more of that period's
 * figures: null when it is not (it names a year of another period, or a
 * figure of it is not a count and its words), [] when it gives no figure
 * ("We hope this helps."). An opening phrase before its first comma that
 * gives no count ("Of these children,", "At 31 March 2022,") is not a
 * clause: a date in it must fall in one of the period's years and is
 * dropped; other words open each clause's words, since they say what the
 * clauses count.
 */
function readParagraphSentence(sentence: string, period: string): PeriodSentenceItem[] | null {
  // "In 1 April 2024 to 30 September 2024, 3 children …" after "In 2023/24, …":
  // a sentence led by a period of its own, whose dates fall in the earlier one's years, is about that period.
  const own = LED_BY_PERIOD.exec(sentence)?.[1];
  if (own !== undefined && own !== period) return null;
  const years = new Set(yearsOf(period));
  const body = sentence.trim().replace(/[.!]\s*$/u, "");
  const opening = /^([^,;]{1,60}),\s*(.+)$/u.exec(body);
  let lead = "";
  let rest = body;
  if (opening?.[1] && opening[2]) {
    const dated = [...opening[1].matchAll(DATE_IN_LEAD)];
    const undated = opening[1].replace(DATE_IN_LEAD, " ").trim();
    const leads = !/\d/u.test(undated) && undated.split(/\s+/u).length <= 6 && !NIL_OPENING.test(undated);
    if (leads && dated.every((d) => years.has(d[1] ?? ""))) {
      lead = dated.length > 0 ? "" : undated;
      rest = opening[2];
    }
  }
  if (/\b(?:19|20)\d\d\b/u.test(rest)) return null;
  if (!/\d/u.test(rest) && !NIL_OPENING.test(rest)) return /\d/u.test(body) ? null : [];
  // "The average number of nights on remand was 69.4.": what is counted, then its figure, closing the sentence.
  const closing = lead === "" ? SUBJECT_THEN_FIGURE.exec(rest) : null;
  if (closing?.[1] && closing[2]) return [{ label: closing[1], period, raw: closing[2] }];
  const items = readClauses(rest, period, lead, 1);
  return items.length > 0 ? items : null;
}

/**
 * "The average number of nights on remand was 69.4", "The total was 13": a sentence whose subject says what
 * is counted, opening on "the", and whose figure (a whole number or a decimal, as an average is) ends it.
 * Words only in the subject, so "The figure for 2022 was 5" (another period) is not one.
 */
const SUBJECT_THEN_FIGURE = /^(the\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,11}?)\s+(?:was|is)\s+(\d[\d,]*(?:\.\d+)?)$/iu;

/** The years a period names: "2021/22" → 2021 and 2022, "2021" → 2021. */
function yearsOf(period: string): string[] {
  const m = new RegExp(String.raw`^((?:19|20)\d\d)(?:\s*[-/]\s*(\d{2}(?:\d{2})?))?(?:\s+${YEAR_KIND})?$`, "iu").exec(
    period.trim(),
  );
  if (!m?.[1]) return [];
  if (!m[2]) return [m[1]];
  const end = m[2].length === 2 ? `${m[1].slice(0, 2)}${m[2]}` : m[2];
  return [m[1], end];
}

/** A list of counts ("24, 22 and 27") or of periods ("2021/22, 2022/23 and 2023/24"), an item at a time. */
const PERIOD_ITEM = new RegExp(PERIOD, "giu");
const listOf = (item: string) => String.raw`${item}(?:\s*,\s*${item})*\s*,?\s+and\s+${item}`;
const PLAIN_COUNT = COUNT.replace(/^\(/u, "(?:");
const PLAIN_PERIOD = PERIOD.replace(/^\(/u, "(?:");
/**
 * "fewer than five, 0 and 0 in 2021, 2022 and 2023 respectively": a bound
 * is one item of the list, whole. Without it the list began at "five" (the
 * words "fewer than" left to the label), and a suppressed figure was read as
 * an exact 5 (round 124, Havering).
 */
const BOUNDED_COUNT = String.raw`((?:(?:fewer|less)\s+than\s+)?${PLAIN_COUNT})`;
const PLAIN_BOUNDED_COUNT = BOUNDED_COUNT.replace(/^\(/u, "(?:");
const BOUNDED_COUNT_ITEM = new RegExp(BOUNDED_COUNT, "giu");
/**
 * "Of these, 24, 22 and 27 children respectively were looked after … in
 * 2021/22, 2022/23 and 2023/24, and 12 in the period 1 April 2024 to 30
 * September 2024": a list of counts paired in order with a list of periods,
 * which "respectively" says, optionally followed by one more count and its
 * period. The lists must be as long as each other, and nothing may follow.
 */
const RESPECTIVELY = new RegExp(
  String.raw`^(?<lead>.*?)(?<![\d,])\s*(?<counts>${listOf(PLAIN_BOUNDED_COUNT)})\s+(?<words>(?:[\p{L}'’-]+\s+){0,8}?)(?:respectively\s+)?(?<words2>(?:[\p{L}'’-]+\s+){0,12}?)(?:in|during|for)\s+(?:the\s+(?:financial\s+|calendar\s+)?years?\s+)?(?<periods>${listOf(PLAIN_PERIOD)})(?<again>\s+respectively)?(?:\s*,?\s+and\s+(?<lastCount>${PLAIN_BOUNDED_COUNT})\s+(?:in|during|for)\s+(?:the\s+(?:period|year)\s+(?:of\s+|from\s+)?)?(?<lastPeriod>${PLAIN_PERIOD}))?\s*[.;]?\s*$`,
  "iu",
);

function readRespectively(sentence: string): PeriodSentenceItem[] {
  const g = RESPECTIVELY.exec(sentence)?.groups;
  if (!g?.counts || !g.periods || !/\brespectively\b/iu.test(sentence)) return [];
  // "24, 22 and 27": a count's digits may take the comma that ends it.
  const counts = [...g.counts.matchAll(BOUNDED_COUNT_ITEM)].map((c) => (c[1] ?? "").replace(/,+$/u, ""));
  const periods = [...g.periods.matchAll(PERIOD_ITEM)].map((p) => p[1] ?? "");
  if (counts.length !== periods.length || counts.length < 2) return [];
  const label = [g.lead ?? "", g.words ?? "", g.words2 ?? ""]
    .map((t) =>
      t
        .replace(/\brespectively\b/giu, " ")
        .replace(/[,\s]+$/u, "")
        .replace(/\s+/gu, " ")
        .trim(),
    )
    .filter(Boolean)
    .join(" ");
  const items = counts.map((raw, i) => ({ label, period: periods[i] ?? "", raw }));
  if (g.lastCount && g.lastPeriod) items.push({ label, period: g.lastPeriod, raw: g.lastCount });
  return items;
}

/**
 * "Of these, six (2021/22), nine (2022/23) and fifteen (2023/24) were
 * assessed to be over 18.": each count with its period in brackets after
 * it, in a list; the words before the first and after the last say what
 * every one counts. Two or more, and nothing but words after the list.
 */
const BRACKETED_PERIODS = new RegExp(
  String.raw`^(?<lead>.*?)(?<![\d,])\s*(?<list>${PLAIN_COUNT}\s*\(\s*${PLAIN_PERIOD}\s*\)(?:\s*(?:,|;|,?\s+and)\s+${PLAIN_COUNT}\s*\(\s*${PLAIN_PERIOD}\s*\))+)(?<tail>(?:\s+[\p{L}\d'’-]+){0,12})\s*[.;]?\s*$`,
  "iu",
);
const BRACKETED_ITEM = new RegExp(String.raw`${COUNT}\s*\(\s*${PERIOD}\s*\)`, "giu");

function readBracketedPeriods(sentence: string): PeriodSentenceItem[] {
  // Two bracketed years at least, or the list is not there (and a long sentence is not searched for it).
  if ((sentence.match(/\(\s*(?:19|20)\d\d/gu)?.length ?? 0) < 2) return [];
  const g = BRACKETED_PERIODS.exec(sentence)?.groups;
  if (!g?.list) return [];
  const label = [g.lead ?? "", g.tail ?? ""]
    .map((t) =>
      t
        .replace(/[,\s]+$/u, "")
        .replace(/\s+/gu, " ")
        .trim(),
    )
    .filter(Boolean)
    .join(" ");
  const items = [...g.list.matchAll(BRACKETED_ITEM)].map((m) => ({ label, period: m[2] ?? "", raw: m[1] ?? "" }));
  return items.length >= 2 ? items : [];
}

/** "In 2022/23 the figures were …": a period, then figures that restate the sentence before's, in its order. */
const RESTATED = new RegExp(
  String.raw`^\s*(?:in|for)\s+${PERIOD},?\s+the\s+(?:equivalent\s+|corresponding\s+|same\s+)?(?:figures|numbers)\s+(?:were|are):?\s+(.+?)\s*\.?\s*$`,
  "iu",
);
/** Words a short restated label may add that name nothing ("23 who went missing"). */
const RESTATING_FILLER = new Set([
  "who",
  "which",
  "that",
  "were",
  "was",
  "the",
  "of",
  "a",
  "an",
  "and",
  "them",
  "these",
]);

/**
 * "In 2021/22, 198 children were placed …; 251 placements were made …" then
 * "In 2022/23 the figures were 207 children, 262 placements, …": the later
 * sentence's figures are the earlier's, in the same order, each with a
 * word or two of it. A figure takes the earlier clause's words only when
 * the sentences give as many figures and every word of its own is among
 * that clause's; otherwise the sentence gives nothing (it is not guessed).
 */
function readRestatedFigures(sentence: string, earlier: readonly string[]): PeriodSentenceItem[] {
  if (earlier.length < 2) return [];
  const m = RESTATED.exec(sentence);
  if (!m?.[1] || !m[2] || /[()]/u.test(m[2])) return [];
  const period = m[1];
  const clauses = m[2].split(/\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)/u);
  if (clauses.length !== earlier.length) return [];
  const items: PeriodSentenceItem[] = [];
  for (const [i, clause] of clauses.entries()) {
    const c = LED_CLAUSE.exec(clause);
    const label = earlier[i] ?? "";
    if (!c?.[1] || !c[2] || !wordsWithin(c[2], label)) return [];
    items.push({ label, period, raw: c[1], restates: c[2].trim() });
  }
  return items;
}

/** "In 2018 the answer is nil.", "For 2019 it was 2.": a period and its answer, in words that only point back. */
const POINTING_ANSWER = new RegExp(
  String.raw`^\s*(?:in|for|during)\s+((?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?),?\s+(?:the\s+(?:answer|figure|number|total)\s+(?:is|was)|it\s+(?:is|was)|this\s+(?:is|was))\s+${COUNT}\s*\.?\s*$`,
  "iu",
);
/**
 * "Three children were identified as trafficked or as victims of modern slavery in 2021.": a sentence that
 * opens on its one figure and closes on its one period; what it counts is the words between (1).
 */
const ONE_PERIOD_FIGURE = new RegExp(
  String.raw`^\s*(?:${COUNT.slice(1, -1)})\s+((?:[\p{L}'’-]+\s+){1,20}?)(?:in|during)\s+${PERIOD}\s*\.?\s*$`,
  "iu",
);
/** A sentence restating what was asked, with no figure: "You asked how many …", "Question 1. You requested the number of …". */
const RESTATES_QUESTION =
  /^(?:question\s\d{1,2}[a-z]?[.:)]?\s)?you\s(?:also\s)?(?:asked|requested|wanted to know)\b[^\d]*$/iu;
/** A label that names its count only by pointing back: "The number of children we identified was", "This was". */
const REFERS_BACK =
  /^(?:the\s(?:number|figure|total|count)(?:\sof\s(?:children|young people|them|these))?\s(?:we|that\swe|who|which|was|were|is)\b|(?:this|it|that)\s(?:was|is)\b)/iu;

/** Every word of `short` (bar filler, plural or not) is a word of `long`. */
function wordsWithin(short: string, long: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/u, "");
  const have = new Set(
    long
      .split(/[^\p{L}\d]+/u)
      .filter(Boolean)
      .map(stem),
  );
  const words = short.split(/[^\p{L}\d]+/u).filter((w) => w !== "" && !RESTATING_FILLER.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => have.has(stem(w)));
}

/** Periods named together: "2018 or 2019", "2021, 2023 or January to April 2024". */
const ANY_PERIOD = `(?:${PERIOD.slice(1, -1)})`;
const PERIOD_RUN = String.raw`(${ANY_PERIOD}(?:\s*,\s*${ANY_PERIOD})*,?\s+(?:or|and)\s+${ANY_PERIOD})`;
/** Words saying nothing is held, not that there were none: such a sentence is no nil. */
const NOT_HELD_WORDS = /\b(?:information|records?|data|held|hold|recorded|available)\b/iu;
/** "No children were suspected … in 2018 or 2019": a nil opening the sentence, for each period named. */
const NIL_LEADS_PERIODS = new RegExp(
  String.raw`^\s*(?:there\s+(?:were|was)\s+)?no\s+([^;,.\d]{3,160}?)\s+(?:in|during|for)\s+${PERIOD_RUN}(?![\w/])(.*)$`,
  "iu",
);
/** What may follow those nils: the one period left, with its figure ("; in 2020 there was 1", ", and 2 in 2020"). */
const NIL_TAIL_PERIOD_FIRST = new RegExp(
  String.raw`^\s*[;,]?\s*(?:and\s+)?in\s+${PERIOD},?\s+(?:there\s+(?:were|was)\s+)?${COUNT}\s*\.?\s*$`,
  "iu",
);
const NIL_TAIL_FIGURE_FIRST = new RegExp(
  String.raw`^\s*[;,]?\s*(?:and\s+)?${COUNT}\s+(?:in|during|for)\s+${PERIOD}\s*\.?\s*$`,
  "iu",
);
/**
 * "One child looked after in 2022 was suspected of having been trafficked (1b); there were none in 2021, 2023
 * or January to April 2024.": one period's figure, then a nil for each of the others, which count what it counts.
 */
const FIGURE_THEN_NILS = new RegExp(
  String.raw`^\s*${COUNT}\s+([^;\d]{3,120}?)\s+(?:in|during|for)\s+${PERIOD}((?:[^;\d]|\(\d{1,2}[a-h]\))*?)\s*;\s*(?:there\s+(?:were|was)\s+none|none\s+(?:did|was|were))\s+(?:in|during|for)\s+${PERIOD_RUN}(?![\w/])\s*(\((?:q\s*)?\d{1,2}\s*\(?[a-h]\)?\))?\s*\.?\s*$`,
  "iu",
);

function periodsOf(run: string): string[] {
  return [...run.matchAll(new RegExp(PERIOD, "giu"))].map((p) => p[1] ?? "").filter((p) => p !== "");
}

/**
 * "No trafficked children went missing or absent in 2018 or 2019; in 2020 there was 1.", "There were no
 * missing incidents involving trafficked children in 2018 or 2019, and 2 in 2020.", "One unaccompanied child
 * went missing or absent in 2022; none did in 2021, 2023 or January to April 2024 (2b).": a nil said once for
 * several periods is the figure of each, with what the sentence says it counts. All or nothing: anything else
 * after the periods (a remark, another figure) leaves the sentence to the other readers.
 */
function readNilAcrossPeriods(sentence: string): PeriodSentenceItem[] {
  const lead = NIL_LEADS_PERIODS.exec(sentence);
  if (lead?.[1] && lead[2] && !NOT_HELD_WORDS.test(lead[1])) {
    let tail = lead[3] ?? "";
    let label = lead[1].replace(/\s+/gu, " ").trim();
    const part = /^\s*(\((?:q\s*)?\d{1,2}\s*\(?[a-h]\)?\))/iu.exec(tail);
    if (part?.[1]) {
      label = `${label} ${part[1]}`;
      tail = tail.slice(part[0].length);
    }
    const periods = periodsOf(lead[2]);
    const items: PeriodSentenceItem[] = periods.map((period) => ({
      label,
      period,
      raw: "none",
      nilAcrossPeriods: true,
    }));
    if (/^\s*\.?\s*$/u.test(tail)) return items;
    const byPeriod = NIL_TAIL_PERIOD_FIRST.exec(tail);
    const byFigure = byPeriod ? null : NIL_TAIL_FIGURE_FIRST.exec(tail);
    const period = byPeriod?.[1] ?? byFigure?.[2];
    const raw = byPeriod?.[2] ?? byFigure?.[1];
    if (period === undefined || raw === undefined || periods.includes(period)) return [];
    return [...items, { label, period, raw, nilAcrossPeriods: true }];
  }
  const one = FIGURE_THEN_NILS.exec(sentence);
  if (!one?.[1] || !one[2] || !one[3] || !one[5]) return [];
  if (NOT_HELD_WORDS.test(`${one[2]} ${one[4] ?? ""}`)) return [];
  const label = [one[2], one[4] ?? "", one[6] ?? ""]
    .map((t) => t.replace(/\s+/gu, " ").trim())
    .filter(Boolean)
    .join(" ");
  const periods = periodsOf(one[5]);
  if (periods.includes(one[3]) || periods.length < 2) return [];
  return [
    { label, period: one[3], raw: one[1], nilAcrossPeriods: true },
    ...periods.map((period): PeriodSentenceItem => ({ label, period, raw: "none", nilAcrossPeriods: true })),
  ];
}
