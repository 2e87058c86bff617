import { countsAtPeriodEnd } from "../domain/request.js";
import type { LogicalCell } from "../match/figureCandidate.js";
import { isMeaningful, type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { dayOnly, periodsIn } from "../parse/parsePeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { introducingSentence } from "./introducingSentence.js";
import { isPercentageAnswer, type LocateEnv, parseCached, type SheetGrid } from "./sheetGrid.js";

/** One line of a run: the period it names and its answer, as a cell of that line. */
export interface PeriodLine {
  row: number;
  period: string;
  cell: LogicalCell;
  /** "a" of "a) during 2018 - 2": the letter the list gives the line (LETTER_MARKER), when it gives one. */
  letter?: string;
}

/**
 * Lines of a letter that answer one question a period a line ("2022/23: 41"
 * / "2023/24: 47"), and the question they answer: the number written on
 * the first line ("4. 2020/21 0"), or the question on the line above them.
 */
export interface PeriodLineRun {
  lines: PeriodLine[];
  /** "4" of "4. 2020/21 0": the request's question the first line names. */
  number: string | null;
  /** The question line above the run, when the first line names no number. */
  question: { row: number; label: LabelMatch } | null;
  /** Every row the run spans (its lines and the blank lines between them), read here and by nothing else. */
  rows: number[];
}

/**
 * A period at the start of a line, then its answer and nothing else:
 * "2022/23: 41", "2022/23 41" (no separator, as a typed letter or a pdf's
 * two-column table run together writes it), "2021/22 number is under 5",
 * "FY 2022-23 – 9", "• Financial year 2022/23: 41" (a bullet before it),
 * "2022/23 academic year: 349" (the kind of year after it is the period's,
 * kept with it for the period's reader, never taken for the answer),
 * "2024 (1 Jan – 30 Apr): 7", "2024 (Jan–Apr) – 10", "2021/22 (April 2021 to March
 * 2022): 5" (the months may carry their years), "2024 (to 30/04) | 6" (the part of the year in brackets is the
 * period's too; only days and months, so "2021 (estimate): 5" keeps its
 * remark with its answer, to be reported as not understood), and "2024 (1
 * January - 30 April, provisional): 1": a figure not yet validated is still
 * the council's count for the period (the only bracketed word read so; an
 * estimate is not a count). A year "to" a day names the request's part-year
 * only when the day is where that period ends (periodsNamed); "2024 (to
 * 31/05)" names no period and its figure is reported so. Without it the year's line ended the run and
 * its figure went unread without a word.
 * The answer is short, bar an approximate figure's remark in brackets
 * ("around 5 (figures for the current year are provisional)"); a longer
 * answer is a sentence. An exact figure with a long remark ("186 (this
 * includes 12 for other councils' children)") stays out: the remark may
 * change what it counts.
 */
const PERIOD_THEN_ANSWER =
  /^\s*(?:[-\u2022*\u2013\u00b7\u25aa\u25e6]\s*)?((?:(?:(?:financial|calendar)\s+)?year|fy|cy)?\s*(?:19|20)\d{2}(?:\s*[-/\u2013]\s*(?:\d{4}|\d{2}))?(?![\d/])(?:\s+(?:academic|financial|school)\s+year)?(?:\s*\(\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?(?:\s+(?:19|20)\d{2})?\s*(?:[-\u2013\u2014]|to)\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?(?:\s+(?:19|20)\d{2})?(?:\s*,\s*(?:provisional|unvalidated|not yet validated))?\s*\)|\s*\(\s*(?:up\s+)?(?:to|until)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?(?:\s+(?:19|20)\d{2})?)\s*\))?)(?:\s*[:=\u2013\u2014-]\s*|\s+)((?:around|about|approximately|approx\.?|circa|roughly)\s+\d[\d,]*\s*\([^()]{1,160}\)|\S.{0,39}?)\s*[.;,]?\s*$/iu;

/**
 * Whether a line of text is one period and its short answer, as a run's
 * lines are ("2022 – 8", "2024 (1 January – 30 April) – 0 (nil)"): the
 * shape alone, for a reader that must tell such lines apart before any
 * grid is built (spreadPeriodLineCells). A figure that is itself a year
 * ("2022/23 2023/24") makes it a line of years, not a period and its figure.
 */
export function isPeriodThenAnswer(text: string): boolean {
  const m = PERIOD_THEN_ANSWER.exec(text);
  const raw = m?.[2]?.trim();
  return raw !== undefined && raw !== "" && !ANY_YEAR.test(raw) && !LETTERED.test(raw);
}

/**
 * "    01/04/2024 to 30/09/2024    74", "In 2022/23: 63", "Between 1
 * January and 30 April 2024: 5": a text, a gap of spaces (or a colon or
 * dash), and an answer. The text must be wholly a period the request asks
 * about (periodsIn reads it whole; a leading "in", "for" or "during" says
 * no more), so a label with a year in it is never taken for one.
 */
const PERIOD_GAP_LINE =
  /^\s*(\S.*?\S)(?:\s{2,}|\t|\s*[:=\u2013\u2014]\s*|\s+-\s+)((?:around|about|approximately|approx\.?|circa|roughly)\s+\d[\d,]*\s*\([^()]{1,160}\)|\S.{0,30}?)\s*$/u;

/** "(a) 96  (b) 127": lettered answers, each a part of the question, left to their own reader. */
const LETTERED = /\(\s*[a-z]\s*\)/iu;

/** "4. ", "Q4: ", "Question 4 – ": a question's number opening the first line of its answer. */
const NUMBER_OPENING = /^\s*(?:q(?:uestion)?\.?\s*)?(\d{1,2}[a-z]?)\s*[.):\u2013-]\s+/iu;

/**
 * "Financial year | Number", "Year Children", "Period: Placements": the
 * header of a two-column table of periods and figures, as a line. It says
 * nothing of what is counted beyond a word, so the question above it does.
 */
export const COLUMN_HEADER =
  /^\s*(?:(?:financial|calendar|reporting)\s+)?(?:year|period|fy)s?\s*[|:\t,\u2013-]?\s*(?:[\p{L}.()]+(?:\s+[\p{L}.()]+){0,4})?\s*$/iu;

/** A year anywhere in an answer: a line of years ("2022/23 2023/24") is a header, not a period and its figure. */
const ANY_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/**
 * The run of period lines that starts at row r of a letter, or null. A run
 * is two or more lines, each a period and its answer, each period named
 * once; blank lines between them (a typed letter or an e-mail leaves one
 * after every line) do not end it, but any other line does: the next
 * question, a heading, a sentence or a table. The run answers the question
 * whose number opens its first line, when the request asks that question;
 * else the question on the line right above it (past blank lines and a
 * "Financial year | Number" header line), which must name what is counted.
 * Anything else is left to the other readers, never guessed. This is the
 * one reader of that shape in a letter: the "    2022/23    139" and "In
 * 2022/23: 63" lines under a question (once a second reader) are its lines too.
 */
export function readPeriodLines(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  asks: (number: string) => boolean,
  itemUnderWholeQuestion: (row: number) => boolean = () => false,
): PeriodLineRun | null {
  const opening = NUMBER_OPENING.exec(lineText(grid, r) ?? "");
  const number = opening?.[1]?.toLowerCase() ?? null;
  if (number !== null && !asks(number)) return null;
  const first = periodLineAt(grid, r, env, opening?.[0].length ?? 0);
  if (!first) return null;
  // A run starts at its first line: a line in the middle of one not read
  // whole is not read from there either (and a long table is walked once).
  let above = r - 1;
  while (above >= 1 && lineText(grid, above) === "") above--;
  if (above >= 1 && periodLineAt(grid, above, env, 0)) return null;
  const lines = [first];
  const rows = [r];
  for (let k = r + 1; k <= grid.rows.length; k++) {
    const text = lineText(grid, k);
    if (text === "") continue;
    const next = text === null || NUMBER_OPENING.test(text) ? null : periodLineAt(grid, k, env, 0);
    if (!next) break;
    lines.push(next);
    for (let b = (rows.at(-1) ?? r) + 1; b <= k; b++) rows.push(b);
  }
  const periods = new Set(lines.map((l) => l.period.replace(/\D/gu, "")));
  // Two lines at least that read as answers: one line, or lines that are
  // mostly words, may be anything that happens to open with a year.
  // "2021/22    38.5%" answers a question asking a percentage as surely as a count answers one.
  // "2021/22    45 days" answers a question asking an average time in days the same way: a figure and
  // its span's unit (which the match stage keeps only when the measure is asked in that unit).
  const read = lines.filter(
    (l) => !l.cell.parsed?.unparsed || isPercentageAnswer(l.cell.text, env) || isSpanAnswer(l.cell.text, env),
  ).length;
  if (read < 2 || periods.size !== lines.length || !lettersInTurn(lines)) return null;
  // "2022 - 23" over "2023 - 24": every line a year and the year after is a
  // list of financial years, not figures. One such line among others
  // ("2021 - 22" over "2022 - 28") is a year and its figure.
  const skip = opening?.[0].length ?? 0;
  if (lines.every((l) => isFollowingYear((lineText(grid, l.row) ?? "").slice(l.row === r ? skip : 0)))) return null;
  if (number !== null) return { lines, number, question: null, rows };
  const question = questionAbove(grid, r, env, itemUnderWholeQuestion);
  return question ? { lines, number: null, question, rows } : null;
}

/** "45 days", "10.3 weeks": a number and the unit of a span of time, nothing else. Linear: the parts cannot overlap. */
const NUMBER_THEN_WORD = /^\s*\d[\d,]*(?:\.\d+)?(\s+\S+)\s*\.?\s*$/u;

/**
 * Whether an answer is a number and a span's unit ("45 days"), in a round
 * that asks an average: such a line is an answer as a bare number is.
 */
function isSpanAnswer(text: string, env: LocateEnv): boolean {
  const unit = NUMBER_THEN_WORD.exec(text)?.[1];
  return (
    unit !== undefined &&
    env.compiled.durationAfter.test(unit) &&
    env.knowledge.request.metrics.some((m) => m.kind === "average")
  );
}

/**
 * A row's text as one line: "" for a blank row, the cells joined for a
 * table row of at most two cells ("2020/21 | 4"), null for a wider row.
 */
function lineText(grid: SheetGrid, r: number): string | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  if (cells.length > 2) return null;
  return cells.map((t) => t.trim()).join(" ");
}

/** Row r as a period and its answer, the first `skip` characters (a question's number) set aside. */
function periodLineAt(grid: SheetGrid, r: number, env: LocateEnv, skip: number): PeriodLine | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const whole = lineText(grid, r);
  if (!whole) return null;
  const unlettered = withoutLetterMarker(withoutItemMarker(whole, skip), skip);
  const text = withoutAnswerMarker(unlettered.text, skip, env);
  const m = PERIOD_THEN_ANSWER.exec(text.slice(skip)) ?? wholePeriodThenAnswer(text.slice(skip), env);
  const period = m?.[1]?.trim();
  const raw = m?.[2]?.trim();
  if (!period || !raw || ANY_YEAR.test(raw) || LETTERED.test(raw)) return notHeldLineAt(grid, r, env, text.slice(skip));
  // "2022/23" names one year running into the next; "2022 - 41" is a year and its figure.
  const years = /(\d{4})(?:\s*[-/\u2013]\s*(\d{2,4}))?(?:\s+\p{L}+\s+year)?$/iu.exec(period);
  if (years?.[2] !== undefined && Number(years[2].slice(-2)) !== (Number(years[1]) + 1) % 100) return null;
  // A table row is a period cell and a figure cell, never a figure split across two.
  if (cells.length === 2 && cells[0]?.trim() !== period) return null;
  // An answer foi-agg cannot read stays in the run, to be reported as not
  // understood for its period, when it is a few words; a longer one is a sentence.
  const parsed = parseCached(env, raw);
  if (parsed.unparsed && raw.split(/\s+/u).length > 6) return null;
  // The figure's own cell where the row is a table's: its place names that column.
  const filled = (grid.sheet.rows[r - 1] ?? []).flatMap((t, i) => (t.trim() === "" ? [] : [i + 1]));
  const at = filled.at(-1) ?? 1;
  return {
    row: r,
    period,
    cell: { row: r, col: at, part: 0, text: raw, kind: "value", parsed, label: null, answer: true },
    ...(unlettered.letter !== null ? { letter: unlettered.letter } : {}),
  };
}

/**
 * "(i) 2018 – 45", "(ii) 2019 – *", "iii) 2020 – 0": a letter numbering the
 * years of an answer in lower-case Roman numerals. The numeral is the
 * item's marker, never its figure or part of its period: read with it, the
 * line opened with no year and the whole run went unread. Only before a
 * year, or a day and its month ("iv. 1 January 2024 to 30 April 2024: 3", a
 * Word list's third level under "1." and "a." whose last item is the
 * part-year: round 164, North Lincolnshire), so "(i) 96 (ii) 127" (lettered
 * parts) is left to its own reader.
 */
const ITEM_MARKER =
  /^(\s*)(?:\((?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+(?=(?:19|20)\d{2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)\p{L}{0,6}\.?\s)/u;

/**
 * "a) during 2018 - 2", "b) during 2019 - 2", "c) during 2020 - 3": a Word
 * list lettering the years of an answer under "1.1 Identified as …" (round
 * 156, Warrington). The letter is the item's marker, as a Roman numeral is
 * (ITEM_MARKER): read with it, the line opened with no period and only its
 * first line was read, as the answer to a part "a". Only before a year (or
 * "during" / "in" / "for" and a year), and only in a run whose every line is
 * so lettered, a, b, c in turn (readPeriodLines): letters that go in order
 * over periods named once each count the periods, not the question's parts.
 */
const LETTER_MARKER = /^(\s*)(?:\(([a-h])\)|([a-h])[.)])\s+(?=(?:(?:during|in|for)\s+)?(?:19|20)\d{2}(?!\d))/u;

/** The line with its letter marker (LETTER_MARKER) after its first `skip` characters blanked out, and the letter. */
function withoutLetterMarker(text: string, skip: number): { text: string; letter: string | null } {
  const rest = text.slice(skip);
  const m = LETTER_MARKER.exec(rest);
  if (!m) return { text, letter: null };
  return { text: text.slice(0, skip) + (m[1] ?? "") + rest.slice(m[0].length), letter: m[2] ?? m[3] ?? null };
}

/** Whether a run's lines are lettered a, b, c… in turn, every one of them, or none is lettered. */
function lettersInTurn(lines: readonly PeriodLine[]): boolean {
  if (lines.every((l) => l.letter === undefined)) return true;
  return lines.every((l, i) => l.letter === String.fromCharCode(97 + i));
}

/** The line with the Roman item marker after its first `skip` characters (a question's number) blanked out. */
function withoutItemMarker(text: string, skip: number): string {
  const rest = text.slice(skip);
  const m = ITEM_MARKER.exec(rest);
  return m ? text.slice(0, skip) + (m[1] ?? "") + rest.slice(m[0].length) : text;
}

/**
 * "Response: 1 January 2021 to 31 December 2021 - 0": a letter that opens
 * every period line with its answer marker, not only a heading line above
 * the run. The marker (answerLabelOnly, a colon or dash after it) says only
 * "answer"; read with it, the line opened with no period and the whole run
 * was reported as not understood. Only "Response"/"Answer" and their Welsh,
 * so a label before a colon is never dropped.
 */
function withoutAnswerMarker(text: string, skip: number, env: LocateEnv): string {
  const rest = text.slice(skip);
  const m = /^(\s*)(\p{L}{2,10})\s*[:\u2013\u2014-]\s*/u.exec(rest);
  if (!m?.[2] || !env.compiled.answerLabelOnly.test(`${m[2]}:`)) return text;
  return text.slice(0, skip) + (m[1] ?? "") + rest.slice(m[0].length);
}

/**
 * "30 September 2021 – Not held. Vacancies have only been recorded on our
 * system since April 2022.": a period's line whose answer is a sentence
 * saying it is not held (or refused), its reason and all. The sentence may
 * be long and name another year; it is taken only when it reads as not held
 * or refused as a whole, never as a figure.
 */
function notHeldLineAt(grid: SheetGrid, r: number, env: LocateEnv, text: string): PeriodLine | null {
  if ((grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "").length !== 1) return null;
  const m = PERIOD_THEN_SENTENCE.exec(text);
  const period = m?.[1]?.trim();
  const raw = m?.[2]?.trim();
  if (!period || !raw) return null;
  const whole = periodsIn(period).some((p) => p.raw.trim() === period) || isPeriodEndDay(period, env);
  if (!whole || periodsNamed(period, env.knowledge.request.periods, { atEnd: true }).length !== 1) return null;
  const parsed = parseCached(env, raw);
  if (parsed.unparsed || (parsed.status !== "not_held" && parsed.status !== "refused")) return null;
  return {
    row: r,
    period,
    cell: { row: r, col: 1, part: 0, text: raw, kind: "value", parsed, label: null, answer: true },
  };
}

/** A period of a few words, a colon or dash, and the rest of the line. */
const PERIOD_THEN_SENTENCE = /^\s*([^:\u2013\u2014]{4,40}?)\s*(?:[:\u2013\u2014]|\s-\s)\s*(\S.*)$/u;

/** A line whose text before its gap is wholly a requested period (PERIOD_GAP_LINE), as [line, period, answer]. */
function wholePeriodThenAnswer(text: string, env: LocateEnv): readonly (string | undefined)[] | null {
  return periodBeforeGap(PERIOD_GAP_LINE.exec(text), env) ?? periodBeforeGap(PERIOD_COLON_LINE.exec(text), env);
}

/**
 * "1 January 2024 – 30 April 2024: 19": a span whose own dash came before
 * the colon that ends it, so the first gap cut it in two ("1 January 2024"
 * and "30 April 2024: 19"). The line's one colon is tried too.
 */
const PERIOD_COLON_LINE = /^\s*([^:]*\S)\s*:\s*(\S.{0,30}?)\s*$/u;

function periodBeforeGap(m: RegExpExecArray | null, env: LocateEnv): readonly (string | undefined)[] | null {
  // "• 1 January 2021 to 31 December 2021: 16": a letter's bullet list, one
  // period an item; the bullet is the list's, not the period's.
  const period = m?.[1]?.replace(BULLET, "");
  const written = period?.replace(/^\s*(?:in|for|during)\s+/iu, "").trim();
  if (!m || !period || !written) return null;
  const line = [m[0], period, m[2]];
  // A bare year ("In 2021") is read as a number by periodsIn's callers, not as a period, so it is checked apart.
  const whole = /^(?:19|20)\d\d$/u.test(written) || periodsIn(written).some((p) => p.raw.trim() === written);
  if (whole) return periodsNamed(written, env.knowledge.request.periods).length > 0 ? line : null;
  return isCutShort(written, env) || isPeriodEndDay(written, env) ? line : null;
}

/**
 * "30/09/2021 – 198", "As at 30 September 2022 - 273": a day alone is a
 * requested period when the request counts something on each period's last
 * day and the day is one of those. Which measure the line answers is told
 * later, and a measure not counted then keys the figure to no period
 * (keyPeriods), so a day is never made a year for a total over the year.
 */
function isPeriodEndDay(written: string, env: LocateEnv): boolean {
  const { request } = env.knowledge;
  if (!countsAtPeriodEnd(request)) return false;
  const day = dayOnly(written);
  return day !== null && request.periods.some((p) => p.end === day);
}

/** A list item's bullet at the start of a line: a dash only with a space after it, so "-1" is never one. */
const BULLET = /^\s*(?:[\u2022\u00b7\u25aa\u25e6\u25cf*]\s*|[-\u2013]\s+)/u;

/** "2024/25 (to 31 January 2025)": a period, then the date it was cut short at, in brackets. */
const CUT_SHORT = /^(\S.*?)\s*\(\s*(?:up\s+)?to\s+([^()]+?)\s*\)$/iu;

/**
 * A pair of years cut short at a date ("2024/25 (to 31 January 2025)") is
 * the requested part of a year only when the date is where the one
 * requested period its years name ends; another date ("to 31 December
 * 2024") is a different period, left to the readers that report it.
 */
function isCutShort(written: string, env: LocateEnv): boolean {
  const m = CUT_SHORT.exec(written);
  const head = m?.[1]?.trim();
  if (!m?.[2] || !head || !periodsIn(head).some((p) => p.raw.trim() === head)) return false;
  const named = periodsNamed(head, env.knowledge.request.periods);
  const day = dayOnly(m[2]);
  return named.length === 1 && day !== null && named[0]?.end === day;
}

/**
 * The question a run answers when its lines do not number it: the line
 * right above the run, past blank lines and at most one column header (or
 * "Response:") line.
 * It is a line of its own, with no figure, and names a group or measure.
 */
function questionAbove(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  itemUnderWholeQuestion: (row: number) => boolean,
): { row: number; label: LabelMatch } | null {
  let headers = 0;
  for (let k = r - 1; k >= 1; k--) {
    const text = lineText(grid, k);
    if (text === "") continue;
    if (text !== null && headers === 0 && (COLUMN_HEADER.test(text) || env.compiled.answerLabelOnly.test(text))) {
      headers++;
      continue;
    }
    const row = grid.rows[k - 1] ?? [];
    const cells = (grid.sheet.rows[k - 1] ?? []).filter((t) => t.trim() !== "");
    // A figure on the line makes it an answer, not a question; words the
    // grid split off as an answer it cannot read ("Q3 Of whom placed more
    // than 20 miles from home") are still the question's.
    if (cells.length !== 1) return null;
    if (row.some((c) => c.kind === "value" && !c.parsed?.unparsed)) {
      const introduced = introducingSentence(row, env);
      return introduced ? { row: k, label: introduced } : null;
    }
    const label = matchLabel(cells[0] ?? "", env.knowledge.labels);
    if (isMeaningful(label)) return { row: k, label };
    // "4. Still missing or absent (trafficked or UASC …):" over "a. All children" over "i. 2021: 0": a lettered
    // item under a question the request asks whole says only whom; its question (read with it by the caller)
    // says what is counted (round 164, North Lincolnshire).
    if (itemUnderWholeQuestion(k)) return { row: k, label };
    const start = sentenceStart(grid, k);
    if (start === k) return null;
    const whole = matchLabel(lineTexts(grid, start, k), env.knowledge.labels);
    return isMeaningful(whole) ? { row: start, label: whole } : null;
  }
  return null;
}

/**
 * "Question 1a. a. Identified as having been trafficked … through the
 * National" / "Referral Mechanism.": a question that wraps onto a last line
 * of its own, which names nothing alone. The lines above it that run on
 * into it (prose lines of one cell, each ending without a full stop, colon
 * or question mark) are the same sentence, up to MAX_QUESTION_LINES in all.
 * Only in a pdf, whose lines break where the page does: a letter typed as
 * text breaks its lines where its writer did ("Date received: …").
 * Gives the row the sentence starts on (k itself when none runs on).
 */
function sentenceStart(grid: SheetGrid, k: number): number {
  let start = k;
  for (let j = k - 1, taken = 1; j >= 1 && taken < MAX_QUESTION_LINES; j--) {
    const cells = (grid.sheet.rows[j - 1] ?? []).filter((t) => t.trim() !== "");
    // A row left blank by lines joined above it (a pdf's "lines 11–12") is no break: the printed lines run on.
    if (cells.length === 0 && grid.sheet.rows.slice(0, j).some((row) => row.some((t) => t.trim() !== ""))) {
      const above = printedLines(grid, lastFilledBefore(grid, j));
      const here = printedLines(grid, start);
      if (above && here && above.page === here.page && above.last + 1 === here.first) continue;
      break;
    }
    const text = cells[0]?.trim() ?? "";
    if (cells.length !== 1 || /[.:?!]["”’)]?$/u.test(text)) break;
    if ((grid.rows[j - 1] ?? []).some((c) => c.kind === "value" && !c.parsed?.unparsed)) break;
    const above = printedLines(grid, j);
    const here = printedLines(grid, start);
    // Only where lines are printed (a pdf), a break being the page's, not the writer's; and consecutive ones.
    if (!above || !here || above.page !== here.page || above.last + 1 !== here.first) break;
    start = j;
    taken++;
  }
  return start;
}

function lastFilledBefore(grid: SheetGrid, j: number): number {
  let k = j;
  while (k >= 1 && (grid.sheet.rows[k - 1] ?? []).every((t) => t.trim() === "")) k--;
  return k;
}

/** "page 1 lines 11–12" / "page 1 line 13": the printed lines a row of a pdf holds, or null. */
function printedLines(grid: SheetGrid, r: number): { page: string; first: number; last: number } | null {
  const m = /^page (\d+) lines? (\d+)(?:[–-](\d+))?$/u.exec(grid.sheet.lines?.[r - 1]?.place ?? "");
  if (!m?.[1] || !m[2]) return null;
  return { page: m[1], first: Number(m[2]), last: Number(m[3] ?? m[2]) };
}

/** A question restated in a letter runs over three or four printed lines at most. */
const MAX_QUESTION_LINES = 4;

function lineTexts(grid: SheetGrid, from: number, to: number): string {
  const parts: string[] = [];
  for (let j = from; j <= to; j++) parts.push((grid.sheet.rows[j - 1] ?? []).join(" ").trim());
  return parts.join(" ");
}

/**
 * "2022 - 23", "2022 – 2023", "2022 23": an item of a year and a figure
 * whose figure is the year after, joined by a dash, slash or space. Every
 * item of a list so is a list of financial years (a letter restating the
 * periods it was asked about); one item so among others is a year and its
 * figure ("2021 - 22" over "2022 - 28"). With a colon ("2022: 23") it is a figure.
 */
export function isFollowingYear(item: string): boolean {
  const m = /(?<!\d)((?:19|20)\d{2})\s*(?:[-\u2013\u2014/]\s*|\s+)(\d{4}|\d{2})\s*[.;,]?\s*$/u.exec(item);
  if (!m?.[1] || !m[2]) return false;
  const next = Number(m[1]) + 1;
  return m[2] === String(next) || m[2] === String(next % 100).padStart(2, "0");
}
