import type { DocumentLine, FileFormat, Sheet } from "../domain/workbook.js";
import { isProseRow } from "../domain/workbook.js";
import { dropBulletsBeforeMarkers } from "./bulletBeforeMarker.js";
import { joinBracketsBrokenIntoRows, joinDatesBrokenIntoRows } from "./dateBrokenAcrossRows.js";
import { NUMBER_WORD } from "./numberWords.js";

export interface JoinedSheet {
  sheet: Sheet;
  /** How many lines were joined onto the line before them. */
  joined: number;
  /** How many lines' part letters ("1a)", "1b)") were read as naming periods, not questions. */
  periodLetters: number;
}

/**
 * Letters saved as text, and PDFs, break a sentence across lines at a fixed
 * width ("…looked after 22 children who were identified or suspected as" /
 * "having been trafficked; 8 of them went missing…"). Read line by line,
 * neither half says what its figure counts. Each wrapped sentence is put
 * back on the row where it starts; the rows it continued onto are left
 * blank, and its place names every line it spans ("lines 16–17").
 *
 * A line is taken to wrap onto the next only when it reaches the letter's
 * usual right margin, has no closing punctuation, and the next line goes on
 * mid-sentence (lower case, a digit, or after a comma or a small word): a
 * short line, a heading, a list item or a table row is never joined.
 */
export function joinWrappedLines(
  original: Sheet,
  format: FileFormat,
  questionNumbers: ReadonlySet<string> = new Set(),
): JoinedSheet {
  // "• a. Identified: 5": the list's bullet goes first, so the line starts with its part's letter as a list item does.
  const unbulleted = dropBulletsBeforeMarkers(original, format).sheet;
  const dated = joinDatesBrokenIntoRows(unbulleted, (row) => isProseRow(original, format, row));
  const closed = joinBracketsBrokenIntoRows(dated.sheet, (row) => isProseRow(original, format, row));
  const sheet = closed.sheet;
  const prose = (r: number) => isProseRow(sheet, format, r + 1) && (sheet.rows[r] ?? []).length <= 1;
  const textOf = (r: number) => sheet.rows[r]?.[0] ?? "";
  // With no usual margin, only a list of periods broken after its commas is joined.
  const margin =
    rightMargin(sheet.rows.filter((_, r) => prose(r)).map((row) => (row[0] ?? "").trimEnd().length)) ??
    Number.POSITIVE_INFINITY;

  const rows = sheet.rows.map((row) => [...row]);
  const lines: DocumentLine[] | undefined = sheet.lines ? sheet.lines.map((l) => ({ ...l })) : undefined;
  const spans = new Map<number, number>();
  let joined = dated.joined + closed.joined;
  let periodLetters = 0;
  for (let r = 0; r < rows.length - 1; r++) {
    if (!prose(r)) continue;
    const lettered = letteredPeriodRun(r, rows.length, (k) => (prose(k) ? textOf(k) : ""), questionNumbers);
    if (lettered > r) {
      // "1a) 2021/22 – 190" / "1b) 2022/23 – 204": the letters count the periods, so the lines are one list.
      const items = [];
      for (let k = r; k <= lettered; k++) items.push(stripPartLetter(textOf(k)).replace(/[,;.]\s*$/u, ""));
      rows[r] = [items.join(", ")];
      for (let k = r + 1; k <= lettered; k++) rows[k] = [];
      spans.set(r, lettered);
      joined += lettered - r;
      periodLetters += lettered - r + 1;
      r = lettered;
      continue;
    }
    let end = r;
    let text = textOf(r);
    // "2022: Redacted – s.40(2)" / "2023: fewer than 5" / "1 January 2024 – 30 April 2024: fewer than 5": a
    // run of period lines the list joining could not take whole is read line by line; its tail is not a list.
    if (r > 0 && prose(r - 1) && PERIOD_LINE.test(textOf(r).trim()) && PERIOD_HEAD.test(textOf(r - 1).trim())) continue;
    while (
      end + 1 < rows.length &&
      prose(end + 1) &&
      (wrapsOnto(textOf(end), textOf(end + 1), margin, text) ||
        runsOverPage(textOf(end), textOf(end + 1), pageOf(sheet, end), pageOf(sheet, end + 1)))
    ) {
      end++;
      // Lines of "2018 – 8" are items of one list: joined as a list is written.
      const listed = PERIOD_LINE.test(textOf(end - 1).trim()) && !/[,;]\s*$/u.test(text);
      text = `${text.trimEnd()}${listed ? "," : ""} ${textOf(end).trim()}`;
    }
    if (end === r) continue;
    rows[r] = [text];
    for (let k = r + 1; k <= end; k++) rows[k] = [];
    spans.set(r, end);
    joined += end - r;
    r = end;
  }
  if (spans.size === 0) return { sheet, joined, periodLetters: 0 };
  const continuedRows: number[] = [];
  for (const [start, end] of spans) for (let k = start + 1; k <= end; k++) continuedRows.push(k + 1);
  continuedRows.sort((a, b) => a - b);
  return {
    sheet: { ...sheet, rows, lines: placeSpans(sheet, lines, spans, rows.length), continuedRows },
    joined,
    periodLetters,
  };
}

/** "1a) ", "(b) ", "c. ": a part letter, under an optional question number, opening a line. */
const PART_LETTER = /^\s*\(?(\d{1,2})?([a-z])[.)]\s+/iu;

function stripPartLetter(line: string): string {
  return line.replace(PART_LETTER, "").trim();
}

/**
 * The last row of a run of lines "1a) 2021/22 – 190", "1b) 2022/23 – 204", …
 * that starts at row r, or r when there is none. The part letters go a, b,
 * c… under one question number, every line is only a period and its figure,
 * and each names a different period: the letters number the periods. When
 * the request itself asks a question "1a", the letters are its questions
 * and the lines are left alone.
 */
function letteredPeriodRun(
  r: number,
  nRows: number,
  textAt: (row: number) => string,
  questionNumbers: ReadonlySet<string>,
): number {
  const partOf = (row: number) => {
    const text = textAt(row);
    const m = PART_LETTER.exec(text);
    if (!m) return null;
    const rest = stripPartLetter(text);
    if (!PERIOD_LINE.test(rest)) return null;
    const period = /^(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?/u.exec(rest)?.[0].replace(/\s/gu, "") ?? "";
    return { stem: m[1] ?? "", letter: (m[2] ?? "").toLowerCase(), period };
  };
  const first = partOf(r);
  if (first?.letter !== "a" || questionNumbers.has(`${first.stem}a`)) return r;
  const periods = new Set([first.period]);
  let end = r;
  for (let k = r + 1; k < nRows; k++) {
    const next = partOf(k);
    const expected = String.fromCharCode(first.letter.charCodeAt(0) + (k - r));
    if (!next || next.stem !== first.stem || next.letter !== expected || periods.has(next.period)) break;
    periods.add(next.period);
    end = k;
  }
  return end;
}

/**
 * The margin a letter was wrapped at: most full lines end near it. The 90th
 * percentile of line lengths is robust to a few long lines (an address, a
 * URL); letters shorter than 50 characters a line are not wrapped prose.
 */
function rightMargin(lengths: number[]): number | null {
  const filled = lengths.filter((n) => n > 0).sort((a, b) => a - b);
  if (filled.length < 3) return null;
  const p90 = filled[Math.floor(0.9 * (filled.length - 1))] ?? 0;
  return p90 >= 50 ? p90 : null;
}

/** "1. Looked after children … trafficked:": a numbered question, its number and indent, waiting for its answer. */
const ITEM_AWAITING_ANSWER = /^(\s*)(\d{1,2})[.)]\s.*:$/u;
/** "   3. Our records do not …": an indented line opening with a figure, a full stop and a sentence. */
const FIGURE_OPENS_ANSWER = /^(\s+)(\d{1,4})\.\s+\p{Lu}/u;

/**
 * "1. Looked after children identified … trafficked:" / "   3. Our records
 * do not distinguish …": the answer to a numbered question on the line
 * below it, opening with its figure and a full stop, looks like the next
 * item of the list. It is the answer when it is indented deeper than the
 * question's number and its number is not the one that comes next (2 after
 * 1), nor 1, which opens a list nested under the question ("   1. Children
 * placed by us"); a line numbered as the next item is that item, however
 * indented.
 */
function answerFigureUnder(line: string, next: string): boolean {
  const item = ITEM_AWAITING_ANSWER.exec(line.trimEnd());
  const answer = FIGURE_OPENS_ANSWER.exec(next);
  if (!item || !answer) return false;
  const [, itemIndent = "", itemNumber = ""] = item;
  const [, answerIndent = "", figure = ""] = answer;
  if (answerIndent.length <= itemIndent.length) return false;
  const n = Number(figure);
  return n !== 1 && n !== Number(itemNumber) + 1;
}

/**
 * A list item, bullet or numbered question starts a line of its own ("b)." as well as "b)"; a question's
 * part as "1.b " or "1c ", with no stop after its letter).
 */
const LIST_START =
  /^\s*(?:[-•*–]\s|\(?\d{1,2}[a-z]?[.)]\.?\s|\d{1,2}\.?[a-h][.)]?\s|\(?[a-z][.)]\.?\s|\(?[ivx]{1,4}\)\s|q\.?\s*\d|question\s+\d)/iu;
/**
 * Words a line does not end a sentence on: articles, prepositions
 * ("… carers under" / "Regulation 24, …"), conjunctions and determiners, after
 * which a question's words go on even onto a line with a capital (a name).
 */
const CARRIES_ON =
  /\b(?:the|a|an|of|to|and|or|for|in|on|by|with|as|at|from|that|which|who|whom|these|those|their|were|was|is|are|been|than|per|under|into|during|between|within|including|each|every|any|our|your|its)$/iu;
/**
 * "… under the National Transfer" / "Scheme, 6 unaccompanied …": a name in
 * capitals broken at the margin after a small word and a capitalised one,
 * its last word opening the next line with a comma or the sentence going on
 * in lower case after it. A new sentence or heading opens in a capital too,
 * but never straight after "the National Transfer" with no stop. So does a
 * name's last word alone on the next line with the sentence's stop
 * ("… identified through the National Referral" / "Mechanism."): a line
 * that is one capitalised word and a full stop is no heading or sentence of
 * its own. Nor is a line of two such words and the stop, the name's last two
 * ("… identified through the National" / "Referral Mechanism.").
 */
const NAME_GOES_ON =
  /\b(?:the|of|under|by|to|from|with|for|in|and)\s+(?:\p{Lu}\p{Ll}+\s+)*\p{Lu}\p{Ll}+\n(?:\p{Lu}\p{Ll}+(?:,\s|\s+\p{Ll}|\.$)|\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\.$)/u;
/** "Went missing ........ 1": a dotted leader joins a label to its figure, one row of a typed table. */
const LEADER = /(?:\.{4,}|…{2,}|_{4,})\s*\S{1,12}\s*$/u;
/**
 * "… 2 were Vietnamese, 2" / "Afghan and 1 Iraqi.": a list of counts broken
 * at the margin between a count and what it counts. The line ends on a
 * bare count that follows a list's comma or "and" after an earlier count's
 * words, and no sentence ends on such a count; the capitalised word opening
 * the next line is what it counts (a nationality is written in capitals).
 */
const COUNT_AWAITS_WORDS = /\d\s+\p{L}[^.;:]{0,60}(?:,|\band)\s+\d{1,4}$/u;
/**
 * "… three were Afghan, two" / "Sudanese, one Eritrean and one Iraqi." (round 153, Nottingham): the same
 * break in a list whose counts are written in words. A count in words may end a sentence's other words too
 * ("… in one system, and one" / "Information Officer has …"), so the next line must close the item at once,
 * its capitalised words followed by the list's comma or "and", a bracket's close or the stop.
 */
const WORDED_COUNT_AWAITS_WORDS = new RegExp(
  String.raw`\b${NUMBER_WORD}\s+\p{L}[^.;:]{0,60}(?:,|\band)\s+${NUMBER_WORD}$`,
  "iu",
);
const ITEM_WORDS_END = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:[,;.)]|\s+and\s)/u;
/**
 * "… UASC who went missing – 3" / "Eritrean, 2 Iraqi and 2 Sudanese.": a
 * list of counts broken at the margin after its first count, which follows
 * the dash or colon opening the list. Only where the next line opens with a
 * capitalised word and goes on with the list's comma or "and" and the next
 * count: a sentence ending on its figure after a dash is followed by one of
 * its own ("Eritrean children were …"), never so.
 */
const FIRST_COUNT_AWAITS_WORDS = /\p{L}\s?[–—:-]\s?\d{1,4}$/u;
const LIST_GOES_ON = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:,|\s+and)\s+\d{1,4}\s+\p{Lu}/u;
/** Two or more spaces inside a line: columns of a table typed as text, not a sentence. */
const COLUMN_GAP = /\S {2,}\S/u;

/** "2022 – 4,": the next period's answer in a list of periods ("a. 2021 – 3," / "2022 – 4,"). */
const PERIOD_ITEM = /^(?:19|20)\d\d\b[^,;]{0,40}?(?:[-–—:]|\bwas|\bwere)\s*\d/u;

/**
 * A line that is only a period and its figure: "2018 – 8", "2019: 12", "2020: fewer than 10",
 * and a part-year named by its dates, "1 April to 30 September 2024: 258", "1 January 2024 – 30 April 2024: 19", "01/04/2024 to 30/09/2024 – 74",
 * or by its months and year, "Jan-Apr 2024 - 2", "January to April 2024: 5", or by its year and the months in brackets, "2024 (1 Jan – 30 Apr): 7", "2024 (Jan–Apr) – 10", "2024 (1
 * January - 30 April, provisional): 1" (a figure not yet validated, as readPeriodLines reads it too);
 * an approximate figure, with a remark in brackets after it or not ("around 5 (provisional)"), is still its figure,
 * and so is a figure with a word in brackets after it ("0 (nil)"), as the period's reader takes it.
 */
const PERIOD_LINE =
  /^(?:(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?(?:\s*\(\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?\s*(?:[-–—]|to)\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?(?:\s*,\s*(?:provisional|unvalidated|not yet validated))?\s*\))?[^,;:–—=-]{0,25}?|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?(?:\s+(?:19|20)\d\d)?\s*(?:\s(?:to|until)\s|[–—-])\s*\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+(?:19|20)\d\d|\d{1,2}\/\d{1,2}\/(?:19|20)?\d\d\s*(?:to|until|-|–)\s*\d{1,2}\/\d{1,2}\/(?:19|20)?\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s*(?:[-–—]|to)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+(?:19|20)\d\d)\s*[:=–—-]\s*(?:(?:around|about|approximately|approx\.?|circa|roughly)\s+\d[\d,]*(?:\s*\([^(),;]{1,160}\))?|(?:(?:fewer|less)\s+than\s+)?[^\s,;()]{1,20}(?:\s+[a-z]{1,8}){0,3}(?:\s*\((?:[a-z][a-z ]{0,20}|(?:please\s+)?see\s+(?:the\s+)?(?:notes?|footnotes?|comments?)(?:\s+(?:above|below))?)\))?)\s*[,.;]?$/iu;

/**
 * A line opening with a year and a colon: a period's answer line ("2022: Redacted – s.40(2)"), whatever follows;
 * the year's months or dates may stand in brackets before the colon ("2020 (Jan-Sep):"), as a part-year's do.
 */
const PERIOD_HEAD = /^(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s*\([^()]{1,40}\))?\s*:/u;

function wrapsOnto(
  line: string,
  next: string,
  margin: number,
  /** The sentence so far, the line's and every line joined before it: where a bracket may have been opened. */
  sentence = line,
): boolean {
  const head = line.trimEnd();
  const tail = next.trim();
  // A list of answers by period, one period a line, each but the last ending in a comma.
  if (head.endsWith(",") && PERIOD_ITEM.test(tail)) return true;
  // "2018 – 8" / "2019 – 8": one period and its figure a line, nothing else on either; indented under their question or not.
  if (PERIOD_LINE.test(head.trimStart()) && PERIOD_LINE.test(tail)) return true;
  if (tail === "") return false;
  // "2018: trafficked: Albanian (1); unaccompanied: …" / "2019: trafficked: …": each line opens with its
  // own period and a colon, so the next is the next period's answer, however long the line before; joined,
  // its year would run into the last item of the line before.
  if (PERIOD_HEAD.test(head.trimStart()) && PERIOD_HEAD.test(tail)) return false;
  // "… (2018: 2; 2019:" / "13; 2020: 1)": a bracketed list of figures by year broken after a year's colon;
  // the figure that year's colon waits for opens the next line.
  if (opensBracket(head) && YEAR_AWAITING_FIGURE.test(head) && /^\d/u.test(tail)) return true;
  // "… that have been: c." / "Identified as an unaccompanied …": a restated question broken right after
  // its part letter; the letter's words are on the next line (its stop is the letter's, not a sentence's).
  if (PART_LETTER_AFTER_COLON.test(head) && /^\p{L}/u.test(tail) && !LIST_START.test(tail)) return true;
  // "… 2022/23 – 6, 2023/24 –" / "4.", "… 2022/23 – 30.0%, 2023/24" / "– 26.7%.": a list of answers by
  // period broken between the last period and its figure. The figure alone on the next line ("4.") is
  // that period's answer, not a list item.
  if (YEAR_AWAITING_ANSWER.test(head) && LONE_FIGURE.test(tail)) return true;
  // "… 2022: 15; 1 January to 31 December 2023:" / "8; 1 January to 30 April 2024: 5.": a list of answers
  // by period broken after the last period's colon, its figure opening the next line with the list's
  // separator and the next period after it. An item before on the line shows it is a list of answers, not
  // a question ending on a year; the figure then the separator is no sentence or table row of its own.
  if (YEAR_AWAITING_ANSWER.test(head) && PERIOD_ITEM_DONE.test(head) && FIGURE_GOES_ON.test(tail)) return true;
  // "… 2021 = 36, 2022" / "= 49, 2023 = 63, …": a list of answers by period broken between a year and the
  // separator its figure follows. An item before on the line shows it is a list of answers; the next line is
  // the separator, a figure and the list's next separator or its end, so it is that year's answer.
  if (PERIOD_ITEM_DONE.test(head) && YEAR_BEFORE_SEPARATOR.test(head) && SEPARATOR_THEN_FIGURE.test(tail)) return true;
  if (YEAR_AT_END.test(head) && /^[–—-]\s?/u.test(tail) && LONE_FIGURE.test(tail.replace(/^[–—-]\s?/u, ""))) {
    return true;
  }
  if (answerFigureUnder(line, next)) return true;
  if (/[.?!:]["')\]]?$/u.test(head)) return false;
  // "… between them (question" / "3). One young person …": the "3)" closes
  // the bracket the line left open; it is no list item.
  if (head.length >= 0.8 * margin && opensBracket(head) && /^\d{1,2}[a-z]?\)/u.test(tail)) return true;
  if (LIST_START.test(next) || COLUMN_GAP.test(head.trim()) || COLUMN_GAP.test(tail)) return false;
  if (LEADER.test(head) || LEADER.test(tail)) return false;
  // "Answer: 34 (… looked after as at 31" / "March 2018)": a bracketed remark broken inside its date, the
  // date's month and the bracket's close on the next line, however short the line before (a remark after
  // an answer may break well short of the margin). Only the date's own words and the close are on that line.
  if (
    opensBracket(head) &&
    SPLIT_DATE.test(`${head.slice(-3)}\n${tail.slice(0, 12)}`) &&
    DATE_CLOSES_REMARK.test(tail)
  ) {
    return true;
  }
  // "Answer: 2021: 12; 2022: 7; 2023: 11; 1" / "January to 30 April 2024: 6": a list of answers by period
  // broken inside its last period's date, the day left after the list's separator and the month opening
  // the next line, however short the line (a column of a two-column page breaks well short of the margin).
  // The day alone is no item; the next line is the rest of that period and its answer.
  if (PERIOD_ITEMS_THEN_DAY.test(head) && SPLIT_DATE.test(`${head.slice(-3)}\n${tail.slice(0, 12)}`)) return true;
  // "Answer: 2021: 8; 2022: fewer than 5;" / "2023: 8; 1 January to 30 April 2024: fewer than 5": a list of
  // answers by period, two or more items on the line and its separator after the last, broken before the
  // next period's item, however short the line. One item a line ("2021: 4;" / "2022: 5;") is a list of lines.
  if (PERIOD_ITEMS_OPEN.test(head) && PERIOD_HEAD.test(tail)) return true;
  // "… 2023: nil; 1 January –" / "30 April 2024: nil": a list of answers by period broken inside its last
  // period's range, after the dash between its dates; the range's end, its colon and answer open the next line.
  if (PERIOD_ITEMS_THEN_RANGE.test(head) && RANGE_END_THEN_ANSWER.test(tail)) return true;
  // "2b. UASC who went missing or absent: 2021: 1;" / "2022: nil; 2023: 2; …": a numbered question and its
  // first period's answer, broken after the list's separator; the next line goes on with the other periods.
  if (LIST_START.test(head) && QUESTION_THEN_ONE_ITEM.test(head) && PERIOD_HEAD.test(tail) && /[;,]/u.test(tail)) {
    return true;
  }
  // "1d. UASC also identified or suspected as" / "trafficked: 2021: nil; 2022: nil; …": a numbered question
  // wrapped in a narrow column (one language's column of a bilingual letter) before its answers by period,
  // however short the line. The question's line has no figure after its number and stops on a word no
  // sentence ends on; the next line opens in lower case with the rest of the label, its colon and a year.
  if (
    LIST_START.test(head) &&
    QUESTION_STOPS_SHORT.test(head) &&
    CARRIES_ON.test(head) &&
    LABEL_THEN_PERIODS.test(tail)
  ) {
    return true;
  }
  // A letter of short lines (a list of answers) has no usual margin. Its one
  // long line that stops on a word no sentence ends on ("… it has been" /
  // "suppressed to protect …") still goes on, onto a line in lower case.
  if (margin === Number.POSITIVE_INFINITY) {
    return head.trim().length >= LONG_LINE && CARRIES_ON.test(head) && /^[a-z]/u.test(tail);
  }
  if (head.length < 0.8 * margin) return false;
  // "4. Unaccompanied … 1 October 2014 to 30 September 2015" / "3": a
  // numbered question's line with its bare figure under it is a question
  // and its answer, however long the question.
  if (LIST_START.test(head) && BARE_FIGURE.test(tail)) return false;
  // An unclosed bracket ("… trafficked (1" / "October 2014 – 30 September 2015)?") goes on. Counted over
  // the sentence so far: "British), six in 2019 (three …) and three in 2020 (all three" closes the bracket the
  // line above opened, then leaves one open itself (round 161, Newcastle: each year's nationalities in
  // brackets after its figure), though its own brackets are even.
  const unclosed = opensBracket(sentence);
  return (
    /^[a-z0-9(£]/u.test(tail) ||
    NAME_GOES_ON.test(`${head.slice(-40)}\n${tail.slice(0, 40)}`) ||
    /[,;–-]$/u.test(head) ||
    CARRIES_ON.test(head) ||
    (COUNT_AWAITS_WORDS.test(head) && /^\p{L}/u.test(tail)) ||
    (WORDED_COUNT_AWAITS_WORDS.test(head) && ITEM_WORDS_END.test(tail)) ||
    (FIRST_COUNT_AWAITS_WORDS.test(head) && LIST_GOES_ON.test(tail)) ||
    unclosed ||
    SPLIT_DATE.test(`${head.slice(-3)}\n${tail.slice(0, 12)}`)
  );
}

/** The page a document's row is printed on ("page 2 line 1" → 2), or null. */
function pageOf(sheet: Sheet, r: number): number | null {
  const m = /^page (\d+)\b/u.exec(sheet.lines?.[r]?.place ?? "");
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * "… 4 went missing at least once during the period, with a total" at the
 * foot of page 1, "of 10 missing episodes recorded." at the top of page 2:
 * a sentence broken by the page, however short its last line on the page
 * (a page may end anywhere). Only a line with no closing punctuation onto
 * the next page's first line that goes on in lower case; a running header
 * or footer line ("Page 1 of 2", a reference) starts in capitals or a
 * figure and is never joined so.
 */
function runsOverPage(line: string, next: string, page: number | null, nextPage: number | null): boolean {
  if (page === null || nextPage !== page + 1) return false;
  const head = line.trim();
  const tail = next.trim();
  if (wordsOf(head) < MIN_BROKEN_WORDS || /[.?!:;]["')\]]?$/u.test(head)) return false;
  return /^[a-z]/u.test(tail) && !LIST_START.test(tail) && !COLUMN_GAP.test(head) && !COLUMN_GAP.test(tail);
}

/** A sentence broken by a page has a few words on the page before: a lone word may be a heading's. */
const MIN_BROKEN_WORDS = 3;

function wordsOf(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== "").length;
}

/** A line ending in a period and the dash or colon its answer follows: "2023/24 –", "2019:". */
const YEAR_AWAITING_ANSWER = /(?:^|[\s,;])(?:19|20)\d\d(?:[/–-]\d{2})?\s?[:–—-]$/u;
/** "2021: 9;": a period's answer and the list's separator, somewhere on a line. */
const PERIOD_ITEM_DONE = /(?:^|[\s,;])(?:19|20)\d\d\s?[:=–—-]\s?[^,;:]{1,30}[,;]\s/u;
/** "8; 1 January …", "fewer than five; 2024: 5": a figure, the list's separator, and more of the list. */
const FIGURE_GOES_ON = /^(?:(?:fewer|less)\s+than\s+\w{1,8}|\d[\d,]*|nil|none)\s*[;,]\s+\S/iu;
/** A line ending in a list item's bare year, its separator and figure still to come: "…, 2022". */
const YEAR_BEFORE_SEPARATOR = /[,;]\s(?:19|20)\d\d$/u;
/** "= 49, 2023 = 63", ": 6; 2023: 8", "– 96.": a period's separator and its figure, then the list's next separator or its end. */
const SEPARATOR_THEN_FIGURE = /^[:=–—-]\s?(?:\d[\d,]*|nil|none|(?:fewer|less)\s+than\s+\w{1,8})\s*(?:[,;]\s+\S|\.?$)/iu;
/** A line ending in a period named by its pair of years: "…, 2023/24". */
const YEAR_AT_END = /(?:^|[\s,;])(?:19|20)\d\d[/–-]\d{2}$/u;
/** A line that is only a figure and its closing stop: "4.", "£6,589.11.", "26.7%.". */
const LONE_FIGURE = /^(?:\p{Sc}\s?)?\d[\d,]*(?:\.\d+)?\s?%?[.,;]?$/u;

/** A line ending in a year and its colon: "2019:", "2019/20:". */
const YEAR_AWAITING_FIGURE = /\b(?:19|20)\d\d(?:[/–-]\d{2,4})?:$/u;

/** A line ending in a colon and a part letter, the letter's words to follow: "… that have been: c.", "… authority: b)". */
const PART_LETTER_AFTER_COLON = /:\s?\(?[a-z][.)]$/u;

function opensBracket(line: string): boolean {
  return (line.match(/\(/gu)?.length ?? 0) > (line.match(/\)/gu)?.length ?? 0);
}

/** A line that is nothing but a figure ("3", "14."). */
const BARE_FIGURE = /^\d{1,4}\.?$/u;

/** "1d. UASC also identified or suspected as": a question's number, then words with no figure or stop. */
const QUESTION_STOPS_SHORT = /^\s*\(?\d{0,2}[a-z]?[.)]?\s+[^\d.?!:;]+$/iu;
/** "trafficked (not in a): 2021: nil; …": a label's last words in lower case, its colon, then a year's answer. */
const LABEL_THEN_PERIODS = /^\p{Ll}[^:.;\d]{0,60}:\s*(?:19|20)\d\d\s?[:=–—-]/u;

/** "2021: nil; 2022: nil; 2023: nil; 1 January –": a period's item, the separator, then a range's first date and dash. */
const PERIOD_ITEMS_THEN_RANGE =
  /(?:^|[\s,;])(?:19|20)\d\d\s?[:=–—-]\s?[^,;:]{1,30}[,;]\s*\d{1,2}\s+\p{L}{3,9}\.?(?:\s+(?:19|20)\d\d)?\s*(?:[–—-]|to)$/u;
/** "30 April 2024: nil": a range's end date, then its colon or dash and the answer. */
const RANGE_END_THEN_ANSWER = /^\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d\d\s*[:=–—-]\s*\S/u;
/** "…absent: 2021: 1;": a question's words and colon, one period's answer and the list's separator, ending the line. */
const QUESTION_THEN_ONE_ITEM = /\p{L}[^:]{0,120}:\s*(?:19|20)\d\d\s?[:=–—-]\s?[^,;:]{1,30}[,;]$/u;

/** A line this long is a sentence's, not a heading's or a list item's. */
const LONG_LINE = 60;

/**
 * "2021: 12; 2022: 7; 2023: 11; 1": a period's item ("2023: 11") and a list
 * separator, then a lone day ending the line: the next period's date begun.
 */
const PERIOD_ITEMS_THEN_DAY = /(?:^|[\s,;])(?:19|20)\d\d\s?[:=–—-]\s?[^,;:]{1,30}[,;]\s*\d{1,2}$/u;

/** "2021: 8; 2022: fewer than 5;": two period items or more, and the list's separator ending the line. */
const PERIOD_ITEMS_OPEN =
  /(?:^|[\s,;])(?:19|20)\d\d\s?[:=–—-]\s?[^,;:]{1,30}[,;]\s*(?:19|20)\d\d\s?[:=–—-]\s?[^,;:]{1,30}[,;]$/u;

/** "… At 31" / "March 2023, 17 children …": a date broken between its day and its month. */
const SPLIT_DATE =
  /(?:^|\s)\d{1,2}(?:st|nd|rd|th)?\n(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|,|$)/iu;

/** "March 2018)", "March 2018).": the rest of a broken date and the close of its bracket, nothing else. */
const DATE_CLOSES_REMARK = /^\p{L}{3,9}\.?\s+(?:19|20)\d\d\s?\)[.,;]?$/u;

/** Places for the joined rows ("lines 16–17", "page 2 lines 3–4"); other rows keep theirs. */
function placeSpans(
  sheet: Sheet,
  lines: DocumentLine[] | undefined,
  spans: ReadonlyMap<number, number>,
  nRows: number,
): DocumentLine[] {
  const out: DocumentLine[] =
    lines ?? Array.from({ length: nRows }, () => ({ kind: "prose" as const, place: undefined }));
  for (const [start, end] of spans) {
    const first = sheet.lines?.[start]?.place;
    const last = sheet.lines?.[end]?.place;
    const line = out[start];
    if (!line) continue;
    line.place = first && last ? spanPlace(first, last) : `lines ${start + 1}–${end + 1}`;
  }
  return out;
}

/** "page 2 line 14" … "page 2 line 16" → "page 2 lines 14–16"; across pages, both places in full. */
function spanPlace(first: string, last: string): string {
  const a = /^(.*\b)line (\d+)$/u.exec(first);
  const b = /^(.*\b)line (\d+)$/u.exec(last);
  if (a && b && a[1] === b[1]) return `${a[1]}lines ${a[2]}–${b[2]}`;
  return `${first} – ${last}`;
}
