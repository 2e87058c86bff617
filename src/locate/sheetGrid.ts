import { derivationsOf, type Group, type Metric } from "../domain/request.js";
import { formatCell, type Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import { type FileFormat, isProseRow, NAMED_SHEETS, type Sheet } from "../domain/workbook.js";
import { type Knowledge, roundKnowledgeOf } from "../knowledge/index.js";
import { ownPlaceOf } from "../match/buildOwnPlacePattern.js";
import { type LogicalCell, type MatchEnv, type MatchMarkers, periodMarksOf } from "../match/figureCandidate.js";
import { isMeaningful, type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { narrowingOpening } from "../match/narrowingOpening.js";
import { normaliseLabel } from "../match/normaliseLabel.js";
import { questionOfTotal } from "../match/questionTotal.js";
import { isLetteredPartLines, isNumberedPartsList } from "../match/readLabelledParts.js";
import { wholeGroupOf } from "../match/resolveMeasure.js";
import { datedRemarkOf } from "../parse/datedRemark.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { comparePeriodToAny } from "../parse/parsePeriod.js";
import { parsePairedAnswer, parseValue } from "../parse/parseValue.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { figureBeforeParts } from "./figureBeforeParts.js";
import type { EpisodeColumns } from "./findListColumns.js";
import { groupHeadedItem } from "./groupHeadedItem.js";
import { withoutGroupQuantifiers } from "./groupQuantifiers.js";
import { listIn } from "./listNationalities.js";
import type { TableResult } from "./locateEpisodes.js";
import { nextRowWithCells } from "./nextRowWithCells.js";
import { bareNilThenRemarks, nilForEveryPeriod } from "./nilForEveryPeriod.js";
import { relabelNumberColumnHeader } from "./numberColumnHeader.js";
import { NUMBER_WORD } from "./numberWords.js";
import { readScopedStatement } from "./readScopedStatement.js";
import { restatesQuestion } from "./restatedQuestion.js";

export interface SheetGrid {
  file: string;
  format: FileFormat;
  sheet: Sheet;
  /** rows[r-1] lists the row's logical cells left to right. */
  rows: LogicalCell[][];
}

/** What the locate stage needs besides the sheet: knowledge and memo tables. */
export interface LocateEnv extends MatchEnv {
  file: string;
  format: FileFormat;
  parseCache: Map<string, ParsedValue>;
  cellCache: Map<string, Omit<LogicalCell, "row" | "col">[]>;
  compiled: CompiledMarkers;
  /**
   * Set only for a long list being streamed (src/pipeline/streamList.ts):
   * the list's figures, counted over rows this grid does not hold, in place
   * of readEpisodes's over the grid; null to read the list as usual.
   */
  countList?: CountList;
  /**
   * The one-cell lines of the workbook's other sheets ("Notes": "One row per
   * child looked after during the period."): notes a list on this sheet may
   * be explained by (see locate/listNotes.ts).
   */
  otherSheetLines?: readonly string[];
}

export type CountList = (
  grid: SheetGrid,
  cols: EpisodeColumns,
  contextGroup: Group | null,
  contextFrom: string,
) => TableResult | null;

export interface CompiledMarkers extends MatchMarkers {
  /** A count written in words ("three"), not in a phrase that only means "some" ("at least one", "no one"). */
  numberWord: RegExp;
  answerMarkers: RegExp[];
  questionOnly: RegExp[];
  referenceBefore: RegExp;
  /** labels.json's questionNumberTrailing: a question's number in brackets closing a clause ("… trafficked (question 1a)"). */
  questionAfter: RegExp;
  durationAfter: RegExp;
  answerLabelOnly: RegExp;
  refusalOfQuestionAbove: RegExp[];
  /** labels.json's replyVoice: words in the council's own voice, which no restated question has. */
  replyVoice: RegExp;
  /** values.json's approximate words right before a figure ("in the region of 40", "an estimated 40"). */
  approximateBefore: RegExp;
  /** values.json's approximate words right after a figure ("40 or so", "40 (approx.)"). */
  approximateAfter: RegExp;
}

export function compileMarkers(knowledge: Knowledge): CompiledMarkers {
  const words = Object.keys(knowledge.values.numberWords).sort((a, b) => b.length - a.length);
  return {
    numberWord: new RegExp(
      `(?<!\\bat least |\\bno |\\bany |-)\\b(?:${words.join("|")})\\b(?!-|\\s+(?:another|other|off)\\b)`,
      "giu",
    ),
    answerMarkers: knowledge.labels.answerMarkers.map((p) => new RegExp(p, "giu")),
    questionOnly: knowledge.labels.questionOnly.map((p) => new RegExp(p, "iu")),
    // A mark the request's own questions use ("the cumulative total") is
    // what was asked, so it marks no figure as another period's.
    otherPeriod: knowledge.labels.otherPeriod
      .map((p) => new RegExp(p, "u"))
      .filter((re) => !knowledge.request.questions.some((q) => re.test(normaliseLabel(q.text)))),
    referenceBefore: new RegExp(knowledge.labels.referenceBeforeNumber, "iu"),
    questionAfter: new RegExp(knowledge.labels.questionNumberTrailing, "iu"),
    durationAfter: new RegExp(knowledge.labels.durationAfterNumber, "iu"),
    answerLabelOnly: new RegExp(knowledge.labels.answerLabelOnly, "iu"),
    refusalOfQuestionAbove: knowledge.values.refusalOfQuestionAbove.map((p) => new RegExp(p, "iu")),
    replyVoice: new RegExp(knowledge.labels.replyVoice, "iu"),
    approximateBefore: new RegExp(`(?:^|[\\s(:])(?:${knowledge.values.approximate.join("|") || "(?!)"})\\s*$`, "iu"),
    approximateAfter: new RegExp(`^\\s*(?:${knowledge.values.approximateAfter.join("|") || "(?!)"})(?![\\w])`, "iu"),
    breakdowns: {
      partition: knowledge.labels.breakdowns.partition.map((p) => new RegExp(p, "u")),
      time: knowledge.labels.breakdowns.time.map((p) => new RegExp(p, "u")),
      partitionHeadings: knowledge.labels.breakdowns.partitionHeadings.map((p) => new RegExp(p, "u")),
    },
  };
}

/**
 * Answers repeat across files ("0", "nil", "<5", the same questions), so the
 * parse and marker tables live as long as the knowledge they were made from.
 */
const shared = new WeakMap<
  Knowledge,
  {
    parseCache: Map<string, ParsedValue>;
    cellCache: LocateEnv["cellCache"];
    periodCache: LocateEnv["periodCache"];
    compiled: CompiledMarkers;
  }
>();
const PARSE_CACHE_LIMIT = 100_000;

export function createLocateEnv(file: string, format: FileFormat, knowledge: Knowledge): LocateEnv {
  // A sender's knowledge (its own name read as "the local authority") shares the round's tables.
  const round = roundKnowledgeOf(knowledge);
  let s = shared.get(round);
  if (!s) {
    s = { parseCache: new Map(), cellCache: new Map(), periodCache: new Map(), compiled: compileMarkers(round) };
    shared.set(round, s);
  }
  if (s.parseCache.size > PARSE_CACHE_LIMIT) s.parseCache.clear();
  if (s.periodCache.size > PARSE_CACHE_LIMIT) s.periodCache.clear();
  return {
    file,
    format,
    knowledge,
    parseCache: s.parseCache,
    cellCache: s.cellCache,
    periodCache: s.periodCache,
    compiled: s.compiled,
  };
}

export function parseCached(env: LocateEnv, text: string): ParsedValue {
  let p = env.parseCache.get(text);
  if (!p) {
    p = parseValue(text, env.knowledge.values, env.knowledge.request.suppressionThreshold);
    env.parseCache.set(text, p);
  }
  return p;
}

export function sourceOf(grid: SheetGrid, cell: { row: number; col: number }): Source {
  const source: Source = { file: grid.file, format: grid.format, sheet: grid.sheet.name, row: cell.row, col: cell.col };
  // A document's rows carry the place a person finds them by (page and
  // line, table and row); a table cell adds its column.
  const line = grid.sheet.lines?.[cell.row - 1];
  if (line?.place === undefined) return source;
  return { ...source, place: line.kind === "table" ? `${line.place} col ${cell.col}` : line.place };
}

/** Whether row `row` of the grid is a line of a letter's prose (read as sentences) rather than a table row. */
export function isProse(grid: SheetGrid, row: number): boolean {
  return isProseRow(grid.sheet, grid.format, row);
}

/** Where a decision or issue about a cell points: the sheet when it has a name a person sees, and the cell or place. */
export function locationOf(grid: SheetGrid, cell: { row: number; col: number }): { sheet?: string; cell: string } {
  const at = formatCell(sourceOf(grid, cell));
  return NAMED_SHEETS.has(grid.format) ? { sheet: grid.sheet.name, cell: at } : { cell: at };
}

export function buildGrid(sheet: Sheet, env: LocateEnv): SheetGrid {
  const rows: LogicalCell[][] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const out: LogicalCell[] = [];
    const cells = sheet.rows[r] ?? [];
    const nonEmpty = cells.reduce((n, t) => (t.trim() === "" ? n : n + 1), 0);
    const prose = isProseRow(sheet, env.format, r + 1);
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c] ?? "";
      if (text.trim() === "") continue;
      for (const part of readCell(text, env, nonEmpty === 1, prose)) out.push({ row: r + 1, col: c + 1, ...part });
    }
    rows.push(prose ? out : relabelNumberedQuestion(out, env));
  }
  relabelQuestionNumberRun(rows, sheet, env);
  relabelNumberColumnHeader(rows, env);
  relabelYearHeaders(rows, env);
  relabelQuestionColumn(rows, env);
  relabelNumberHeaders(rows, env);
  relabelNumberedNationalityHeadings(rows, env);
  relabelNumberedHeaders(rows, env);
  relabelQuestionNumberHeaders(rows, env);
  relabelPhrasedHeaders(rows, env);
  relabelUnknownParts(rows, env);
  relabelAgeBands(rows, env);
  return { file: env.file, format: env.format, sheet, rows };
}

/**
 * "1c UASC | Male | 31" over " | Female | 4" over " | Unknown | 2": a sex
 * breakdown's "Unknown", "Not known" or "Not recorded" part reads like an
 * answer (a status) on its own, and its word like a nationality ("Other/
 * unknown"), so its figure was dropped, leaving the other parts' sum short of
 * the whole. Such a cell is a label, read as "gender not known", when it is
 * the first cell of its row, a figure stands to its right, and the rows above
 * in its column are parts of the same breakdown, one of them a sex ("Male",
 * "Girls"). Under age bands or anything else it is left as it was.
 */
function relabelUnknownParts(rows: LogicalCell[][], env: LocateEnv): void {
  const normal = (c: LogicalCell) => c.text.trim().toLowerCase().replace(/\s+/gu, " ");
  const isPart = (c: LogicalCell | undefined): c is LogicalCell =>
    c !== undefined && env.compiled.breakdowns.partition.some((re) => re.test(normal(c)));
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const [first, ...rest] = row;
    if (first?.kind !== "value" || first.part !== 0 || !UNKNOWN_PART.test(normal(first))) continue;
    if (!rest.some((c) => c.kind === "value" && typeof c.parsed?.value === "number")) continue;
    let sexAbove = false;
    for (let above = r - 1; above >= 0; above--) {
      const cell = (rows[above] ?? []).find((c) => c.col === first.col);
      if (!isPart(cell) || cell.kind !== "text") break;
      if (SEX_PART.test(normal(cell))) sexAbove = true;
    }
    if (!sexAbove) continue;
    rows[r] = [
      {
        ...first,
        kind: "text",
        parsed: null,
        label: matchLabel("gender not known", env.knowledge.labels),
        answer: false,
      },
      ...rest,
    ];
  }
}

/**
 * "2b UASC | Under 14 | 0" over " | 14-15 | 2" over " | 16-17 | 5": age bands read like figures on their
 * own ("under 14" a bound, "14-15" a range), so the band was taken as the row's answer and the rows below
 * lost their question. Such cells are labels (parts of a partition) when two or more rows running down one
 * column are each an age band with a figure to its right, and the bands climb without overlapping: "14-15"
 * over "15-16" overlap, as shorthand years do, and are left as they were.
 */
function relabelAgeBands(rows: LogicalCell[][], env: LocateEnv): void {
  const normal = (c: LogicalCell) => c.text.trim().toLowerCase().replace(/\s+/gu, " ");
  const bandAt = (r: number): { i: number; col: number; band: { lower: number; upper: number } } | null => {
    const row = rows[r] ?? [];
    const i = row.findIndex((c) => c.kind === "value");
    const cell = row[i];
    if (cell?.part !== 0 || !env.compiled.breakdowns.partition.some((re) => re.test(normal(cell)))) return null;
    const band = ageBandOf(normal(cell));
    if (!band || !row.slice(i + 1).some((c) => c.kind === "value" && typeof c.parsed?.value === "number")) return null;
    return { i, col: cell.col, band };
  };
  for (let r = 0; r < rows.length; r++) {
    const run = [bandAt(r)];
    if (!run[0]) continue;
    for (let next = r + 1; next < rows.length; next++) {
      const prev = run.at(-1);
      const band = bandAt(next);
      if (!prev || !band || band.col !== prev.col || band.band.lower <= prev.band.upper) break;
      run.push(band);
    }
    if (run.length < 2) continue;
    run.forEach((b, k) => {
      const row = rows[r + k] ?? [];
      const cell = b ? row[b.i] : undefined;
      if (!b || !cell) return;
      row[b.i] = {
        ...cell,
        kind: "text",
        parsed: null,
        label: matchLabel(cell.text, env.knowledge.labels),
        answer: false,
      };
    });
    r += run.length - 1;
  }
}

/** The ages an age band spans: "under 14" 0–13, "14-15", "aged 13 to 15", "16 and over" 16 up. */
function ageBandOf(text: string): { lower: number; upper: number } | null {
  const under = /^(?:aged? )?(?:under|below|less than) (\d{1,2})(?: years?)?$/u.exec(text);
  if (under) return { lower: 0, upper: Number(under[1]) - 1 };
  const span = /^(?:aged? )?(\d{1,2}) ?(?:-|\u2013|to) ?(\d{1,2})(?: years?| yrs)?$/u.exec(text);
  if (span && Number(span[1]) <= Number(span[2])) return { lower: Number(span[1]), upper: Number(span[2]) };
  const over = /^(?:aged? )?(\d{1,2}) ?(?:\+|and over|and above|or over|plus)$/u.exec(text);
  if (over) return { lower: Number(over[1]), upper: 99 };
  return null;
}

const UNKNOWN_PART = /^(?:unknown|not known|not recorded|not stated)$/u;
const SEX_PART = /^(?:male|males|female|females|boys?|girls?)$/u;

/**
 * "calendar_year", "question_no": a table exported from a database keeps its
 * field names, words joined by underscores. The words are the header's.
 */
function columnHeaderWords(text: string): string {
  return text.replace(/_/gu, " ");
}

/** The header of a column of periods in a long table; in Welsh and English both ("Blwyddyn / Year"). */
const PERIOD_COLUMN =
  /^\s*(?:period|year|calendar year|reporting period|time period|blwyddyn|cyfnod)(?:\s*\/\s*(?:period|year|calendar year|reporting period|time period|blwyddyn|cyfnod))?\s*$/iu;

/**
 * A year as a column header writes it: "2021", "2021/22", "2021-22", "2024 (1 Jan to 30 Apr)", and with a
 * footnote's mark, "2021*" or "2022 (Cumbria CC)†" (the note is the file's to explain; the year is still a
 * heading).
 */
const YEAR =
  /^\s*(?:19|20)\d{2}(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?(?:\s*\([^()]{1,40}\))?(?:\s?(?:[*†‡]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))?\s*$/u;

/** "2019 Trafficked", "2020 UASC": a column heading naming its year, then in words whose column it is. */
const YEAR_THEN_WORDS = /^\s*(?:19|20)\d{2}(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?\s+\p{L}[\p{L} '’-]{1,40}$/u;

/** A cell that is a year as a column header writes it ("2016", "2021/22", "2021*"). */
export function isYearHeading(text: string): boolean {
  return YEAR.test(text);
}

/**
 * "Section | Item | 2021 | 2022 | 2023": a header naming the years of its
 * columns reads like a row of large figures. A row whose figures are all
 * years, two or more of them, over rows of figures, is a header; its years
 * are labels, and never counts.
 */
function relabelYearHeaders(rows: LogicalCell[][], env: LocateEnv): void {
  const asLabel = (c: LogicalCell): LogicalCell => ({
    ...c,
    kind: "text",
    parsed: null,
    label: matchLabel(c.text, env.knowledge.labels),
    answer: false,
  });
  // "Question | Period | Count": a long table's period column holds labels too.
  for (let r = 0; r < rows.length; r++) {
    for (const head of rows[r] ?? []) {
      if (head.kind !== "text" || !PERIOD_COLUMN.test(columnHeaderWords(head.text))) continue;
      for (let below = r + 1; below < rows.length; below++) {
        const row = rows[below] ?? [];
        const i = row.findIndex((c) => c.col === head.col && c.part === 0);
        const cell = row[i];
        // "Period" over a blank, beside a two-row header ("Trafficked" over
        // "Identified (1a) | Suspected (1b)"): the header's lower half leaves
        // the period column blank (the heading spans both rows), and the years start under it.
        if (!cell && below === r + 1 && row.length > 0 && row.every((c) => c.kind === "text")) continue;
        if (!cell) break;
        if (cell.kind === "value" && YEAR.test(cell.text)) row[i] = asLabel(cell);
      }
    }
  }
  // "2021" alone on its line over that year's table: a title, where the
  // round asks for several years; in a one-period round it may be an answer.
  if (env.knowledge.request.periods.length > 1) {
    for (let r = 0; r + 1 < rows.length; r++) {
      const row = rows[r] ?? [];
      const only = row[0];
      if (row.length === 1 && only?.kind === "value" && only.part === 0 && YEAR.test(only.text)) {
        rows[r] = [asLabel(only)];
      }
    }
  }
  // "2017 | Identified | Suspected | Total" over "Looked after children | 5 | 7 | 12": a table for one
  // year writes it in the corner over the row labels, the columns' titles beside it. Read as a figure,
  // the year made the header a row of figures and the columns lost their titles. A corner year is the
  // row's first cell, every other cell of it a word (two or more), over a row that starts with its label
  // and has figures: a lone count before words ("12 | were identified") is no year, and a year row over
  // figures with no label is the years' own header (above).
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    const [corner, ...titles] = row;
    if (corner?.kind !== "value" || corner.part !== 0 || !YEAR.test(corner.text)) continue;
    if (titles.length < 2 || !titles.every((c) => c.kind === "text" && c.col > corner.col)) continue;
    const next = rows[r + 1] ?? [];
    const label = next[0];
    if (label?.kind !== "text" || label.col !== corner.col) continue;
    if (!next.some((c) => c.kind === "value" && titles.some((t) => t.col === c.col))) continue;
    rows[r] = [asLabel(corner), ...titles];
  }
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    // "5 | Nationality of UASC who went missing | 2021 | 2022 | 2023": the
    // question's number before the heading's words is the row's label, no
    // year; the years after the words still make the row a header.
    const [lead, second] = row;
    const numbered =
      lead?.kind === "value" && lead.part === 0 && second?.kind === "text" && QUESTION_NUMBER_CELL.test(lead.text);
    const values = row.filter((c) => c.kind === "value" && !(numbered && c === lead));
    // "Nationality | 2019 Trafficked | 2019 UASC | 2020 Trafficked": a header naming each column's year and
    // group reads its year as a figure annotated by the words; with every figure of the row such a heading
    // (two or more, figures below), the row is a header like one of bare years.
    const yearHeading = (c: LogicalCell) => YEAR.test(c.text) || (values.length >= 2 && YEAR_THEN_WORDS.test(c.text));
    if (values.length === 0 || !values.every((c) => c.part === 0 && yearHeading(c))) continue;
    // "2021 (Cumbria CC)† | 2022 (Cumbria CC)† | 2023 | Jan–Apr 2024": one bare year among headings that
    // name the round's other periods in words is a heading like them, not a lone count. Only where the
    // round asks for several periods: in a one-period round a lone "2015" may be an answer.
    const periods = env.knowledge.request.periods;
    const named =
      values.length === 1 && periods.length > 1
        ? row.filter((c) => c.kind === "text" && periodsNamed(c.text, periods).length === 1).length
        : 0;
    // "Calendar year (over 2021–2023) | 2024" over "Question | 2021 | 2022 | 2023 | (to 30/04)": the upper
    // row of a two-row header, whose one year heads the column the row under it only dates ("(to 30/04)").
    const yearsUnder =
      values.length === 1 && periods.length > 1
        ? (rows[r + 1] ?? []).filter((c) => c.kind === "value" && c.part === 0 && YEAR.test(c.text)).length
        : 0;
    if (values.length + named < 2 && yearsUnder < 2) continue;
    // Figures follow within a few rows (a group's heading may come first).
    const below = rows.slice(r + 1, r + 4).flat();
    if (!below.some((c) => c.kind === "value" && !YEAR.test(c.text))) continue;
    rows[r] = row.map((c) => (c.kind === "value" && !(numbered && c === lead) ? asLabel(c) : c));
  }
}

/**
 * The header of a column of question numbers: "Question", "Q", "Q No.", "Question number", "Ref"; in Welsh
 * and English both ("Cwestiwn / Question"), as a bilingual reply heads each column in the two languages.
 */
const QUESTION_COLUMN =
  /^\s*(?:(?:questions?|q|qn|qu|cwestiwn)\.?\s*(?:no\.?|number|ref\.?|rhif)?|ref\.?)(?:\s*\/\s*(?:(?:questions?|q|qn|qu|cwestiwn)\.?\s*(?:no\.?|number|ref\.?|rhif)?|ref\.?))?\s*$/iu;

/** A question's number alone, as a cell of that column: "1", "2a", "3.", "Q4". */
const QUESTION_NUMBER_CELL = /^\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*[.)]?\s*$/iu;

/**
 * "Question | 2021/22 | 2022/23" over "1 | 12 | 69", "2a | 5 | 48", "3 | 2 |
 * 1": a column headed "Question" holds the request's question numbers, one
 * a row, as the rows' labels. "2a" reads as a label already; "1" and "3"
 * read as figures, so their rows held no label and were not read. Under
 * such a header, a bare number the request asks as a question is a label
 * when its row gives an answer beside it ("Question | Response" over "2 |
 * 4"), unless the column also holds a number the request does not ask (the
 * council's own numbering); any other value ends the column.
 */
function relabelQuestionColumn(rows: LogicalCell[][], env: LocateEnv): void {
  const asked = new Set(env.knowledge.request.questions.map((q) => q.number.toLowerCase()));
  for (let r = 0; r < rows.length; r++) {
    for (const head of rows[r] ?? []) {
      // The table's first column, or the one after its years (below): a long table's "question" column beside
      // a description ("Reading | 2022/23 | 1 | Children with kinship carers | 41") is read by its own reader.
      if (head.kind !== "text" || head.part !== 0 || !QUESTION_COLUMN.test(columnHeaderWords(head.text))) continue;
      // "year | question | response" over "2020 | 4 | Nil": a long table whose rows each name their period first
      // and then the question, its column of question numbers after the column of years. Only words stand
      // before it in the header ("year"), only a year before its numbers in each row, and only the answer
      // after them, so no authority's or description's column does.
      const afterYears = (rows[r] ?? []).slice(0, (rows[r] ?? []).indexOf(head));
      if (head !== rows[r]?.[0] && !(afterYears.length > 0 && afterYears.every((c) => c.kind === "text"))) continue;
      const yearsBefore = (row: readonly LogicalCell[]) =>
        row.filter((c) => c.col < head.col).every((c) => YEAR.test(c.text)) &&
        row.filter((c) => c.col < head.col).length === afterYears.length &&
        row.filter((c) => c.col > head.col).length === 1;
      // The column's numbers, to its first blank or non-number. "1" to "11" under "Q", where the
      // request asks 1, 1a, 1b, 2 … 9, is the council's own numbering, not the request's: one
      // number the request does not ask leaves the whole column as it was, since its "6" would
      // otherwise be read as the request's question 6.
      const numbered: { row: LogicalCell[]; i: number; cell: LogicalCell }[] = [];
      let own = false;
      for (let below = r + 1; below < rows.length; below++) {
        const row = rows[below] ?? [];
        const i = row.findIndex((c) => c.col === head.col && c.part === 0);
        const cell = row[i];
        if (!cell) break;
        if (cell.kind !== "value") continue;
        const number = QUESTION_NUMBER_CELL.exec(cell.text)?.[1]?.toLowerCase();
        if (number === undefined) break;
        if (head !== rows[r]?.[0] && !yearsBefore(row)) break;
        if (!asked.has(number)) {
          own = true;
          break;
        }
        numbered.push({ row, i, cell });
      }
      if (own) continue;
      for (const { row, i, cell } of numbered) {
        // "3 | N/A": a row whose answer reads as no figure is left as it was.
        const answered = row.some(
          (c) =>
            c.col > head.col &&
            c.kind === "value" &&
            c.parsed !== null &&
            (c.parsed.status !== "not_answered" || c.parsed.unparsed === true),
        );
        if (!answered) continue;
        row[i] = {
          ...cell,
          kind: "text",
          parsed: null,
          label: matchLabel(cell.text, env.knowledge.labels),
          answer: false,
        };
      }
    }
  }
}

/** "No.", "Nos", "No": a column header abbreviating "number", which reads on its own as a nil answer. */
const NUMBER_ABBREVIATION = /^\s*(?:no|nos)\.?\s*$/iu;

/**
 * "Group | Nationality | No." over "UASC | Afghan | 2": the abbreviation of
 * "number" heading a column reads like the answer "no" (nil). It is the
 * column's header when it is the row's only value, beside at least two
 * words (a question with its "No" answer has one) or over a row that names
 * a nationality, and figures stand under it on the next row; then it is a
 * label, and never a zero.
 */
/** A question's number leading a heading: "5 ", "5. ", "Q5 ", "5a) ". */
const QUESTION_NUMBER_LEAD = /^\s*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?[.)]?\s+(?=[a-z])/iu;

/**
 * "5 UASC who went missing, by nationality" | "Number" over "Eritrean | 5":
 * a nationality table's heading led by its question's number parses as a
 * figure with a remark (5), and the table is lost. A cell led by a question
 * number whose words are a nationality heading, over a nationality name in
 * its own column on the next row, is a label: a figure is never written over
 * the names of a nationality list.
 */
function relabelNumberedNationalityHeadings(rows: LogicalCell[][], env: LocateEnv): void {
  const headers = tablePatterns(env.knowledge.labels).nationalityHeader;
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    const head = row.find(
      (c) =>
        c.kind === "value" &&
        QUESTION_NUMBER_LEAD.test(c.text) &&
        matchesAny(headers, normaliseLabel(c.text.replace(QUESTION_NUMBER_LEAD, ""))),
    );
    if (!head) continue;
    const under = nextRowWithCells(rows, r).find((c) => c.col === head.col);
    if (under?.kind !== "text" || !canonicaliseNationality(under.text, env.knowledge.nationalities).known) continue;
    rows[r] = row.map((c) =>
      c === head
        ? { ...c, kind: "text", parsed: null, label: matchLabel(c.text, env.knowledge.labels), answer: false }
        : c,
    );
  }
}

function relabelNumberHeaders(rows: LogicalCell[][], env: LocateEnv): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    const values = row.filter((c) => c.kind === "value");
    const head = values[0];
    if (values.length !== 1 || !head || head.part !== 0 || !NUMBER_ABBREVIATION.test(head.text)) continue;
    const next = nextRowWithCells(rows, r);
    // "Nationality | No." over "Afghan | 7": one header word beside it, but
    // the row below is a nationality and its count, never a question's.
    const overNationality = next.some(
      (c) =>
        c.kind === "text" && c.col < head.col && canonicaliseNationality(c.text, env.knowledge.nationalities).known,
    );
    if (row.filter((c) => c.kind === "text").length < 2 && !overNationality) continue;
    const under = next.find((c) => c.col === head.col);
    if (under?.kind !== "value" || NUMBER_ABBREVIATION.test(under.text)) continue;
    rows[r] = row.map((c) =>
      c === head
        ? { ...c, kind: "text", parsed: null, label: matchLabel(c.text, env.knowledge.labels), answer: false }
        : c,
    );
  }
}

/**
 * "Period | 1a Identified trafficked | … | 4 Still missing" over "2021 | 2 |
 * … | 0": a header of questions in short, one a column, where a question
 * numbered without a letter reads like a figure with a remark ("4" and
 * "Still missing"). Taken so, the row held a figure, so it was no header,
 * and no column under it was read. Such a cell is a label when it is the
 * row's only value (or every value of the row is one, numbered in rising
 * order), its words name a measure, two or more other cells of the row are
 * labels, and a figure stands under it on the next row.
 */
function relabelNumberedHeaders(rows: LogicalCell[][], env: LocateEnv): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    const values = row.filter((c) => c.kind === "value");
    if (values.length === 0 || !values.every((c) => c.part === 0 && NUMBERED_QUESTION.test(c.text))) continue;
    if (row.filter((c) => c.kind === "text").length < 2 && !overPeriodColumn(row, rows, r)) continue;
    // "2a | Trafficked children who went missing | 6 children went missing at least once": a row that opens
    // with its own question's number is that question's row, and the count at its end its answer ("6
    // children …" only looks like a question numbered 6); a header of questions in short opens with a word.
    if (row[0]?.kind === "text" && values.every((c) => c.col > (row[0]?.col ?? 0)) && isRowNumber(row[0])) continue;
    // Several such cells ("1 Looked after children who went missing | 2 Missing
    // episodes | … | 6 Return home interviews completed") are a header only
    // when their numbers rise from left to right, as a request's questions
    // do: a row of answers each with a remark has no such order.
    if (values.length > 1 && !risingQuestionNumbers(values)) continue;
    const next = nextRowWithCells(rows, r);
    const labels = new Map<LogicalCell, LabelMatch>();
    for (const head of values) {
      if (next.find((c) => c.col === head.col)?.kind !== "value") break;
      const label = matchLabel(head.text, env.knowledge.labels);
      if (label.groups.length === 0 && label.metrics.length === 0) break;
      labels.set(head, label);
    }
    if (labels.size !== values.length) continue;
    rows[r] = row.map((c) => {
      const label = labels.get(c);
      return label ? { ...c, kind: "text", parsed: null, label, answer: false } : c;
    });
  }
}

/** A question's number alone opening a row ("2a", "Q3", "4."), or a sum of them ("1a + 1b"). */
function isRowNumber(cell: LogicalCell): boolean {
  return QUESTION_NUMBER_CELL.test(cell.text) || NUMBERED_TOTAL.test(cell.text);
}

/**
 * "Period | 4 Still missing (not found)" over "2021 | 0": a table of one
 * question, its only label the title of a column of periods, with a period
 * under that title on the next row. A question's answer with a remark never
 * stands beside "Period" over a column of years.
 */
function overPeriodColumn(row: readonly LogicalCell[], rows: readonly LogicalCell[][], r: number): boolean {
  const texts = row.filter((c) => c.kind === "text");
  const head = texts[0];
  if (texts.length !== 1 || !head || head !== row[0] || !PERIOD_COLUMN.test(columnHeaderWords(head.text))) return false;
  const under = nextRowWithCells(rows, r).find((c) => c.col === head.col);
  return under !== undefined && /^\s*(?:19|20)\d{2}\b/u.test(under.text);
}

/** Whether the cells' leading question numbers ("2", "3a", "Q4") rise strictly from left to right. */
function risingQuestionNumbers(cells: readonly LogicalCell[]): boolean {
  const keys = [...cells]
    .sort((a, b) => a.col - b.col)
    .map((c) => /^\s*(?:q\.?\s*)?(\d{1,2})([a-z]?)/iu.exec(c.text))
    .map((m) => (m ? Number(m[1]) * 100 + (m[2] ? m[2].toLowerCase().charCodeAt(0) : 0) : Number.NaN));
  return keys.every((k, i) => !Number.isNaN(k) && (i === 0 || k > (keys[i - 1] ?? Number.POSITIVE_INFINITY)));
}

/**
 * "Financial year | UASC looked after | Transfers refused or delayed | …"
 * over "2021/22 | 79 | 0 | …": a column header that names what is counted
 * with a refusal's or "not held"'s word ("refused", "not held") reads like
 * an answer refusing the question. Taken so, the row held an answer, so it
 * was no header, and no column under it was read. Such a cell is a label
 * when it is short, has no number of its own and its words name a measure,
 * the row has two or more labels (one naming a measure too) and no value,
 * and a figure stands under it on the next row: an answer refusing a
 * question never has a count of that question under it.
 */
function relabelPhrasedHeaders(rows: LogicalCell[][], env: LocateEnv): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r] ?? [];
    const values = row.filter((c) => c.kind === "value");
    if (values.length === 0 || !values.every(isPhrasedHeading)) continue;
    const texts = row.filter((c) => c.kind === "text");
    if (texts.length < 2 || !texts.some((c) => c.label !== null && isMeaningful(c.label))) continue;
    const next = nextRowWithCells(rows, r);
    const labels = new Map<LogicalCell, LabelMatch>();
    for (const head of values) {
      const under = next.find((c) => c.col === head.col);
      if (under?.kind !== "value" || under.parsed?.status !== "reported") break;
      const label = matchLabel(head.text, env.knowledge.labels);
      if (!isMeaningful(label)) break;
      labels.set(head, label);
    }
    if (labels.size !== values.length) continue;
    rows[r] = row.map((c) => {
      const label = labels.get(c);
      return label ? { ...c, kind: "text", parsed: null, label, answer: false } : c;
    });
  }
}

/** A few words with no digit that parse whole as a refusal or "not held": "Transfers refused or delayed". */
function isPhrasedHeading(c: LogicalCell): boolean {
  const status = c.parsed?.status;
  return (
    c.part === 0 &&
    (status === "refused" || status === "not_held") &&
    !/\d/u.test(c.text) &&
    !/[.?!:;]\s*$/u.test(c.text) &&
    wordsIn(c.text) <= PHRASED_HEADING_WORDS
  );
}

/** Words a column header has at most; a refusal written out ("Refused under section 40(2)") says more. */
const PHRASED_HEADING_WORDS = 6;

/**
 * "Period | 1a | 1b | 1c | 1d | 2a | … | 3b | 4" over "2021 | 9 | 2 | …": a
 * header that names each column by the request's question number only,
 * the questions being in the request and the letter ("The question numbers
 * follow your request"). A bare number names nothing foi-agg can count, so
 * the row was no header, and its "4" read as a figure. Such a row is
 * taken as the header when three or more of its cells, past its first,
 * are numbers the request asks, every one of them is (or is a "Total
 * 1a+1b" of them), most carry a letter (a row "1 | 2 | 3" may be figures),
 * and figures stand under them on the next row. Each number is then read as
 * its question's own words, which name the measure (the `request` command
 * shows that they do), and a total as the words of the measure the
 * request derives from those questions' parts.
 */
function relabelQuestionNumberHeaders(rows: LogicalCell[][], env: LocateEnv): void {
  const { questions } = env.knowledge.request;
  if (questions.length === 0) return;
  const asked = new Map(questions.map((q) => [q.number.toLowerCase(), q]));
  const numberOf = (c: LogicalCell) => QUALIFIED_NUMBER_CELL.exec(c.text)?.[1]?.toLowerCase();
  let row: LogicalCell[] = [];
  const labelOf = (c: LogicalCell): string | null => {
    const question = asked.get(numberOf(c) ?? "");
    // The qualifier stays with the question's words, so "1c (as at)" still says its figures are a snapshot.
    const qualifier = QUALIFIED_NUMBER_CELL.exec(c.text)?.[2];
    if (question) return `${question.number}. ${question.text}${qualifier ? ` ${qualifier}` : ""}`;
    return totalLabelOf(c.text, env.knowledge.request) ?? bareTotalLabelOf(row, c, numberOf, env.knowledge.request);
  };
  for (let r = 0; r + 1 < rows.length; r++) {
    row = rows[r] ?? [];
    // "Year | 1a/1b Trafficked or MS | 1c UASC | 2a | 2b | 3a | 3b | 4": some questions in a few words after
    // their number, the rest by number alone. The worded ones are labels already; the bare numbers beside them
    // are what need their question's words.
    const worded = row.filter((c, i) => i > 0 && numberOf(c) === undefined && isNumberedLabel(c));
    const named = row.filter((c, i) => (i > 0 || numberOf(c) !== undefined) && !worded.includes(c));
    if (named.length < 3 || !named.every((c) => c.part === 0 && labelOf(c) !== null)) continue;
    const numbers = named.flatMap((c) => numberOf(c) ?? []);
    if (new Set(numbers).size !== numbers.length) continue;
    if (numbers.filter((n) => /[a-z]$/u.test(n)).length * 2 <= numbers.length) continue;
    const first = row[0];
    if (first && !named.includes(first) && first.kind !== "text") continue;
    // "Period | 1a | 1b | Total | 1c | …" over "| Identified | Suspected (not included in 1a) | …" over the
    // figures: the numbers head a second header row of the questions in short, which stands between them
    // and the figures (a row of labels only, no figure).
    let next = nextRowWithCells(rows, r);
    if (next.length >= 2 && next.every((c) => c.kind === "text")) {
      const at = rows.indexOf(next as LogicalCell[]);
      next = at >= 0 ? nextRowWithCells(rows, at) : next;
    }
    if (named.filter((h) => next.some((c) => c.col === h.col && c.kind === "value")).length < 2) continue;
    rows[r] = row.map((c) => {
      const text = named.includes(c) ? labelOf(c) : null;
      if (text === null) return c;
      return { ...c, kind: "text", parsed: null, label: matchLabel(text, env.knowledge.labels), answer: false };
    });
  }
}

/**
 * A question's number alone as a column header, perhaps with a short
 * bracketed qualifier: "1a", "Q3", "1c (as at)", "2b (episodes)". The
 * qualifier says how the column's figures are counted, not which question
 * they answer, so the number still names the column.
 */
const QUALIFIED_NUMBER_CELL = /^\s*(?:q\.?\s*)?(\d{1,2}[a-z]?)\s*[.)]?\s*(\([^()\d]{1,24}\))?\s*$/iu;

/** "1c UASC", "1a/1b Trafficked or MS": a header cell opening with a question's number, whose words name a measure. */
function isNumberedLabel(c: LogicalCell): boolean {
  return c.kind === "text" && c.part === 0 && NUMBER_OPENING.test(c.text) && c.label !== null && isMeaningful(c.label);
}

const NUMBER_OPENING = /^\s*(?:q\.?\s*)?\d{1,2}[a-z]?\b/iu;

/** "Total 1a+1b", "Total (1a + 1b)", "1a+1b": the sum of questions named by their numbers alone. */
const NUMBERED_TOTAL = /^\s*(?:total\s*)?\(?\s*(\d{1,2}[a-z]?(?:\s*(?:\+|&|and)\s*\d{1,2}[a-z]?)+)\s*\)?\s*$/iu;

/**
 * The words of the measure a "Total 1a+1b" column gives: the request's
 * derived measure whose parts are exactly the named questions' measures
 * (1a + 1b = trafficked_looked_after), or null.
 */
function totalLabelOf(text: string, request: LocateEnv["knowledge"]["request"]): string | null {
  const list = NUMBERED_TOTAL.exec(text)?.[1];
  if (!list) return null;
  const named = list.split(/\s*(?:\+|&|and)\s*/iu).map((n) => n.toLowerCase());
  const parts = named.flatMap((n) => request.questions.find((q) => q.number === n)?.measures ?? []);
  if (parts.length !== named.length) return null;
  const whole = derivationsOf(request).find(
    (d) => d.sumOf.length === parts.length && d.sumOf.every((m) => parts.includes(m)),
  );
  return request.measures.find((m) => m.id === whole?.measure)?.label ?? null;
}

/** "Total" alone as a column's header. */
const BARE_TOTAL_CELL = /^\s*total\s*:?\s*$/iu;

/**
 * "Year | 1a | 1b | Total | 1c | …": a bare "Total" right after the columns
 * of every part of a measure the request derives (1a + 1b, the trafficked
 * total) totals those columns, as "Total 1a+1b" says in words. Read as a
 * cell naming nothing, it kept the whole row from being a header of question
 * numbers, and every figure under it went unread (round 167). Only when the
 * columns just before it are exactly the parts, in any order; otherwise null.
 */
function bareTotalLabelOf(
  row: readonly LogicalCell[],
  cell: LogicalCell,
  numberOf: (c: LogicalCell) => string | undefined,
  request: LocateEnv["knowledge"]["request"],
): string | null {
  if (cell.part !== 0 || !BARE_TOTAL_CELL.test(cell.text)) return null;
  const at = row.indexOf(cell);
  for (const d of derivationsOf(request)) {
    const before = row.slice(Math.max(0, at - d.sumOf.length), at);
    if (before.length !== d.sumOf.length || before.some((c, i) => c.col !== cell.col - before.length + i)) continue;
    const measures = before.flatMap((c) => {
      const q = request.questions.find((x) => x.number.toLowerCase() === numberOf(c));
      return q?.measures.length === 1 ? q.measures : [];
    });
    if (measures.length === d.sumOf.length && d.sumOf.every((m) => measures.includes(m)))
      return request.measures.find((m) => m.id === d.measure)?.label ?? null;
  }
  return null;
}

type CellPart = Omit<LogicalCell, "row" | "col">;

/** "3 Incidents, trafficked children": a bare number, then words opening with a capital. */
const BARE_NUMBER_LEAD = /^\s*(\d{1,2})[a-z]?[.)]?\s+\p{Lu}/u;

/** How many lines on the next numbered line may be (the answer lines of the one before between them). */
const QUESTION_RUN_REACH = 3;

/**
 * "1 Trafficked children looked after" / "2 Trafficked children missing" /
 * "3 Incidents, trafficked children", a line each: the questions restated
 * with their numbers, their answers on other lines or lost to the layout.
 * Each line's one number reads as a count of what its words name, so every
 * question took its own number for its figure, exact and silent. A line
 * whose only figure is the number it opens with, next to a line numbered one
 * before or one after it, is a question's label and gives no figure. Only a
 * document's lines of text: a table's rows are read by their columns. A line
 * alone keeps its count ("4 Unaccompanied children went missing").
 */
function relabelQuestionNumberRun(rows: LogicalCell[][], sheet: Sheet, env: LocateEnv): void {
  const numberOf = (row: LogicalCell[] | undefined): number | null => {
    const first = row?.[0];
    if (!row || !first || row.some((c) => c.col !== first.col)) return null;
    if (!isProseRow(sheet, env.format, first.row)) return null;
    // The line's whole text, its only number the one it opens with: "… went missing: 2" answers.
    const text = sheet.rows[first.row - 1]?.[first.col - 1] ?? "";
    const m = BARE_NUMBER_LEAD.exec(text);
    return m && (text.match(/\d+/gu) ?? []).length === 1 ? Number(m[1]) : null;
  };
  const near = (r: number, step: 1 | -1, want: number): boolean => {
    for (let k = 1; k <= QUESTION_RUN_REACH; k++) {
      const n = numberOf(rows[r + step * k]);
      if (n !== null) return n === want;
    }
    return false;
  };
  const numbers = rows.map(numberOf);
  for (const [r, row] of rows.entries()) {
    const n = numbers[r];
    if (n === null || n === undefined) continue;
    const figures = row.filter((c) => c.kind === "value" && c.parsed?.value !== null && c.parsed?.value !== undefined);
    const only = figures[0];
    if (figures.length !== 1 || !only || only.parsed?.value !== n || only.text.trim() !== String(n)) continue;
    if (!near(r, -1, n - 1) && !near(r, 1, n + 1)) continue;
    const first = row[0];
    if (!first) continue;
    rows[r] = [
      {
        ...first,
        part: 0,
        text: first.text,
        kind: "text",
        parsed: null,
        label: first.kind === "text" && first.label ? first.label : matchLabel(first.text, env.knowledge.labels),
        answer: false,
      },
    ];
  }
}

/**
 * "4 Still missing", "5 UASC looked after", "2 – trafficked children who
 * went missing": a question's number, then its words. A dash after the
 * number is how a table restating the questions in short often sets them
 * out ("6 – UASC who went missing at least once"); a figure with a remark
 * ("5 - the young person returned") also reads so, which is why the words
 * must name a measure and a figure must follow on the row.
 */
const NUMBERED_QUESTION = /^\s*(?:q\.?\s*)?\d{1,2}[a-z]?(?:[.):]|\s*[-–—])?\s+\p{L}{2,}/iu;

/**
 * "4 Still missing | 0": a question numbered without a full stop reads like
 * a figure with a remark. When it starts a row, names a measure in its
 * words, and a figure follows it on the row, it is the row's label.
 */
function relabelNumberedQuestion(row: LogicalCell[], env: LocateEnv): LogicalCell[] {
  const [first, ...rest] = row;
  if (first?.kind !== "value" || first.part !== 0 || !NUMBERED_QUESTION.test(first.text)) return row;
  if (!rest.some((c) => c.kind === "value")) return row;
  const label = matchLabel(first.text, env.knowledge.labels);
  if (label.groups.length === 0 && label.metrics.length === 0) return row;
  return [{ ...first, kind: "text", parsed: null, label, answer: false }, ...rest];
}

/** A Latin letter, or any character past ASCII (accented and other scripts' letters). */
const HAS_LETTER = /[A-Za-z\u0080-\uffff]/u;

/**
 * Cell texts as normalised for ownPlaceIn. It is asked of every cell before
 * readCell's own cache, and the same texts (questions, headers, "nil")
 * recur in every file of a sender and across senders: normalising each
 * again cost more than the rest of a cache hit.
 */
const normalisedCells = new Map<string, string>();

/** The sender's own-name pattern when the text names that place, else "". */
function ownPlaceIn(text: string, ownPlace: string | undefined): string {
  // Most cells are figures ("12", "<5", "0"): with no letter at all they name
  // no place, and need not be normalised to find that out.
  if (ownPlace === undefined || !HAS_LETTER.test(text)) return "";
  let normalised = normalisedCells.get(text);
  if (normalised === undefined) {
    if (normalisedCells.size > PARSE_CACHE_LIMIT) normalisedCells.clear();
    normalised = normaliseLabel(text);
    normalisedCells.set(text, normalised);
  }
  return ownPlaceOf(ownPlace).test(normalised) ? `\u0001${ownPlace}` : "";
}

/**
 * What one cell's text holds: a value, a label, or a question and its answer.
 * The same texts recur across returns (questions, "0", "nil"), so the reading
 * is kept per text; it depends only on the text, whether the cell is alone on
 * its row, and whether the row is a line of a letter's prose.
 */
function readCell(text: string, env: LocateEnv, alone: boolean, prose: boolean): CellPart[] {
  // A cell naming the sender's own place may read differently in its own
  // reply (see LabelVocabulary.ownPlace): only such a cell's reading is the sender's.
  const own = ownPlaceIn(text, env.knowledge.labels.ownPlace);
  const key = `${alone ? "1" : "0"}${prose ? "t" : "s"}${own}\u0000${text}`;
  const hit = env.cellCache.get(key);
  if (hit) return hit;
  if (env.cellCache.size > PARSE_CACHE_LIMIT) env.cellCache.clear();
  const questions = alone ? numberedQuestionsOf(text) : [text];
  // A nil opening a paragraph is a sentence of its own only before remarks with no figure (see OPENING_NIL).
  const openingNil = prose && alone && figuresIn(text.replace(OPENING_NIL_LEAD, ""), env).length === 0;
  const sentences =
    prose && alone && questions.length === 1 ? sentencesOf(text, openingNil).flatMap(countClausesOf) : [text];
  const bounded = sentences.length > 1 ? readBoundedRefusal(text, sentences, env) : null;
  const read = bounded ? null : sentences.length > 1 ? readParagraph(sentences, env) : null;
  const explained = read
    ? (readExplainedStatement(text, read, env.compiled.refusalOfQuestionAbove) ??
      nilEveryPeriodLead(sentences, read, env))
    : null;
  const parts =
    questions.length > 1
      ? questions.flatMap((question) =>
          readSentence(question, env, true).map((p): CellPart => (p.kind === "text" ? { ...p, restated: true } : p)),
        )
      : bounded
        ? [bounded]
        : explained
          ? [explained]
          : read
            ? (introducingSentence(sentences, read) ?? read.flat())
            : prose && alone
              ? readSentence(text, env, true)
              : readCellUncached(text, env, alone, prose);
  env.cellCache.set(key, parts);
  return parts;
}

/**
 * "You are right that the figures we gave at 2b were the same as at 3b. They
 * were counts of missing episodes, not of children. The number of individual
 * unaccompanied children who went missing is:": a paragraph of remarks whose
 * last sentence, ending in a colon, opens the lines below it. That sentence
 * alone labels them; read with the remarks, its label took their words
 * ("episodes") and named another measure, and the lines' figures went unread.
 * Only when no sentence holds a figure and the last one names a group and a
 * metric; null otherwise.
 */
function introducingSentence(sentences: readonly string[], read: readonly CellPart[][]): CellPart[] | null {
  const last = read[read.length - 1];
  if (!last || !/:\s*$/u.test(sentences[sentences.length - 1] ?? "")) return null;
  if (read.some((parts) => parts.some((p) => p.kind !== "text"))) return null;
  const label = last.length === 1 ? last[0]?.label : null;
  return label && label.groups.length > 0 && label.metrics.length > 0 ? last : null;
}

/**
 * "In each year the number still missing is fewer than 5. We cannot give the
 * exact number, as it could identify individuals. This information is
 * withheld under section 40(2)." One answer told over several sentences: a
 * refusal that protects small numbers, and the bound it withholds. Read
 * sentence by sentence, the refusal would lose its bound; read whole, it is
 * a suppressed figure. Only when the paragraph states no other count
 * (section numbers and years aside), so a paragraph that also gives a
 * figure is still read sentence by sentence.
 */
function readBoundedRefusal(text: string, sentences: readonly string[], env: LocateEnv): CellPart | null {
  const whole = parseCached(env, text);
  if (whole.status !== "suppressed" || whole.lower === null || whole.upper === null) return null;
  if (!sentences.some((s) => parseCached(env, s).status === "refused")) return null;
  const rest = text.replace(/\b(?:sec(?:tion|t)?\.?\s?|s\.?\s?)\d{1,3}(?:\s?\(\w{1,3}\))*/giu, " ");
  // The bound itself is stated as its upper end ("3 or fewer") or one above it ("fewer than 5").
  const bound = new Set([whole.upper, whole.upper + 1]);
  // "each of the three years" counts periods, not children.
  const undated = rest.replace(/\b\p{L}+\s+(?:years?|months?|quarters?|periods?)\b/giu, " ");
  const words = env.knowledge.values.numberWords;
  const others = figuresIn(undated, env).filter(
    (m) => !bound.has(/^\d+$/u.test(m[0]) ? Number(m[0]) : (words[m[0].toLowerCase()] ?? -1)),
  );
  if (others.length > 0) return null;
  return { part: 0, text, kind: "value", parsed: whole, label: null, answer: true };
}

/**
 * "We do not hold this information in a reportable format. Trafficking is
 * not a flag on our system, and concerns are recorded in case notes." A
 * paragraph that opens with a bare "not held" or refusal and then explains
 * it is one answer: the explanation's words (which often name the group)
 * are not a label for it. Only when the opening sentence is nothing but the
 * answer and no later sentence gives a figure or an answer of its own; a
 * closing sentence that says the same again ("… and this information is
 * not held.") is the same answer, not another. "The outcome is not recorded
 * on our system and is held only in case files. … Under section 12 … we are
 * refusing this part": a "not held in a reportable form" that goes on to
 * refuse is a refusal, the not-held sentence being its reason.
 */
function readExplainedStatement(
  text: string,
  sentences: readonly CellPart[][],
  ofQuestionAbove: readonly RegExp[],
): CellPart | null {
  const [first, ...rest] = sentences;
  const only = first?.length === 1 ? first[0] : undefined;
  const status = only?.kind === "value" ? only.parsed?.status : undefined;
  if (only && notExactLead(only, rest)) return { ...only, part: 0, text, answer: true };
  const reasoned = refusalAfterReasons(sentences);
  if (reasoned) return { ...reasoned, part: 0, text, answer: true };
  // "Missing episodes are recorded in case notes … and are not held in a
  // reportable format. … refused under section 12": an opening that names
  // its subject reads as a label and a not-held answer; together they are the
  // refusal's reason, and the refusal is the answer. Only a refusal after
  // it: the label might name another measure than the question's.
  const opening = first ?? [];
  const openingValues = opening.filter((p) => p.kind === "value");
  const lead = openingValues.length === 1 && opening.length === 2 ? openingValues[0] : undefined;
  // The subject is what the question counts ("Missing episodes are …"), not
  // a group ("Trafficking is not held …"), whose words scope the lines after.
  const subject = opening.find((p) => p.kind === "text")?.label;
  const countsOnly =
    subject !== undefined && subject !== null && subject.metrics.length > 0 && subject.groups.length === 0;
  // "… we are therefore refusing this part of your request under section 12": a refusal that names the
  // question above as its own ("this part", "this question") answers it, whatever groups its reason names.
  if (!only && (countsOnly || refusesAfterPlainReasons(rest, ofQuestionAbove)) && lead?.parsed?.status === "not_held") {
    const refused = explainedBy(lead, "not_held", rest, text);
    return refused?.parsed?.status === "refused" ? refused : null;
  }
  // "We do not record the length of private fostering arrangements in a way
  // that can be reported. We therefore do not hold this information.": an
  // opening that names what is not recorded (read as a label and a not-held
  // answer), then that answer said bare and nothing else. The subject is
  // the reason, not a label of its own: the paragraph is one not-held answer.
  // Only when every later sentence is that bare answer alone with no digit,
  // so a paragraph that goes on to count is still read sentence by sentence.
  if (!only && lead?.parsed?.status === "not_held" && rest.length > 0 && rest.every(saysOnlyNotHeld)) {
    return { ...lead, part: 0, text, answer: true };
  }
  if (!only || (status !== "not_held" && status !== "refused")) return null;
  return explainedBy(only, status, rest, text);
}

/** A sentence that is a bare "not held" and nothing else: "We therefore do not hold this information." */
function saysOnlyNotHeld(parts: readonly CellPart[]): boolean {
  const [one] = parts;
  return parts.length === 1 && one?.kind === "value" && one.parsed?.status === "not_held" && !/\d/u.test(one.text);
}

/**
 * The paragraph's rest refuses the question above (refusesQuestionAbove), and no sentence before that refusal
 * has a digit: a reason with figures in it ("around 290 files at 20 minutes each") may hold a count of its own,
 * as refusalAfterReasons requires too.
 */
function refusesAfterPlainReasons(rest: readonly CellPart[][], ofQuestionAbove: readonly RegExp[]): boolean {
  const at = rest.findIndex((parts) => refusesQuestionAbove(parts, ofQuestionAbove));
  return at >= 0 && rest.slice(0, at).every((parts) => parts.every((p) => !/\d/u.test(p.text)));
}

/**
 * A sentence refusing "this part of your request", "this question" (values.json refusalOfQuestionAbove): the
 * request's question right above, not whatever its reason's words name. Only a refusal read as one.
 */
function refusesQuestionAbove(parts: readonly CellPart[], ofQuestionAbove: readonly RegExp[]): boolean {
  const values = parts.filter((p) => p.kind === "value");
  if (values.length !== 1 || values[0]?.parsed?.status !== "refused") return false;
  const text = parts.map((p) => p.text).join(" ");
  return ofQuestionAbove.some((re) => re.test(text));
}

/** The answer of a paragraph that opens with `only` (not held or refused) and explains it in `rest`, or null. */
function explainedBy(
  only: CellPart,
  status: "not_held" | "refused",
  rest: readonly CellPart[][],
  text: string,
): CellPart | null {
  // "Education status is not recorded against Staying Put arrangements.": a reason that is itself
  // worded as "not held" reads as a label (the group it names) and that answer; it still says the same.
  const answerOf = (parts: readonly CellPart[]) => {
    const values = parts.filter((p) => p.kind === "value");
    return values.length === 1 ? values[0] : undefined;
  };
  const saying = (parts: readonly CellPart[], said: string) => answerOf(parts)?.parsed?.status === said;
  const answers = rest.filter((parts) => parts.some((p) => p.kind === "value"));
  if (rest.length === 0) return null;
  if (answers.every((parts) => saying(parts, status))) return { ...only, part: 0, text, answer: true };
  // Not held, then refused (and nothing else): the refusal is the answer.
  const refusalParts = answers.find((parts) => saying(parts, "refused"));
  const refusal = refusalParts ? answerOf(refusalParts) : undefined;
  const refusedOrNotHeld = answers.every((parts) => saying(parts, "refused") || saying(parts, "not_held"));
  if (status === "not_held" && refusal && refusedOrNotHeld) {
    return { ...refusal, part: 0, text, answer: true };
  }
  // Refused, then "This is because the highest weekly cost is not recorded;
  // to extract it would require a manual review …": the cost limit's
  // reason, worded as not held. The refusal that opens it is the answer.
  if (status === "refused" && refusedOrNotHeld) return { ...only, part: 0, text, answer: true };
  return null;
}

/** "Nil for each period. All of the children … were located.", "None. Every child … was found.": the opening nil is the paragraph's one answer (see nilForEveryPeriod, bareNilThenRemarks). */
function nilEveryPeriodLead(
  sentences: readonly string[],
  read: readonly CellPart[][],
  env: LocateEnv,
): CellPart | null {
  const first = read[0];
  const only = first?.length === 1 && first[0]?.kind === "value" ? first[0] : undefined;
  if (!only || read.length !== sentences.length) return null;
  const [lead = "", ...rest] = sentences;
  // A remark read as a value of its own ("Trafficking is not recorded") answers for itself.
  // A remark that is itself a nil ("All of the children were found", read as 0 still missing) agrees with it.
  const remarksAnswer = read
    .slice(1)
    .some((parts) =>
      parts.some((p) => p.kind === "value" && !(p.parsed?.status === "reported" && p.parsed.value === 0)),
    );
  return nilForEveryPeriod(lead, only.parsed, rest, env.knowledge.labels.everyPeriod) ||
    bareNilThenRemarks(lead, only.parsed, rest, remarksAnswer)
    ? // The opening alone is the raw answer: the remarks' words ("included in 1a") are no note on the figure.
      { ...only, part: 0, text: lead.trim(), answer: true }
    : null;
}

/**
 * "We hold this information but the numbers are very small and … could lead
 * to the identification of individual young people. This information is
 * therefore withheld under section 40(2) …": the reasons come first, in
 * sentences that give no answer and no figure, and the refusal (or "not
 * held") closes the paragraph. That closing answer is the paragraph's one
 * answer. Only when every sentence that answers says the same, and none
 * before it has a digit that could be a count.
 */
function refusalAfterReasons(sentences: readonly CellPart[][]): CellPart | null {
  const valuesOf = (parts: readonly CellPart[]) => parts.filter((p) => p.kind === "value");
  const unread = (parts: readonly CellPart[]) =>
    valuesOf(parts).every((p) => p.parsed?.unparsed === true) && parts.every((p) => !/\d/u.test(p.text));
  const first = sentences[0];
  if (!first || valuesOf(first).length === 0 || !unread(first)) return null;
  const said = sentences.filter((parts) => !unread(parts));
  const answers = said.map((parts) => {
    const values = valuesOf(parts);
    return values.length === 1 ? values[0] : undefined;
  });
  const status = answers[0]?.parsed?.status;
  if (status !== "refused" && status !== "not_held") return null;
  return answers.every((a) => a?.parsed?.status === status) ? (answers[0] ?? null) : null;
}

/**
 * "Approximately 20. Our figures for this group are held on two systems …",
 * "Between 10 and 15. Episodes are logged by our residential units …": a
 * paragraph that opens with a count that is not exact (an approximate one,
 * a range) and then says why is that one answer; the explanation's words
 * ("two systems", "the two records") are no count of their own. Only when
 * no later sentence has a figure in digits, and the answer stays a range or
 * an approximate count, flagged as such: never exact.
 */
function notExactLead(only: CellPart, rest: readonly CellPart[][]): boolean {
  const parsed = only.parsed;
  if (only.kind !== "value" || !parsed || rest.length === 0) return false;
  const approximate = parsed.approximate !== undefined;
  const range = parsed.status === "suppressed" && parsed.lower !== null && parsed.upper !== null;
  if (!approximate && !range) return false;
  return rest.every((parts) => parts.every((p) => !hasCountDigits(p.text)));
}

/**
 * "Response: 5." before the sentences that explain it ("Response: 5. Our
 * case recording system does not distinguish …"): the marked answer is a
 * sentence of its own, short as it is, so the figure is read and the
 * explanation after it is read on its own.
 */
const MARKED_FIGURE = /^\s*(?:answer|response|reply|ateb)\s*[:\-–—]\s*(?:\d{1,4}|[<>]\s?\d{1,3}|nil|none)\.\s*$/iu;

/**
 * "None. Every child who went missing in the period was found.": a nil word
 * alone opening a paragraph of a letter is its answer, a sentence of its own,
 * short as it is, so the remark after it is read on its own (see
 * bareNilThenRemarks). Only for a letter's paragraph (`openingNil`) whose
 * remarks hold no figure: in a table's answer cell ("None. All of the
 * children have been located."), or before "All four young people have been
 * traced.", the text is read whole, as it always was.
 */
const OPENING_NIL = /^\s*(?:none|nil|zero)\.\s*$/iu;

/** The nil opening a paragraph, and the space after it: what is left is the remarks. */
const OPENING_NIL_LEAD = /^\s*(?:none|nil|zero)\.\s*/iu;

/**
 * A paragraph of a letter ("Looked after children identified or suspected
 * as trafficked: 7. None of these children went missing during the
 * period.") says one thing a sentence; each is read on its own, in order,
 * so a label never reaches across a full stop to the next sentence's figure.
 * Only sentences of three words or more end one: "Q1. The number …" and
 * "(a) 2" are numbers, not sentences; and a question mark does not, since
 * a question and its answer belong together.
 */
export function sentencesOf(text: string, openingNil = false): string[] {
  const out: string[] = [];
  let current = "";
  // Not at "?": a question and its answer ("…in your care? A – 3") are one.
  for (const piece of text.split(/(?<=[.!])\s+(?=[A-Z(£0-9])/u)) {
    current = current === "" ? piece : `${current} ${piece}`;
    // "…that are: c. Identified as …": the request's own wording, its part
    // letter after the stem's colon. The letter opens the part's words; it is
    // no full stop (and "c." alone is no suppressed figure).
    if (partLetterAfterStem(current)) continue;
    const opening = openingNil && out.length === 0 && OPENING_NIL.test(current);
    if ((wordsIn(current) >= 3 || MARKED_FIGURE.test(current) || opening) && /[.!]$/u.test(current.trim())) {
      out.push(current);
      current = "";
    }
  }
  if (current !== "") {
    if (out.length > 0 && wordsIn(current) < 3) out[out.length - 1] += ` ${current}`;
    else out.push(current);
  }
  return out;
}

/**
 * A question restated with its part letter after the stem's colon ("1c. …
 * that are: c." or "1. … that are: a."): the letter repeats the question's
 * own, or the question has none. A letter after a line that is no numbered
 * question, or another letter than the question's ("1a. … in 2021: c.
 * Figures below five are not given."), is the answer "c", a suppression
 * marker.
 */
function partLetterAfterStem(text: string): boolean {
  const end = PART_AFTER_STEM.exec(text);
  if (end === null) return false;
  const own = QUESTION_NUMBER_AT_START.exec(text);
  if (own === null) return restatedStem(text.slice(0, end.index));
  return own[1] === undefined || own[1].toLowerCase() === end[1];
}

/**
 * A letter quoting the request's questions without their numbers ("The total
 * number of looked after children in the care of your authority that have
 * been: c. Identified as …"): the stem is a whole clause of the request, many
 * words and no figure, where a figure's own label ("UASC looked after: c.")
 * is a few words, and a line naming its period ("in 2021: c.") has a figure.
 */
function restatedStem(stem: string): boolean {
  return wordsIn(stem) >= RESTATED_STEM_WORDS && !/\d/u.test(stem);
}

/** Words a restated question's stem has at least: "The total number of looked after children … that have been" has 16. */
const RESTATED_STEM_WORDS = 10;

/** A stem's colon then a lone lowercase part letter, at the end of a piece: ": a.", ": c)". */
const PART_AFTER_STEM = /:\s?\(?([a-z])[.)]\s*$/u;

/** "1c.", "Q1c", "Question 1c:", "1." at a line's start: the question's number and its letter, if any. */
const QUESTION_NUMBER_AT_START = /^\s*(?:(?:question|q)\.?\s*)?\d{1,2}(?:\s*\(?([a-h])\b|[.):])/iu;

/**
 * "The number … identified as having been trafficked … in 2018 was 5, and
 * the number suspected but not identified was 4.": two counts in one
 * sentence, each closing its own clause ("… was 5", "… was 4"), the second
 * clause opening on "the number". Read whole, the first figure's label
 * would take the second clause's words ("suspected") and name the total of
 * both; each clause is its own statement, as two sentences are.
 */
function countClausesOf(sentence: string): string[] {
  const pieces = sentence.split(COUNT_CLAUSE_BREAK);
  if (pieces.length < 2 || !pieces.every((p) => CLOSING_COUNT.test(p))) return [sentence];
  return pieces.map((p, i) => (i < pieces.length - 1 ? `${p.trim()}.` : p.trim()));
}

/** ", and the number …": where a second count's clause starts. */
const COUNT_CLAUSE_BREAK = /,\s+and\s+(?=the\s+(?:number|figure|total|count)\s)/iu;
/** A clause that ends on its count: "… in 2018 was 5", "… were 12." */
const CLOSING_COUNT = /\b(?:was|were|is|are)\s+\d[\d,]*\s*\.?\s*$/iu;

/**
 * Questions restated several to a line ("2. Of these, how many went missing
 * at least once? 3. How many missing episodes? 4. How many are still
 * missing?"): the "3." after a question mark numbers the next question; it
 * is never the answer to the one before. Split only where every piece after
 * the first is itself a numbered question, ending in its question mark.
 */
function numberedQuestionsOf(text: string): string[] {
  if (!text.includes("?")) return [text];
  const pieces = text.split(/(?<=\?)\s+(?=\(?\d{1,2}[a-z]?[.)]\s+\p{Lu})/u);
  if (pieces.length < 2) return [text];
  if (pieces.slice(1).every((p) => /\?\s*$/u.test(p))) return pieces;
  // "You asked: 4. How many appeals …? 5. Of the appeals in" (the line wraps
  // before question 5 ends): numbers that run on from the first piece's own
  // ("4." then "5.") number the questions, though the last is cut off.
  const numbers = pieces.map((p, i) => {
    const m = (i === 0 ? /(?:^|[\s:])\(?(\d{1,2})[.)]\s+\p{Lu}/u : /^\(?(\d{1,2})[.)]\s/u).exec(p);
    return m?.[1] === undefined ? Number.NaN : Number(m[1]);
  });
  const runOn = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? Number.NaN) + 1);
  const lastCut = pieces.slice(1, -1).every((p) => /\?\s*$/u.test(p));
  return runOn && lastCut ? pieces : [text];
}

/**
 * A paragraph, sentence by sentence (each sentence's parts). Its nationality lists are read as lists
 * (readNationalityProse, on the whole row), never as counts of their group;
 * a paragraph with nothing else to read is left whole for that reader to find.
 */
function readParagraph(sentences: string[], env: LocateEnv): CellPart[][] {
  const counts = sentences.filter((sentence) => !listsNationalities(sentence, env));
  const read = (some: string[]) =>
    some.map((sentence) => withRivalCount(some, sentence, env, readSentence(sentence, env, false)));
  if (counts.length === sentences.length) return read(sentences);
  const parts = read(counts);
  return parts.some((p) => p.length > 0) ? parts : read(sentences);
}

/**
 * "Police Scotland recorded 3 missing person reports … The Council's own
 * records show 4 episodes, as our figure includes …": a sentence read as one
 * figure, beside another sentence of the paragraph that gives a count in
 * digits of the same thing and reads as none. Two counts of one thing are
 * not one answer: the figure is kept as an answer foi-agg cannot read
 * (value_unparsed on its measure), never as the first count alone.
 */
function withRivalCount(sentences: readonly string[], sentence: string, env: LocateEnv, parts: CellPart[]): CellPart[] {
  const values = parts.filter((p) => p.kind === "value" && p.parsed?.status === "reported" && !p.parsed.unparsed);
  if (values.length !== 1) return parts;
  const metrics = matchLabel(sentence, env.knowledge.labels).metrics;
  if (metrics.length === 0) return parts;
  const rival = sentences.find((other) => {
    if (other === sentence || !/\d/u.test(other)) return false;
    if (!figuresIn(other, env).some((m) => /^\d/u.test(m[0]))) return false;
    if (!matchLabel(other, env.knowledge.labels).metrics.some((m) => metrics.includes(m))) return false;
    return !readSentence(other, env, false).some((p) => p.kind === "value");
  });
  if (!rival) return parts;
  // The raw text shows both counts, so the reader sees why neither was taken.
  return parts.map((p) => (p === values[0] ? { ...p, text: `${sentence} ${rival}`, parsed: { ...UNREAD } } : p));
}

/** A paragraph with a nationality list and other sentences, which readParagraph reads for their counts. */
export function listsBesideCounts(text: string, env: LocateEnv): boolean {
  const sentences = sentencesOf(text);
  const lists = sentences.filter((sentence) => listsNationalities(sentence, env)).length;
  return lists > 0 && lists < sentences.length;
}

/**
 * "Of the UASC who went missing, three were Albanian and one Eritrean. The
 * three trafficked children who went missing were British nationals.": a
 * paragraph whose every sentence is a nationality list gives no other figure.
 */
export function listsOnly(text: string, env: LocateEnv): boolean {
  return sentencesOf(text).every((sentence) => listsNationalities(sentence, env));
}

/**
 * "… were Afghan (3), Eritrean (2) and Iranian (1).": a sentence that lists
 * two or more nationalities with counts; or one that names its children's
 * nationalities in words alone ("Both were Afghan nationals."), which
 * holds no count of any measure, so the paragraph's other sentences keep theirs.
 * One item under its group's name ("UASC: Afghan (2).") is a list too.
 */
export function listsNationalities(sentence: string, env: LocateEnv): boolean {
  const list = listIn(sentence, env);
  return (
    list.items.length >= 2 ||
    (list.worded === true && !/\d/u.test(sentence)) ||
    groupHeadedItem(list.intro, list.items.length, env)
  );
}

function wordsIn(text: string): number {
  return text.match(/[\p{L}\d]+/gu)?.length ?? 0;
}

/** A figure, a spaced dash and words: "1 - this young person …", "2 – both returned". */
export const FIGURE_THEN_REMARK = /^\s*\d{1,4}\s+[-–—]\s+\p{L}/u;
/**
 * "Yes - 1 child.", "Yes, 3 children": a reply that first confirms it holds
 * the information, then gives the count of children. The whole line is the
 * answer; its words name no measure to read. Only children: "Yes - 2
 * incidents" names a measure of its own, and is read by it.
 */
const YES_THEN_COUNT = /^\s*yes\s*[-–—,;:]?\s*\d{1,4}\s+(?:children|child|young (?:people|persons?))\s*\.?\s*$/iu;
/**
 * A figure and a bracketed remark in words, the whole line: "2 (one episode
 * each).", "Twelve (12)." aside. A remark with digits in it ("4 (1 of whom is
 * still missing)") may give a count of its own, so it is read as a sentence.
 */
const FIGURE_THEN_BRACKETED_REMARK = /^\s*\d{1,4}\s?\([^()\d]{1,80}\)\s?\.?\s*$/u;

/** A figure and a bracketed remark with figures in it, the whole line: "3 (2 identified, 1 suspected)". */
const FIGURE_THEN_BRACKETED_FIGURES = /^\s*(\d{1,4})\s?\(([^()]{1,80})\)\s?\.?\s*$/u;

/**
 * "3 (2 identified, 1 suspected)": a figure whose bracketed remark breaks it
 * into parts, two or more figures that add up to it. The figure is the
 * answer, its remark no count of its own (readRemarkParts reads the parts
 * from it); "4 (1 of whom is still missing)" adds up to nothing and is read
 * as a sentence, as before.
 */
function bracketedPartsAddUp(sentence: string): boolean {
  const m = FIGURE_THEN_BRACKETED_FIGURES.exec(sentence);
  const inner = m?.[2]?.match(/\d+/gu) ?? [];
  if (!m || inner.length < 2) return false;
  return inner.reduce((sum, n) => sum + Number(n), 0) === Number(m[1]);
}

/** A short opening sentence with a figure in it, then the next sentence: "Approximately 20. Our figures …". */
const SHORT_LEAD = /^([^.]{0,40}\d[^.]{0,20})\.\s+\p{Lu}/u;
/**
 * A few words and a figure opening a longer sentence: "Approximately 60" of "Approximately 60 UASC were looked
 * after …". Never a figure that is a date's day or an age ("Some 17 year olds were placed …"): neither counts.
 */
const OPENING_FIGURE =
  /^((?:\p{L}[\p{L}.]*\s+){1,4}\d{1,3}(?:,\d{3})*)\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|(?:years?|yrs?)[\s-]*olds?\b)\p{L}/iu;
/**
 * "until June 2015", "from 1 April 2015": a month and year (with or without
 * its day) says when, never how many, so the reason given for an
 * approximate count may name one and still have no count of its own.
 */
const MONTH_YEAR =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+(?:19|20)\d\d\b/giu;

/**
 * "as young people turn 18", "those aged 16 or over": an age, never a count of children. Not a bare "over 20"
 * or "under 18": "over 20 went missing" is a count, which must keep the sentence from being read as one figure.
 */
const AGE = /\b(?:turn(?:s|ed|ing)?|reach(?:es|ed|ing)?|aged?)\s+(?:1[6-9]|2[0-5])\b/giu;

/** Whether text gives a figure in digits, leaving aside the dates and ages it names. */
function hasCountDigits(text: string): boolean {
  return /\d/u.test(text.replace(MONTH_YEAR, " ").replace(AGE, " "));
}

/**
 * "Approximately 20. Our figures for this group are held on two systems …":
 * an approximate count too short to end a sentence of its own, then why it
 * is approximate. The count is the answer, read as approximate (never
 * exact); the reason's word numbers ("two systems") are no count. Only when
 * nothing after it has a figure in digits.
 */
function approximateLead(text: string, env: LocateEnv, opening: boolean): CellPart | null {
  // "Approximately 60 UASC were looked after during the period; the exact
  // number changes …": in a table's answer cell the approximate words and
  // figure may open a longer sentence, whose words then say what was counted
  // and why it is not exact; the row's question names the measure. A letter's
  // line has no such question beside it: its sentence's words are its label,
  // so there only a short opening sentence is taken apart from its reason.
  const lead = SHORT_LEAD.exec(text)?.[1] ?? (opening ? OPENING_FIGURE.exec(text)?.[1] : undefined);
  if (lead === undefined || hasCountDigits(text.slice(lead.length))) return null;
  const parsed = parseCached(env, lead);
  if (parsed.approximate === undefined) return null;
  return { part: 0, text, kind: "value", parsed, label: null, answer: true };
}

/** "(question 8)", "(Q2 and Q3)": a pointer at the question a clause answers, set in brackets. */
const QUESTION_POINTER =
  /\s*\((?:see\s+)?(?:questions?|qs?)\.?\s*\d{1,2}[a-z]?(?:\s*(?:and|&|,|-|–|to)\s*(?:q\.?\s*)?\d{1,2}[a-z]?)*\)/giu;

/**
 * "Both were found and neither is still missing (question 8).": the digits
 * of a bracketed pointer at a question keep a nil sentence from reading as
 * nil. Only when the sentence as written gives no answer is it read again
 * without its pointers, so a pointer that helps name the measure is kept.
 */
function readSentence(sentence: string, env: LocateEnv, whole: boolean): CellPart[] {
  const parts = readSentenceAsWritten(sentence, env, whole);
  if (parts.some((p) => p.kind === "value")) return parts;
  const bare = sentence.replace(QUESTION_POINTER, "");
  if (bare === sentence) return parts;
  const again = readSentenceAsWritten(bare, env, whole);
  return again.some((p) => p.kind === "value" && p.parsed?.value === 0 && !p.parsed.unparsed) ? again : parts;
}

/**
 * One sentence of a paragraph (or a line of a letter, `whole`): its label
 * and figure; a sentence of a paragraph that speaks of no measure gives
 * nothing, while a whole line keeps what it reads as (a bare "12").
 */
function readSentenceAsWritten(sentence: string, env: LocateEnv, whole: boolean): CellPart[] {
  const lead = whole ? approximateLead(sentence, env, false) : null;
  if (lead) return [lead];
  const scoped = readScopedClause(sentence, env, whole);
  if (scoped) return scoped;
  const nils = readNilClauses(sentence, env);
  if (nils) return nils;
  const parts = readCellUncached(sentence, env, true, true);
  // "None of these children went missing during the period." reads whole
  // as 0, but its words say what is 0: they label it, so it never takes the
  // label of the sentence before.
  const only = parts[0];
  // "Two." or "Two children." answering the question above is a figure in
  // words, not a sentence whose words need reading.
  const wordy = parts.length === 1 && only?.kind === "value" && /\p{L}{3}/u.test(sentence) && wordsIn(sentence) > 2;
  // Read whole, a sentence gives its first number ("One child was suspected
  // …; that child did not go missing" as 1): only a nil sentence is safe so.
  // A refusal, "not held" or suppressed answer is one answer however worded.
  // "Not applicable - see answer 1.": a whole-answer phrase for an unanswered
  // question (values.json notAnswered, anchored) is that answer, not words to read.
  const oneAnswer =
    only?.parsed?.status === "refused" ||
    only?.parsed?.status === "not_held" ||
    (only?.parsed?.status === "not_answered" && !only.parsed.unparsed);
  // "1 - this young person was reported missing in August 2015": a figure,
  // a spaced dash, then a remark with no count of its own (parseValue reads
  // it so only then) is the answer and its comment, not a sentence to read.
  if (
    wordy &&
    only.parsed?.status === "reported" &&
    (FIGURE_THEN_REMARK.test(sentence) ||
      YES_THEN_COUNT.test(sentence) ||
      FIGURE_THEN_BRACKETED_REMARK.test(sentence) ||
      bracketedPartsAddUp(sentence) ||
      only.parsed.breakdown === true ||
      datedRemarkOf(sentence) !== null)
  )
    return parts;
  // "In addition, fewer than five further children were suspected …": a bound standing as the sentence's count
  // (parseValue's readBoundSentence). As with a sentence of a plain count, its words are the label and the
  // bound alone the answer; kept whole, its words were read as the value's own label and it was dropped.
  if (wordy && only.parsed?.status === "suppressed" && only.parsed.bound !== undefined) {
    return [
      {
        part: 0,
        text: sentence,
        kind: "text",
        parsed: null,
        label: matchLabel(sentence, env.knowledge.labels),
        answer: false,
      },
      { ...only, part: 1, text: only.parsed.bound },
    ];
  }
  if (wordy && !oneAnswer && only.parsed?.status !== "suppressed" && only.parsed?.value !== 0) {
    return readCellUncached(sentence, env, true, true, true);
  }
  if (wordy && matchesSomething(sentence, env)) {
    const label = matchLabel(sentence, env.knowledge.labels);
    return [
      { part: 0, text: sentence, kind: "text", parsed: null, label, answer: false },
      { ...only, part: 1 },
    ];
  }
  if (whole) return parts;
  return parts.some((p) => p.kind === "value" || (p.label !== null && isMeaningful(p.label))) ? parts : [];
}

/**
 * "None of these children went missing, so the answers to your questions 2,
 * 3 and 4 are 0": a clause that gives several of the request's questions,
 * named by number, one answer (nil, "not held", a refusal). Each question
 * named takes that answer under its own number, and the rest of the
 * sentence is read as a sentence of its own. Only a clause after a full
 * clause break (";", ", so", "so", ", therefore"): the commas inside "2, 3
 * and 4" are the list's own.
 */
function readScopedClause(sentence: string, env: LocateEnv, whole: boolean): CellPart[] | null {
  const { questions } = env.knowledge.request;
  if (questions.length === 0 || !/\bq/iu.test(sentence)) return null;
  const pieces = sentence.split(CLAUSE_BREAK);
  if (pieces.length < 2) return null;
  const at = pieces.findIndex((p) => readScopedStatement(p, questions, (t) => parseCached(env, t)) !== null);
  const clause =
    pieces[at]
      ?.trim()
      .replace(/\.$/u, "")
      .replace(/^(?:and\s+)?(?:so|therefore|hence|which means)\s+/iu, "") ?? "";
  const found = at < 0 ? null : readScopedStatement(clause, questions, (t) => parseCached(env, t));
  if (!found) return null;
  const rest = pieces
    .filter((_, i) => i !== at)
    .join("; ")
    .trim();
  // "No looked after child was identified or suspected …, so the answer to
  // questions 1a, 1b, 2a and 3a for 2018 is zero": words with no figure of
  // their own answer nothing, so they neither label the questions named
  // nor count as answering their measures.
  const read = rest === "" ? [] : readSentence(rest, env, whole);
  const restParts = read.some((p) => p.kind === "value") ? read : [];
  const restMeasures = new Set(
    restParts.flatMap((p) => (p.label ? [SPECIFIC_FIRST.find((m) => p.label?.metrics.includes(m)) ?? ""] : [])),
  );
  const parts: CellPart[] = [...restParts];
  for (const n of found.numbers) {
    const asked = questions.find((q) => q.number === n);
    // "None went missing, so questions 2, 3 and 4 are 0": the rest of the
    // sentence already answered question 2's measure in its own words.
    if (asked?.measures.every((m) => restMeasures.has(metricOfMeasure(m, env)))) continue;
    const label = matchLabel(`question ${n}`, env.knowledge.labels);
    parts.push({ part: 0, text: clause, kind: "text", parsed: null, label, answer: false });
    parts.push({ part: 1, text: clause, kind: "value", parsed: found.parsed, label: null, answer: true });
  }
  return parts;
}

// "(?<!\\s)": a run of spaces is tried once from its start, not from each space (quadratic on a long run).
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:and\s+)?(?:so|therefore|hence|which means)\b)|(?<!\s)\s+so\s+(?=the\b)/iu;

function metricOfMeasure(measure: string, env: LocateEnv): string {
  return env.knowledge.request.measures.find((m) => m.id === measure)?.metric ?? "";
}

/**
 * "None of these young people went missing, so there were no missing
 * episodes and none remain missing": a nil sentence whose clauses each deny
 * a measure of their own. Each clause that says "none"/"no" and names one
 * metric answers that metric with 0, the clauses sharing the sentence's
 * group ("of these" refers back for all of them). All or nothing: a clause
 * naming no metric or one another clause named, a clause with a figure, or
 * two groups in one sentence leaves the sentence to be read whole (and
 * flagged when its label is ambiguous).
 */
function readNilClauses(sentence: string, env: LocateEnv): CellPart[] | null {
  // Cheap first: two denials at least, and no figure in digits ("between
  // 1 October 2014 and 30 September 2015" is the period, no figure).
  // "Neither of the children in question 1 went missing": the number of the
  // question pointed at is no figure either; the clause's label keeps it.
  const undated = (text: string) => text.replace(DAY_DATE, " ").replace(QUESTION_NAMED, " ");
  if ((sentence.match(NIL_WORDS) ?? []).length < 2 || /\d/u.test(undated(sentence))) return null;
  const vocab = env.knowledge.labels;
  const clauses = sentence
    .replace(/\.\s*$/u, "")
    .split(/[;,]\s+|(?<!\s)\s+(?:and|but|so|while|with)\s+/iu)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  if (clauses.length < 2) return null;
  const parts: CellPart[] = [];
  const counted = new Set<string>();
  const families = new Set<string>();
  // Whether each denying clause names one group of its own ("no looked after
  // children identified or suspected as trafficked, and no unaccompanied
  // asylum seeking children were looked after"): then it may deny the same
  // measure of another group as the clause before it.
  let ownGroups = true;
  for (const clause of clauses) {
    const label = matchLabel(clause, vocab);
    const own = new Set(label.groups.map((g) => wholeGroupOf(g, vocab)));
    for (const g of own) families.add(g);
    const nil = NIL_CLAUSE.test(clause);
    if (figuresIn(undated(clause), env).length > 0) return null;
    if (!nil) {
      // "during the period": words that name no measure add nothing.
      if (label.metrics.length > 0) return null;
      continue;
    }
    const metric = SPECIFIC_FIRST.find((m) => label.metrics.includes(m));
    if (own.size !== 1) ownGroups = false;
    const key = `${[...own].join("+")}|${metric}`;
    if (metric === undefined || counted.has(key)) return null;
    // "no longer missing" answers no count: it says the children came back.
    if (/\bno longer\b/iu.test(clause)) return null;
    // "no information is held on missing episodes", "we hold no record of
    // episodes": a denial of the information, not of the events; read as 0
    // it would turn "not held" into a count.
    if (HOLDING_WORDS.test(clause) || isWithheld(parseCached(env, clause).status)) return null;
    counted.add(key);
    const parsed = parseCached(env, "none");
    if (parsed.value !== 0) return null;
    parts.push({ part: 0, text: clause, kind: "text", parsed: null, label, answer: false });
    parts.push({ part: 1, text: clause, kind: "value", parsed, label: null, answer: true });
  }
  if (counted.size < 2) return null;
  if (families.size > 1) return ownGroups ? parts : null;
  return shareSentenceGroup(parts);
}

/** Words about information rather than events: a "no" beside them says what is not held. */
const HOLDING_WORDS =
  /\b(?:information|data|records?|details|figures|statistics|hold|holds|held|kept|keep|collect(?:s|ed)?|available)\b/iu;

function isWithheld(status: string): boolean {
  return status === "not_held" || status === "refused";
}

/** A date with its day ("1 October 2014"): the period a sentence speaks of, never a count. */
const DAY_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+(?:19|20)\d\d\b/giu;

/** "question 1", "Q2(a)", "qn 3": a question named by its number, in brackets or not. */
const QUESTION_NAMED = /\b(?:question|qu|qn|q)\.?\s*\d{1,2}\s*(?:\(?[a-z]\))?(?![\w])/giu;

const NIL_WORDS = /\b(?:none|nil|zero|no|nobody|not any)\b/giu;
// "Neither of the children … went missing" denies for both of two children; "neither … nor" is no count.
const NIL_CLAUSE =
  /\b(?:none|nil|zero|no one|nobody|not any)\b|\bno\s+(?!longer\b|more\b|later\b)\p{L}|^neither\s+of\s+(?:them|these|those|the)\b(?!.*\bnor\b)/iu;

/**
 * "Please see our answer to question 2", or a cell that opens "See Q1": an
 * answer that points at another one (followed in locate). "N/A (see Q1)"
 * says its own answer first, and is read as that.
 */
export const SEE_ANSWER =
  /\b(?:(?:see|refer to|as (?:per|in)|same as)\s+(?:our\s+|the\s+)?(?:answer|response|reply)s?\s+(?:to|for|at|given (?:to|at|for))\s+|^\s*(?:please\s+)?(?:see|refer to)\s+)(?:question|q)\.?\s*(\d{1,2}[a-z]?)\b/iu;

/**
 * "Under 16", "16-17" in an "Age Group" column: a cell that is nothing but
 * one of the request's group phrasings names that group, though it reads
 * like a range of values. Only the whole cell: "number is under 5" or
 * "Under 16 7" still hold a value.
 */
function groupNameOnly(text: string, env: LocateEnv): LabelMatch | null {
  if (!/\d/u.test(text) || wordsIn(text) > 4) return null;
  const label = matchLabel(text, env.knowledge.labels);
  if (label.groups.length !== 1 || label.metrics.length > 0) return null;
  const words = label.normalised.split(" ").filter((w) => w !== "" && !AGE_GRAMMAR.has(w));
  const phrase = label.phrases.find((p) => words.every((w) => p.split(" ").includes(w)));
  return phrase ? label : null;
}

/** Words around an age band that name nothing themselves ("aged 16-17", "16 to 17 years"). */
const AGE_GRAMMAR = new Set(["aged", "age", "ages", "years", "year", "olds", "old"]);

/** A cell that is only a percentage: "23.1%", "40.0 %". Linear: no nested quantifier. */
const PERCENTAGE_ONLY = /^\s*\d{1,3}(?:\.\d+)?\s*%\s*$/u;

/** Whether the round asks any question answered with a percentage. */
function asksPercentage(env: LocateEnv): boolean {
  return env.knowledge.request.metrics.some((m) => m.kind === "percentage");
}

/**
 * "38.5%" alone, in a round that asks for a percentage: an answer, though
 * parseValue (counts only) leaves it unread. The match stage reads it as a
 * rate under a percentage's question and sets it aside under a count's.
 */
export function isPercentageAnswer(text: string, env: LocateEnv): boolean {
  return PERCENTAGE_ONLY.test(text) && asksPercentage(env);
}

function readCellUncached(text: string, env: LocateEnv, alone: boolean, prose: boolean, notWhole = false): CellPart[] {
  // "Question 3 – … ? Answer: Information not held" holds a question and
  // its answer; split it before reading the whole cell as an answer,
  // which the "not held" inside it would otherwise make it.
  // "See our answer to question 2; 1 remains missing" gives a figure of its
  // own: only a bare pointer takes another answer.
  if (SEE_ANSWER.test(text) && wordsIn(text) <= 12 && figuresIn(text.replace(SEE_ANSWER, " "), env).length === 0) {
    return [{ part: 0, text, kind: "value", parsed: { ...UNREAD }, label: null, answer: true }];
  }
  // "Approximately 60 UASC were looked after during the period; the exact
  // number changes …" in a table's answer cell: the approximate count opens
  // the sentence and the words after it say what it counts and why it is not
  // exact; read as a label (it restates the question), the cell beside it was
  // taken for the answer.
  // "1a: 9 1b: 5 Total: 14": no one figure, but the parts of the cell's
  // measure and their total, which readLabelledParts reads by the numbers.
  // "a. identified: 6" / "b. suspected: 3" a line each in a table's cell: the parts of the cell's measure, which
  // readLabelledParts reads by their words; as one cell its last count stood for the whole.
  if (isNumberedPartsList(text) || (!prose && isLetteredPartLines(text)))
    return [{ part: 0, text, kind: "value", parsed: { ...UNREAD }, label: null, answer: true }];
  const approximate = prose && alone ? null : approximateLead(text, env, true);
  if (approximate) return [{ ...approximate, answer: false }];
  const group = groupNameOnly(text, env);
  if (group) return [{ part: 0, text, kind: "text", parsed: null, label: group, answer: false }];
  // "23.1%" alone in a cell, in a round that asks for a percentage: the
  // answer to that question, which parseValue (counts only) leaves unread.
  // As a figure, matchFigures reads it as a rate under a percentage's label
  // and sets it aside, with a word, under a count's; as text it was dropped
  // with none. A round asking no percentage keeps such cells as text.
  if (isPercentageAnswer(text, env)) {
    return [{ part: 0, text, kind: "value", parsed: parseCached(env, text), label: null, answer: false }];
  }
  // "4 The total number of … still missing …": the request's question 4 restated, no count of 4.
  if (restatesQuestion(text, env.knowledge.request.questions)) {
    return [
      { part: 0, text, kind: "text", parsed: null, label: matchLabel(text, env.knowledge.labels), answer: false },
    ];
  }
  const marked = splitAtMarker(text, env);
  const parsed = marked ? null : parseCached(env, text);
  // Refusal and not-held phrases are found anywhere in an answer, so a whole
  // "Trafficked children who went missing: Exempt under section 40(2)" line
  // parses as a refusal; when it also splits into a question and that
  // answer, the split keeps the question, without which the refusal is lost.
  // "Two of these young people went missing, on four occasions in total":
  // a sentence with several figures is read clause by clause, never whole
  // as its first figure.
  // Only a count read out of running text: a refusal or "not held" is one
  // answer however long, and "4 (1 of whom is still missing)" leads with it.
  const wordy =
    parsed !== null &&
    !parsed.unparsed &&
    parsed.status === "reported" &&
    !/^\s*[\d<*]/u.test(text) &&
    wordsIn(text) >= 6;
  // "3 children went missing: 2 British and 1 Vietnamese": parts that add up to the count are its breakdown.
  const several =
    wordy &&
    parsed.breakdown !== true &&
    (figuresIn(withoutQuestionNumber(text), env).length >= 2 || sentencesOf(text).length >= 2);
  // A table cell holding a paragraph ("The Council looked after 3 UASC.
  // None of them went missing, …") has no one figure: reported as an
  // answer foi-agg cannot read, never as its first number.
  if (several && !(prose && alone)) {
    return [{ part: 0, text, kind: "value", parsed: { ...UNREAD }, label: null, answer: true }];
  }
  // "3 (of whom 1 went missing). 2 were identified and 1 was suspected.": a
  // whole cell that is a figure and a sentence of its parts answers with the
  // figure; the parts stay in the text for readRemarkParts.
  // Only a statement that counts its parts: "6. Of these, how many went
  // missing?" is a numbered question, never a figure of 6.
  const statesParts = !text.includes("?") && (text.match(/\d+/gu)?.length ?? 0) >= 3;
  const before =
    parsed?.unparsed && !marked && statesParts ? figureBeforeParts(text, env.knowledge.labels.partsSentence) : null;
  if (before !== null) {
    return [{ part: 0, text, kind: "value", parsed: parseCached(env, before), label: null, answer: false }];
  }
  const phrased = parsed?.status === "refused" || parsed?.status === "not_held";
  const split0 = phrased ? splitAnswer(text, env, alone, prose) : null;
  // Only when the answer part says the same: "…for these 4 children is not
  // held" must not become a count of 4.
  const early = split0 && parseCached(env, split0.answer).status === parsed?.status ? split0 : null;
  if (parsed && !parsed.unparsed && !early && !several && !notWhole) {
    return [{ part: 0, text, kind: "value", parsed, label: null, answer: false }];
  }
  // "Identified: 0   Suspected: 1": several labelled figures on one line
  // are each their own answer; split at the last colon, the first pair
  // would become part of the second's label.
  const pairs = !marked && alone ? readLabelledPairs(text, env) : null;
  if (pairs) return pairs;
  // "Q1. Identified: 3 children   Suspected: 2", pairs the reader above
  // cannot part: split at the last colon, the first figure would hide in the
  // label and the last be taken for the whole question. An answer foi-agg
  // cannot read is reported as such, never as its last number.
  const crowded = !marked && alone ? FIGURE_BEFORE_LABEL.exec(text) : null;
  if (crowded && matchesSomething(text, env)) {
    // The words before the first figure say which question it answers.
    const head = text.slice(0, crowded.index).trim();
    const unread: CellPart = { part: 1, text, kind: "value", parsed: { ...UNREAD }, label: null, answer: true };
    if (head === "" || !matchesSomething(head, env)) return [{ ...unread, part: 0 }];
    return [
      { part: 0, text: head, kind: "text", parsed: null, label: matchLabel(head, env.knowledge.labels), answer: false },
      unread,
    ];
  }
  const split = marked ?? early ?? splitAnswer(text, env, alone, prose);
  // "1 child, 3 occasions" is an answer (children and episodes together),
  // though no single figure can be read from it.
  if (!split && parsed?.unparsed && parsePairedAnswer(text, env.knowledge.values)) {
    return [{ part: 0, text, kind: "value", parsed, label: null, answer: true }];
  }
  const clauses = !split && alone && prose ? (readClauses(text, env) ?? readNumberedClauses(text, env)) : null;
  if (clauses) return clauses;
  if (!split) {
    return [
      { part: 0, text, kind: "text", parsed: null, label: matchLabel(text, env.knowledge.labels), answer: false },
    ];
  }
  // "Answer: 9 of the trafficked children (2a) and 21 of the unaccompanied
  // children (2b) went missing": a marker alone, then figures naming their questions.
  // After a marker the question's number is said; "A1. 11. Of these, 6 … (Q1a)" opens its answer with the
  // figure, which is no question's number to strip.
  const opensWithFigure = withoutQuestionNumber(split.answer) !== split.answer;
  const numbered =
    split.label.trim() === "" && alone && prose && !opensWithFigure ? readNumberedClauses(split.answer, env) : null;
  if (numbered) return numbered;
  // "A1. 11. Of these, 6 were identified … and 5 were suspected …": the
  // figure answers; its sentence of parts stays in the text (readRemarkParts).
  const whole = parseCached(env, split.answer);
  const figure = whole.unparsed ? figureBeforeParts(split.answer, env.knowledge.labels.partsSentence) : null;
  const answer: CellPart = {
    part: 1,
    text: split.answer,
    kind: "value",
    parsed: figure === null ? whole : parseCached(env, figure),
    label: null,
    answer: true,
  };
  if (split.label.trim() === "") return [answer];
  const label: CellPart = {
    part: 0,
    text: split.label,
    kind: "text",
    parsed: null,
    label: matchLabel(split.label, env.knowledge.labels),
    answer: false,
  };
  return [label, answer];
}

/** A split at an explicit answer marker, when what precedes it is a question about a measure. */
function splitAtMarker(text: string, env: LocateEnv): { label: string; answer: string } | null {
  const split = markerSplit(text, env);
  if (!split) return null;

  return split.label === "" || matchesSomething(split.label, env) ? split : null;
}

/** Words ending on a colon: a question's stem before its parts ("… in the care of your authority:"). */
const STEM_COLON = /\p{L}\s*:$/u;

/** "2.", "Q2", "Question 2)": a question's number and nothing else. */
const BARE_QUESTION_NUMBER = /^\s*(?:(?:q|question)\s*)?\d{1,2}\s*[.):]?$/iu;

/**
 * "1a.", "Q1a:": a question's number with its first part's letter. "1a. a.
 * Identified as having been trafficked …" restates the request's number and
 * then the part's own letter (round 124): the "a." is the part's, as after a
 * bare number ("2. a. …"), not an "A." answer marker.
 */
const FIRST_PART_NUMBER = /^\s*(?:(?:q|question)\s*)?\d{1,2}a\s*[.):]?$/iu;

function markerSplit(text: string, env: LocateEnv): { label: string; answer: string } | null {
  let best: { index: number; end: number } | null = null;
  for (const re of env.compiled.answerMarkers) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!best || m.index > best.index) best = { index: m.index, end: m.index + m[0].length };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (!best) return null;
  // "… if not included in a. – 1": the "a." ends the question's words, and the
  // spaced dash after it parts the question from its answer; the dash is no minus.
  const answer = text
    .slice(best.end)
    .trim()
    .replace(/^[-–—]\s+(?=\S)/u, "");
  if (answer === "") return null;
  // "Ateb / Answer: 2": the words before the marker only say "answer" in
  // another language, so the line is an answer on its own.
  const label = text.slice(0, best.index).trim();
  // "a) identified as having been trafficked": a lettered part of a
  // question, not "A: <answer>"; an answer names no group or metric of its own.
  // "a) 4 were identified as having been trafficked" under "1. 10 in total":
  // a lower-case letter in a bracket is the first of a list of parts ("b) 6
  // were suspected …" follows), whose words name the part even with a
  // figure in them; "A) 4" and "a: 4" stay answer markers.
  // "2. a. Identified or suspected as trafficked …", "1. a. Identified as
  // trafficked: 2": after a bare question number, the letter is the
  // question's first part, as it is at a line's start.
  const marker = text.slice(best.index);
  if (
    (label === "" || BARE_QUESTION_NUMBER.test(label) || FIRST_PART_NUMBER.test(label)) &&
    (/^\s*a\s*[:.)]/iu.test(marker) || /^\s*(?:\d{1,2}[.)]\s*)?a\s*[:.)]/iu.test(text)) &&
    (parseCached(env, answer).unparsed || /^\s*\(?a\)/u.test(marker) || /^\s*\(?a\)/u.test(text)) &&
    matchesSomething(answer, env)
  ) {
    return null;
  }
  // "2a. The total number of looked after children in the care of your
  // authority: a. Identified or suspected as having been trafficked …": the
  // request's stem restated with its part letter after the colon, as the
  // request itself words it. The letter opens the part's words; it marks no
  // answer (its "answer" is words, and the figure is on a line of its own).
  if (
    STEM_COLON.test(label) &&
    !env.compiled.answerLabelOnly.test(label) &&
    /^\s*\(?[a-z][.)]/u.test(marker) &&
    parseCached(env, answer).unparsed
  ) {
    return null;
  }
  return { label: env.compiled.answerLabelOnly.test(label) ? "" : label, answer };
}

/**
 * One "label: figure" pair of a line that holds several. A figure with a
 * word one space after it ("0 children") is worded, not a bare pair. A
 * spaced dash parts them as a colon does ("Identified as trafficked – 6;
 * suspected – 2"); a hyphen, which joins words, does not.
 */
const LABELLED_PAIR = /(\p{L}[\p{L} '()-]{0,40}?)(?:\s*:|\s+[–—])\s*(\d[\d,]*)(?!\d|,\d| ?[\p{L}(])/gu;

/**
 * A labelled figure followed by another label on the same line ("…: 3 …
 * Suspected: 2"). Each colon's run stops at the next colon, so the scan is linear.
 */
const FIGURE_BEFORE_LABEL = /:\s+\d[^\p{L}:\n]*\p{L}[^:\n]*:\s*\S/u;

/**
 * "Q1.", "1)", "Question 1:", "Question 1 –" before a line's pairs: the
 * number of the question they answer. A document's list number may lead it
 * ("1. Question 1 – identified …"); only the question's own number is kept.
 */
const PAIRS_QUESTION_NUMBER =
  /^\s*(?:\d{1,2}[.)]\s+(?=q))?((?:(?:question|q)\.?\s*)?\d{1,2}[a-z]?\s*[.):]?)(?:\s[-–—](?=\s))?\s+(?=\p{L})/iu;

/**
 * One clause of a line whose pairs are parted by semicolons ("identified as
 * trafficked: 7; suspected of having been trafficked: 5."): its label, then
 * a colon or spaced dash and a bare figure, then at most a full stop. The
 * semicolons bound each label, so a label may be as long as a question's
 * words; a label has no digit and no colon, so the scan is linear.
 */
const SEMICOLON_CLAUSE = /^(\p{L}[^:;\d]*?)(?:\s*:|\s+[–—])\s*(\d[\d,]*)\s*\.?$/u;

/** The same clause with its figure first ("3 went missing", "5 missing episodes"). */
const FIGURE_FIRST_CLAUSE = /^(\d[\d,]*)\s+(\p{L}[^:;\d]*?)\s*\.?$/u;

/** "UASC: 9 children; 3 went missing; …": words and a colon before clauses that each lead with their figure. */
const CLAUSES_LEAD = /^(\p{L}[^:;\d]{0,80}?)\s*:\s*(?=\d)/u;

/** Words a semicolon-parted label may run to: a question's part restated, not a sentence. */
const CLAUSE_LABEL_WORDS = 10;

/**
 * A line of two or more "label: figure" clauses parted by semicolons and
 * nothing else ("UASC looked after: 30; went missing at least once: 8;
 * missing episodes: 10; still missing: 2."): each clause's label and
 * figure, or null when any clause is not one.
 */
function semicolonPairs(body: string): { label: string; figure: string }[] | null {
  // "UASC: 9 children; 3 went missing; …": the words before the colon say
  // whom every clause counts, so each clause's label starts with them.
  // Tried only when the clauses do not read as "label: figure" without it.
  const lead = CLAUSES_LEAD.exec(body);
  return (
    clausePairs(body.split(/\s*;\s*/u), "") ??
    (lead ? clausePairs(body.slice(lead[0].length).split(/\s*;\s*/u), (lead[1] ?? "").trim()) : null)
  );
}

/** Each clause's label (after the lead's words, if any) and figure, or null when any clause is not one. */
function clausePairs(clauses: string[], lead: string): { label: string; figure: string }[] | null {
  if (clauses.length < 2) return null;
  const pairs: { label: string; figure: string }[] = [];
  for (const clause of clauses) {
    const labelled = lead === "" ? SEMICOLON_CLAUSE.exec(clause.trim()) : null;
    const first = labelled ? null : FIGURE_FIRST_CLAUSE.exec(clause.trim());
    const label = (labelled?.[1] ?? first?.[2] ?? "").trim();
    const figure = labelled?.[2] ?? first?.[1];
    if (figure === undefined || wordsIn(label) > CLAUSE_LABEL_WORDS) return null;
    pairs.push({ label: lead === "" ? label : `${lead} ${label}`, figure });
  }
  return pairs;
}

/**
 * A line of two or more "label: figure" pairs and nothing else ("Identified:
 * 0   Suspected: 1", "Identified: 2, Suspected: 3"). Only when every label
 * is short, names a group or metric, and no label comes twice; anything
 * else on the line leaves it to the other readers.
 */
function readLabelledPairs(text: string, env: LocateEnv): CellPart[] | null {
  // "Q1. Identified: 3   Suspected: 2": the question's number leads the
  // pairs of a letter that answers by number. Each label keeps it, so each
  // pair is read as a part of that question, as "Q1. Identified: 3" alone is.
  const numbered = PAIRS_QUESTION_NUMBER.exec(text);
  const number = numbered ? (numbered[1] ?? "").trim() : "";
  const body = numbered ? text.slice(numbered[0].length) : text;
  // Semicolons part the clauses for certain, so their labels may be longer
  // than the few words a pair parted by spaces alone may have.
  const clauses = semicolonPairs(body);
  const spaced = clauses ? [] : [...body.matchAll(LABELLED_PAIR)];
  if (!clauses && body.replace(LABELLED_PAIR, " ").replace(/[\s,;.]+/gu, "") !== "") return null;
  const found = clauses ?? spaced.map((m) => ({ label: (m[1] ?? "").trim(), figure: m[2] ?? "" }));
  if (found.length < 2) return null;
  const labels = found.map((m) => m.label);
  const maxWords = clauses ? CLAUSE_LABEL_WORDS : 4;
  if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) return null;
  // "Identified: 6. Suspected: 6. Total: 12.": the total names nothing of
  // its own; it is read in its place as the question's whole, as a lone
  // "Total: 12" under the parts is (see BARE_TOTAL_LABEL).
  const total = (l: string) => BARE_TOTAL_LABEL.test(`${l}:`);
  if (labels.every(total)) return null;
  if (labels.some((l) => wordsIn(l) > maxWords || !(matchesSomething(l, env) || total(l)))) return null;
  const texts = labels.map((l) => (number === "" ? l : `${number} ${l}`));
  return found.flatMap((m, i): CellPart[] => [
    {
      part: 0,
      text: texts[i] ?? "",
      kind: "text",
      parsed: null,
      label: matchLabel(texts[i] ?? "", env.knowledge.labels),
      answer: false,
    },
    { part: 1, text: m.figure, kind: "value", parsed: parseCached(env, m.figure), label: null, answer: true },
  ]);
}

/**
 * "Total: 5" under "a) identified …: 2" and "b) suspected …: 4": a total
 * names no group or metric of its own (it totals the lines above it), so it
 * matches nothing, yet it is the council's own figure for the whole. Split
 * like any "label: figure" line, it is read in its place (its group from the
 * section or question above) and checked against its parts; left whole, the
 * line was dropped without a word.
 */
const BARE_TOTAL_LABEL = /^\s*(?:grand\s+|overall\s+)?total\s*:$/iu;

/** "Total: 15, made up as follows:": a label, a figure, and a remark pointing at the lines below, ending in a colon. */
const LEADS_INTO_BELOW =
  /^(.*[?:])\s*(\d{1,4}\s*,?\s*(?:(?:which is |and is |is )?(?:made up|broken down|split|divided)\s+)?(?:as follows|as below|see below|below|the following)\s*:)\s*$/iu;

/**
 * Split "question … Answer: 4" into label and answer. An explicit answer
 * marker always splits (even if the answer is prose, which then becomes an
 * unparsed answer to report). Without a marker, a cell is only split at a
 * final "?" or ":" when what follows reads as a value, so titles such as
 * "Period: 1 October 2014 to 30 September 2015" stay whole.
 */
function splitAnswer(
  text: string,
  env: LocateEnv,
  aloneInRow: boolean,
  prose: boolean,
): { label: string; answer: string } | null {
  const marked = markerSplit(text, env);
  if (marked) return marked;
  // "How many UASC went missing? 4" / "Number of UASC: 12"
  const m = /^(.*[?:])\s*([^?:]+)$/su.exec(text);
  if (m?.[1] && m[2]) {
    const answer = m[2].trim();
    const parsed = parseCached(env, answer);
    if (
      !parsed.unparsed &&
      (matchesSomething(m[1], env) || namesOnlyQuestion(m[1], env) || BARE_TOTAL_LABEL.test(m[1])) &&
      !childrenForEpisodes(m[1], answer, env)
    ) {
      return { label: m[1].trim(), answer };
    }
  }
  // "Total: 15, made up as follows:" over a line for each part: the figure's
  // own remark ends the line with a colon that opens the lines below, so no
  // text follows the last colon and the line stayed whole, a label; its total
  // was dropped without a word and the parts were summed in its place. The
  // figure and its remark are the answer; the parts below are checked against it.
  const led = LEADS_INTO_BELOW.exec(text);
  if (led?.[1] && led[2]) {
    const answer = led[2].trim();
    const parsed = parseCached(env, answer);
    if (
      !parsed.unparsed &&
      parsed.value !== null &&
      (matchesSomething(led[1], env) || namesOnlyQuestion(led[1], env) || BARE_TOTAL_LABEL.test(led[1])) &&
      !childrenForEpisodes(led[1], answer, env)
    ) {
      return { label: led[1].trim(), answer };
    }
  }
  // A letter that answers in sentences: "In answer to question 3, the
  // trafficked children who went missing were reported missing on 5 occasions."
  // Only a line about a measure with exactly one figure in it (dates, years
  // and the question's own number aside) gives that figure.
  // A line that ends by asking ("… concluded that the person was a child
  // (under 18)?") is a question restated: its figure is part of what it
  // asks (an age, a bound), never its answer, which follows it.
  if (aloneInRow && prose && !/\?\s*$/u.test(text)) {
    const body = withoutQuestionNumber(text);
    const figures = figuresIn(body, env);
    const only = figures[0];
    // "4   Still missing or absent - no such cases": the one number is the
    // question's own, typed with no stop; the nil after the dash answers it.
    const nil = figures.length === 1 ? nilAfterDash(text, env) : null;
    if (nil && figuresIn(withoutBareQuestionNumber(body), env).length === 0) return nil;
    if (
      figures.length === 1 &&
      only &&
      !isWorded(withoutGroupQuantifiers(body, env.knowledge.labels)) &&
      matchesSomething(body, env) &&
      countsInItsClause(body, only.index ?? 0, env)
    ) {
      return { label: text.trim(), answer: only[0] };
    }
    // "…, none of the trafficked children who went missing remain missing."
    if (
      figures.length === 0 &&
      /^(?:none|no (?:children|child|young people|episodes))\b/iu.test(body) &&
      matchesSomething(body, env)
    ) {
      return { label: text.trim(), answer: "none" };
    }
  }
  // "Trafficked children looked after 12" on a line of its own (letters).
  if (aloneInRow) {
    // A pointer to a note after the figure ("17 (see note 1)", "121 *") stays
    // with it: the note it points to may change what the figure means.
    const t =
      /^(.*[^\d\s,.])\s+(\d[\d,]*)(\s*\((?:see )?(?:foot)?notes? ?[a-z0-9]{1,3}\)|\s?(?:[*†‡]|[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]{1,2}))?\s*\.?$/su.exec(
        text,
      );
    if (
      t?.[1] &&
      t[2] &&
      matchesSomething(t[1], env) &&
      !/\b(19|20)\d\d$/u.test(t[2]) &&
      !env.compiled.referenceBefore.test(t[1]) &&
      // "… suspected of being trafficked (1": a bracket opened, not an answer.
      !/\(\s*$/u.test(t[1]) &&
      // "… were all aged 17": an age (see isAge), not an answer.
      !AGE_BEFORE.test(`${t[1]} `) &&
      // "…and 3 went missing, of whom 2 were aged under 16": with other
      // figures before it, the last number is not the line's answer.
      figuresIn(withoutBareQuestionNumber(withoutQuestionNumber(t[1])), env).length === 0 &&
      // "Of whom aged under 16": the number ends the name of a group (an
      // age band), so it is no figure; the words name a group only with it.
      !namesGroupOnlyWith(t[1], text, env)
    ) {
      // "… went missing was fewer than 5": the bound goes with the figure,
      // which reads as a range (1–4), never as the bare 5.
      // "…: in the region of 40": an approximate phrase goes with it the same way.
      const bound = qualifierBefore(`${t[1]} `, env);
      const label = t[1].slice(0, Math.max(0, t[1].length + 1 - bound.length));
      return { label: label.trim(), answer: `${bound}${t[2]}${t[3] ?? ""}` };
    }
    // "Q2  Of these, how many went missing - nil", "Still missing – none":
    // a label, a spaced dash, then a word that means nought ends the line as
    // a figure would. Only a word (a dash alone is no answer), only after a
    // label about a measure that holds no count of its own.
    const nil = nilAfterDash(text, env);
    if (nil) return nil;
  }
  return null;
}

/**
 * "Q2  Of these, how many went missing - nil": a label about a measure, a
 * spaced dash, then a word that means nought (no figure of its own in the
 * label but the question's number), or null.
 */
function nilAfterDash(text: string, env: LocateEnv): { label: string; answer: string } | null {
  const z = /^(.*\S)\s+[-–—]\s+(\p{L}[\p{L} ]{0,20}?)\s*\.?$/su.exec(text);
  if (!z?.[1] || !z[2]) return null;
  const nil = parseCached(env, z[2]);
  if (
    nil.status === "reported" &&
    nil.value === 0 &&
    !nil.unparsed &&
    matchesSomething(z[1], env) &&
    figuresIn(withoutBareQuestionNumber(withoutQuestionNumber(z[1])), env).length === 0
  ) {
    return { label: z[1].trim(), answer: z[2] };
  }
  return null;
}

/** Whether `whole` names a group of the request that `start` (its words without the last number) does not. */
function namesGroupOnlyWith(start: string, whole: string, env: LocateEnv): boolean {
  const before = new Set(matchLabel(start, env.knowledge.labels).groups);
  return matchLabel(whole, env.knowledge.labels).groups.some((g) => !before.has(g));
}

/**
 * "One child was suspected of having been trafficked; that child did not go
 * missing": the sentence names a measure, but not in the clause its figure
 * stands in. The figure is the answer only when its own clause says what it
 * counts, and does not deny it.
 */
function countsInItsClause(body: string, index: number, env: LocateEnv): boolean {
  const clauses = [...body.matchAll(/[^;,]+/gu)];
  const own = clauses.find((c) => (c.index ?? 0) <= index && index < (c.index ?? 0) + c[0].length)?.[0] ?? body;
  const metrics = matchLabel(own, env.knowledge.labels).metrics;
  // "has not been found" is the not-found count; "did not go missing" denies its count.
  if (!metrics.includes("not_found") && /\b(?:not|never|no longer)\b|n[’']t\b/iu.test(own)) return false;
  return metrics.length > 0 || clauses.length === 1;
}

/**
 * "1 Looked after children identified as trafficked 8", "5 UASC looked
 * after 18": a question numbered with no stop, then its words from a
 * capital, is a question's number and not a count ("3 looked after
 * children were trafficked" starts with its count).
 */
function withoutBareQuestionNumber(text: string): string {
  return text.replace(/^\s*(?:q\.?\s*)?\d{1,2}[a-z]?\s+(?=\p{Lu})/u, "");
}

/** The question's own number ("Question 3 –", "2 and 3.", "4)") is not its answer. */
function withoutQuestionNumber(text: string): string {
  return text.replace(
    /^\s*(?:(?:in (?:answer|response|reply) to )?(?:question|q|cwestiwn)\.?\s*\d+[a-z]?(?:\s*\/\s*(?:question|q)\.?\s*\d+[a-z]?)?\s*[,:.)–—-]?|\d+[a-z]?(?:\s*(?:and|&|,|-|to)\s*\d+[a-z]?)*\s*[.):](?!\d))\s*/iu,
    "",
  );
}

/** The counts a sentence states: not years, dates, percentages, or numbers that point at a question. */
function figuresIn(body: string, env: LocateEnv): RegExpMatchArray[] {
  const digits = [...body.matchAll(/(?<![\w/.:-])\d{1,3}(?:,\d{3})*(?![\w/.:-]|\s*(?:%|per ?cent))/gu)];
  // "Three of these children went missing, with a total of 8 missing
  // episodes": a count in words is a figure too, or the sentence's one
  // figure in digits would be taken for both.
  const words = [...body.matchAll(env.compiled.numberWord)];
  const all = words.length === 0 ? digits : [...digits, ...words].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return (
    all
      .filter(
        (m) =>
          !/^(?:19|20)\d\d$/u.test(m[0]) &&
          // Only the words just before a figure can point at a question; a
          // bounded tail keeps this linear on long text.
          !env.compiled.referenceBefore.test(body.slice(Math.max(0, (m.index ?? 0) - 80), m.index)) &&
          // "covering 1 October 2014 to 30 September 2015": the day of a date.
          !DAY_OF_MONTH.test(body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12)) &&
          // "completed within 72 hours", "missing for over 24 hours": a span of
          // time is part of what the question asks about, never a count of it.
          !env.compiled.durationAfter.test(
            body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24),
          ) &&
          // "on one or more occasions": a way of saying "at least once".
          !/^\s+or\s+more\b/iu.test(body.slice((m.index ?? 0) + m[0].length)) &&
          // "incidents (which could involve the same child on more than one
          // occasion)": how often a child may be counted, part of what is asked.
          !repeatsOccasions(body, m) &&
          // "The two young people were reported missing on five occasions":
          // "the two young people" names the children of the question before,
          // it does not count anything new.
          !restatesChildren(body, m) &&
          // "Three of the five went missing at least once": "of the five" is
          // the count just given, the base the sentence's own figure is out of.
          !restatesBase(body, m) &&
          // "Of whom aged under 16": the number ends the name of an age band
          // the request asks about, so it counts nothing.
          !endsGroupName(body, m, env) &&
          // "the two young people were aged 17 when they went missing": an age.
          !isAge(body, m) &&
          // "(1) Children still missing …": a note's marker opening its line, the one a label carries.
          !opensAsMarker(body, m),
      )
      // "a hundred and five": the words after a scale word are part of its number, never a count alone.
      .filter((m) => !SCALE_BEFORE.test(body.slice(Math.max(0, (m.index ?? 0) - 16), m.index)))
      .map((m) => withScale(withQualifier(m, body, env), body, env.knowledge.values.numberWords))
      // "one hundred and twenty one": the words a scaled number took are its own, never counts of their own.
      .filter(outsideEarlierFigure())
  );
}

/** Whether figure `m` says how often ("more than one occasion", "at least two occasions"), not how many. */
function repeatsOccasions(body: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  return (
    /\b(?:more than|at least)\s+$/iu.test(body.slice(Math.max(0, at - 12), at)) &&
    /^\s+(?:separate\s+)?occasions?\b/iu.test(body.slice(end, end + 20))
  );
}

/** A filter keeping a figure only when it starts after the end of the last figure kept (figures come in order). */
function outsideEarlierFigure(): (m: RegExpMatchArray) => boolean {
  let end = -1;
  return (m) => {
    const at = m.index ?? 0;
    if (at < end) return false;
    end = at + m[0].length;
    return true;
  };
}

/**
 * Whether figure `m` is someone's age: straight after "aged" or "age (of)"
 * ("aged 17", "aged 16 and 17", "at the age of 15"), or "turned" ("including
 * those who turned 18 while missing"), or before "years old".
 * A note that says how old the children were counts none of them; "aged
 * under 16" is left to endsGroupName, since there the number bounds a group.
 */
const AGE_BEFORE =
  /\b(?:aged|age|ages|turn(?:ed|ing|s)?)\s+(?:of\s+|between\s+)?(?:\d{1,2}\s*(?:and|or|to|-|–)\s*)?$/iu;
function isAge(body: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  return (
    AGE_BEFORE.test(body.slice(Math.max(0, at - 24), at)) ||
    /^\s*-?\s*(?:years?|yrs?)[\s-]+olds?\b|^\s*-?\s*year[\s-]+olds?\b/iu.test(body.slice(end, end + 16))
  );
}

/** Whether figure `m` is a bracketed marker opening the text ("(1) …", "[2] …"), a note's or an item's number. */
function opensAsMarker(body: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return /^\s*[([]\s*$/u.test(body.slice(0, at)) && /^\s*[)\]]/u.test(body.slice(at + m[0].length));
}

/** Whether figure `m` is the last word of a group's name ("aged under 16", "over 18"), as the request's phrasings read it. */
function endsGroupName(body: string, m: RegExpMatchArray, env: LocateEnv): boolean {
  const at = m.index ?? 0;
  if (!/\b(?:under|over|below|above|aged|age)\s+$/iu.test(body.slice(Math.max(0, at - 8), at))) return false;
  return namesGroupOnlyWith(body.slice(0, at), body.slice(0, at + m[0].length), env);
}

/** "The two young people …", "these 3 children …": a number between a determiner and the children it restates. */
function restatesChildren(body: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return (
    /(?:^|\s)(?:the|these|those)\s+$/iu.test(body.slice(Math.max(0, at - 8), at)) &&
    /^\s+(?:young people|young persons?|children|child)\b/iu.test(body.slice(at + m[0].length, at + m[0].length + 20))
  );
}

/**
 * "Three of the five went missing", "2 out of the 9 children have not been
 * found": a number after "of the" / "out of these" that ends the phrase
 * (its verb follows) restates the children counted
 * before; it is not a second figure of the sentence. "Of the 37 UASC, 9 went
 * missing" keeps its 37, which names a group the clause after counts within.
 */
function restatesBase(body: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  if (!/(?:^|\s)(?:of|out of)\s+(?:the|these|those)\s+$/iu.test(body.slice(Math.max(0, at - 16), at))) return false;
  // Its verb, not a relative clause: in "three of the five who went missing
  // were found", "who went missing" says what the five count, so the five is
  // that count and the three counts something else.
  return /^(?:\s+(?:young people|young persons?|children|child))?(?:\s+(?:went|were|was|have|has|had|are|is|remain|remains|remained|returned)\b)/iu.test(
    body.slice(at + m[0].length, at + m[0].length + 40),
  );
}

/**
 * "fewer than 5 children went missing": the figure is the whole phrase, which
 * reads as a range (1–4), never the bare 5.
 */
function withQualifier(m: RegExpMatchArray, body: string, env: LocateEnv): RegExpMatchArray {
  const at = m.index ?? 0;
  const head = body.slice(Math.max(0, at - 24), at);
  // "an estimated 40", "40 or so": values.json's approximate words on either
  // side make the figure approximate, so they go with it to the parser.
  const before = qualifierBefore(head, env);
  const after = env.compiled.approximateAfter.exec(body.slice(at + m[0].length, at + m[0].length + 30))?.[0] ?? "";
  if (before === "" && after === "") return m;
  const widened = Object.assign([`${before}${m[0]}${after}`], { index: at - before.length, input: body });
  return widened as unknown as RegExpMatchArray;
}

/**
 * "two hundred", "1 thousand": a scale word after a number makes it part of
 * a bigger number, which the parser does not read, so the figure takes the
 * scale word with it and reads as not understood (value_unparsed on its
 * measure), never as the 2 or the 1 it starts with.
 */
const SCALE_AFTER = /^\s+(?:hundred|thousand|million)\b/iu;
const SCALE_BEFORE = /\b(?:hundred|thousand|million),?\s+(?:and\s+)?$/iu;

function withScale(m: RegExpMatchArray, body: string, numberWords: Readonly<Record<string, number>>): RegExpMatchArray {
  const at = m.index ?? 0;
  const scale = SCALE_AFTER.exec(body.slice(at + m[0].length, at + m[0].length + 12))?.[0];
  if (scale === undefined) return m;
  // The parser reads a whole number in words ("one hundred and twenty"), so the figure takes every word of it:
  // "one hundred" cut from "one hundred and twenty children" would read as 100. Words past the number stay out.
  let end = at + m[0].length + scale.length;
  for (;;) {
    const next = /^(,?\s{1,3}(?:and\s{1,3})?)([a-z]+(?:-[a-z]+)*|\d+)(?![\d.])/iu.exec(body.slice(end, end + 40));
    const word = next?.[2]?.toLowerCase();
    if (next === null || word === undefined) break;
    // "twenty-one" or "and 20" is still part of the number (the parser then reads it or leaves it unread).
    const numeric =
      /^\d+$/u.test(word) ||
      word.split("-").some((w) => Object.hasOwn(numberWords, w) || /^(?:hundred|thousand|million)$/u.test(w));
    if (!numeric) break;
    end += next[0].length;
  }
  return Object.assign([body.slice(at, end)], { index: at, input: body }) as unknown as RegExpMatchArray;
}

/** The bound ("fewer than ") or approximate words ("in the region of ") that end `text`, as written, or "". */
function qualifierBefore(text: string, env: LocateEnv): string {
  return boundWordsBefore(text, env.compiled.approximateBefore);
}

/**
 * As qualifierBefore, given values.json's approximate words compiled (CompiledMarkers.approximateBefore). The
 * longer wins: "no less than " is values.json's lower bound, where "less than " alone would read it as small.
 */
export function boundWordsBefore(text: string, approximateBefore: RegExp): string {
  const bound = QUALIFIER.exec(text)?.[0] ?? "";
  const approx = approximateBefore.exec(text)?.[0]?.replace(/^[\s(:]/u, "") ?? "";
  return approx.length > bound.length ? approx : bound;
}

// "went missing <5": a bound's sign goes with its figure as its words do, or the 5 alone was read;
// an arrow ("went missing => 5", "-> 5") points at the figure, it bounds nothing.
const QUALIFIER =
  /(?:\b(?:fewer than|less than|more than|under|over|below|above|up to|at least|at most|around|about|approximately|approx\.?|circa|c\.|nearly|almost|roughly|some)\s+|(?<![-=])(?:[<>\u2264\u2265]=?|=<)\s*)$/iu;

const UNREAD = { status: "not_answered", value: null, lower: null, upper: null, unparsed: true } as const;
const IN_TOTAL = /\b(?:in total|a total of|in all)\b/giu;
const DAY_OF_MONTH =
  /^\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/**
 * "all 4 returned, so none are still missing": a second quantity in words
 * means the one figure may not be the answer.
 */
function isWorded(body: string): boolean {
  return /\b(?:none|nil|no one|nobody|neither|all|both|each|every)\b/iu.test(body);
}

/**
 * A letter's sentence with several figures ("we looked after 48 UASC, of
 * whom 11 went missing at least once"): each clause with one figure and a
 * metric of its own gives that figure, labelled by the clause, so "of whom"
 * carries the group across as it does between questions; a clause giving
 * children and episodes together ("4 went missing on 23 occasions") is kept
 * whole for the match stage, and "Of the 9 trafficked children" labels the
 * clauses after it. All or nothing: when any clause holding a figure cannot
 * be read this way (a date, "all"/"none", a part of the group such as "one of
 * them on 2 occasions", a figure with no metric, two groups in one line) the
 * line is left unread, so a figure never lands on the wrong group.
 */
const SPECIFIC_FIRST = ["not_found", "missing_incidents", "went_missing", "looked_after"] as const;

/**
 * Where a sentence read clause by clause breaks: at punctuation, and at a joining word before a later figure
 * ("3 went missing and 2 remain missing") or before a nil ("6 went missing on 17 occasions and none have
 * not been found"): a closing nil is a clause of its own, read by nilClause, never the words of the figure
 * before it (kept whole, "on 17 occasions and none …" gave two figures one clause and the line went unread).
 */
// "… identified as trafficked and one further child suspected": a count in words right after the joining word
// ("and one further", "and a further two") opens a clause as a later digit does; only right after it, as a
// word later on ("and suspected … one of them") is no figure of the clause the word "and" opens.
const CLAUSE_SPLIT = new RegExp(
  String.raw`[;,.()](?=\s|$)|\(|\)|\s+(?:and|but|so|while)\s+(?=\D*\d|(?:none|nil|neither|nobody|no one)\b|(?:a\s+further\s+|another\s+)?${NUMBER_WORD})`,
  "u",
);

function readClauses(text: string, env: LocateEnv): CellPart[] | null {
  const body = withoutQuestionNumber(text);
  if (figuresIn(body, env).length < 2) return null;
  const parts: CellPart[] = [];
  const families = new Set<string>();
  const counted = new Set<string>();
  const wholes: ClauseCount[] = [];
  // Each clause's sentence, back to the previous full stop, may name its period ("In 2013-14 we looked after
  // 21 …; 3 went missing …"): the clause's label carries it, so its figures are never the line's period's.
  const clauses = body
    .split(SENTENCE_END)
    .flatMap((sentence) =>
      sentence.split(CLAUSE_SPLIT).map((raw, i, all) => ({ raw, before: all.slice(0, i).join(" ") })),
    );
  for (const { raw, before } of clauses) {
    const clause = raw.trim();
    if (clause === "") continue;
    const sentencePeriod = sentencePeriodOf(before, clause, env);
    const inSentence = (l: LabelMatch): LabelMatch =>
      sentencePeriod === null ? l : { ...l, text: `${sentencePeriod}: ${l.text}` };
    const figures = figuresIn(clause, env);
    // "on four occasions in total", "with a total of 8 missing episodes": in
    // a sentence, a total of the clause's own count, not of both groups.
    const label = matchLabel(clause.replace(IN_TOTAL, " "), env.knowledge.labels);
    for (const g of label.groups) families.add(wholeGroupOf(g, env.knowledge.labels));
    if (figures.length === 0) {
      // "Of those placed out of area, two went missing …": the clause narrows the group the figures count
      // within; "Not known. Of the three placed by us, …": the answer is not known. Either way the line is
      // left whole for the match stage to flag, never read as the group's figures.
      const says = parseCached(env, clause).status;
      if (
        // A restated question ("2b. Of the children in question 1, how many …?") asks; it answers nothing.
        (label.groups.length === 0 &&
          !ASKS.test(text) &&
          narrowingOpening(`${clause},`, env.knowledge.labels.partsSentence) !== null) ||
        says === "not_held" ||
        says === "refused"
      )
        return [{ part: 0, text, kind: "value", parsed: { ...UNREAD }, label: null, answer: true }];
      const nil = nilClause(clause, env);
      if (nil && !counted.has(nil.metric)) {
        counted.add(nil.metric);
        parts.push({
          part: 0,
          text: nil.text,
          kind: "text",
          parsed: null,
          label: inSentence(nil.label),
          answer: false,
        });
        parts.push({ part: 1, text: nil.text, kind: "value", parsed: nil.parsed, label: null, answer: true });
        continue;
      }
      if (label.metrics.length === 0 && label.groups.length > 0) {
        parts.push({ part: 0, text: clause, kind: "text", parsed: null, label: inSentence(label), answer: false });
      }
      continue;
    }
    // "Of the 37": the figure restates the group the clause after it counts within.
    const restates = /^(?:of|out of) (?:the|these|those) \d[\d,]*\b/iu.test(clause) && !/\ball\b/iu.test(clause);
    if (restates && label.metrics.length === 0) {
      if (label.groups.length > 0)
        parts.push({ part: 0, text: clause, kind: "text", parsed: null, label: inSentence(label), answer: false });
      continue;
    }
    // "(compared with 21 in 2013/14)": another period's figure, beside the answer.
    const marks = periodMarksOf(env, clause);
    const { period, periods } = env.knowledge.request;
    const otherPeriod =
      marks.mark !== null ||
      (marks.periods.length > 0 &&
        marks.periods.every((p) => comparePeriodToAny(p, [period, ...periods]) === "mismatch"));
    if (otherPeriod && label.metrics.length === 0 && label.groups.length === 0) continue;
    // "(7 identified and 3 suspected)", "; (b) a further 5 were suspected":
    // a part of the group the clause before counted, with no metric of its
    // own, counts what that clause counted.
    // "…, giving five children in all": the total of the parts just given
    // restates what they add up to (the whole is derived from them); a
    // total that does not add up leaves the line unread.
    const last = wholes.at(-1);
    if (
      last &&
      last.parts.length > 0 &&
      figures.length === 1 &&
      label.metrics.length === 0 &&
      label.groups.length === 0 &&
      SUMS_UP.test(clause)
    ) {
      const total = parseCached(env, figures[0]?.[0] ?? "");
      const sum = (last.value ?? Number.NaN) + last.parts.reduce((a, b) => a + b, 0);
      if (total.status !== "reported" || total.value !== sum) return null;
      continue;
    }
    const part = readPartClause(clause, label, figures, last, env);
    if (part === "unclear") return null;
    if (part) {
      const key = `${part.label.groups.join("+")}:${part.metric}`;
      if (counted.has(key)) return null;
      counted.add(key);
      part.whole.parts.push(part.value);
      parts.push({ part: 0, text: clause, kind: "text", parsed: null, label: inSentence(part.label), answer: false });
      parts.push({ part: 1, text: part.figure, kind: "value", parsed: part.parsed, label: null, answer: true });
      continue;
    }
    const partial = /^(?:one|1|each|either|both) (?:of (?:them|whom|these|those)\b)?|\beach\b/iu.test(clause);
    const paired = figures.length === 2 && parsePairedAnswer(clause, env.knowledge.values) !== null;
    const readable =
      label.metrics.length > 0 &&
      (figures.length === 1 || paired) &&
      !isWorded(clause) &&
      !(partial && label.metrics.includes("missing_incidents"));
    if (!readable) return null;
    // Two clauses counting the same thing ("3 went missing, and 2 of them
    // went missing more than once") leave the line's answer unclear.
    // (Each clause counts its most specific metric: "still missing" is not_found, not went_missing.)
    const own = paired
      ? ["went_missing", "missing_incidents"]
      : [SPECIFIC_FIRST.find((m) => label.metrics.includes(m)) ?? ""];
    if (own.some((m) => counted.has(m))) return null;
    for (const m of own) counted.add(m);
    const answer = paired ? clause : (figures[0]?.[0] ?? "");
    const parsed = parseCached(env, answer);
    parts.push({ part: 0, text: clause, kind: "text", parsed: null, label: inSentence(label), answer: false });
    parts.push({ part: 1, text: answer, kind: "value", parsed, label: null, answer: true });
    if (!paired)
      wholes.push({
        label,
        metric: own[0] ?? "",
        value: parsed.status === "reported" ? parsed.value : null,
        parts: [],
      });
  }
  // Parts given beside a count of both ("10 … identified or suspected (7
  // identified and 3 suspected)") must add up to it, or the line says
  // something foi-agg cannot tell and is left unread.
  for (const w of wholes) {
    if (w.parts.length > 0 && w.label.combined && w.parts.reduce((a, b) => a + b, 0) !== w.value) return null;
  }
  if (families.size > 1) return null;
  if (!parts.some((p) => p.kind === "value")) return null;
  return shareSentenceGroup(parts);
}

/** Where a letter's line ends one sentence and begins the next: a full stop before a space (never "30.5"). */
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/u;

/**
 * The period a clause's sentence names before it ("In 2013-14", "in the previous year"), where the clause
 * names none of its own: the figures of "…; 3 went missing on 9 occasions" are that sentence's period's,
 * not the period of the line they stand on. Null when the sentence names none before the clause.
 */
function sentencePeriodOf(before: string, clause: string, env: LocateEnv): string | null {
  if (before.trim() === "") return null;
  const own = periodMarksOf(env, clause);
  if (own.mark !== null || own.periods.length > 0) return null;
  const lead = periodMarksOf(env, before);
  if (lead.mark !== null) return lead.mark;
  const raws = [...new Set(lead.periods.map((p) => p.raw.trim()))];
  if (raws.length > 0) return raws.join(", ");
  // "In 2022 the Council looked after …": a year alone is no period to the period reader, but names one asked.
  if (periodsNamed(clause, env.knowledge.request.periods).length > 0) return null;
  const named = periodsNamed(before, env.knowledge.request.periods);
  return named.length === 0 ? null : named.map((p) => p.label).join(", ");
}

/**
 * "…, on 5 occasions between them, and both have since been found": a
 * clause with no figure that says its count is none ("both have since been
 * found", "none remains missing") answers that count as 0 beside the
 * sentence's figures. Only a clause whose words name the count and read
 * whole as exactly none; "no longer missing" and a denial of information
 * ("no records are held") are not a count.
 */
function nilClause(
  clause: string,
  env: LocateEnv,
): { text: string; label: LabelMatch; metric: string; parsed: ParsedValue } | null {
  const text = clause.replace(/^(?:and|but|so|while|with)\s+/iu, "");
  if (/\bno longer\b/iu.test(text) || HOLDING_WORDS.test(text)) return null;
  const label = matchLabel(text, env.knowledge.labels);
  const metric = SPECIFIC_FIRST.find((m) => label.metrics.includes(m));
  if (metric === undefined) return null;
  const parsed = parseCached(env, text);
  return parsed.status === "reported" && parsed.value === 0 && !parsed.unparsed
    ? { text, label, metric, parsed }
    : null;
}

/** "giving five children in all", "making 7 in total": a clause that sums the clauses before it. */
const SUMS_UP =
  /^(?:giving|making|so|a total of|in total|in all|totalling|totaling)\b|\b(?:in all|in total|altogether|all told)\s*$/iu;

/** A clause's count in a sentence read clause by clause, and the figures of the parts given beside it. */
interface ClauseCount {
  label: LabelMatch;
  metric: string;
  value: number | null;
  parts: number[];
}

/**
 * A clause that counts a part of a group ("7 identified", "a further 5 were
 * suspected of having been trafficked") and names no metric, right after a
 * clause counting the request's base metric for that group, for both of its
 * parts ("10 looked after children were identified or suspected") or for
 * another of its parts ("4 … had been identified as trafficked"): it counts
 * the same metric for its part. Null when the clause is not such a part;
 * "unclear" when it is one but its figure cannot be read as a count.
 */
function readPartClause(
  clause: string,
  label: LabelMatch,
  figures: readonly RegExpMatchArray[],
  before: ClauseCount | undefined,
  env: LocateEnv,
):
  | { label: LabelMatch; metric: string; figure: string; value: number; parsed: ParsedValue; whole: ClauseCount }
  | null
  | "unclear" {
  const vocab = env.knowledge.labels;
  if (!before || label.metrics.length > 0 || figures.length !== 1) return null;
  const ownParts = label.groups.filter((g) => vocab.partOf[g] !== undefined);
  const whole = ownParts.length === 1 && ownParts[0] ? vocab.partOf[ownParts[0]] : undefined;
  if (whole === undefined || !label.groups.every((g) => g === ownParts[0] || g === whole)) return null;
  if (before.metric !== vocab.baseMetric) return null;
  const beforeWholes = new Set(before.label.groups.map((g) => wholeGroupOf(g, vocab)));
  if (beforeWholes.size !== 1 || !beforeWholes.has(whole)) return null;
  // Another part before it, or both parts together: never the same part twice.
  const beforeParts = before.label.groups.filter((g) => vocab.partOf[g] !== undefined);
  if (!before.label.combined && (beforeParts.length !== 1 || beforeParts[0] === ownParts[0])) return null;
  const figure = figures[0]?.[0] ?? "";
  const parsed = parseCached(env, figure);
  if (isWorded(clause) || parsed.status !== "reported" || parsed.value === null) return "unclear";
  return {
    label: { ...label, metrics: [before.metric as Metric], questionNumber: null },
    metric: before.metric,
    figure,
    value: parsed.value,
    parsed,
    whole: before,
  };
}

/**
 * "one was identified as having been trafficked (question 1a) and three were
 * suspected of having been trafficked (question 1b)", "9 of the trafficked
 * children (2a) and 21 of the unaccompanied children (2b) went missing": a
 * sentence whose figures each close with the number of the question they
 * answer, in brackets. The council has said which figure answers which
 * question, so each clause (from the last ";", ":" or earlier reference up
 * to its own) gives its one figure, labelled by its words and that number,
 * and the match stage settles the number against the words as it does for
 * "1a. Identified: 5". All or nothing: two references or more, each to a
 * different question the request asks, one figure in each clause, and no
 * other figure in the sentence but a total of the parts ("a total of 26"),
 * which the request derives; any other figure leaves the line unread.
 */
function readNumberedClauses(text: string, env: LocateEnv): CellPart[] | null {
  const body = withoutQuestionNumber(text);
  const asked = new Set(env.knowledge.request.questions.map((q) => q.number));
  // "A1. 11. Of these, 6 were identified (Q1a) and 5 were suspected (Q1b).": a number opening the line that
  // is no question the request asks is the answer's own figure, the whole the clauses are parts of.
  const opening = /^\s*(\d+[a-z]?)\s*[.):]/iu.exec(text.slice(0, text.length - body.length))?.[1]?.toLowerCase();
  if (opening !== undefined && !asked.has(opening)) return null;
  const clauses: { words: string; reference: string; number: string; figure: string }[] = [];
  // Each untagged stretch with the count of clauses before it, so a stated total knows which side its parts are.
  const untagged: { text: string; after: number }[] = [];
  const pieces = body.split(/(?<=\))/u);
  for (const piece of pieces) {
    const reference = env.compiled.questionAfter.exec(piece);
    const number = (reference?.[1] ?? reference?.[2])?.replace(/\s/gu, "").toLowerCase();
    if (!reference || number === undefined) {
      untagged.push({ text: piece, after: clauses.length });
      continue;
    }
    const clause = piece.slice(0, reference.index).split(/[;:]/u).at(-1) ?? "";
    untagged.push({ text: piece.slice(0, reference.index - clause.length), after: clauses.length });
    const figures = figuresIn(clause, env);
    const figure = figures[0];
    if (figures.length !== 1 || figure === undefined || isWorded(clause)) return null;
    if (!asked.has(number) || clauses.some((c) => c.number === number)) return null;
    const at = figure.index ?? 0;
    const words = `${clause.slice(0, at)} ${clause.slice(at + figure[0].length)}`
      .replace(/^[\s,]*(?:(?:and|but|while)\s+)?(?:a further\s+)?/iu, "")
      .replace(/\s+/gu, " ")
      .trim();
    clauses.push({ words, reference: reference[0].trim(), number, figure: figure[0] });
  }
  if (clauses.length < 2) return null;
  // "a total of four children who were identified or suspected": the whole the numbered parts make.
  const total = /\b(?:a total of|in total|in all|total(?:ling)?)\b/iu;
  const stretches = untagged.flatMap(({ text: t, after }) => t.split(/[;:,]/u).map((bit) => ({ bit, after })));
  const stray = stretches.some(({ bit }) => figuresIn(bit, env).length > 0 && !total.test(bit));
  if (stray) return null;
  const disagrees = totalDisagreement(stretches, clauses, env);
  // "9 of the trafficked children (2a) and 21 of the unaccompanied children
  // (2b) went missing": what the clauses count is said once, after the last.
  const last = pieces.at(-1) ?? "";
  const shared = env.compiled.questionAfter.test(last) ? "" : (last.split(/[.;:]/u)[0] ?? "").trim();
  return clauses.flatMap(({ words, reference, number, figure }): CellPart[] => {
    const own = matchLabel(words, env.knowledge.labels);
    const said = own.metrics.length === 0 && shared !== "" ? `${words} ${shared}` : words;
    const label = { ...matchLabel(said, env.knowledge.labels), questionNumber: number };
    // Parts that do not add up to the total stated beside them: which is wrong cannot be told, so none is read.
    const parsed: ParsedValue = disagrees
      ? { status: "not_answered", value: null, lower: null, upper: null, invalid: "parts_sum", note: disagrees }
      : parseCached(env, figure);
    return [
      { part: 0, text: `${said} ${reference}`, kind: "text", parsed: null, label, answer: false },
      { part: 1, text: figure, kind: "value", parsed, label: null, answer: true },
    ];
  });
}

/**
 * Where a sentence of numbered parts states their total ("a total of 30
 * children …: 15 … (1a) and 11 … (1b)"), the total must be the sum of the
 * parts after it, before it or all of them; when it is none, how the
 * disagreement reads ("the stated total of 30, while the parts add up to
 * 26"), else null. A figure that cannot be read exactly settles nothing.
 */
function totalDisagreement(
  stretches: readonly { bit: string; after: number }[],
  clauses: readonly { figure: string }[],
  env: LocateEnv,
): string | null {
  const stated = stretches.filter(({ bit }) => figuresIn(bit, env).length === 1);
  const first = stated[0];
  if (stated.length !== 1 || first === undefined) return null;
  const totalText = figuresIn(first.bit, env)[0]?.[0] ?? "";
  const total = parseCached(env, totalText);
  const values = clauses.map((c) => parseCached(env, c.figure));
  if (total.status !== "reported" || total.value === null) return null;
  if (values.some((v) => v.status !== "reported" || v.value === null)) return null;
  const counts = values.map((v) => v.value ?? 0);
  const add = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sides = [counts, counts.slice(0, first.after), counts.slice(first.after)].filter((xs) => xs.length >= 2);
  if (sides.length === 0 || sides.some((xs) => add(xs) === total.value)) return null;
  return `the total of ${total.value} stated beside them, while they add up to ${add(counts)}`;
}

/**
 * One sentence speaks of one group (a line naming two is left unread), so
 * a clause that names none ("…, with six missing episodes between them")
 * counts within the group another clause names, or refers back with it
 * when that clause does ("Two of them went missing"); a bare clause is
 * never read as both groups together.
 */
function shareSentenceGroup(parts: CellPart[]): CellPart[] {
  const labels = parts.flatMap((p) => (p.label ? [p.label] : []));
  const named = labels.find((l) => l.groups.length > 0);
  const refersBack = labels.some((l) => l.anaphora);
  if (!named && !refersBack) return parts;
  return parts.map((p) =>
    p.label && p.label.groups.length === 0
      ? {
          ...p,
          label: named
            ? { ...p.label, groups: named.groups, allCue: false }
            : { ...p.label, anaphora: true, allCue: false },
        }
      : p,
  );
}

/**
 * "The number of missing episodes for the trafficked children is
 * approximate: one young person was repeatedly recorded as absent …": the
 * sentence after the colon counts children, where the words before it ask
 * only for episodes, so its number ("one young person") is no answer to them.
 */
function childrenForEpisodes(label: string, answer: string, env: LocateEnv): boolean {
  const { request, labels } = env.knowledge;
  const asked = matchLabel(label, labels);
  const said = matchLabel(answer, labels);
  const episodes = (metric: string) => request.metrics.find((x) => x.id === metric)?.counts === "episodes";
  return (
    asked.metrics.length > 0 &&
    asked.metrics.some(episodes) &&
    said.namesChildren &&
    !said.metrics.some(episodes) &&
    wordsIn(answer) >= 4
  );
}

/** "Question 6:", "Q6:", "Qn 1a:": a label that is a question's number and nothing else. */
const BARE_QUESTION = /^\s*(?:question|qu|qn|q|cwestiwn)\s*\.?\s*(\d{1,2}\s*\(?[a-z]?\)?)\s*[:.)]?\s*$/iu;

/**
 * "Question 6: Nil": a letter that answers each question under its number
 * alone, leaving its wording to the request. The number names the measure
 * (match/alignQuestion ties a bare number to the question as sent), so the
 * line is a label and its answer; only a number the request asks counts,
 * and only with the word "question" (or "Q") in front, so "Section 12:" or
 * a date is never taken for one.
 */
function namesOnlyQuestion(label: string, env: LocateEnv): boolean {
  const m = BARE_QUESTION.exec(label);
  // "Total for question 1:" names its question as plainly, as the total that question asks.
  const number = m?.[1]?.replace(/[\s()]/gu, "").toLowerCase() ?? questionOfTotal(label) ?? undefined;
  return number !== undefined && env.knowledge.request.questions.some((q) => q.number === number);
}

function matchesSomething(label: string, env: LocateEnv): boolean {
  return isMeaningful(matchLabel(label, env.knowledge.labels));
}

/** A line that asks rather than answers: a question mark, or "how many". */
const ASKS = /\?|\bhow\s+many\b/iu;
