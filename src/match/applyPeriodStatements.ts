import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { MONTH_NAMES } from "../domain/months.js";
import { type PeriodDef, partsOf, type Request } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { NAMED_SHEETS } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { periodsIn } from "../parse/parsePeriod.js";
import { parseValue } from "../parse/parseValue.js";
import { type PartSpan, partOfPeriod, periodContaining, rangeMonths } from "../parse/partOfPeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import type { NoteLine } from "./applyFileNotes.js";
import { questionsNamed } from "./applyFileNotes.js";
import { dropReasonClauses } from "./dropReasonClauses.js";
import { matchLabel } from "./matchLabel.js";

/**
 * A sentence that says nothing is held, or that the council refuses, for
 * some of the requested periods only ("the information for 1 January 2018
 * to 31 December 2018 is not held", "trafficking figures for 2018 are not
 * held"), wherever it stands in the file. A council that did not exist, or
 * did not record a field, for one year often leaves that year's column out
 * of its table and says why in the letter.
 */
export interface PeriodStatement {
  /**
   * "part": the sentence says the file's figures for the period cover only
   * some of its months ("the 2022 figures cover April to December 2022
   * only", "January to March 2022 is not held"): each figure the file gives
   * for it is flagged on its measure (period_part), and still counted.
   */
  status: "not_held" | "refused" | "part";
  /** The sentence, as written. */
  raw: string;
  source: Source;
  periods: PeriodDef[];
  /** The measures it covers: those of the questions or groups it names, else every measure. */
  measures: string[];
  /** Whether it names the questions or groups it covers; if not, it covers every measure, as a sentence can. */
  named?: boolean;
  /** For "part": the narrower span of months the sentence names. */
  span?: PartSpan;
}

/**
 * Words saying a period's figures are limited to the months named ("cover
 * April to December 2022 only", "relate to the period from April"), or that
 * the rest of the period is missing ("not held"): with a span of months
 * inside a requested period, the figures given for it are only a part.
 */
const ONLY_SOME_MONTHS = /\b(?:only|cover(?:s|ed|ing)?|relates?\s+to|partial|part\s+year)\b/iu;

/** "* = …", "[c] = …", "Key: x = …": a line that opens by saying what a marker in the cells stands for. */
const MARKER_KEY = /^\s*(?:key\s*[:\-–]\s*)?(?:\*{1,3}|\[[a-z]{1,2}\]|[a-z~#^†‡])\s*=/iu;

/**
 * The one requested period a text's range of dates lies inside without
 * being it, with that range as its part: "April to December 2023" in a
 * round of financial years is part of 2023-24. A range equal to a requested
 * period (the "2023/24" beside "(1 April 2023 to 31 December 2023)") names
 * the whole the part is taken from, so it does not stop the part being read.
 */
function rangeInsideOne(
  text: string,
  periods: readonly PeriodDef[],
): { period: PeriodDef; span: PartSpan } | undefined {
  const ranges = periodsIn(text).filter((r) => !periods.some((p) => p.start === r.start && p.end === r.end));
  const period = periodContaining(ranges, periods);
  const range = ranges[0];
  if (!period || !range || ranges.length !== 1) return undefined;
  const months = rangeMonths(range.start, range.end);
  return { period, span: { raw: range.raw, months } };
}

/**
 * Years, dates, section numbers and quarters ("(quarters 1 to 3)" after the
 * dates of a part year): the numbers such a sentence may hold that are not counts.
 */
const NOT_COUNTS =
  /\bquarters?\s+\d(?:\s*(?:to|-|–|and|&)\s*\d)?\b|\b(?:19|20)\d\d\s*[/-]\s*\d{2}(?:\d{2})?\b|\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:sec(?:tion|t)?\.?\s?|s\.?\s?)\d{1,3}(?:\s?\(\w{1,3}\))*|\b(?:questions?|q)\.?\s*\d{1,2}[a-z]?\b/giu;

/** "a breakdown by age", "an age breakdown", "broken down by sex", "split by age group": the parts of a count, not the count. */
const BREAKDOWN =
  /\b(?:break\s?-?down|broken\s+down|split|analysis|disaggregat\w*)\s+(?:of\s+(?:this|these|the|those)\s+(?:\w+\s+)?)?(?:by|into)\b|\b(?:age|sex|gender|ethnic|ethnicity|nationality|category)\s+(?:group\s+|band\s+)?breakdowns?\b/iu;

/** A date that bounds a time ("since January 2022", "before 2019"), rather than naming a period. */
const BOUNDARY =
  /\b(?:since|after|before|until|till|prior to|up to)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:of\s+)?[a-z]+\s+)?(?:19|20)\d\d\b/giu;

/** "prior to 2019", "before April 2019": a date before which something held nothing (month optional, the year's start if none). */
const BEFORE_DATE =
  /\b(?:before|prior to)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+)?(?:([a-z]+)\s+)?((?:19|20)\d\d)\b/iu;

/**
 * The requested periods that ended before the date a sentence says nothing
 * was held before ("not recorded prior to 2019"), or undefined when it names
 * no such date. Only the "before" kind is read so: "since 2019" may say a
 * record began or that one stopped.
 */
function periodsEndingBefore(sentence: string, periods: readonly PeriodDef[]): PeriodDef[] | undefined {
  const m = BEFORE_DATE.exec(sentence);
  if (!m) return undefined;
  const month = m[1] === undefined ? -1 : MONTH_NAMES.findIndex((name) => name.startsWith(m[1]?.toLowerCase() ?? "?"));
  // A word before the year that is no month ("prior to the 2019 …" never reaches here): the year's start.
  const from = `${m[2]}-${String(month >= 0 && (m[1]?.length ?? 0) >= 3 ? month + 1 : 1).padStart(2, "0")}-01`;
  return periods.filter((p) => p.end < from);
}

/**
 * Each sentence that answers "not held" or "refused" for some, not all, of
 * the requested periods, and gives no count of its own (a sentence with a
 * figure is an answer, read where it stands). A request for one period has
 * no such sentences: a "not held" there covers the whole return.
 */
export function findPeriodStatements(
  lines: readonly NoteLine[],
  request: Request,
  labels: LabelVocabulary,
  values: ValueVocabulary,
): PeriodStatement[] {
  const { periods, measures, questions } = request;
  if (periods.length < 2) return [];
  const out: PeriodStatement[] = [];
  for (const line of lines) {
    // "* = fewer than 5; withheld under section 40(2) …": a key to a marker says why the marked cells are
    // withheld; its clauses refuse none of the questions the sheet leaves blank.
    // "~ | Not recorded … before January 2019" on a notes sheet: the key of the cells marked "~" is
    // about those cells (read by their key, match/readZeroKey.ts), not every figure of the years it names.
    if (line.mark !== undefined || MARKER_KEY.test(line.text)) continue;
    // Clause by clause: "2018 is not held, and the 2019 figures cover April to
    // December only" says nothing is held for 2018 alone.
    const clauses = line.text
      .split(/(?<=[.;!?])\s+(?=[A-Z*(])/u)
      .flatMap((s) =>
        s.split(
          /;\s+|,?\s+(?:and|but|so|while|whereas|although)\s+(?=(?:the|our|for|in|figures|information|data|this)\b)/iu,
        ),
      );
    for (const sentence of clauses) {
      if (/\d/u.test(sentence.replace(NOT_COUNTS, " "))) continue;
      // "not recorded prior to 2019: the flag was added in January 2019": what is not held is every period
      // that ended before the date; the sentence's other dates say when the record began.
      const before = periodsEndingBefore(sentence, periods);
      // "recorded only since January 2022" names the year a record began, not a period it covers.
      const byName = before ?? periodsNamed(sentence.replace(BOUNDARY, " "), periods);
      // "Figures cover April to December 2023 only", a title's "2023/24 year to
      // date (1 April 2023 to 31 December 2023)": a range of dates inside one
      // requested period names that period, as the part it covers.
      const inside = byName.length === 0 ? rangeInsideOne(sentence, periods) : undefined;
      // A workbook with a sheet per period whose sheet for one says only "Not held. The system changed …":
      // the sheet's name is the period the sentence is about.
      const bySheet = byName.length === 0 && !inside ? sheetPeriod(line.source, periods) : [];
      const inPeriods = inside ? [inside.period] : byName.length > 0 ? byName : bySheet;
      if (inPeriods.length === 0 || inPeriods.length === periods.length) continue;
      const parsed = parseValue(sentence, values, request.suppressionThreshold);
      const parts = inside
        ? [inside]
        : inPeriods.flatMap((p) => {
            const span = partOfPeriod(sentence, p);
            if (!span) return [];
            // "2021, 2022 and January to March 2023": months followed by another year are that year's part,
            // not this period's (a year cut short by its months names no period since session 43).
            const at = sentence.indexOf(span.raw);
            const yearAfter = at < 0 ? undefined : YEAR_AFTER.exec(sentence.slice(at + span.raw.length))?.[1];
            if (yearAfter && !p.start.startsWith(yearAfter) && !p.end.startsWith(yearAfter)) return [];
            return [{ period: p, span }];
          });
      // One period only: "Figures for 2021, 2022 and January to March 2023 come from …" names its span for one of three.
      const partOnly =
        bySheet.length === 0 &&
        inPeriods.length === 1 &&
        parts.length > 0 &&
        (parsed.status === "not_held" || ONLY_SOME_MONTHS.test(sentence));
      if (parsed.status !== "not_held" && parsed.status !== "refused" && !partOnly) continue;
      const namedQuestions = questionsNamed(sentence, questions);
      // "Question 5: nationality was not recorded consistently before 2023": a question asking for no
      // figure of the request's (a breakdown by nationality) is all the sentence is about; no count is.
      if (namedQuestions.length > 0 && namedQuestions.every((q) => q.measures.length === 0)) continue;
      const byQuestion = namedQuestions.flatMap((q) => q.measures);
      // "Trafficking" covers its parts (identified, suspected) too.
      // A reason ("so that no trafficked child can be identified") names no group the statement is about.
      const named = matchLabel(dropReasonClauses(sentence, labels.reasonClauses), labels).groups;
      const groups = [...named, ...named.flatMap((g) => partsOf(request, g))];
      // "We do not hold a validated breakdown by age for …": a breakdown is the
      // parts of a whole, so the whole's own figure for the period stands.
      const partGroups = request.relations.flatMap((r) => (r.kind === "parts" ? r.parts : []));
      // A sentence naming a count of its own besides (a metric's words) is not about parts alone;
      // "breakdown" in "breakdown by" is no metric, even where a request counts adoption breakdowns.
      const breakdownOnly =
        groups.length === 0 &&
        partGroups.length > 0 &&
        BREAKDOWN.test(sentence) &&
        matchLabel(sentence.replace(BREAKDOWN, " "), labels).metrics.length === 0;
      const covered =
        byQuestion.length > 0
          ? measures.filter((m) => byQuestion.includes(m.id))
          : groups.length > 0
            ? measures.filter((m) => groups.includes(m.group))
            : breakdownOnly
              ? measures.filter((m) => partGroups.includes(m.group))
              : measures;
      if (covered.length === 0) continue;
      for (const { period, span } of partOnly ? parts : []) {
        out.push({
          status: "part",
          raw: sentence.trim(),
          source: line.source,
          periods: [period],
          measures: covered.map((m) => m.id),
          span,
        });
      }
      if (parsed.status !== "not_held" && parsed.status !== "refused") continue;
      out.push({
        status: parsed.status,
        raw: sentence.trim(),
        source: line.source,
        periods: inPeriods,
        measures: covered.map((m) => m.id),
        named: covered.length < measures.length,
      });
    }
  }
  return out;
}

/**
 * The one requested period a spreadsheet's sheet is named for ("2021", "2022-23"), if any. Only a
 * workbook's own sheets: a text file's or csv's "sheet" is its file name, whose reference number or
 * year of reply ("FOI 2019-0412") says nothing of the period a sentence in it is about.
 */
function sheetPeriod(source: Source, periods: readonly PeriodDef[]): PeriodDef[] {
  if (!NAMED_SHEETS.has(source.format) || source.sheet === undefined) return [];
  const named = periodsNamed(source.sheet, periods);
  return named.length === 1 ? named : [];
}

/**
 * The statement answers each measure it covers for each period it names,
 * where the file gives that measure no answer of its own for the period: a
 * figure, or a "not held" in its cell, always wins over the sentence. So
 * does a whole the file gives every part of as a figure for the period
 * ("1a Identified: 8", "1b Suspected: 1" under a refusal of "the 2018
 * figure"): its answer is their sum, worked out later, and a sentence that
 * names no question cannot refuse it.
 */
export function applyPeriodStatements(
  given: readonly Fact[],
  statements: readonly PeriodStatement[],
  periods: readonly PeriodDef[],
  shape: Pick<Request, "measures" | "relations"> = { measures: [], relations: [] },
): { facts: Fact[]; issues: Issue[]; decisions: Decision[]; dropped: Fact[] } {
  const added: Fact[] = [];
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  // "Q3 … (a) neglect, … (e) multiple categories?" over "Initial category
  // was not recorded …, so this information is not held for 2022/23": the
  // line, read whole under its question, answered the measure the question
  // resolves to (all five parts named: their whole) for every period. The
  // statement read from the same line is its closer reading: its own words
  // name the measures and the periods it covers, and it answers them below
  // wherever the file gives no figure, so the line's whole answer goes.
  const misplaced = (f: Fact) =>
    statements.some(
      (s) =>
        f.status === s.status &&
        f.sources.length === 1 &&
        f.sources[0]?.file === s.source.file &&
        f.sources[0].sheet === s.source.sheet &&
        f.sources[0].row === s.source.row,
    );
  const dropped = given.filter(misplaced);
  const facts = given.filter((f) => !misplaced(f));
  for (const f of dropped) {
    const at = f.sources[0];
    if (!at) continue;
    decisions.push({
      ...issueLocation(at),
      message: `"${f.raw}" (${describeSource(at)}) is not read as ${f.measure}'s answer for every period: it names the periods it covers, and is read for those alone.`,
    });
  }
  const answered = (measure: string, period: PeriodDef) =>
    [...facts, ...added].some(
      (f) =>
        f.measure === measure && f.status !== "not_answered" && periodsOf(f, periods).some((p) => p.id === period.id),
    );
  const givenAsFigure = (measure: string, period: PeriodDef) =>
    facts.some(
      (f) =>
        f.measure === measure &&
        f.status === "reported" &&
        f.value !== null &&
        periodsOf(f, periods).some((p) => p.id === period.id),
    );
  const fromParts = (measure: string, period: PeriodDef) =>
    partMeasures(measure, shape).some((parts) => parts.every((m) => givenAsFigure(m, period)));
  const flagged = new Set<string>();
  for (const s of statements) {
    if (s.status === "part") {
      // Each figure the file gives for the period is flagged once, and kept.
      for (const f of facts) {
        if (f.value === null || f.status !== "reported" || !s.measures.includes(f.measure)) continue;
        for (const period of periodsOf(f, periods).filter((p) => s.periods.some((q) => q.id === p.id))) {
          const key = `${f.measure}|${period.id}|${f.sources.map((x) => `${x.sheet}:${x.row}:${x.col}`).join(",")}`;
          if (flagged.has(key)) continue;
          flagged.add(key);
          const at = f.sources[0];
          issues.push(
            makeIssue("period_part", {
              message: `${describeSource(s.source)} says "${s.raw}": "${f.raw}" (${f.measure}) for ${period.label} covers only ${s.span?.raw ?? "part of it"}${s.span ? ` (${s.span.months} month${s.span.months === 1 ? "" : "s"})` : ""}. It is counted for ${period.label}, but may fall short of the whole period's figure.`,
              ...(at ? issueLocation(at) : issueLocation(s.source)),
              measure: f.measure,
              raw: f.raw,
            }),
          );
        }
      }
      continue;
    }
    const word = s.status === "not_held" ? "not held" : "refused";
    const given: string[] = [];
    for (const period of s.periods) {
      for (const measure of s.measures) {
        if (answered(measure, period)) continue;
        if (!s.named && fromParts(measure, period)) continue;
        given.push(`${measure} (${period.label})`);
        added.push({
          measure,
          status: s.status,
          value: null,
          lower: null,
          upper: null,
          raw: s.raw,
          sources: [s.source],
          label: "",
          periodText: period.label,
        });
        issues.push(
          makeIssue(s.status === "not_held" ? "value_not_held" : "value_refused", {
            message: `${describeSource(s.source)} says "${s.raw}": ${measure} for ${period.label} is read as ${word}.`,
            ...issueLocation(s.source),
            measure,
            raw: s.raw,
          }),
        );
      }
    }
    if (given.length > 0) {
      decisions.push({
        ...issueLocation(s.source),
        message: `"${s.raw}" read as ${word} for ${s.periods.map((p) => p.label).join(", ")}: ${given.join(", ")}.`,
      });
    }
  }
  return { facts: [...facts, ...added], issues, decisions, dropped };
}

/**
 * The measures of each parts relation whose whole is `measure`'s group, of
 * the same metric: the figures `measure` is the sum of. None when a part
 * has no such measure in the request.
 */
function partMeasures(measure: string, shape: Pick<Request, "measures" | "relations">): string[][] {
  const def = shape.measures.find((m) => m.id === measure);
  if (!def) return [];
  return shape.relations.flatMap((r) => {
    if (r.kind !== "parts" || r.whole !== def.group) return [];
    const ids = r.parts.map((g) => shape.measures.find((m) => m.group === g && m.metric === def.metric)?.id);
    return ids.every((id): id is string => id !== undefined) ? [ids] : [];
  });
}

/**
 * The periods a figure is for: those its label names when it names one; a
 * label restating a question over every period ("… for 2022/23; 2023/24; and
 * 1 April to 30 September 2024?") over "2023/24 - 318" leaves it to the
 * figure's own period text, nearest first.
 */
function periodsOf(f: Fact, periods: readonly PeriodDef[]): PeriodDef[] {
  const byLabel = periodsNamed(f.label, periods);
  if (byLabel.length === 1) return byLabel;
  // The sheet's name last, as keyPeriods reads it: a sheet named "2023-24" holds that year's figures.
  for (const t of [...(f.periodText ?? "").split(" | "), ...f.sources.map((s) => s.sheet)]) {
    const named = periodsNamed(t, periods);
    if (named.length > 0) return named;
  }
  return byLabel;
}

/** A year straight after a run of months: "January to March 2023". */
const YEAR_AFTER = /^\s*,?\s*((?:19|20)\d{2})\b/u;
