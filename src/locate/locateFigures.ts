import type { Decision } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { COMBINED_GROUP, countsAtPeriodEnd, type Group, type Metric, type PeriodDef } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import { type FileFormat, NAMED_SHEETS } from "../domain/workbook.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { OTHER_NATIONALITY } from "../knowledge/nationalities.js";
import { type FigureCandidate, type LogicalCell, periodMarksOf } from "../match/figureCandidate.js";
import { isMeaningful, type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { withArabicMarker } from "../match/readRomanMarker.js";
import { groupOfLabel, type LabelContext, refine, wholeGroupOf } from "../match/resolveMeasure.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { dayOnly, MONTH_INDEX, periodsIn } from "../parse/parsePeriod.js";
import { classifyDocumentText } from "../parse/parseValue.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { isAnswerHeading, noteAnswerHeadings } from "./answerHeadingLines.js";
import { isColumnKindRow, remarkColumns } from "./columnKindRow.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { findContextSections, setAsideContextFigures } from "./contextSections.js";
import { cornerPeriodOf, yearEndingKeyOf } from "./cornerPeriod.js";
import { findSheetGroupInNotes } from "./findSheetGroupInNotes.js";
import { followSeeNotes } from "./followSeeNote.js";
import { readGroupTotalRows } from "./groupTotalRows.js";
import { introducingSentence } from "./introducingSentence.js";
import { letterRowsInCells } from "./letterInCells.js";
import { findEpisodeHeader, readEpisodes, type TableResult } from "./locateEpisodes.js";
import {
  continueNationalityTable,
  findHeaderlessGroupTable,
  findNationalityBlocks,
  findNationalityHeader,
  findNationalityHeaderLine,
  findTitledNationalityRows,
  type NationalityColumns,
  nationalityGroupOf,
  readJoinedGroupRows,
  readListsSideBySide,
  readListsUnderGroupColumns,
  readNationalities,
  readNationalitiesAcross,
  readNationalityMeasureRow,
} from "./locateNationalities.js";
import { metricHeadingAbove } from "./metricHeadingAbove.js";
import { nilCoversQuestions } from "./nilCoversQuestions.js";
import { numberBracketedParts } from "./numberBracketedParts.js";
import { hasOfWhomClause, ofWhomFigureFor } from "./ofWhomClause.js";
import { periodItemsInCell } from "./periodItemsInCell.js";
import { splitPeriodListCell } from "./periodListCell.js";
import { readPeriodOrderedLists } from "./periodOrderedLists.js";
import { pickLabelPartForGroup } from "./pickLabelPartForGroup.js";
import { readNationalityCellsAcross } from "./readNationalityCellAcross.js";
import {
  NAMES_NATIONALITY,
  nationalityAsked,
  readNationalityProse,
  SPEAKS_OF_NATIONALITY,
} from "./readNationalityProse.js";
import { isFollowingYear, readPeriodLines } from "./readPeriodLines.js";
import { readPeriodSentences } from "./readPeriodSentences.js";
import { readPeriodTable } from "./readPeriodTable.js";
import { readPivotExport } from "./readPivotExport.js";
import { readReportMetadata } from "./readReportMetadata.js";
import {
  namedQuestions,
  readScopedStatement,
  readSectionAnswer,
  readSectionScope,
  readStemStatement,
} from "./readScopedStatement.js";
import {
  boundWordsBefore,
  FIGURE_THEN_REMARK,
  isProse,
  isYearHeading,
  type LocateEnv,
  listsBesideCounts,
  listsNationalities,
  listsOnly,
  locationOf,
  parseCached,
  SEE_ANSWER,
  type SheetGrid,
  sentencesOf,
  sourceOf,
} from "./sheetGrid.js";
import { spacedPeriodItems } from "./spacedPeriodItems.js";
import { markStackedQuestions } from "./stackedQuestions.js";
import { titledHeadersSideBySide } from "./titledHeadersSideBySide.js";
import { readYearBracketLists, readYearBrackets } from "./yearBracketLists.js";

export interface SheetLayout {
  candidates: FigureCandidate[];
  tables: TableResult[];
  decisions: Decision[];
  issues: Issue[];
}

/**
 * Find every figure on a sheet and what labels it. The same rules read
 * question/answer lists, grids in either orientation, multi-row headers,
 * coded one-row exports and letters: a figure is labelled by the text to its
 * left and by the header rows directly above its block.
 */
export function locateFigures(grid: SheetGrid, env: LocateEnv): SheetLayout {
  const vocab = env.knowledge.labels;
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  const tables: TableResult[] = [];
  const candidates: FigureCandidate[] = [];
  /** Figures read out of a cell's list of periods ("2018: 4 2019: 5"): the period is their own, not their column's. */
  const periodItemCells = new Set<LogicalCell>();
  const nRows = grid.rows.length;
  // "Question 1" / its words / "Response" / "9": the heading is passed over between a question and its figure.
  noteAnswerHeadings(grid, env);

  // The sheet name is the weakest context ("UASC" sheet of a two-sheet workbook).
  const sheetMatch = NAMED_SHEETS.has(grid.format) ? matchLabel(grid.sheet.name, vocab) : null;
  const sheetGroup = sheetMatch ? groupOfLabel(sheetMatch, vocab) : null;
  // "Episodes by quarter": a sheet named for one metric and no group gives
  // that metric to rows that name only their group ("Trafficked | 2"), which
  // would otherwise be read as the request's base (looked-after) count.
  // "Missing episodes" reads as went missing and episodes; episodes refine
  // "missing" in a sheet's name as they do in a label, so it names one.
  const sheetMetrics = sheetMatch ? refine(sheetMatch.metrics, vocab) : [];
  const sheetMetric =
    sheetMatch && sheetMatch.groups.length === 0 && sheetMetrics.length === 1
      ? { metric: sheetMetrics[0] ?? null, from: `sheet name "${grid.sheet.name}"` }
      : null;

  const headerRows = new Set<number>();
  // A letter's lines are sentences, not a table: a line without a figure
  // (a question wrapped onto a second line) is never a column header. Tables
  // saved as text are read as tables (tab-separated), not as letters.
  for (let r = 1; r <= nRows; r++) {
    if (!isProse(grid, r) && isHeaderRow(grid, r) && !answersNationality(grid, r, env)) headerRows.add(r);
  }
  // "2013-14 | 2014-15" over "Trafficked | UASC | Trafficked | UASC": the
  // periods are the upper half of a two-row header, so each figure's labels
  // say which period it is for (and another period's can be set aside).
  for (let r = nRows - 1; r >= 1; r--)
    if (headerRows.has(r + 1) && !isProse(grid, r) && isPeriodRow(grid, r, env)) headerRows.add(r);
  // "Number | Notes" under "Trafficked | UASC": the second row of a two-level header.
  for (let r = 2; r <= nRows; r++)
    if (headerRows.has(r - 1) && !isProse(grid, r) && isColumnKindRow(grid, r)) headerRows.add(r);
  // "UASC looked after | Under 14 | 14-15 | 16-17 | Total": a table titled in
  // its corner, with a breakdown across the top. Its row is a header, and
  // its title labels the figures whose own row names no measure.
  const corners = breakdownHeaders(grid, env);
  for (const r of corners.keys()) headerRows.add(r);
  // Each figure looks up its block's header and its column's title; walking
  // up for every figure would be quadratic in rows, so both walks are made
  // once per sheet (per column for titles).
  const blockStops = findBlockStops(grid, headerRows);
  const periodsAcrossBlank = periodHeaderAcrossBlank(grid, env.knowledge.request.periods);
  const titleOf = columnTitles(grid);

  let heading: {
    /** Null under a table's header row that names a metric only ("Households newly approved | Number"). */
    group: Group | null;
    metric: Metric | null;
    from: string;
    /** "Questions 1 to 4 (trafficked children)": the questions it heads; a question outside them ends it. */
    questions: { first: number; last: number } | null;
    /** The heading is itself a numbered question ("1. Looked after children trafficked …" over its (a) and (b)). */
    numbered?: boolean;
    /** The heading line's own words, for a numbered question read as a heading. */
    text?: string;
  } | null = null;
  /**
   * The last question asked with no answer beside it, while only table rows
   * follow it: a table straight under a question is its answer.
   */
  let openQuestion: QuestionMetric | null = null;
  let previousGroup: Group | null = null;
  // The group noted before the current row: a row's first figure notes its own group, which is not the
  // group of the row above for the row's later figures (match/subsetWording).
  let groupAboveRow: Group | null = null;
  let previousLed: string[] = [];
  /** The requested periods as the letter last listed them in order, for lists of counts in that order. */
  let periodOrder: string[] = [];
  // How many figures there were when the current heading was read.
  let headingStart = 0;
  let asked = null as { row: number; group: Group | null } | null;
  const consumed = new Set<number>();
  // Answers read by the request's numbering alone ("1. 3", "Question 6 - 2"), for the note that says so.
  const bareNumbers: { number: string; row: number; col: number }[] = [];
  // A reporting tool's run details ("Run date: 11/01/2016 09:42", "Rows returned: 8") are no figures.
  const metadata = readReportMetadata(grid.sheet.rows, compilePatterns(anchoredKeys(vocab.reportMetadataKeys), "u"));
  if (metadata) {
    for (const x of metadata.rows) consumed.add(x);
    const at = sourceOf(grid, { row: metadata.rows[0] ?? 1, col: 1 });
    issues.push(
      makeIssue("layout_report_metadata", {
        message: `${describeSource(at)} starts a reporting tool's block of run details (${metadata.keys.map((k) => `"${k}"`).join(", ")}, rows ${metadata.rows.join(", ")}); those rows were read as metadata, not as figures.`,
        ...issueLocation(at),
        raw: metadata.keys.join(" | ").slice(0, 200),
      }),
    );
  }
  // A covering letter pasted into cells above the table: said, so its dates are seen as no figures.
  const letterRows = grid.sheet.lines === undefined && grid.format !== "txt" ? letterRowsInCells(grid.sheet.rows) : [];
  const firstLetterRow = letterRows[0];
  if (firstLetterRow !== undefined) {
    const at = sourceOf(grid, { row: firstLetterRow, col: 1 });
    issues.push(
      makeIssue("layout_letter_in_cells", {
        message: `${describeSource(at)}: rows ${firstLetterRow}–${letterRows.at(-1)} are a covering letter pasted into the cells, one sentence a row, above the table; they were read as a letter, not as rows of the table, so their dates and section numbers are no figures.`,
        ...issueLocation(at),
        raw: (grid.sheet.rows[firstLetterRow - 1] ?? []).join(" ").trim().slice(0, 200),
      }),
    );
  }
  // Numbered questions and their groups, for "the children referred to in question 5".
  const questionGroups = new Map<string, Group>();
  // Numbered questions asked with no answer beside them, for answers listed later ("Q1 – 4").
  const askedQuestions = new Map<string, AskedQuestion | null>();
  // The number of the last numbered answer ("1. 5"), for its lettered parts on the lines under it ("a) 2").
  let answerStem: string | null = null;
  // A letter's numbered question whose lettered parts follow on lines of their own.
  let stem = null as QuestionStem | null;
  // The last answered line numbered with its part ("1. a. … : 2"), whose next letters continue it.
  let partLine = null as Pick<QuestionStem, "number" | "row"> | null;
  const stemAnsweredByParts = new Set<number>();
  // A stem's lettered parts on lines of their own, by row: the question's words and the part's together.
  const stemPartLabels = new Map<number, LabelMatch[]>();
  // A stem's lettered part whose figure is on the line below ("a. Identified
  // …" over "Zero in each of the three years."), by row: the stem's words.
  const answeredPartStems = new Map<number, LabelMatch[]>();
  // Lines read as lettered answers, so a stem's next part may follow them.
  const letteredRows = new Set<number>();
  // Question lines answered by the period lines under them: neither
  // unanswered nor answered by words split off the question itself.
  const answeredByLines = new Set<number>();
  // Rows read as one line a period: each figure's period is its line's, not a table header's.
  const periodLineRows = new Set<number>();
  // A letter's lines (a document's prose and tables, or a text file), where answers may run a period a line.
  const letter = grid.sheet.lines !== undefined || grid.format === "txt";
  // Unnumbered questions that refer back by number ("the children in Q2")
  // mean the second question on the sheet: counted here, one per row, and
  // used only when no question on the sheet carries a number of its own.
  const ordinalGroups = new Map<string, Group>();
  let ordinal = 0;
  let ordinalRow = 0;
  let sawNumbered = false;
  const noteOrdinal = (labels: LabelMatch[], explicit: Group | null, row: number) => {
    if (row === ordinalRow) return;
    ordinalRow = row;
    ordinal++;
    const ref = labels.find((l) => l.questionRef !== null)?.questionRef;
    const group =
      explicit ??
      (ref !== undefined && ref !== null ? ordinalGroups.get(ref) : undefined) ??
      (labels.some((l) => l.anaphora) ? previousGroup : null);
    if (group) ordinalGroups.set(String(ordinal), group);
  };
  const noteQuestionNumber = (labels: LabelMatch[], explicit: Group | null, numbered: string | null, row: number) => {
    const n = numbered ?? labels.find((l) => l.questionNumber !== null)?.questionNumber;
    // Anything number-like before a question ("(5)", "1a.", "Q2") means the
    // sheet numbers its questions, even where foi-agg cannot read the number.
    const looksNumbered = labels.some((l) => /^\s*[([]?\s*(?:q\s*)?\d/iu.test(l.text));
    // Only in tables, where every question has its answer on its row: a
    // letter's unanswered lines would throw the count out.
    if ((n === undefined || n === null) && !looksNumbered && !isProse(grid, row)) noteOrdinal(labels, explicit, row);
    else sawNumbered = true;
    if (n === undefined || n === null || questionGroups.has(n)) return;
    // A question that names no group itself ("Of the children referred to in
    // question 1, …") has the group it points at, or the one before it.
    const ref = labels.find((l) => l.questionRef !== null)?.questionRef;
    const group =
      explicit ??
      (ref !== undefined && ref !== null ? questionGroups.get(ref) : undefined) ??
      (labels.some((l) => l.anaphora) ? previousGroup : null);
    if (!group) return;
    questionGroups.set(n, group);
    // "question 1" may point at parts 1(a) and 1(b): the first part stands for it.
    const whole = /^\d+/u.exec(n)?.[0];
    if (whole && !questionGroups.has(whole)) questionGroups.set(whole, group);
  };
  // Tables side by side, each under its own title ("Trafficked children" in
  // A1, "UASC" in F1): each title is the group of the columns below it.
  let columnHeadings: ColumnHeading[] = [];
  // The last nationality table read, for one that runs on under its header repeated (continueNationalityTable).
  let natAbove: { cols: NationalityColumns; rows: readonly number[] } | null = null;
  // The group of a figure just read, for a later "of these" question. A
  // heading for both groups whose first figure names one group of its own
  // ("REQUEST FOR INFORMATION – TRAFFICKED AND UNACCOMPANIED CHILDREN" over
  // "Looked after children identified as trafficked 11") titled the letter:
  // it heads no section about both together, so it ends there.
  const noteGroup = (g: Group | null, r: number, named: readonly (LabelMatch | null)[] = []) => {
    if (!g) return;
    previousGroup = g;
    // "1. Looked after children trafficked …" heads its own parts and the
    // questions after it, until "5. Unaccompanied asylum seeking children
    // looked after: 23", a numbered question naming another group, starts
    // that group's questions: "8. Number still missing" under it is theirs.
    const section = heading?.group;
    if (
      heading?.numbered &&
      section &&
      section !== COMBINED_GROUP &&
      g !== COMBINED_GROUP &&
      wholeGroupOf(g, env.knowledge.labels) !== wholeGroupOf(section, env.knowledge.labels) &&
      isWholeQuestion(grid.rows[r - 1]?.[0])
    ) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r} asks a numbered question about ${g}, not ${section}: ${heading.from} heads no further questions.`,
      });
      heading = null;
      return;
    }
    // Any other heading (a title, a numbered question the label reader did
    // not number whole): "1. Trafficked children looked after …" read as a
    // heading, then "5. Unaccompanied asylum seeking children looked after": a numbered
    // question that names the other group itself is past the first one's
    // section and opens its own, so "6. How many went missing" after it is
    // about unaccompanied children, and "One child remains missing" under
    // "4a) How many are still missing (trafficked)" is again trafficked.
    const own = nationalityGroupOf(g, env);
    const headed = heading?.group && heading.group !== COMBINED_GROUP ? nationalityGroupOf(heading.group, env) : null;
    const numbered = [grid.sheet.rows[r - 1]?.find((t) => t.trim() !== "") ?? "", ...named.map((l) => l?.text ?? "")];
    if (heading && own && headed && own !== headed && numbered.some((t) => NUMBERED_QUESTION.test(t))) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r}'s numbered question names ${g} itself, not the ${heading.group} of ${heading.from}: that heading's section ends here, and the question heads one for ${g}.`,
      });
      heading = {
        group: g,
        metric: null,
        from: `the numbered question at ${locationOf(grid, { row: r, col: 1 }).cell}`,
        questions: null,
      };
      return;
    }
    if (heading?.group !== COMBINED_GROUP || g === COMBINED_GROUP || candidates.length - 1 !== headingStart) return;
    // "2. Looked after children who went missing or absent: a. trafficked; b. UASC" over "a. Four trafficked
    // children went missing …" and "b. 10 unaccompanied children.": a numbered question naming what it
    // counts is no reply's title. It names both groups because its lettered parts do, so the group ends
    // here, but what it counts still holds for its parts: dropped, "b. 10 unaccompanied children." named
    // only a group and read as the looked-after count (round 142, Milton Keynes), wrong and unwarned.
    if (heading.metric !== null && NUMBERED_QUESTION.test(heading.text ?? "")) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r}'s figure names ${g} itself, the first under ${heading.from}: that numbered question heads its lettered parts, so each names its own group, and counts its ${heading.metric}.`,
      });
      heading = { ...heading, group: null };
      return;
    }
    decisions.push({
      file: grid.file,
      ...locationOf(grid, { row: r, col: 1 }),
      message: `Row ${r}'s figure names ${g} itself, the first under ${heading.from}: that heading titles the reply, and heads no section about both groups together.`,
    });
    heading = null;
  };
  const context = (col?: number): LabelContext => {
    const ch = col === undefined ? undefined : columnHeadings.find((h) => h.from <= col && col <= h.to);
    return {
      questionGroups: sawNumbered || ordinalGroups.size === 0 ? questionGroups : ordinalGroups,
      group: ch?.group ?? heading?.group ?? sheetGroup,
      groupFrom: ch ? ch.from_ : heading?.group ? heading.from : sheetGroup ? `sheet name "${grid.sheet.name}"` : "",
      ...(ch ? { groupOverColumn: true as const } : {}),
      previousGroup,
      groupAboveRow,
      metric: ch ? null : (heading?.metric ?? sheetMetric?.metric ?? null),
      ...(!ch && !heading?.metric && sheetMetric?.metric ? { metricFrom: "sheet" as const } : {}),
      // A header row naming only a metric titles the block under it, as a sheet's name does.
      ...(!ch && heading?.metric && heading.group === null ? { metricFrom: "heading" as const } : {}),
      ...(!ch && openQuestion
        ? {
            questionMetric: {
              metric: openQuestion.metric,
              from: openQuestion.from,
              ...(openQuestion.childMetric ? { childMetric: openQuestion.childMetric } : {}),
            },
          }
        : {}),
    };
  };

  // An Excel pivot table saved as shown ("Row Labels", "Count of …", "Grand Total"): read whole by its own
  // reader, each figure's period its row's (so the column's field is not taken for its period).
  const pivot = readPivotExport(grid, env);
  if (pivot) {
    candidates.push(...pivot.candidates);
    if (pivot.nationalities.length > 0)
      tables.push({ facts: [], nationalities: pivot.nationalities, issues: [], decisions: [], rows: [] });
    issues.push(...pivot.issues);
    decisions.push(...pivot.decisions);
    for (const r of pivot.rows) {
      consumed.add(r);
      periodLineRows.add(r);
    }
  }

  for (let r = 1; r <= nRows; r++) {
    // A line of prose after the question ends the table that could answer it.
    // A blank line between the question and its table (as a letter types it) ends nothing.
    if (openQuestion && r > openQuestion.row && isProse(grid, r) && (grid.rows[r - 1] ?? []).length > 0)
      openQuestion = null;
    if (consumed.has(r)) continue;
    groupAboveRow = previousGroup;
    let row = grid.rows[r - 1] ?? [];
    // A row of figures under questions across the top may answer the nationality question in one of its cells.
    tables.push(...readNationalityCellsAcross(grid, r, env));
    // "2021/22 - not held. 2022/23 - 441. 2023/24 - 450.": a list whose items
    // end in full stops is cut into sentences that each read as nothing, so
    // the line is still read whole as a list of periods.
    // So too a paragraph left with no cells ("Our system does not produce an
    // exact count. Approximately 270 plans were started in 2022/23, …").
    // So too "1. None. 1a. None. 1b. None.": numbered answers several to a
    // line, whose sentences are each too short to read.
    const wholeStatement = row.length === 0 && isProse(grid, r) ? readStatementRow(grid, r, env) : null;
    if (
      row.length === 0 &&
      !(
        isProse(grid, r) &&
        env.knowledge.request.periods.length > 1 &&
        (readPeriodList(grid, r, env).length > 0 || readPeriodSentencesOf(grid, r, env, []).items.length > 0)
      ) &&
      !(isProse(grid, r) && askedQuestions.size === 0 && bareNumberedAt(grid, r, env).length > 1) &&
      // "… the nationalities recorded were: 3 Iranian, 1 Afghan, 1 Syrian. All
      // were male.": a paragraph whose list sits beside a sentence that reads
      // as no figure is left with no cells, but its list is still read below.
      !(
        isProse(grid, r) && saysNationalitiesThenMore(grid.sheet.rows[r - 1]?.find((t) => t.trim() !== "") ?? "", env)
      ) &&
      !(isProse(grid, r) && listUnderNationalityHeading(grid, r, env)) &&
      // "As a result, the answer to questions 1, 2, 3 and 5 is nil for each year. Question 4 is not
      // applicable, …": a paragraph answering questions by number, beside a sentence of its own, is
      // left with no cells too, and is still read whole as that one answer (readStatementRow).
      wholeStatement === null
    )
      continue;

    // "Questions 1 to 4 – trafficked children" heads those questions only:
    // "Question 5 – how many UASC …" is past its end.
    const asking = heading?.questions ? questionNumberOf(row[0]) : null;
    if (
      heading?.questions &&
      asking !== null &&
      (asking < heading.questions.first || asking > heading.questions.last)
    ) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: row[0]?.col ?? 1 }),
        message: `Question ${asking} on row ${r} is past the questions ${heading.questions.first}–${heading.questions.last} that ${heading.from} heads; that heading ends here.`,
      });
      heading = null;
      previousGroup = null;
    }
    const ctx = context();
    // "Q3. … how many were (a) primary age and (b) secondary age?" over
    // "2021/22: (a) 96  (b) 127", or "(a) 3" and "(b) 2" on lines of their
    // own: each lettered figure answers that part of the question above.
    // "1. a) 4  b) 2": the line names its own question before the letters.
    const ownNumber = isProse(grid, r) ? ownStemNumber(grid, r, env) : null;
    const numberAbove = ownNumber ?? (isProse(grid, r) ? questionRightAbove(grid, r, stem, letteredRows) : null);
    const lettered = numberAbove ? readLetteredAnswers(grid, r, numberAbove, env) : null;
    if (lettered && numberAbove) {
      letteredRows.add(r);
      if (stem && stem.number === numberAbove) stemAnsweredByParts.add(stem.candidate);
      for (const item of lettered.items) {
        candidates.push({
          cell: item.cell,
          source: sourceOf(grid, item.cell),
          rowLabel: [matchLabel(`question ${item.number}`, vocab)],
          header: [],
          context: ctx,
          unanswered: false,
          ...(lettered.period ? { columnTitle: lettered.period } : {}),
        });
      }
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r} read as lettered answers to question ${numberAbove} above it${lettered.period ? ` for ${lettered.period}` : ""}: ${lettered.items.map((i) => `${i.letter} → question ${i.number} "${i.cell.text}"`).join(", ")}.`,
      });
      continue;
    }
    // "1. Children placed with kinship carers" over "2022/23 41" and
    // "2023/24 47", a line each (blank lines between, or a "Financial year |
    // Number" header): each line answers the question above for its period.
    // Rows between a numbered question and a later part of it: its earlier parts and their answers, or blank.
    const isPartOrAnswerRow = (k: number) =>
      (grid.rows[k - 1] ?? []).length === 0 ||
      consumed.has(k) ||
      periodLineRows.has(k) ||
      letteredRows.has(k) ||
      PART_LETTER_OPENING.test((grid.sheet.rows[k - 1] ?? []).find((t) => t.trim() !== "") ?? "");
    const run =
      letter && env.knowledge.request.periods.length > 1
        ? readPeriodLines(
            grid,
            r,
            env,
            (n) => requestAsks(env, n),
            (k) => wholeQuestionOver(grid, k, env) !== null,
          )
        : null;
    if (run) {
      const partOf = run.question ? stemPartOver(grid, run.question.row, stem, isPartOrAnswerRow, env) : null;
      const rowLabel =
        run.number !== null
          ? [matchLabel(`question ${run.number}`, vocab)]
          : partOf
            ? [matchLabel(`question ${partOf}`, vocab)]
            : [];
      // An item lettered as a part whose words name another group (itemNamesPartGroup): its words say whom,
      // the numbered question above it what is counted.
      const itemLetter = run.question ? letterUnderStem(grid, run.question.row, stem, isPartOrAnswerRow) : null;
      // Only for an item whose words name nothing asked (readPeriodLines took it for that reason alone): an
      // item that names a group is read by its words, as before.
      const wholeOver =
        run.question && !isMeaningful(run.question.label) ? wholeQuestionOver(grid, run.question.row, env) : null;
      const otherItemStem =
        run.question && stem && itemLetter !== null && !partOf && requestAsks(env, `${stem.number}${itemLetter}`)
          ? stem.labels
          : (wholeOver ?? []);
      // The item's own words ("a. All children") were read on their row as an answer to the question above
      // them, which nothing understood; they are the run's question, not an answer.
      if (wholeOver !== null && otherItemStem === wholeOver && run.question) {
        const itemRow = run.question.row;
        for (let i = candidates.length - 1; i >= 0; i--) {
          const c = candidates[i];
          if (c && c.cell.row === itemRow && c.cell.parsed?.unparsed) candidates.splice(i, 1);
        }
      }
      if (partOf && run.question) {
        letteredRows.add(run.question.row);
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: run.question.row, col: 1 }),
          message: `Row ${run.question.row} read as part ${partOf.slice(-1)} of question ${stem?.number} above it, answered by the period lines under it: question ${partOf} of the request.`,
        });
      }
      for (const line of run.lines) {
        candidates.push({
          cell: line.cell,
          source: sourceOf(grid, line.cell),
          rowLabel,
          header: run.question && !partOf ? [...otherItemStem, run.question.label] : [],
          context: ctx,
          unanswered: false,
          columnTitle: line.period,
        });
      }
      for (const k of run.rows) consumed.add(k);
      if (run.question) answeredByLines.add(run.question.row);
      for (const line of run.lines) periodLineRows.add(line.row);
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Rows ${run.rows[0]}–${run.rows.at(-1)} read as one line a period answering ${run.number === null ? `the question on row ${run.question?.row}` : `question ${run.number}, whose number opens row ${r}`}: ${run.lines.map((l) => `${l.period} → "${l.cell.text}"`).join(", ")}.`,
      });
      continue;
    }
    // "Question 1 – Number of children known …" over "2022/23 | 2023/24"
    // and "136 | 152": a table a question, its figures counting what the
    // question above it asks, each for its column's period.
    const table = letter && env.knowledge.request.periods.length > 1 ? readPeriodTable(grid, r, env) : null;
    if (table) {
      for (const figure of table.figures) {
        candidates.push({
          cell: figure.cell,
          source: sourceOf(grid, figure.cell),
          rowLabel: [],
          header: [table.question.label],
          context: ctx,
          unanswered: false,
          columnTitle: figure.period,
        });
        periodLineRows.add(figure.cell.row);
      }
      for (const k of table.rows) consumed.add(k);
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Rows ${table.rows[0]}–${table.rows.at(-1)} read as a table of periods under the question on row ${r} ("${table.question.label.text.trim()}"): ${table.figures.map((f) => `${f.period} → "${f.cell.text.trim()}"`).join(", ")}.`,
      });
      continue;
    }
    // "We are refusing questions 1 to 4 under section 12": one answer for
    // the questions it names, and only for them.
    // "1a) 2021: 10, 2022: 14, 2024 (to 30 April): 11": a line of a letter
    // answering a question for each requested period in turn.
    const perPeriod = isProse(grid, r) && env.knowledge.request.periods.length > 1 ? readPeriodList(grid, r, env) : [];
    // "In 2022/23 the figures were 207 children, …" restates the line before's figures.
    const earlierLed = previousLed;
    previousLed = [];
    if (perPeriod.length === 0 && isProse(grid, r) && env.knowledge.request.periods.length > 1) {
      const ordered = readOrderedListsOf(grid, r, env, periodOrder);
      if (ordered.periods.length > 0) periodOrder = ordered.periods;
      const sentences: ReturnType<typeof readPeriodSentencesOf> =
        ordered.items.length > 0
          ? { items: ordered.items, lastLed: [] }
          : readPeriodSentencesOf(grid, r, env, earlierLed);
      if (ordered.items.length > 0) {
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: 1 }),
          message: `Row ${r} read as lists of one count a period, in the order the letter lists the periods (${ordered.periods.join(", ")}): ${[...new Set(ordered.items.map((i) => i.label))].map((l) => `"${l}"`).join(", ")}.`,
        });
      }
      perPeriod.push(...sentences.items);
      previousLed = sentences.lastLed;
      const restated = sentences.items.filter((i) => i.restates !== undefined);
      if (restated.length > 0) {
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: 1 }),
          message: `Row ${r} restates the figures of the sentence before in its order, so each takes that sentence's words: ${restated.map((i) => `"${i.restates}" → "${i.label}"`).join(", ")}.`,
        });
      }
    }
    // "In 2018: 1 Vietnamese, 1 Iranian. In 2019: 3 Sudanese.": a figure per
    // period whose every label is a nationality is a list by year, left to
    // the nationality readers below, not an answer to the question above.
    // "Of the six trafficked children who went missing in 2020, five were male and one female; three were
    // Vietnamese, two were Albanian and one was British": the opening's children split by sex and by
    // nationality, one period, are no figures of the opening's measure (round 153, Nottingham: five figures
    // for the one 2020 count, read as a conflict); the row is left to the nationality readers.
    if (perPeriod.length > 0 && splitsBySexAndNationality(perPeriod, env)) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r} splits the children its opening names by sex or nationality (${perPeriod.map((p) => `"${p.cell.text}"`).join(", ")}); these parts were not read as figures of the opening's count.`,
      });
      perPeriod.length = 0;
    }
    if (perPeriod.length > 0 && !labelsAreNationalities(perPeriod, env)) {
      // "A: 2021/22 = 19 | 2022/23 = 40" under "Q1 How many …": "A:" only marks the line as the answer, so the
      // line has no label of its own and answers the question above it (read as a label, "A:" is a part "a").
      const marked = perPeriod[0]?.label ?? "";
      // The line above, past a blank line or two of a letter, and past a
      // "Response:" heading between a restated question and its answer.
      let a = r - 1;
      while (a > 1 && a >= r - 3 && (grid.rows[a - 1] ?? []).length === 0) a--;
      if (a > 1 && env.compiled.answerLabelOnly.test((grid.sheet.rows[a - 1] ?? []).join(" "))) {
        const heading = a--;
        while (a > 1 && a >= heading - 3 && (grid.rows[a - 1] ?? []).length === 0) a--;
      }
      const above = grid.rows[a - 1] ?? [];
      // "3. Individual incidents of going missing or absent:" over "a. Trafficked" over "2021: 2": the part
      // says whom, its question what is counted; the part's words alone would read as a looked-after count.
      // "2. Looked after children who went missing: a. trafficked" over its period lines, then "b. UASC": a
      // question that opens its first lettered part on its own line is the stem of the parts after it, here too.
      // Its part a's answer lines come between, which no other reading has marked yet.
      const answerLine = (k: number) => isPartOrAnswerRow(k) || !NEW_ITEM.test(grid.rows[k - 1]?.[0]?.text ?? "");
      const stemHere = stem ?? inlineStemAbove(grid, a, answerLine, vocab);
      const itemAbove = stemPartLabels.has(a)
        ? null
        : letterUnderStem(grid, a, stemHere, stem ? isPartOrAnswerRow : answerLine);
      const ownLineAbove =
        stemPartLabels.get(a) ??
        (above.length === 1 && above[0]?.kind === "text" && above[0].label
          ? withNumberAbove(grid, a, above[0].label, env)
          : (introducedAbove(above, env) ?? numberedLineAbove(grid, a, env)));
      // An item whose own words name another group than the part its letter gives ("(a) Unaccompanied …"
      // where 2a asks about trafficked children) is not that part: read by its words with its question's,
      // as an item under a question asked whole is, so its group is its own and the question's what is counted.
      const itemText = (grid.sheet.rows[a - 1] ?? []).find((t) => t.trim() !== "") ?? "";
      const otherGroup =
        itemAbove !== null &&
        stemHere !== null &&
        requestAsks(env, `${stemHere.number}${itemAbove}`) &&
        !itemNamesPartGroup(itemText, `${stemHere.number}${itemAbove}`, env);
      const lineAbove =
        itemAbove !== null && stemHere && (stemAsksWhole(stemHere, env) || otherGroup)
          ? [...stemHere.labels, ...ownLineAbove]
          : ownLineAbove;
      // "Q1) a) Identified as having been trafficked …" over "A1) a) 2021 – 1; 2022 – 4": the answer
      // marker repeats the number and part of the question restated right above it, and says no more.
      const markerOnly = marked !== "" && (isAnswerMarkerOnly(marked, env) || echoesQuestionAbove(marked, lineAbove));
      const own = markerOnly ? "" : marked;
      // With no label of its own, the list answers the question above it;
      // so too with words that name nothing asked ("The council made 16
      // applications in 2021, …" under "3. What was the total number of
      // applications made …?").
      // A question's own number or part letter ("1a)", "c.") says what it
      // answers, as does a group or metric: only words that name nothing
      // asked defer to the line above.
      const ownLabel = own === "" ? null : matchLabel(own, vocab);
      const ownNames =
        ownLabel !== null &&
        (isMeaningful(ownLabel) ||
          ownLabel.questionNumber !== null ||
          ownLabel.questionRef !== null ||
          !/\p{L}{3}/u.test(own));
      // "Question 2 - pupils who qualified under the walking distance rules"
      // over "483 pupils in 2022/23, 469 pupils in 2023/24 …": words that name
      // a metric alone say what is counted but not of whom, so the heading
      // above still names the group (the request's whole is no default).
      // Only when no item of the line names a group ("45 households (22
      // mainstream and 23 family and friends)" names its parts itself), and
      // only a heading that names one group.
      const metricOnly =
        ownLabel !== null &&
        ownLabel.groups.length === 0 &&
        ownLabel.metrics.length > 0 &&
        ownLabel.questionNumber === null &&
        ownLabel.questionRef === null &&
        !ownLabel.allCue &&
        // "in 2018, 3 children went missing, in 5 separate incidents; in 2019, 1 child went missing, …": clauses
        // whose words differ ("child", "children", "in separate incidents") but each name only what is
        // counted, none a group, defer to the heading for whom as one label would (round 140, Leicester).
        perPeriod.every((p) => {
          if (p.label === own) return true;
          // Only under a line that names whom (round 89, Hartlepool: differing counts under a heading naming no
          // group were each their own measure's, and deferring lost them).
          if (!lineAbove.some((l) => l.groups.length > 0)) return false;
          const l = matchLabel(p.label, vocab);
          return l.groups.length === 0 && l.metrics.length > 0 && l.questionNumber === null && l.questionRef === null;
        });
      // "1. Missing episodes" over "Looked after children: 2022/23 157, 2023/24 185": the line names
      // only a group, so the heading over its block (past its sibling group lines) says what is counted.
      const groupOnly =
        ownLabel !== null &&
        ownLabel.groups.length > 0 &&
        ownLabel.metrics.length === 0 &&
        ownLabel.questionNumber === null &&
        ownLabel.questionRef === null &&
        perPeriod.every((p) => p.label === own);
      const metricHeading = groupOnly
        ? metricHeadingAbove(grid, r, (a) => {
            const list = isProse(grid, a) ? readPeriodList(grid, a, env) : [];
            const head = list[0]?.label ?? "";
            const l = head === "" ? null : matchLabel(head, vocab);
            return l !== null && l.groups.length > 0 && l.metrics.length === 0;
          })
        : null;
      const deferred = !ownNames || metricOnly;
      const asked = deferred
        ? headerAbove(grid, r, perPeriod[0]?.cell.col ?? 1, headerRows, blockStops, env.knowledge.request)
        : [];
      const found = !deferred
        ? []
        : asked.some(isMeaningful)
          ? numberedAsAbove(asked, lineAbove)
          : lineAbove.length > 0
            ? lineAbove
            : questionAboveNote(grid, r);
      // "a. Identified or suspected as having been trafficked …" names the trafficked group by its parts'
      // words too ("identified", "suspected"): a whole and its own parts are one group of children.
      const oneGroup = new Set(found.flatMap((l) => l.groups).map((g) => wholeGroupOf(g, vocab))).size === 1;
      // "Question 3a – Identified or suspected as having been trafficked/victim of modern slavery and that
      // have gone missing or absent." over "In 2021 there were 2 incidents; …": a heading numbered as one of
      // the request's questions says which question the line answers, whatever groups its words name.
      const numbered = found.some((l) => l.questionNumber !== null && requestAsks(env, l.questionNumber));
      // "(a) Unaccompanied … children: 2021 – 5" under "2. … gone missing or absent:" where 2a asks about
      // trafficked children: its letter is not the request's part (itemNamesPartGroup); its words say whom,
      // the question above what is counted, as for an item over its period lines.
      const ownOpening = PART_LETTER_OPENING.exec(own);
      const ownLetter = (ownOpening?.[1] ?? ownOpening?.[2] ?? ownOpening?.[3] ?? "").toLowerCase();
      const ownOther =
        stem !== null &&
        ownOpening !== null &&
        own.trim() !== ownOpening[0].trim() &&
        /^[a-z]$/u.test(ownLetter) &&
        requestAsks(env, `${stem.number}${ownLetter}`) &&
        !itemNamesPartGroup(own, `${stem.number}${ownLetter}`, env);
      // "2b. Of these children, 4 went missing … in 2018, …" under "1c. The number of unaccompanied …
      // children looked after … was 12 in 2018, …": the line's own number says which question it answers,
      // and "these children" says whom, pointing at the line above. That line lends its group only: its
      // number (1c) is another question's, and taken with the line's own it would say two things at once.
      // Only where the two agree: the group above with the count the line's words name is the one measure
      // the line's own question asks ("Of these, six … were assessed to be over 18" under "Question 2: All
      // of the assessments … were full assessments" names a count of its own, and is left to its words).
      const pointsAbove =
        ownLabel?.anaphora === true &&
        !ownLabel.allCue &&
        ownLabel.groups.length === 0 &&
        ownLabel.questionNumber !== null &&
        perPeriod.every((p) => p.label === own) &&
        lineAboveNamesAsked(lineAbove, ownLabel, ownLabel.questionNumber, env);
      const groupAbove = pointsAbove
        ? lineAbove.filter((l) => l.groups.length > 0).map((l) => ({ ...l, questionNumber: null, questionRef: null }))
        : [];
      const header = ownOther
        ? [...(stem?.labels ?? [])]
        : metricHeading
          ? [metricHeading]
          : groupAbove.length > 0
            ? groupAbove
            : ownNames && metricOnly && !oneGroup && !numbered
              ? []
              : found;
      // "3. The number of episodes for:" over "a) children in 2a: 2018 – 11; …":
      // the line is part a of the question above, when the request asks a 3a.
      const opening = PART_LETTER_OPENING.exec(own);
      const letter = (opening?.[1] ?? opening?.[2] ?? opening?.[3] ?? "").toLowerCase();
      // A label that is its letter alone ("b).") says nothing more, so it
      // takes only the question right above it, not one further up.
      const bareLetter = opening !== null && own.trim() === opening[0].trim();
      const partNumber = bareLetter ? questionRightAbove(grid, r, stem, letteredRows) : (stem?.number ?? null);
      // "2. … gone missing or absent:" over "(a) Identified or suspected as trafficked (children)" over the
      // period lines: with no words of its own, the line answers the lettered part above it (stemPartOver).
      // "b. UASC" over "12 children in 2018, 14 in 2019 …": "children" names no group, count or question
      // either, so the line answers the part above as a line with no words does (read by its own words and
      // the item's, it was the group's looked-after count).
      const saysNothing =
        own === "" ||
        (ownLabel !== null &&
          !isMeaningful(ownLabel) &&
          ownLabel.questionNumber === null &&
          ownLabel.questionRef === null &&
          perPeriod.every((p) => p.label === own));
      // "b) Suspected of trafficking …, if not included in a. We had 3 children in 2018, 2 in 2019 …" under
      // "1. Looked after children … who have been:" (Word's list numbering, round 148): the item restates its
      // part in words of its own before the sentence that answers it. The sentence's words ("We had
      // children") name nothing, but the item's letter and words do: it is that part, never the answer lines
      // of the item above it (taken so, every part was read one part off, unwarned).
      // So too a sentence that names only what is counted ("There were 2 incidents in 2018, …"): the item's
      // words say whom, not the item above.
      const leadItem = (saysNothing || metricOnly) && own !== "" ? letteredLeadOf(grid, r) : null;
      const leadOpening = leadItem === null ? null : PART_LETTER_OPENING.exec(leadItem);
      const leadLetter = (leadOpening?.[1] ?? leadOpening?.[2] ?? leadOpening?.[3] ?? "").toLowerCase();
      const leadPart =
        leadItem !== null &&
        stemHere &&
        /^[a-z]$/u.test(leadLetter) &&
        requestAsks(env, `${stemHere.number}${leadLetter}`)
          ? `${stemHere.number}${leadLetter}`
          : null;
      const partAbove =
        saysNothing &&
        leadItem === null &&
        itemAbove !== null &&
        stemHere &&
        requestAsks(env, `${stemHere.number}${itemAbove}`) &&
        !otherGroup
          ? `${stemHere.number}${itemAbove}`
          : null;
      const partOf =
        partNumber &&
        /^[a-z]$/u.test(letter) &&
        requestAsks(env, `${partNumber}${letter}`) &&
        itemNamesPartGroup(own, `${partNumber}${letter}`, env)
          ? `${partNumber}${letter}`
          : (leadPart ?? partAbove);
      // The item's words go with its part's number, so words that name another part than its letter
      // ("b) Unaccompanied …" where 1b asks about suspected trafficking) are flagged (label_number_differs).
      const leadAgrees = leadPart !== null && leadItem !== null && itemNamesPartExactly(leadItem, leadPart, env);
      const leadWords = leadPart !== null && partOf === leadPart && leadItem !== null && !leadAgrees ? leadItem : null;
      if (leadPart !== null && partOf === leadPart) {
        if (!leadAgrees) {
          const at = sourceOf(grid, { row: r, col: 1 });
          const asked = env.knowledge.request.questions.find((q) => q.number === leadPart)?.measures ?? [];
          issues.push(
            makeIssue("label_number_differs", {
              message: `${describeSource(at)}: its letter makes "${leadWords}" part ${leadPart} of the request, which asks ${asked.join(", ")}, but its words name another group of children. Its figures were read by its words; check which the council meant.`,
              ...issueLocation(at),
              ...(asked[0] === undefined ? {} : { measure: asked[0] }),
              raw: leadWords ?? "",
            }),
          );
        }
        letteredRows.add(r);
        if (stem && stem.number === stemHere?.number) stemAnsweredByParts.add(stem.candidate);
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: 1 }),
          message: `Row ${r} read as part ${leadLetter} of question ${stemHere?.number} above it, restated as "${leadWords}" before the sentence that answers it: question ${leadPart} of the request.`,
        });
      } else if (partAbove && partOf === partAbove) {
        // The item and its answer: the next item ("(b) …") is a part of the same question.
        letteredRows.add(a);
        letteredRows.add(r);
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: a, col: 1 }),
          message: `Row ${a} read as part ${partAbove.slice(-1)} of question ${stemHere?.number} above it, answered by the period lines under it (row ${r}): question ${partAbove} of the request.`,
        });
      } else if (partOf) {
        letteredRows.add(r);
        if (stem && stem.number === partNumber) stemAnsweredByParts.add(stem.candidate);
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: 1 }),
          message: `Row ${r} read as part ${letter} of question ${partNumber} above it: question ${partOf} of the request.`,
        });
      }
      for (const item of perPeriod) {
        candidates.push({
          cell: item.cell,
          source: sourceOf(grid, item.cell),
          rowLabel: partOf
            ? [
                matchLabel(`question ${partOf}`, vocab),
                ...(leadWords === null ? [] : [matchLabel(leadWords, vocab)]),
                ...(leadPart !== null && partOf === leadPart && metricOnly ? [matchLabel(item.label, vocab)] : []),
              ]
            : item.label === "" || (markerOnly && item.label === marked)
              ? []
              : [matchLabel(item.label, vocab)],
          header: partOf ? [] : header,
          context: ctx,
          unanswered: false,
          columnTitle: item.period,
        });
      }
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r} read as one answer per period: ${perPeriod.map((p) => `${p.period} → "${p.cell.text}"`).join(", ")}.`,
      });
      // Its years' nationalities, in brackets after each figure, are read too: the row is left to no other reader.
      const byYear = isProse(grid, r) ? readYearBracketLists(grid, r, ctx.group ?? previousGroup, env) : null;
      if (byYear) tables.push(byYear);
      continue;
    }
    // "Questions 1 to 4 (trafficked children)" over "… would exceed the cost
    // limit under section 12": the refusal under a heading answers the
    // questions the heading names, and only those. The row still heads its
    // section below (its group), so the loop goes on with it.
    const section = isProse(grid, r) ? readSectionRows(grid, r, env) : null;
    if (section) {
      for (const number of section.numbers) {
        candidates.push({
          cell: section.cell,
          source: sourceOf(grid, section.cell),
          rowLabel: [matchLabel(`question ${number}`, vocab)],
          header: [],
          context: ctx,
          unanswered: false,
        });
      }
      for (const b of section.rows) consumed.add(b);
      decisions.push({
        file: grid.file,
        ...locationOf(grid, section.cell),
        message: `Row ${section.cell.row} read as one answer (${section.cell.parsed?.status}) to the questions its heading on row ${r} names (${section.scope}): question${section.numbers.length === 1 ? "" : "s"} ${section.numbers.join(", ")} of the request; that section's text is ${section.rows.length === 1 ? "row" : "rows"} ${section.rows.join(", ")}.`,
      });
    }
    const statement = wholeStatement ?? (isProse(grid, r) && row.length > 0 ? readStatementRow(grid, r, env) : null);
    if (statement) {
      for (const number of statement.numbers) {
        candidates.push({
          cell: statement.cell,
          source: sourceOf(grid, statement.cell),
          rowLabel: [matchLabel(`question ${number}`, vocab)],
          header: [],
          context: ctx,
          unanswered: false,
        });
      }
      decisions.push({
        file: grid.file,
        ...locationOf(grid, statement.cell),
        message: `Row ${r} read as one answer (${statement.cell.parsed?.status}) to ${statement.scope}: question${statement.numbers.length === 1 ? "" : "s"} ${statement.numbers.join(", ")} of the request.`,
      });
      if (statement.cell.parsed?.status === "reported") issues.push(nilByQuestionNumber(grid, statement));
      continue;
    }
    if (isProse(grid, r)) issues.push(...stemRefusalNotes(grid, r, env));
    // "9 | Nationality of … | Vietnamese 1 | Eritrean 1" under "Trafficked | UASC" columns.
    // "DCC-1042 | Nationality of missing - Sudanese | UASC | 1": an export's row for one nationality.
    // "UASC | Trafficked" over "Afghan | 6 Albanian | 3": a letter's lists side by side.
    const sideBySide = readListsSideBySide(grid, r, env, (s) => parseCached(env, s));
    if (sideBySide) {
      for (const x of sideBySide.rows) consumed.add(x);
      tables.push(sideBySide);
      continue;
    }
    const columnLists = isProse(grid, r)
      ? null
      : (readListsUnderGroupColumns(grid, r, env, (s) => parseCached(env, s)) ??
        readNationalityMeasureRow(grid, r, env, (s) => parseCached(env, s)));
    if (columnLists) {
      for (const x of columnLists.rows) consumed.add(x);
      tables.push(columnLists);
      continue;
    }
    // "Group Nationality Children" over lines whose cells a PDF cut anywhere.
    const joinedRows = isProse(grid, r) ? readJoinedGroupRows(grid, r, env, (s) => parseCached(env, s)) : null;
    if (joinedRows) {
      for (const x of joinedRows.rows) consumed.add(x);
      tables.push(joinedRows);
      continue;
    }
    // "Nationality of children who went missing – trafficked" over "British | 5 | 8 | 7 | 4" inside a table of figures.
    const titledRows = findTitledNationalityRows(grid, r, env);
    if (titledRows) {
      const t = readNationalities(grid, titledRows, null, "", env, (s) => parseCached(env, s));
      for (const x of t.rows) consumed.add(x);
      tables.push(t);
      continue;
    }
    // A header left behind as a line of prose over a nationality table.
    const natLine = isProse(grid, r) ? findNationalityHeaderLine(grid, r, env) : findHeaderlessGroupTable(grid, r, env);
    if (natLine) {
      const t = readNationalities(grid, natLine, null, "", env, (s) => parseCached(env, s));
      for (const x of t.rows) consumed.add(x);
      tables.push(t);
      continue;
    }
    // A list under a question about nationality takes that question's group
    // only: "Nationalities of the children who went missing" asks of both
    // groups, so a list under it must name its own, whatever the section.
    const askedAbove: { row: number; group: Group | null } | null =
      asked && grid.rows.slice(asked.row, r - 1).every((x) => x.length === 0) ? asked : null;
    // "4 children went missing …, all male: 2 Afghan, 1 Iranian and 1 Iraqi": the list is the breakdown of
    // the count that answers the question right above, so it is that question's group's, whatever section
    // the lines before had opened.
    const breakdownGroup = row.some((c) => c.kind === "value" && c.parsed?.breakdown === true)
      ? groupOfQuestionLinesAbove(grid, r, env)
      : null;
    const readList = () =>
      readNationalityProse(
        grid,
        r,
        askedAbove ? askedAbove.group : (breakdownGroup ?? ctx.group ?? previousGroup),
        env,
        askedAbove !== null,
        // The sheet's own group, unless a heading on it names another.
        ctx.group === null || ctx.group === sheetGroup ? sheetGroup : null,
      );
    // A sheet's line of its own ("Nationality of UASC who went missing:
    // Eritrean 1, Sudanese 1") is a list only when it lists: otherwise it
    // may title the table under it, and is left to the table readers.
    const oneCellList = !isProse(grid, r) && filledCells(grid, r) === 1 ? readList() : null;
    // Three cells may be a numbered question and its list ("9 | Nationalities … | Vietnamese (trafficked, 4); …").
    const readProse =
      isProse(grid, r) || filledCells(grid, r) === 2 || filledCells(grid, r) === 3
        ? readList()
        : oneCellList &&
            (oneCellList.nationalities.length > 0 ||
              (oneCellList.ungrouped?.length ?? 0) > 0 ||
              // A list of both groups at once, not counted, still lists: its reason is kept, never dropped silently.
              oneCellList.issues.some((i) => i.code === "label_ambiguous"))
          ? oneCellList
          : null;
    const proseList = readProse && answersCountFirst(grid, r, readProse) ? null : readProse;
    // "9. What are the nationalities …?" answered "… would exceed the cost
    // limit specified by section 12 …": the answer to the nationality
    // question is a refusal (or "not held"), said once for that question;
    // its figures (£450, 18 hours, section 12) are the refusal's, not counts.
    // A line restating a question of its own is left to that question.
    const declined = askedAbove && isProse(grid, r) ? declinedNationalities(grid, r, proseList, env) : null;
    if (declined) {
      issues.push(declined);
      continue;
    }
    if (proseList) {
      tables.push(proseList);
      // A list one nationality a line continues under the question it answers.
      // "Nationality | Number" under "Nationality of UASC who went missing:"
      // is the list's header line, naming no group: the question's stands.
      const restated = nationalityAsked(grid, r, env);
      // A list whose group was not told ("2018: 1 Eritrean." under "Question 5 – gender and nationality") is a
      // list all the same: the next year's line under it is still the question's, not the section's before.
      const listed = proseList.nationalities.length > 0 || (proseList.ungrouped?.length ?? 0) > 0;
      asked = !listed
        ? restated && restated.group === null && askedAbove && isListHeaderLine(grid, r)
          ? { row: r, group: askedAbove.group }
          : restated
        : askedAbove
          ? { row: r, group: askedAbove.group }
          : null;
      // A paragraph that also answers counts ("… 64 unaccompanied asylum
      // seeking children. Eight of these … The young people who went missing
      // were Afghan (3), …") is read for them too; its list gave no figure.
      const paragraph = (grid.sheet.rows[r - 1] ?? []).find((t) => t.trim() !== "") ?? "";
      if (!isProse(grid, r) || !row.some((c) => c.kind === "value")) continue;
      // "4 children went missing, all male: 2 Afghan, 1 Iranian and 1 Iraqi": one sentence that is the
      // count and, after the colon, its list, whose parts add up to it (parseValue checks): both are read.
      const countThenList = row.some((c) => c.kind === "value" && c.parsed?.breakdown === true);
      if (!countThenList && !listsBesideCounts(paragraph, env)) {
        // Never lose a paragraph's other figures without a word: where the
        // list cannot be told from the rest, the rest is reported unread.
        if (sentencesOf(paragraph).length > 1 && !listsOnly(paragraph, env)) {
          const at = sourceOf(grid, { row: r, col: row[0]?.col ?? 1 });
          // "Question 5: … holds nationality on individual case files only …
          // would exceed the appropriate limit under section 12 … We are
          // therefore refusing question 5 only": a paragraph of its own about
          // nationality, not under the question, that declines it. Its
          // refusal is said as such; the warning that its numbers went unread
          // stands, since a paragraph may refuse one thing and count another.
          const declined = nationalityAsked(grid, r, env) ? declinedNationalities(grid, r, proseList, env, true) : null;
          if (declined) issues.push(declined);
          issues.push(
            makeIssue("layout_unknown", {
              message: `${describeSource(at)} lists nationalities in a paragraph that also gives other figures, which foi-agg could not tell apart from the list; those figures were not read.`,
              ...issueLocation(at),
              raw: paragraph.slice(0, 200),
            }),
          );
        }
        continue;
      }
    }
    // "9. Nationality of children who went missing | Number": the question
    // heads the count column of a list one nationality a row under it
    // ("Trafficked - Vietnamese | 2"); the word over the column is no answer.
    const listHead = !proseList && !isProse(grid, r) ? nationalityListHead(grid, r, env) : null;
    if (listHead) {
      asked = listHead;
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: 1 }),
        message: `Row ${r} read as a question about nationality over the count column of the list under it.`,
      });
      continue;
    }
    const episodeCols = findEpisodeHeader(grid, r, env);
    if (episodeCols) {
      // A list no heading or sheet name places in a group may be placed by a cover sheet's note naming its sheet.
      const noted =
        ctx.group === null && NAMED_SHEETS.has(grid.format)
          ? findSheetGroupInNotes(grid.sheet.name, env.otherSheetLines ?? [], vocab)
          : null;
      const listGroup = noted?.group ?? ctx.group;
      const listFrom = noted?.from ?? ctx.groupFrom;
      const t =
        env.countList?.(grid, episodeCols, listGroup, listFrom) ??
        readEpisodes(grid, episodeCols, listGroup, listFrom, env);
      for (const x of t.rows) consumed.add(x);
      tables.push(t);
      continue;
    }
    const across = readNationalitiesAcross(grid, r, env, (s) => parseCached(env, s));
    if (across) {
      for (const x of across.rows) consumed.add(x);
      tables.push(across);
      continue;
    }
    // "UASC | | | Trafficked" over "Nationality | Children | | Nationality |
    // Children": each block is its own table, with its own group or none
    // (never the context's, which would give one group's children to both).
    const natBlocks = findNationalityBlocks(grid, r, env);
    if (natBlocks) {
      for (const block of natBlocks) {
        const t = readNationalities(grid, block, null, "", env, (s) => parseCached(env, s));
        for (const x of t.rows) consumed.add(x);
        tables.push(t);
      }
      continue;
    }
    const headed = findNationalityHeader(grid, r, env);
    const natCols: NationalityColumns | null =
      headed && natAbove ? continueNationalityTable(grid, headed, natAbove) : headed;
    if (natCols) {
      const t = readNationalities(grid, natCols, ctx.group, ctx.groupFrom, env, (s) => parseCached(env, s));
      for (const x of t.rows) consumed.add(x);
      tables.push(t);
      natAbove = { cols: natCols, rows: t.rows };
      const totals = readGroupTotalRows(grid, natCols, t.rows, ctx, env);
      candidates.push(...totals.candidates);
      decisions.push(...totals.decisions);
      continue;
    }

    const byGroup = readGroupCounts(grid, r, env);
    if (byGroup.length > 0) {
      for (const g of byGroup) {
        candidates.push({
          cell: g.cell,
          source: sourceOf(grid, g.cell),
          rowLabel: [g.lead, g.group],
          header: [],
          context: ctx,
          unanswered: false,
        });
      }
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: byGroup[0]?.cell.col ?? 1 }),
        message: `Row ${r} read as one count per group under "${byGroup[0]?.lead.text.trim()}": ${byGroup.map((g) => `"${g.group.text.trim()}" ${g.cell.text}`).join(", ")}.`,
      });
      continue;
    }
    const side = columnHeadingsOf(grid, r, env);
    if (side) {
      columnHeadings = side;
      previousGroup = null;
      const at = sourceOf(grid, { row: r, col: row[0]?.col ?? 1 });
      issues.push(
        makeIssue("layout_tables_side_by_side", {
          message: `${describeSource(at)} heads ${side.length} tables side by side; each is read on its own, its figures taking the group of its title: ${side.map((h) => `${h.from_} → ${h.group}`).join(", ")}.`,
          ...issueLocation(at),
          raw: row
            .map((c) => c.text.trim())
            .join(" | ")
            .slice(0, 200),
        }),
      );
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: row[0]?.col ?? 1 }),
        message: `Row ${r} read as headings of tables side by side: ${side.map((h) => `${h.from_} → ${h.group}`).join(", ")}.`,
      });
      continue;
    }
    const found = headingOf(grid, r, env);
    // "Trafficked and UASC missing from care (1 Oct 2014 – 30 Sep 2015)" over
    // the first figure is the reply's title: it names both groups because
    // the reply is about both, not to head a section about both together.
    // A numbered question naming what it counts ("2. … who went missing or absent: a. trafficked; b. UASC")
    // asks its lettered parts, whatever its place: it titles nothing.
    const numberedQuestion = found?.metric != null && NUMBERED_QUESTION.test(row[0]?.text ?? "");
    if (
      found &&
      found.group === COMBINED_GROUP &&
      heading === null &&
      candidates.length === 0 &&
      r <= 3 &&
      !numberedQuestion
    ) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: row[0]?.col ?? 1 }),
        message: `Row ${r} read as the reply's title, about both groups; it heads no section.`,
      });
      continue;
    }
    if (found) {
      columnHeadings = [];
      const headingGroup = found.group;
      heading = {
        group: headingGroup,
        metric: found.metric,
        from: `heading "${row[0]?.text.trim()}" at ${locationOf(grid, { row: r, col: row[0]?.col ?? 1 }).cell}`,
        questions: questionRangeOf(row[0]?.text ?? ""),
        ...(isWholeQuestion(row[0]) ? { numbered: true } : {}),
        text: row[0]?.text ?? "",
      };
      headingStart = candidates.length;
      previousGroup = null;
      // "9. Nationalities" / "UASC:" / "Afghan: 4": a heading naming a group
      // and no measure, straight under a question about nationality (or the
      // list it began), starts that group's list, one nationality a line.
      const askedNow = asked && grid.rows.slice(asked.row, r - 1).every((x) => x.length === 0) ? asked : null;
      const listGroup = found.metric === null && headingGroup ? nationalityGroupOf(headingGroup, env) : null;
      if (askedNow && listGroup) asked = { row: r, group: listGroup };
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: row[0]?.col ?? 1 }),
        message: `Row ${r} read as a section heading for ${headingGroup ?? `the metric ${found.metric} (no group)`}${askedNow && listGroup ? `, heading the ${listGroup} nationalities under the question above` : ""}.`,
      });
      continue;
    }
    if (headerRows.has(r)) {
      // Record the header only once, where its block starts.
      if (!headerRows.has(r - 1)) {
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: row[0]?.col ?? 1 }),
          message: `Row ${r} read as a header row: ${row.map((c) => `"${c.text.trim()}"`).join(", ")}.`,
        });
      }
      continue;
    }

    // A number in the first column with the question to its right is the
    // question's number, not a figure: set it aside before reading the row.
    let questionNumber: string | null = null;
    const lead = row[0];
    if (lead?.kind === "value" && !lead.answer && row[1]?.kind === "text") {
      questionNumber =
        lead.parsed?.status === "reported" && lead.parsed.value !== null ? String(lead.parsed.value) : lead.text.trim();
      row = row.slice(1);
    }
    const values = row.filter((c) => c.kind === "value");
    // "Q1 – 4" in a list of answers below the questions it numbers.
    const numberedAnswers = answersToNumberedQuestions(grid, r, askedQuestions, env, answerStem);
    answerStem = /^\d+/u.exec(numberedAnswers[0]?.number ?? "")?.[0] ?? null;
    if (numberedAnswers.length > 0) {
      for (const numbered of numberedAnswers) {
        candidates.push({
          cell: numbered.cell,
          source: sourceOf(grid, numbered.cell),
          rowLabel: numbered.asked.labels,
          header: [],
          context: numbered.asked.context,
          unanswered: false,
        });
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: numbered.cell.col }),
          message: `"${numbered.cell.text.trim()}" on row ${r} read as the answer to question ${numbered.number} above it.`,
        });
      }
      stem = null;
      continue;
    }
    // "5. 8", "Q6 – 4" with no question restated anywhere: the request's own numbering.
    const bares = askedQuestions.size === 0 && isProse(grid, r) ? readBareNumberedAnswers(grid, r, env) : [];
    for (const bare of bares) {
      // The answer under a "Question 6" heading is read with it, not again on its own.
      if (bare.cell.row !== r) consumed.add(bare.cell.row);
      candidates.push({
        cell: bare.cell,
        source: sourceOf(grid, bare.cell),
        rowLabel: [matchLabel(`question ${bare.number}`, vocab)],
        header: [],
        context: ctx,
        unanswered: false,
      });
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: r, col: bare.cell.col }),
        message: `"${bare.cell.text.trim()}" on row ${r} read as the answer to question ${bare.number} of the request as sent: the reply restates no question, and answers in a run of lines numbered as the request is.`,
      });
    }
    if (bares.length > 0) {
      bareNumbers.push(...bares.map((b) => ({ number: b.number, row: r, col: b.cell.col })));
      stem = null;
      continue;
    }
    if (values.length === 0) {
      const texts = row.filter((c) => c.kind === "text");
      // "2. …? 3. …? 4. …?": each question is asked on its own; only the
      // last can take an answer on the line below, and none is another's answer.
      const restated = texts.filter((c) => c.restated && c.label && isMeaningful(c.label));
      for (const asked of restated.slice(0, -1)) {
        candidates.push(unansweredAt(grid, asked, [asked.label as LabelMatch], context(asked.col)));
        const g = groupOf([asked], env);
        noteGroup(g, r);
        noteQuestionNumber([asked.label as LabelMatch], g, questionNumber, r);
      }
      const label = restated.length > 1 ? texts.filter((c) => !restated.slice(0, -1).includes(c)) : texts;
      const firstMeaningful = label.findIndex((c) => c.label && isMeaningful(c.label));
      if (firstMeaningful < 0) continue;
      // Prose to the right of a question is its answer, even if foi-agg cannot
      // read it, and even when it repeats the question's words ("We can
      // confirm that no children went missing").
      const question = label[firstMeaningful] as LogicalCell;
      const asks = question.text.trim().endsWith("?") || (question.label?.countCue ?? false);
      // In a letter's paragraph the texts are sentences: the one after a
      // statement is another statement, not its answer.
      const sentences = isProse(grid, r) && !question.text.trim().endsWith("?");
      // "Approved households | 31/03/2022 | 31/03/2023" over rows of figures: a
      // cell that is nothing but a period is a column's period, not an answer.
      const answerIndex = sentences
        ? -1
        : label.findIndex(
            (c, k) =>
              k > firstMeaningful &&
              (asks || !(c.label && isMeaningful(c.label)) || wordCount(c.text) >= 6) &&
              !onlyPeriod(c.text, env) &&
              // "Trafficked | 2016 | 2017" over rows of figures: a year the
              // grid took for a column's heading (relabelYearHeaders) is no answer.
              // Beside a sentence ("… under the National Referral Mechanism. | 2021 |
              // 2022"), the years are a header line the PDF put on the sentence's last
              // line, and are left to be read as before.
              !(isYearHeading(c.text) && !question.text.trim().endsWith(".")),
          );
      if (answerIndex > 0) {
        const answer = label[answerIndex] as LogicalCell;
        const whole: LogicalCell = {
          ...answer,
          kind: "value",
          parsed: parseCached(env, answer.text),
          label: null,
          answer: true,
        };
        // "1b | The total number … | 2018: 4 2019: 5 2020: 2": one answer a period (periodItemsInCell).
        const items = isProse(grid, r) ? null : periodItemsInCell(whole, env);
        for (const item of items ?? [{ cell: whole, period: null }]) {
          if (item.period) periodItemCells.add(item.cell);
          candidates.push({
            cell: item.cell,
            source: sourceOf(grid, answer),
            rowLabel: label.slice(0, answerIndex).map((c) => c.label as LabelMatch),
            header: [],
            context: context(label[0]?.col),
            unanswered: false,
            ...(item.period ? { columnTitle: item.period } : {}),
          });
        }
        if (items) {
          decisions.push({
            file: grid.file,
            ...locationOf(grid, answer),
            message: `"${answer.text.trim()}" read as one answer per period: ${items.map((p) => `${p.period} → "${p.cell.text}"`).join(", ")}.`,
          });
        }
        const g = groupOf(label.slice(0, answerIndex), env);
        noteGroup(g, r);
        noteQuestionNumber(
          label.map((c) => c.label as LabelMatch),
          g,
          questionNumber,
          r,
        );
        continue;
      }
      // A question with no answer next to it, unless its answer is on the next row.
      // Past a "Response" heading on the line between.
      const next = nextNonBlank(grid, r, 2);
      const nextRow = next?.[0]?.row;
      const below = nextRow !== undefined && isAnswerHeading(grid, nextRow) ? nextNonBlank(grid, nextRow, 2) : next;
      const own: string | null | undefined =
        questionNumber ?? label.find((c) => c.label?.questionNumber)?.label?.questionNumber;
      // "1. The total number of looked after children … that are:" over "a) 2021: 4; 2022: 3; …": the line
      // under it opens with a letter the request asks under this number ("1a"), so it answers that part, not
      // the question whole. Taken as the question's own answer, no stem was set, and each part's figures were
      // left with their letter alone for a label ("a)"), matched to nothing.
      const belowOpening =
        below?.[0] === undefined
          ? null
          : PART_LETTER_OPENING.exec(grid.sheet.rows[below[0].row - 1]?.[below[0].col - 1] ?? below[0].text);
      // "Q1. …?" over "A. 6": a capital "A." is the answer marker of a question-and-answer pair, not part a.
      const answerMark = belowOpening?.[3] === "A";
      const belowLetter = answerMark
        ? ""
        : (belowOpening?.[1] ?? belowOpening?.[2] ?? belowOpening?.[3] ?? "").toLowerCase();
      // "Q1. How many … trafficked?" over "a. 9": a question asked outright is answered on the line below, whatever
      // its marker; only a stem ("… that are:") is completed by its lettered parts.
      const asksOutright = /\?\s*$/u.test(label.map((c) => c.text).join(" "));
      const opensPart =
        belowLetter !== "" &&
        !asksOutright &&
        typeof own === "string" &&
        /^\d+$/u.test(own) &&
        requestAsks(env, `${own}${belowLetter}`) &&
        // "1. Looked after children: a. identified as trafficked; b. suspected" over "a. 5": its parts are named
        // on its own line, whose stem the line below answers part by part (inlinePart below).
        stemBeforeInlinePart(label) === null;
      const answeredBelow = below?.[0]?.kind === "value" && below[0]?.col === label[0]?.col && !opensPart;
      // "a) identified as having been trafficked" under "1. How many looked
      // after children were": a lettered part of the question above it,
      // which it completes and whose number it takes ("1a").
      const part: QuestionStem | null = stem && own && /^[a-z]$/u.test(own) ? stem : null;
      // "3. Individual incidents of going missing or absent:" over "a. Trafficked": a numbered heading
      // that asks nothing in question form is still the question its lettered parts complete. Left
      // out, the parts below would be taken as more parts of the question before it ("2a", "2b").
      const heading = !answeredBelow && !part && isProse(grid, r) && introducesParts(label, below);
      // "3. The total number of individual incidents …:" over "a. Identified
      // or suspected … gone missing" over "As above, zero.": the part answered
      // right under it is still the stem's part ("3a"); its words alone would
      // read as another question's ("gone missing", 2a).
      if (answeredBelow && part && own && requestAsks(env, `${part.number}${own}`)) {
        answeredPartStems.set(r, part.labels);
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: label[0]?.col ?? 1 }),
          message: `Row ${r} read as part ${own} of question ${part.number} above it, answered on the line below ("${part.labels.map((l) => l.text.trim()).join(" ")} …").`,
        });
      }
      // "3. The total number of individual incidents: a. trafficked" over "Seventeen incidents." over "b. UASC"
      // over "26 incidents.": a numbered question whose first lettered part opens on its own line, answered on
      // the line below. Its words before the part are still the stem of the parts after it; left as it was,
      // "b. UASC" was taken as a part of the question before (round 142, Tower Hamlets: "2b", both groups).
      // The stem has no candidate of its own to mark answered (-1): its line's figure is part a's.
      const inlinePart =
        answeredBelow && !part && own && /^\d+$/u.test(own) && isProse(grid, r) ? stemBeforeInlinePart(label) : null;
      if (inlinePart !== null)
        stem = { number: own as string, labels: [matchLabel(inlinePart, vocab)], candidate: -1, row: r };
      if (!answeredBelow && (looksLikeQuestion(label, env) || part || heading)) {
        const asked: string | null | undefined = part ? `${part.number}${own}` : own;
        const labels = [...(part?.labels ?? []), ...label.map((c) => c.label as LabelMatch)];
        // A number asked twice (questions numbered afresh for each group)
        // cannot tell which question "Q1 – 4" answers.
        if (asked) {
          const question = { labels, context: context(label[0]?.col) };
          askedQuestions.set(asked, askedQuestions.has(asked) ? null : question);
        }
        if (part) {
          // The stem is asked through its parts, so it is not itself unanswered.
          stemAnsweredByParts.add(part.candidate);
          stemPartLabels.set(r, labels);
          decisions.push({
            file: grid.file,
            ...locationOf(grid, { row: r, col: label[0]?.col ?? 1 }),
            message: `Row ${r} read as part ${own} of question ${part.number} above it ("${part.labels.map((l) => l.text.trim()).join(" ")} …").`,
          });
        } else if (asked && /^\d+$/u.test(asked) && isProse(grid, r)) {
          stem = { number: asked, labels, candidate: candidates.length, row: r };
        } else stem = null;
        const unanswered = unansweredAt(grid, label[label.length - 1] as LogicalCell, labels, context(label[0]?.col));
        const overPeriods = below && isProse(grid, r) ? countOverPeriodsBelow(grid, below, env) : null;
        candidates.push(overPeriods === null ? unanswered : { ...unanswered, answerOverPeriods: overPeriods });
        // Only a letter's question, on a line of prose: a spreadsheet's title row over its table is no
        // question the table answers, and may name a metric its rows do not count.
        openQuestion = isProse(grid, r) ? questionMetricOf(labels, r, grid, vocab, env.knowledge.request) : null;
        const g = groupOf(label, env);
        noteGroup(g, r);
        noteQuestionNumber(
          label.map((c) => c.label as LabelMatch),
          g,
          questionNumber,
          r,
        );
      } else {
        // "1a/1b. Our recording does not distinguish …": both parts named and
        // no figure given for either; each part is recorded as not answered
        // here, with the note, rather than passed over in silence.
        for (const number of jointPartsWithoutFigure(grid, r, env)) {
          candidates.push(
            unansweredAt(
              grid,
              label[label.length - 1] as LogicalCell,
              [matchLabel(`question ${number}`, vocab)],
              context(label[0]?.col),
            ),
          );
          decisions.push({
            file: grid.file,
            ...locationOf(grid, { row: r, col: label[0]?.col ?? 1 }),
            message: `Row ${r} ("${(label[0]?.text ?? "").trim().slice(0, 80)}") names question ${number} together with another part and gives no figure for it: question ${number} is recorded as not answered.`,
          });
        }
      }
      continue;
    }

    let lastValueIndex = -1;
    // In a grid row the label on the left applies to every figure along it;
    // text between two figures ("Trafficked | 5 | UASC | 40") starts a new label.
    let rowLabel: LabelMatch[] = [];
    // The column the row label is in, whose heading may say what the rows are ("Team").
    let rowLabelCol: number | null = null;
    // Text cells read as a figure's answer ("61%" under "Percentage assessed"): not a label for the next figure.
    const answered = new Set<LogicalCell>();
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] as LogicalCell;
      if (cell.kind !== "value") {
        // Prose in a grid cell under a figure's column ("Most were short
        // absences") is that figure's answer: report it, don't drop it.
        // "9 | 1a + 1b | 6": a note under a "Notes" column remarks on the
        // figure before it; it neither answers nor labels the next figure.
        if (lastValueIndex >= 0 && inRemarkColumn(grid, r, cell.col, headerRows, blockStops)) {
          answered.add(cell);
          decisions.push({
            file: grid.file,
            ...locationOf(grid, cell),
            message: `"${cell.text.trim().slice(0, 80)}" is in a column titled as notes on the figures beside it; read as a note, not as an answer.`,
          });
          continue;
        }
        if (lastValueIndex < 0 || !cell.label || isMeaningful(cell.label)) continue;
        const header = headerAbove(grid, r, cell.col, headerRows, blockStops, env.knowledge.request);
        if (!header.some(isMeaningful) || row.slice(lastValueIndex + 1, i).some((c) => c.kind === "text")) continue;
        answered.add(cell);
        candidates.push({
          cell: { ...cell, kind: "value", parsed: parseCached(env, cell.text), label: null, answer: true },
          source: sourceOf(grid, cell),
          rowLabel,
          header,
          context: context(cell.col),
          unanswered: false,
        });
        continue;
      }
      const own = row.slice(lastValueIndex + 1, i).filter((c) => c.kind === "text" && !answered.has(c));
      // A group label merged down the rows of a grid labels every row it spans.
      const merged = lastValueIndex === -1 ? [...mergedLabelsLeft(grid, r, cell.col, row), ...own] : own;
      const left = lastValueIndex === -1 ? [...labelAboveBreakdownRow(grid, r, merged, env), ...merged] : merged;
      lastValueIndex = i;
      if (left.length > 0) {
        rowLabel = left.map((c) => c.label as LabelMatch);
        rowLabelCol = left.at(-1)?.col ?? null;
      }
      // "1. The total number of looked after children … that have been:" over
      // "a. Identified as having been trafficked …: 4": an answered line
      // lettered under the numbered question right above it (past its other
      // parts) is that question's part ("1a"), when the request asks one so.
      // "1. a. Identified …: 2" over "b. Suspected …: 0" numbers the first
      // part on the question's own line; the letters below continue it.
      // "2. … that have gone missing or absent" over a small table whose rows are
      // "a. Trafficked | 3" and "b. UASC | Less than 5": the table's lettered rows
      // are that question's parts as a letter's lines would be.
      const tableUnderStem = isProse(grid, r) ? null : numberedLineOverTable(grid, r, headerRows, letteredRows);
      if (left.length > 0 && (isProse(grid, r) || tableUnderStem)) {
        const own = rowLabel.find((l) => l.questionNumber !== null)?.questionNumber ?? null;
        const letter = own !== null && /^[a-z]$/u.test(own) ? own : null;
        const above =
          tableUnderStem ??
          [stem, partLine]
            .filter((x): x is Pick<QuestionStem, "number" | "row"> => x !== null)
            .sort((a, b) => b.row - a.row)[0];
        const part = letter && above ? `${above.number}${letter}` : null;
        if (
          part &&
          above &&
          (tableUnderStem !== null || questionRightAbove(grid, r, above, letteredRows) === above.number) &&
          requestAsks(env, part)
        ) {
          rowLabel = rowLabel.map((l) => (l.questionNumber === letter ? { ...l, questionNumber: part } : l));
          letteredRows.add(r);
          if (stem && above === stem) stemAnsweredByParts.add(stem.candidate);
          decisions.push({
            file: grid.file,
            ...locationOf(grid, { row: r, col: left[0]?.col ?? 1 }),
            message: `Row ${r} read as part ${letter} of question ${above.number} above ${tableUnderStem ? "its table" : "it"}: question ${part} of the request.`,
          });
        } else if (own !== null && /^\d{1,2}[a-z]$/u.test(own) && requestAsks(env, own)) {
          partLine = { number: own.slice(0, -1), row: r };
        }
      }
      // "… would take well over 18 hours. The Council is therefore applying
      // section 12 … to this question": a refusal or "not held" that points
      // at "this question" answers the question above it; the sentences
      // before it explain, they do not say what is counted.
      const pointed =
        isProse(grid, r) && left.length > 0 && THIS_QUESTION.test(cell.text) && isStatement(cell)
          ? questionLineAbove(grid, r, left[0]?.col ?? cell.col)
          : null;
      if (pointed) {
        rowLabel = [pointed];
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: cell.col }),
          message: `Row ${r}'s "${cell.text.trim()}" answers "this question", the one above it ("${pointed.text.trim()}"); the sentences before it are not its label.`,
        });
      }
      // "How many … were identified as having been trafficked, or suspected
      // of having been trafficked?" / "Total: 15, made up as follows:" / the
      // parts on the lines below: a letter's figure labelled only "Total",
      // right under the question, is that question's answer (the whole the
      // question asks for), where the bare word matches no question and the
      // figure went unread beside parts that were summed in its place.
      const totalOfQuestion =
        !pointed &&
        row.slice(0, i).every((c) => c.kind !== "value") &&
        isProse(grid, r) &&
        left.length === 1 &&
        TOTAL_ONLY.test(left[0]?.text ?? "")
          ? questionLineAbove(grid, r, left[0]?.col ?? cell.col)
          : null;
      if (totalOfQuestion) {
        rowLabel = [totalOfQuestion];
        decisions.push({
          file: grid.file,
          ...locationOf(grid, { row: r, col: cell.col }),
          message: `Row ${r}'s "${cell.text.trim()}" is labelled only "${left[0]?.text.trim()}": read as the total the question above it asks for ("${totalOfQuestion.text.trim()}").`,
        });
      }
      if (lastValueIndex === i && left.length > 0) {
        const whole = totalOfPartsAbove(grid, r, rowLabel, env);
        if (whole) {
          rowLabel = [whole.label];
          decisions.push({
            file: grid.file,
            ...locationOf(grid, { row: r, col: left[0]?.col ?? 1 }),
            message: `Row ${r} ("${left[0]?.text.trim()}") read as ${whole.whole}: the total of the rows above it, which are each one of its parts (${whole.parts.join(", ")}).`,
          });
        }
      }
      if (lastValueIndex === i && left.length > 0) {
        const under = partUnderWholeRow(grid, r, rowLabel, env);
        if (under) {
          rowLabel = [...rowLabel.slice(0, -1), under.label];
          decisions.push({
            file: grid.file,
            ...locationOf(grid, { row: r, col: left[0]?.col ?? 1 }),
            message: `Row ${r} ("${left.at(-1)?.text.trim()}") names a part and no metric: read as counting ${under.metric}, as the row of its whole (row ${under.wholeRow}) above it does.`,
          });
        }
      }
      // "Missing episodes | Oct–Dec 2014 | …" over "Trafficked children | 1 |
      // …": a corner naming only what is counted labels rows that name only a group.
      const cornerLabel = corners.get(blockStops[r] ?? 0) ?? null;
      const metricOnly = cornerLabel !== null && groupsUnderMetric(cornerLabel, rowLabel.at(-1) ?? null);
      const corner = rowLabel.some(isMeaningful) && !metricOnly ? null : cornerLabel;
      const header = [
        ...(i === 0 && left.length === 0 && isProse(grid, r)
          ? (answeredPartStems.get(proseLineAbove(grid, r)) ?? [])
          : []),
        ...headerAbove(grid, r, cell.col, headerRows, blockStops, env.knowledge.request, i === 0 && isProse(grid, r)),
        ...(corner ? [corner] : []),
      ];
      // A row set apart under a table of periods takes only the period over its column (periodHeaderAcrossBlank).
      const periodAcross = header.length === 0 ? periodsAcrossBlank.get(r) : undefined;
      const periodCell = periodAcross === undefined ? undefined : headerCell(grid, periodAcross, cell.col, false);
      // "4 | Still missing or absent | 2": the number set aside from the first
      // column still says which of the request's questions the row answers,
      // as a "1a" written as text beside its question does.
      // "identified (1a) / UASC (1c)" across a trafficked and a UASC column group: each column its own half.
      const ownLabel = rowLabel.at(-1);
      const half =
        ownLabel === undefined
          ? null
          : pickLabelPartForGroup(ownLabel, context(cell.col).group, env.knowledge.request, env.knowledge.labels);
      // Per figure, not for the row: rowLabel is the whole row's, and the next column may take the other half.
      const ownRowLabel = half ? [...rowLabel.slice(0, -1), half] : rowLabel;
      if (half) {
        decisions.push({
          file: grid.file,
          ...locationOf(grid, cell),
          message: `"${ownLabel?.text.trim()}" names a question for each group; read as "${half.text.trim()}", the half asking about ${context(cell.col).group} (${context(cell.col).groupFrom}).`,
        });
      }
      const numbered =
        questionNumber !== null && !ownRowLabel.some((l) => l.questionNumber !== null)
          ? [matchLabel(`${questionNumber}.`, env.knowledge.labels), ...ownRowLabel]
          : ownRowLabel;
      const rowHeading =
        rowLabelCol !== null && !isProse(grid, r)
          ? headerAbove(grid, r, rowLabelCol, headerRows, blockStops, env.knowledge.request).at(-1)?.text.trim()
          : undefined;
      // "2018: 4 2019: 5 2020: 2" in a table's answer cell: one answer a period (periodItemsInCell).
      const items = isProse(grid, r) ? null : periodItemsInCell(cell, env);
      for (const item of items ?? [{ cell, period: null }]) {
        if (item.period) periodItemCells.add(item.cell);
        candidates.push({
          cell: item.cell,
          source: sourceOf(grid, cell),
          rowLabel: numbered,
          header,
          context: context(cell.col),
          unanswered: false,
          ...(rowHeading ? { rowHeading } : {}),
          ...(item.period ? { columnTitle: item.period } : periodCell ? { columnTitle: periodCell.text.trim() } : {}),
        });
      }
      if (items) {
        decisions.push({
          file: grid.file,
          ...locationOf(grid, cell),
          message: `"${cell.text.trim()}" read as one answer per period: ${items.map((p) => `${p.period} → "${p.cell.text}"`).join(", ")}.`,
        });
      }
      // The group this figure is about, for a later "of these" question: from
      // its own label, or from the question above it when answered underneath.
      const g = groupOf(left, env) ?? (rowLabel.length === 0 ? groupOfLabels(header, env) : null);
      noteGroup(g, r, left.length > 0 ? left.map((c) => c.label) : rowLabel.length === 0 ? header : []);
      noteQuestionNumber(rowLabel.length > 0 ? rowLabel : header, g, questionNumber, r);
    }
  }
  decisions.push(...followAnswerReferences(candidates, grid, env));
  const seeNotes = followSeeNotes(candidates, grid, env);
  decisions.push(...seeNotes.decisions);
  issues.push(...seeNotes.issues);
  const periodLines = periodLinesOf(grid, env, new Set(bareNumbers.map((b) => b.row)));
  const parents = parentNumbersOf(grid);
  const carried = carriedOpenings(grid, env);
  const withPeriods = candidates
    .filter(
      (c, i) =>
        !stemAnsweredByParts.has(i) &&
        !((c.unanswered || c.cell.parsed?.unparsed) && answeredByLines.has(c.source.row)),
    )
    .map((c) => withParentNumber(c, parents))
    .map((c) => withDecimalPart(c, env))
    .map((c) => {
      const opening = openingPeriodOf(grid, c.source.row, env) ?? carried.get(c.source.row);
      const lineAbove = lastLineAbove(periodLines, c.source.row);
      const above = opening ?? (lineAbove?.text || undefined);
      // Below the end of a titled table: the line names no period, and is no answer for the whole span either.
      const afterTable = opening === undefined && lineAbove?.tableEnded === true;
      // A letter has no columns: the line above a figure is a sentence, not its column's title.
      const lineOwn = isProse(grid, c.source.row) || periodLineRows.has(c.source.row);
      const column = lineOwn ? undefined : titleOf(c.source.row, c.source.col);
      const ownPeriod = lineOwn
        ? undefined
        : (periodCellBefore(grid, c) ??
          cornerPeriodOf(grid, c.source.row, c.source.col, (t) => onlyPeriod(t, env)) ??
          yearEndingKeyOf(grid, c.source.row, c.source.col));
      const listed = periodItemCells.has(c.cell) ? c.columnTitle : undefined;
      const title = listed ?? (ownPeriod && column ? `${column} | ${ownPeriod}` : (ownPeriod ?? column));
      // "9 | 1a + 1b | 6": a two-level header's Notes column remarks on the figure to its left.
      const note =
        noteBeside(grid, c.source.row, c.source.col) ??
        (inRemarkColumn(grid, c.source.row, c.source.col + 1, headerRows, blockStops)
          ? grid.rows[c.source.row - 1]?.find((x) => x.col === c.source.col + 1 && x.kind === "text")?.text
          : undefined) ??
        rowRemark(grid, c.source.row, blockStops);
      return above || title || note || afterTable
        ? {
            ...c,
            ...(above ? { periodLine: above } : {}),
            ...(afterTable ? { afterPeriodTable: true as const } : {}),
            ...(title ? { columnTitle: title } : {}),
            ...(note ? { note } : {}),
          }
        : c;
    });
  const listCells = withPeriods.map((c) => splitPeriodListCell(c, env, (t) => [...t.matchAll(PERIOD_ITEM)]));
  decisions.push(...listCells.flatMap((x) => (x.decision ? [x.decision] : [])));
  const headed = labelsRepeatedUnderHeadings(grid, candidates);
  if (headed) issues.push(headed);
  const byNumber = byQuestionNumberOnly(grid, bareNumbers);
  if (byNumber) issues.push(byNumber);
  // A table given for context under the answers answers nothing (contextSections.ts).
  const forContext = setAsideContextFigures(
    grid,
    listCells.flatMap((x) => x.candidates),
    findContextSections(grid, vocab.contextHeadings),
  );
  const listTotals = setAsideNationalityListTotals(grid, forContext.candidates, env);
  const stacked = markStackedQuestions(listTotals.candidates, grid);
  decisions.push(...stacked.decisions);
  return {
    candidates: stacked.candidates,
    tables,
    decisions,
    issues: [...issues, ...forContext.issues, ...listTotals.issues],
  };
}

/** How far up a total row looks for the nationality rows it closes: a group's list in a pivot or an export. */
const LIST_TOTAL_REACH = 30;

/**
 * "UASC Total | 8 | 9 | 8" under "   Afghan | 2 | 1 | 1", "   Eritrean | 2 | 1 | 2": a total row that names
 * a group and no metric closes the nationality rows above it, so it counts whatever the list counts (in a
 * pivot of the children who went missing, those children), never the group's looked-after children, which
 * a label naming a group alone is otherwise read as. When no nationality reader took the list, the row
 * would be read that way with nothing to show it; it is set aside instead, and said so. Only where at
 * least two of the label column's rows above, back to the previous total, are nationalities.
 */
function setAsideNationalityListTotals(
  grid: SheetGrid,
  candidates: readonly FigureCandidate[],
  env: LocateEnv,
): { candidates: FigureCandidate[]; issues: Issue[] } {
  const closes = new Map<number, boolean>();
  const closesList = (row: number, labelText: string): boolean => {
    const known = closes.get(row);
    if (known !== undefined) return known;
    const cells = grid.rows[row - 1] ?? [];
    const label = cells.find((x) => x.kind === "text" && x.text === labelText);
    let nationalities = 0;
    if (label) {
      // The nationality may sit in the label's column (a pivot) or in a column of its own beside the group's
      // (an export): a row counts when any of its words, left of the figures, is a nationality.
      for (let k = row - 1; k >= Math.max(1, row - LIST_TOTAL_REACH); k--) {
        const words = (grid.rows[k - 1] ?? []).filter((x) => x.kind === "text" && x.col >= label.col);
        if (words.some((x) => /\btotal\b/iu.test(x.text))) break;
        if (words.some((x) => canonicaliseNationality(x.text.trim(), env.knowledge.nationalities).known))
          nationalities++;
      }
    }
    const answer = nationalities >= 2;
    closes.set(row, answer);
    return answer;
  };
  const kept: FigureCandidate[] = [];
  const issues: Issue[] = [];
  for (const c of candidates) {
    const only = c.rowLabel.length === 1 ? c.rowLabel[0] : undefined;
    if (
      c.unanswered ||
      only === undefined ||
      only.groups.length === 0 ||
      only.metrics.length > 0 ||
      !/\btotal\b/iu.test(only.text) ||
      // A header or heading that names what is counted ("Went missing") says what the total counts too.
      c.header.some((h) => h.metrics.length > 0) ||
      (c.context.metric ?? null) !== null ||
      !closesList(c.source.row, only.text)
    ) {
      kept.push(c);
      continue;
    }
    issues.push(
      makeIssue("layout_unknown", {
        message: `${describeSource(c.source)}: "${c.cell.text.trim()}" on the row "${only.text.trim()}" closes the list of nationalities above it, so it counts what that list counts, which the table does not name; it was not read as the group's looked-after children, nor counted.`,
        ...issueLocation(c.source),
        raw: `${only.text.trim()} | ${c.cell.text.trim()}`,
      }),
    );
  }
  return { candidates: kept, issues };
}

/**
 * "Derby City Council | 2021/22 | 1 | Placed more than 20 miles | 51": a
 * long table gives each row's period in a cell of its own, left of the
 * figure but not next to it (another figure, a question number, may sit
 * between). A text cell that is nothing but a period (a year or financial
 * year, at most 20 characters) is the row's period; the figure's label
 * stays what is next to it. Undefined when the row has no such cell, or the
 * cell is the figure's own row label already.
 */
function periodCellBefore(grid: SheetGrid, c: FigureCandidate): string | undefined {
  const row = grid.rows[c.source.row - 1] ?? [];
  const own = new Set(c.rowLabel.map((l) => l.text));
  const cell = row.find(
    (x) =>
      x.col < c.cell.col &&
      x.kind === "text" &&
      x.text.trim().length <= 20 &&
      !own.has(x.text) &&
      periodsIn(x.text).some((p) => p.raw.trim() === x.text.trim()),
  );
  return cell?.text.trim();
}

/** A sentence of five or more words with a number in it, ending in a full stop: "There were 3 such children." */
const ANSWER_SENTENCE = /^(?=[^.]*\d)(?:\S+\s+){4,}\S*[^\s.]\.\s*$/u;

/** Words a question asked in full has at least; a column header ending "?" ("Still missing?") is shorter. */
const QUESTION_WORDS = 7;

/**
 * A header row holds labels and no values, and either names two or more
 * groups/metrics (a grid or coded export header) or sits directly above a
 * value in its own column (a question with its answer underneath).
 */
function isHeaderRow(grid: SheetGrid, r: number): boolean {
  const row = grid.rows[r - 1] ?? [];
  if (row.length === 0 || row.some((c) => c.kind === "value")) return false;
  // "Q4 % of children … | 0.9% | 1.1% | 1.4%": a row of percentages is a
  // row of rates under the header, not a header over the counts below it.
  if (row.some((c) => c.col > 1 && PERCENTAGE.test(c.text))) return false;
  // Headers are short labels. A question followed by more text, or a
  // sentence, is a question and its (unreadable) answer.
  if (row.length >= 2 && row.some((c) => wordCount(c.text) > 14 && !isLongColumnTitle(grid, r, c))) return false;
  // "1b | The remaining 4 were suspected of having been trafficked.": a
  // sentence with a count in it, full stop and all, is an answer whose figure
  // was not read, not the title of the column below it.
  if (row.length >= 2 && row.some((c) => c.col > 1 && ANSWER_SENTENCE.test(c.text))) return false;
  // "(Our system holds the current flag only, so Q1 is a snapshot …)": a
  // remark in brackets comments on the answers; it titles no column.
  const meaningful = row.filter((c) => c.label && isMeaningful(c.label) && !isBracketedRemark(c.text));
  if (row.length >= 2 && row[0]?.text.trim().endsWith("?")) return false;
  // "3 | How many missing episodes did … have? | 2 episodes, both the same
  // young person": a question asked in full beside its answer in prose,
  // wherever the question stands. A header names columns; it asks nothing.
  if (row.length >= 2 && row.some((c) => c.text.trim().endsWith("?") && wordCount(c.text) >= QUESTION_WORDS))
    return false;
  if (meaningful.length >= 2) return true;
  if (meaningful.length === 1) {
    const next = grid.rows[r] ?? [];
    const col = meaningful[0]?.col;
    return (
      next.some((c) => c.kind === "value" && c.col === col) &&
      !next.some((c) => c.col < (col ?? 0) && c.label && isMeaningful(c.label))
    );
  }
  return false;
}

/** Words a column's title may have at most when it is one of a row of titles: a question in short, no sentence. */
const LONG_TITLE_WORDS = 20;

/**
 * "Period | 1 Looked after children who went missing | … | 4c Children
 * placed out of area more than 20 miles from home who went missing": a
 * table with its questions across the top may title a column with a whole
 * question in short, longer than a header usually is. Such a cell is a
 * title, not a question followed by its answer, when it says no sentence
 * (no full stop, question mark, colon or semicolon), has at most twenty
 * words, stands in a row of three or more cells, and a figure stands under
 * it on the next row.
 */
function isLongColumnTitle(grid: SheetGrid, r: number, cell: LogicalCell): boolean {
  if ((grid.rows[r - 1] ?? []).length < 3) return false;
  if (/[.?!:;]/u.test(cell.text) || wordCount(cell.text) > LONG_TITLE_WORDS) return false;
  return (grid.rows[r] ?? []).some((c) => c.kind === "value" && c.col === cell.col);
}

/**
 * "9. Nationalities of the children who went missing | Afghan (UASC) – one":
 * a question about nationality and its answer, which names a nationality
 * foi-agg knows. Both cells name a group or a metric, so the row looks like
 * a header; a header over a nationality table names groups or "Number",
 * never a nationality, so such a row is a question and its list.
 */
function answersNationality(grid: SheetGrid, r: number, env: LocateEnv): boolean {
  const [first, ...rest] = grid.rows[r - 1] ?? [];
  if (!first || rest.length === 0 || !NAMES_NATIONALITY.test(first.text)) return false;
  return rest.some(
    (c) => canonicaliseNationality(c.text.split(/[(\-–—:,;]/u)[0] ?? "", env.knowledge.nationalities).known,
  );
}

/** A cell that is only a percentage: "0.9%", "12 %". */
const PERCENTAGE = /^\s*-?\d+(?:\.\d+)?\s*%\s*$/u;

/**
 * A cell that is nothing but a period: a stated one ("2021/22", "1 April
 * 2022 to 31 March 2023"), a requested period's name, or, in a round that
 * counts something on each period's last day, one of those days
 * ("31/03/2023").
 */
function onlyPeriod(text: string, env: LocateEnv): boolean {
  const t = text.trim();
  const half = periodHalfOfBilingual(t);
  if (half !== null) return onlyPeriod(half, env);
  if (t === "" || t.length > 40) return false;
  if (periodsIn(t).some((p) => p.raw.trim() === t)) return true;
  return env.knowledge.request.periods.some((p) => p.id === t || p.label === t) || endsPeriod(t, env);
}

/**
 * "1 Ionawr – 30 Ebrill 2024 / 1 January – 30 April 2024": a bilingual heading gives its period once in each
 * language, either first. The half that is a period and nothing else, when the other half writes the same
 * numbers in the same order (its days and year) with only words between them, the month names in the other
 * language; null for any other text.
 */
function periodHalfOfBilingual(text: string): string | null {
  const halves = text.trim().split(/\s+\/\s+/u);
  if (halves.length !== 2) return null;
  const [a = "", b = ""] = halves;
  const whole = (h: string) => periodsIn(h).some((p) => p.raw.trim() === h.trim());
  if (whole(b) && sameNumbersOnly(a, b)) return b;
  if (whole(a) && sameNumbersOnly(b, a)) return a;
  return null;
}

/**
 * The other half of a bilingual period heading: the period's numbers as `period` writes them, in the same
 * order, with nothing but words and dashes between them ("1 Ionawr – 30 Ebrill 2024" beside "1 January – 30
 * April 2024"), so no figure, question number or other year hides in it.
 */
function sameNumbersOnly(other: string, period: string): boolean {
  const numbers = (s: string) => s.match(/\d+/gu) ?? [];
  const ours = numbers(other);
  if (ours.length === 0 || ours.join(" ") !== numbers(period).join(" ")) return false;
  return /^[\p{L}\d\s'’.,–—-]+$/u.test(other) && other.split(/\s+/u).length <= 8;
}

/** "31/03/2023", "As at 31 March 2023": the last day of a requested period, in a round that counts on that day. */
function endsPeriod(text: string, env: LocateEnv): boolean {
  const { request } = env.knowledge;
  if (!countsAtPeriodEnd(request)) return false;
  const day = dayOnly(text);
  return day !== null && request.periods.some((p) => p.end === day);
}

/**
 * A row naming two or more periods and nothing else (a corner cell in the
 * first column aside): the periods of the columns below it.
 */
function isPeriodRow(grid: SheetGrid, r: number, env: LocateEnv): boolean {
  const row = (grid.rows[r - 1] ?? []).filter((c) => c.part === 0);
  // "2018 | 2019 | 2020" over "Trafficked | UASC" pairs: a bare year is no stated period to periodsIn, but it
  // names one of the request's calendar years, as a one-row header's "2018" does.
  const periods = row.filter(
    (c) => c.kind === "text" && (periodsIn(c.text).length > 0 || endsPeriod(c.text, env) || onlyPeriod(c.text, env)),
  );
  const others = row.filter((c) => !periods.includes(c));
  return periods.length >= 2 && others.every((c) => c.kind === "text" && c.col === 1);
}

/**
 * Rows that title a table in their first cell and break it down across the
 * top ("Under 14", "14-15", "Q3", "Total"), with a row of the breakdown's
 * other axis ("Male", "Total", "Q1") under them. The breakdown's labels may
 * look like figures ("14-15" is also a range), so the row is re-read as
 * labels. Keyed by row, the corner title's label.
 */
function breakdownHeaders(grid: SheetGrid, env: LocateEnv): Map<number, LabelMatch> {
  const out = new Map<number, LabelMatch>();
  const { partition, time } = env.compiled.breakdowns;
  const plain = (text: string) => text.trim().toLowerCase().replace(/\s+/gu, " ");
  const sliceOrTotal = (text: string) => {
    const t = plain(text);
    return (
      /^(?:total|totals|all|overall)\b/u.test(t) || partition.some((re) => re.test(t)) || time.some((re) => re.test(t))
    );
  };
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const [first, ...rest] = row;
    if (emptyCornerBreakdown(grid, r, sliceOrTotal)) {
      for (const c of row) relabel(c, env);
      // The corner is empty: nothing to label a row that names no measure.
      out.set(r, matchLabel("", env.knowledge.labels));
      continue;
    }
    if (first?.kind !== "text" || !first.label || !isMeaningful(first.label) || rest.length < 2) continue;
    if (isProse(grid, r) || !rest.every((c) => c.text.trim() !== "" && sliceOrTotal(c.text))) continue;
    const below = (grid.rows[r] ?? [])[0];
    if (below?.kind !== "text" || !(sliceOrTotal(below.text) || groupsUnderMetric(first.label, below.label))) continue;
    for (const c of rest) relabel(c, env);
    out.set(r, first.label);
  }
  return out;
}

/** A breakdown's label that reads as a figure ("14-15" is also a range): re-read as the label it is. */
function relabel(c: LogicalCell, env: LocateEnv): void {
  if (c.kind === "value")
    Object.assign(c, { kind: "text", parsed: null, label: matchLabel(c.text, env.knowledge.labels), answer: false });
}

/**
 * " | Under 14 | 14-15 | 16-17" over "UASC - looked after | 1 | 8 | 16": a
 * breakdown across the top with its corner left empty (the table's title is
 * a merged row above). Each cell is a slice or a total, at least one of
 * them more than a bare number ("Under 14", "Male"; "Under 14" and "14-15"
 * also read as a bound and a range), so the row is no row of figures that
 * lost its label; and the row under it opens on a label in the first
 * column, as a table's rows do.
 */
function emptyCornerBreakdown(grid: SheetGrid, r: number, sliceOrTotal: (text: string) => boolean): boolean {
  const row = grid.rows[r - 1] ?? [];
  if (row.length < 2 || (row[0]?.col ?? 1) <= 1 || isProse(grid, r)) return false;
  if (!row.every((c) => c.text.trim() !== "" && sliceOrTotal(c.text))) return false;
  // A row of labels that read as labels is a header already (isHeaderRow); only one that reads as figures is re-read.
  if (!row.some((c) => c.kind === "value") || row.every((c) => /^\s*\d+\s*$/u.test(c.text))) return false;
  const below = (grid.rows[r] ?? [])[0];
  return below?.kind === "text" && below.col === 1 && below.label !== null && isMeaningful(below.label);
}

/**
 * "Missing episodes" in a table's corner over rows "Trafficked children",
 * "UASC": the corner names what is counted and no group, the rows a group
 * and nothing counted, so together they name each row's measure.
 */
function groupsUnderMetric(corner: LabelMatch, row: LabelMatch | null): boolean {
  return (
    corner.groups.length === 0 &&
    corner.metrics.length > 0 &&
    row !== null &&
    row.groups.length > 0 &&
    row.metrics.length === 0
  );
}

const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/**
 * A span of dates written as the period's name: "1 April to 30 September
 * 2024", "01/04/2024 to 30/09/2024". A part-year has no pair of years to go
 * by, so councils name it by its dates; whether the span is a requested
 * period is left to periodsNamed, which takes only an equal range.
 */
const DATE_SPAN = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?:\s+(?:19|20)\d{2})?\s+(?:to|until|-|\u2013)\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}\s+(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2}\s*(?:to|until|-|\u2013)\s*\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2}`;
/**
 * "Jan–Apr 2024", "January to April 2024", "1 Jan-30 Apr 2024": a part-year named by its months (each may carry
 * its day) and its year, as a letter lists it after the whole years ("2021: 5; 2022: 6; Jan–Apr 2024: <5"). A
 * day before each month, with the dash unspaced, is no DATE_SPAN (which wants spaces round its dash, so "10-12"
 * in a sentence is never read as a span); without it the list's year alone was read as the item, "1 Jan-30 Apr"
 * was left over, and the whole line went unread. Whether it is a requested period is left to periodsNamed.
 */
const MONTH_DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+)?`;
const MONTH_SPAN_YEAR = String.raw`${MONTH_DAY}${MONTH_WORD}\s*(?:-|\u2013|to)\s*${MONTH_DAY}${MONTH_WORD}\s+(?:19|20)\d{2}`;
// "2022/23 academic year: 601": the kind of year may follow the pair, and stays with the period.
const YEAR_ITEM = String.raw`(?:cy\s*)?(?:19|20)\d{2}(?:\s*[-/]\s*\d{2}(?:\d{2})?)?(?:\s+(?:academic|financial|school)\s+year)?(?:\*{1,3}|[†‡]|[⁰¹²³⁴-⁹]{1,2})?`;
/**
 * "2021: 10", "2018 = 9", "2024 (to 30 April): 11", "2024 up to 30/4/24 – 6": a period, then its figure; "1 April to 30 September 2024 - 196".
 * "2024 to date - 1", "2024 so far: 3": a year counted to an unstated day is an item too (so the line's other
 * years are read), and names no requested period: its figure is reported as not saying which period it is for.
 * "2024 to date (to 30 April): 2", "2024 YTD (up to 30/04/2024): 6": the day it runs to may follow in brackets,
 * and is the period's too (its reader reads the end day); without it no item of the line was read.
 */
// A sum of money keeps its thousands commas ("2021/22 – £11,175.58, 2022/23 – …").
// An item ends at a comma, semicolon or bar ("2021/22 = 19 | 2022/23 = 40",
// a text reply laid out like a table row), at the line's end, or where the
// next "2022:" begins: a letter may space its items out with no comma
// ("2021: 9   2022: 12   2023: 15"), or with a spaced slash ("2018: 3 / 2019:
// nil / 2020: 5", as e-mails type them), and a value never holds a "year:".
// The next year may carry its bracketed note as an item's year does ("2019: 2
// 2020 (Jan-Sep): 2"): without it the part-year became part of 2019's figure.
const PERIOD_ITEM = new RegExp(
  String.raw`((?:${DATE_SPAN})|${MONTH_SPAN_YEAR}|${YEAR_ITEM}(?:\s*\([^()]{1,40}\)|\s+(?:up to|to|until)\s+[\d/.]{3,10}|(?:\s+(?:year\s+)?to\s+date|\s+ytd|\s+so\s+far)(?:\s*\([^()]{1,40}\))?)?)\s*[:=\u2013\u2014-]\s*((?:around|about|approximately|approx\.?|circa|roughly)\s+\d[\d,]*\s*\([^(),;]{1,160}\)|\p{Sc}\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^,;|]{1,30}?)\s*(?=[,;|]|\.?$|\.\s+\p{Lu}|\s(?:\/\s+)?(?:${YEAR_ITEM}(?:\s*\([^()]{1,40}\))?|${DATE_SPAN}|${MONTH_SPAN_YEAR})\s*[:=\u2013\u2014-])`,
  "giu",
);

/**
 * A line that lists a figure for each of two or more periods after its
 * label: the label (the text before the first period) and each period's
 * figure, as a cell of its own in the line. Null-free: an empty list when the
 * line is not such a list, or when anything between the items is left over.
 */
function readPeriodList(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { label: string; period: string; cell: LogicalCell }[] {
  if (env.knowledge.request.periods.length < 2) return [];
  const row = grid.rows[r - 1] ?? [];
  // One line of the letter: read whole, even where its last figure was split
  // off as the line's answer ("2021/22: 245 children, …, 2023/24: 270 children"),
  // or read as nothing at all.
  const texts = grid.sheet.rows[r - 1] ?? [];
  const col = row[0]?.col ?? texts.findIndex((t) => t.trim() !== "") + 1;
  if (col < 1 || row.some((c) => c.col !== col) || texts.some((t, i) => i !== col - 1 && t.trim() !== "")) return [];
  const text = texts[col - 1] ?? row[0]?.text ?? "";
  const colonItems = [...text.matchAll(PERIOD_ITEM)];
  const items = colonItems.length >= 2 ? colonItems : spacedPeriodItems(text);
  if (items.length < 2) return [];
  // "2022 - 23 2023 - 24": periods with spaced dashes, not each year's figure
  // (one item so among others, "2021 - 22, 2022 - 28", is a figure).
  if (items.every((m) => isFollowingYear(m[0]))) return [];
  const start = items[0]?.index ?? 0;
  // Nothing but separators between the items: a sentence with years in it is not a list. A new sentence
  // that only labels the next list ("… 2020 – 6. Suspected, not included in 1a (1b): 2018 – 4, …") opens
  // a list of its own with that label.
  // "In 2018: nil. In 2019: fewer than five. In 2020: 6.": each item a sentence led by "in" (or "during",
  // "for") under the question it answers; the word says no more than the year after it, so it is a separator
  // when it leads every item, and the list has no label of its own.
  const eachLed = /^(?:in|during|for)$/iu.test(text.slice(0, start).trim());
  const separator = eachLed ? /^(?:[\s,;|/.]*(?:and\s+)?(?:in|during|for)\s+)?$/iu : /^[\s,;|/]*(?:and\s+)?$/iu;
  let at = start;
  const runs: { label: string; items: RegExpExecArray[] }[] = [{ label: "", items: [] }];
  for (const m of items) {
    const gap = text.slice(at, m.index);
    const opening = runs.at(-1)?.items.length && !eachLed ? nextListLabel(gap) : null;
    if (opening !== null) runs.push({ label: opening, items: [] });
    else if (!separator.test(gap)) return [];
    runs.at(-1)?.items.push(m);
    at = (m.index ?? 0) + m[0].length;
  }
  if (runs.some((run) => run.items.length < 2)) return [];
  // "4. Adoption disruptions: 2021/22 – 2; 2022/23 – 1. Disruptions are
  // reviewed by calendar year: there were 3 in 2023 …": sentences after the
  // list go on about what its label counts, so their figures are read with
  // that label before their own words. Tail sentences with a figure that
  // reads as none of theirs leave the whole line unread, as before.
  const tail = /^\s*\.\s+(\p{Lu}.*)$/su.exec(text.slice(at))?.[1];
  if (tail === undefined && !/^[\s,;.]*$/u.test(text.slice(at))) return [];
  // "1a. Identified as trafficked (2018: 1; 2019: 4; 2020: 0)": the list in brackets after its label; the
  // bracket it opens is closed after the last figure, which is "0", not "0)".
  const opened = eachLed ? "" : text.slice(0, start).trim();
  const bracketed = opened.endsWith("(") && /\)\s*\.?\s*$/u.test(items.at(-1)?.[2] ?? "");
  const label = bracketed ? opened.slice(0, -1).trim() : opened;
  const more = tail === undefined ? [] : readPeriodSentences(tail, [], "", leadQualifiedOf(env), boundBeforeOf(env));
  // "… exempt under section 38(1)(b).": the section a refusal relies on is no figure of the tail's, nor is
  // the cost limit it cites ("would exceed the appropriate limit of £450 (18 hours)").
  const figuresInTail =
    tail !== undefined &&
    /\d/u.test(
      tail
        .replace(/\b(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?\b/gu, " ")
        .replace(SECTION_CITED, " ")
        .replace(COST_LIMIT, " ")
        .replace(QUESTION_REFERENCE, " "),
    );
  if (more.length === 0 && figuresInTail) return [];
  const after = more.map((item) => ({
    label: `${label} ${item.label}`.trim(),
    period: item.period,
    cell: valueCell(r, col, 0, item.raw, parseCached(env, item.raw)),
  }));
  const [first, ...others] = runs;
  return [
    ...listed(first?.items ?? [], label, r, col, env, bracketed),
    ...others.flatMap((run) => listed(run.items, run.label, r, col, env)),
    ...after,
  ];
}

/**
 * "Suspected, not included in 1a (1b): ": the words between one period list's last figure and the next
 * list's first period, when they are a sentence of their own that only labels the next list: it opens after
 * the full stop that ends the list before, holds no full stop of its own, and no figure (a question's number
 * such as "1a" or "(1b)" is no figure), so no count of its own is lost by reading it as a label. Null
 * when the gap is anything else.
 */
function nextListLabel(gap: string): string | null {
  const m = /^\s*\.\s+(\p{Lu}[^.]{2,160}?)\s*$/u.exec(gap);
  const label = m?.[1];
  if (label === undefined) return null;
  return /\d/u.test(label.replace(QUESTION_REFERENCE, " ")) ? null : label;
}

/** "section 38(1)(b)", "s.40(2)", "s12": a section of an Act cited in a refusal. Bounded, so linear. */
const SECTION_CITED = /\b(?:sections?|s)\.?\s?\d{1,3}(?:\s?\(\w{1,4}\)){0,3}/giu;
/**
 * "£450", "£600.00", "18 hours", "3.5 working hours": a sum of money or a time, as a refusal states the cost
 * limit it would exceed. Neither is a count of children. Bounded, so linear.
 */
const COST_LIMIT = /\p{Sc}\s?\d[\d,]{0,9}(?:\.\d{1,2})?|\b\d{1,3}(?:\.\d)?\s?(?:working\s+)?(?:hours?|hrs?)\b/giu;

function listed(
  items: readonly RegExpExecArray[],
  label: string,
  r: number,
  col: number,
  env: LocateEnv,
  /** The list is in brackets: the last item's closing bracket is not its figure's. */
  bracketed = false,
): { label: string; period: string; cell: LogicalCell }[] {
  return items.map((m, k) => {
    // "441." before the next item: the full stop ends the item, not the figure.
    const item = (m[2] ?? "").trim().replace(/(?<=\S)\.$/u, "");
    const raw = bracketed && k === items.length - 1 ? item.replace(/\s*\)$/u, "") : item;
    const parsed = parseCached(env, raw);
    return {
      label,
      period: (m[1] ?? "").trim(),
      cell: valueCell(r, col, 0, raw, parsed),
    };
  });
}

/** "Total:", "In total -", "Overall total": a letter's label that says only that its figure is a whole. */
const TOTAL_ONLY = /^\s*(?:in\s+)?(?:the\s+)?(?:grand\s+|overall\s+)?total\s*[:\-–—=]?\s*$/iu;

/** "to this question", "this part of your request": a statement that points at the question it answers. */
const THIS_QUESTION =
  /\bthis\s+(?:question|part\s+of\s+(?:your|the)\s+request|element\s+of\s+(?:your|the)\s+request)\b/iu;

/** A cell that says the answer is refused or not held, rather than giving a count. */
function isStatement(cell: LogicalCell): boolean {
  return cell.parsed?.status === "refused" || cell.parsed?.status === "not_held";
}

/**
 * "Total pupils in receipt of free home to school transport | 1150" over
 * "of which: eligible on distance grounds | 516" and "of which: eligible due
 * to SEN / EHCP | 634": rows that name one part of a parts relation and no
 * metric, right under the row of that relation's whole (past the other
 * parts' rows), count what the whole's row counts. The whole's row must name
 * exactly one metric; any other row in between (a blank, a header, text, a
 * row naming another group or a metric of its own) stops the walk, and the
 * request must ask that metric of the part. Null otherwise.
 */
function partUnderWholeRow(
  grid: SheetGrid,
  r: number,
  labels: readonly LabelMatch[],
  env: LocateEnv,
): { label: LabelMatch; metric: string; wholeRow: number } | null {
  const own = labels.at(-1);
  if (!own || own.metrics.length > 0 || own.groups.length !== 1 || own.allCue || own.bothGroups) return null;
  // "Seniors (placed out of county by the service)": words in brackets that
  // name no group say something more than the part, so the row is not read so.
  const brackets = [...own.text.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1] ?? "");
  if (brackets.some((b) => matchLabel(b, env.knowledge.labels).groups.length === 0)) return null;
  const part = own.groups[0];
  const rel = env.knowledge.request.relations.find(
    (x) => x.kind === "parts" && part !== undefined && x.parts.includes(part),
  );
  if (rel?.kind !== "parts") return null;
  for (let a = r - 1; a >= 1; a--) {
    const row = grid.rows[a - 1] ?? [];
    const first = row[0];
    if (first?.kind !== "text" || !row.some((c) => c.kind === "value")) return null;
    const label = matchLabel(first.text, env.knowledge.labels);
    const [group] = label.groups;
    if (label.groups.length !== 1 || group === undefined) return null;
    if (label.metrics.length === 0 && rel.parts.includes(group)) continue;
    const [metric] = label.metrics;
    if (group !== rel.whole || label.metrics.length !== 1 || metric === undefined) return null;
    // Only when the request asks that count of the part: "Neglect" under "CP
    // plans started" may count children as well as plans, and is left to
    // the rules for a group named alone.
    if (!env.knowledge.request.measures.some((m) => m.group === part && m.metric === metric)) return null;
    return {
      label: { ...own, metrics: [metric], phrases: [...own.phrases, `${metric} of the ${rel.whole} row above`] },
      metric,
      wholeRow: a,
    };
  }
  return null;
}

/** A row labelled only "Total" or "Grand total". */
const BARE_TOTAL = /^\s*(?:grand\s+)?total\s*:?\s*$/iu;

/**
 * "Neglect | Emotional abuse | … | Multiple" then "Total": a bare total
 * under rows that between them name every part of one of the request's
 * parts relations, and nothing else, is that relation's whole. Every part
 * must be there: a total of some of them is not the whole. Null otherwise.
 */
function totalOfPartsAbove(
  grid: SheetGrid,
  r: number,
  labels: readonly LabelMatch[],
  env: LocateEnv,
): { label: LabelMatch; whole: string; parts: string[] } | null {
  const own = labels[0];
  if (labels.length !== 1 || !own || !BARE_TOTAL.test(own.text)) return null;
  const relations = env.knowledge.request.relations;
  const partGroups = new Set(relations.flatMap((rel) => (rel.kind === "parts" ? rel.parts : [])));
  if (partGroups.size === 0) return null;
  const seen = new Set<string>();
  for (let a = r - 1; a >= 1; a--) {
    const row = grid.rows[a - 1] ?? [];
    const first = row[0];
    // The rows of figures right above: a header, a blank or a line of text ends them.
    if (first?.kind !== "text" || !row.some((c) => c.kind === "value")) break;
    // "Identified as trafficked" names its whole too ("traffick"): the part is what the row is.
    const groups = matchLabel(first.text, env.knowledge.labels).groups.filter((g) => partGroups.has(g));
    if (groups.length !== 1 || !groups[0]) return null;
    seen.add(groups[0]);
  }
  for (const rel of relations) {
    if (rel.kind !== "parts" || rel.parts.length !== seen.size || !rel.parts.every((p) => seen.has(p))) continue;
    const label: LabelMatch = {
      ...own,
      groups: [rel.whole],
      allCue: false,
      bothGroups: false,
      phrases: [...own.phrases, `total of ${rel.parts.join(" + ")} above`],
    };
    return { label, whole: rel.whole, parts: rel.parts };
  }
  return null;
}

/** An answer foi-agg found inside a line's text (a period list's item, a statement), as a cell of that line. */
function valueCell(
  row: number,
  col: number,
  part: LogicalCell["part"],
  text: string,
  parsed: LogicalCell["parsed"],
): LogicalCell {
  return { row, col, part, text, kind: "value", parsed, label: null, answer: true };
}

/** "Response:", "Answer –", "Reply:" opening a line, before a sentence led by its period ("in 2018, …"). */
const OPENING_ANSWER_WORD =
  /^\s*(?:answer|response|reply|ateb)\s*[:\u2013\u2014-]\s*(?=(?:in|during|for)\s+(?:19|20)\d\d)/iu;

/**
 * "… was 4 in 2018, 6 in 2019 and 3 in 2020": the sentences of a line of a
 * letter that each give a figure per period, as cells of the line.
 */
function readPeriodSentencesOf(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  earlier: readonly string[],
): {
  items: { label: string; period: string; cell: LogicalCell; restates?: string }[];
  /** The labels of the line's figures when it gives one period's figures, for a next line that restates them. */
  lastLed: string[];
} {
  const row = grid.rows[r - 1] ?? [];
  const col = row[0]?.col ?? 1;
  const own = grid.sheet.rows[r - 1]?.[col - 1] ?? "";
  // "Response: in 2018, 3 children went missing, …": an answer marker in words opening the line only says
  // the line is the answer; the sentences after it are read as if it stood alone (round 140, Leicester: the
  // marker kept its period-led clauses from being read, and the line was left unread).
  const whole = withPeriodOfTitleAbove(grid, r, own, env).replace(OPENING_ANSWER_WORD, "");
  // "four went missing in 2018 (two Vietnamese and two British), six in 2019 (…)": each year's nationalities
  // in brackets are its breakdown, read by the nationality readers; the figures are the sentence without them.
  const text = readYearBrackets(whole, env)?.plain ?? whole;
  // A list counted by the words after it whose words name nothing the request asks about (no metric, no
  // group): what it counts is not said (the opening's words may only say whom it is out of), so it is left
  // unread.
  const above = proseLineAbove(grid, r);
  const lineBefore =
    above >= 1 && above < r && isProse(grid, above) ? (grid.sheet.rows[above - 1] ?? []).join(" ") : "";
  // A nil said once for several periods, in a paragraph that lists nationalities or in words naming one ("no
  // Eritrean children went missing in 2018 or 2020"), is left out: the line is the nationality readers' (round
  // 73, Argyll and Bute: the nil before "In 2019 … were Eritrean (2), Kuwaiti (2), …" took the line from them).
  const aboutNationalities = sentencesOf(text).some((s) => listsNationalities(s, env));
  const read = readPeriodSentences(text, earlier, lineBefore, leadQualifiedOf(env), boundBeforeOf(env)).filter(
    (item) => {
      if (item.nilAcrossPeriods && (aboutNationalities || namesNationality(item.label, env))) return false;
      if (item.countedBy === undefined) return true;
      const named = matchLabel(item.countedBy, env.knowledge.labels);
      return named.metrics.length > 0 || named.groups.length > 0;
    },
  );
  // "Question 1b. The number suspected …, and not included in 1a, was 1 in 2018, …": the question's number
  // is a sentence of its own, so the sentence reader's labels lost it; it is what says which part is answered.
  const heading = QUESTION_HEADING_SENTENCE.exec(text);
  const asked = heading?.[1] !== undefined && requestAsks(env, heading[1].toLowerCase()) ? heading[0].trim() : null;
  const items = read.map((item) => ({
    label: asked !== null && !item.label.includes(asked) ? `${asked} ${item.label}` : item.label,
    period: item.period,
    cell: valueCell(r, col, 0, item.raw, parseCached(env, item.raw)),
    ...(item.restates === undefined ? {} : { restates: item.restates }),
  }));
  const onePeriod = read.length >= 2 && read.every((i) => i.period === read[0]?.period);
  return { items, lastLed: onePeriod ? read.map((i) => i.label) : [] };
}

/** A prose row's lists of counts in the order of the periods it (or an earlier row) lists (periodOrderedLists.ts). */
function readOrderedListsOf(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  known: readonly string[],
): { items: { label: string; period: string; cell: LogicalCell }[]; periods: string[] } {
  const row = grid.rows[r - 1] ?? [];
  const col = row[0]?.col ?? 1;
  const text = grid.sheet.rows[r - 1]?.[col - 1] ?? "";
  if (!/\d\s*,\s*\d/u.test(text)) return { items: [], periods: [] };
  const everyPeriod = env.knowledge.labels.everyPeriod.map((p) => new RegExp(p, "iu"));
  const read = readPeriodOrderedLists(text, known, everyPeriod);
  const count = env.knowledge.request.periods.length;
  // Only lists of as many counts as the request has periods: a list of two years in a request of four is another list.
  if (read.periods.length !== count) return { items: [], periods: [] };
  const heading = QUESTION_HEADING_SENTENCE.exec(text);
  const asked = heading?.[1] !== undefined && requestAsks(env, heading[1].toLowerCase()) ? heading[0].trim() : null;
  // "children who went missing or absent – trafficked 3, 3, 2, 1; unaccompanied or separated 2, 2, 2, 1": a
  // later list that names a group and no count counts what the row's first list does (its metric, named in
  // the request's words); read alone it was a count of children looked after.
  const first = read.items[0]?.label ?? "";
  // The metric that refines the others it names ("missing or absent incidents" names went_missing too).
  const named = [...new Set(matchLabel(first, env.knowledge.labels).metrics)];
  const refines = env.knowledge.labels.metricRefines as Readonly<Record<string, readonly string[]>>;
  const firstMetrics = named.filter((m) => !named.some((o) => o !== m && (refines[o] ?? []).includes(m)));
  const metric =
    firstMetrics.length === 1 ? env.knowledge.request.metrics.find((m) => m.id === firstMetrics[0]) : undefined;
  const withMetric = (label: string): string =>
    metric &&
    label !== first &&
    !label.startsWith("question ") &&
    matchLabel(label, env.knowledge.labels).metrics.length === 0
      ? `${label} (${metric.label})`
      : label;
  return {
    items: read.items.map((item) => ({
      label:
        asked !== null && !item.label.startsWith("question ")
          ? `${asked} ${withMetric(item.label)}`
          : withMetric(item.label),
      period: item.period,
      cell: valueCell(r, col, 0, item.raw, parseCached(env, item.raw)),
    })),
    periods: read.periods,
  };
}

/**
 * "1 January 2021 to 31 December 2021" over "During this period 16 unaccompanied … children were looked
 * after …; 4 trafficked children went missing …": a paragraph that names its period only by pointing at the
 * title line above it. The title's period is put in place of the pointer, so the paragraph reads as one led
 * by its period ("During 1 January 2021 to 31 December 2021, 16 …"). Only a title that is a period and
 * nothing else, naming one requested period, right above the paragraph (past a blank line or two); any
 * other paragraph is returned as written.
 */
function withPeriodOfTitleAbove(grid: SheetGrid, r: number, text: string, env: LocateEnv): string {
  const pointer = THIS_PERIOD_LEAD.exec(text);
  if (pointer === null) return text;
  let a = r - 1;
  while (a > 1 && a >= r - 3 && (grid.sheet.rows[a - 1] ?? []).every((t) => t.trim() === "")) a--;
  if (a < 1 || !isProse(grid, a)) return text;
  const cells = (grid.sheet.rows[a - 1] ?? []).filter((t) => t.trim() !== "");
  const title = cells.length === 1 ? (cells[0] ?? "").trim().replace(/:$/u, "") : "";
  if (title === "" || !onlyPeriod(title, env) || periodsNamed(title, env.knowledge.request.periods).length !== 1)
    return text;
  return `${pointer[1]} ${title}, ${text.slice(pointer[0].length)}`;
}

/** "During this period", "In that year,": a paragraph's opening that points at a period named elsewhere. */
const THIS_PERIOD_LEAD = /^\s*(during|in|for|over|throughout)\s+(?:this|that|the\s+same)\s+(?:period|year)\s*,?\s*/iu;

/**
 * "Question 1b. ", "Q3b. ", "2b. ": a letter's line opening with the number of the question it answers, as a
 * sentence. A bare number counts only when the request has a question of that number (requestAsks, at each
 * use): a letter answering numbered questions opens each answer with the question's number, and where its
 * words disagree with that question the label's reading warns (label_number_differs).
 */
const QUESTION_HEADING_SENTENCE = /^\s*(?:(?:q|question)\s?)?(\d{1,2}[a-z]?)[.:]\s/iu;

/** The nearest non-blank line above row `r`, past a blank line or two of a letter. */
function proseLineAbove(grid: SheetGrid, r: number): number {
  let a = r - 1;
  while (a > 1 && a >= r - 3 && (grid.rows[a - 1] ?? []).length === 0) a--;
  return a;
}

/**
 * The header cells over column `col` for a figure on row `r`: walk up past
 * the rows of figures to the header rows directly above them. Stopping at a
 * blank row or any other text keeps titles and earlier tables out.
 */
function headerAbove(
  grid: SheetGrid,
  r: number,
  col: number,
  headerRows: ReadonlySet<number>,
  blockStops: readonly number[],
  request: QuestionsAsked,
  /** The figure opens a letter's line that goes on to explain it ("Response: 5. Our case recording system …"). */
  opening = false,
): LabelMatch[] {
  const question = questionAbove(grid, r, col, opening);
  if (question) return [question];
  let i = blockStops[r] ?? 0;
  if (i >= 1 && !headerRows.has(i)) return questionOverPeriodRow(grid, r, col, i) ?? [];
  const rows: number[] = [];
  while (i >= 1 && headerRows.has(i)) rows.unshift(i--);
  const out: LabelMatch[] = [];
  const span = spannedColumns(grid, r, col);
  rows.forEach((hr, k) => {
    // A figure merged across "Confirmed | Suspected" counts both: a header row
    // that parts its span names none of it alone. When every header across
    // the span names a group ("Trafficked – identified | Trafficked –
    // suspected"), the figure is of all of them together: each is its label,
    // and the match stage reads two parts of one whole as the whole (or, for
    // groups that are no parts of one whole, as a count of both, not used).
    if (span && headersAcross(grid, hr, span, k < rows.length - 1) > 1) {
      const across = groupHeadersAcross(grid, hr, span, k < rows.length - 1);
      if (across) out.push(...across);
      return;
    }
    const cell = headerCell(grid, hr, col, k < rows.length - 1);
    if (cell?.label) out.push(cell.label);
    // Only where nothing above the column names its group already.
    const named = out.some((l) => l.groups.length > 0);
    const inherited = k === rows.length - 1 && cell?.label && !named ? groupToTheLeft(grid, hr, cell, request) : null;
    if (inherited) out.push(inherited);
  });
  return out;
}

/**
 * "Question 1a" / "The total number of looked after children … identified as
 * having been trafficked …" / a table of "2021 | 2022 | 2023" over "1 | 1 | 2":
 * a letter that quotes each question and answers it with a small table whose
 * one header row names the requested periods and whose one row of figures
 * has no label. The question quoted on the line right above the table (past
 * a blank line or two) labels those figures, and the period over each
 * column is its period: nothing else names what they count. Only when every
 * cell of the header row opens with a year, the row of figures is right
 * under it and holds figures alone, and the line above is one cell of
 * prose naming both a group and a metric; anything else is left unread as
 * before, never guessed.
 */
function questionOverPeriodRow(grid: SheetGrid, r: number, col: number, top: number): LabelMatch[] | null {
  if (top !== r - 1) return null;
  const figures = grid.rows[r - 1] ?? [];
  if (figures.length === 0 || figures.some((c) => c.kind !== "value")) return null;
  const header = grid.rows[top - 1] ?? [];
  if (header.length < 2 || header.some((c) => c.kind !== "text" || !YEAR_OPENING.test(c.text))) return null;
  const period = headerCell(grid, top, col, false)?.label;
  if (!period || period.groups.length > 0 || period.metrics.length > 0) return null;
  const above = proseLineAbove(grid, top);
  if (above < 1 || above >= top || !isProse(grid, above)) return null;
  const line = grid.rows[above - 1] ?? [];
  const only = line[0];
  if (line.length !== 1 || only?.kind !== "text" || !only.label || !isMeaningful(only.label)) return null;
  return only.label.groups.length > 0 && only.label.metrics.length > 0 ? [period, only.label] : null;
}

/**
 * "Trafficked LAC | Went missing | Not found | UASC LAC | Went missing": a
 * header that names the group once, in the first of its columns, and only
 * the metric in the ones after it. A column naming a metric alone takes the
 * group of the nearest column to its left that names one, past other
 * metric-only columns; a blank or any other text in between stops it. The
 * group's label is added without its metric, so the message shows both.
 */
function groupToTheLeft(grid: SheetGrid, r: number, cell: LogicalCell, request: QuestionsAsked): LabelMatch | null {
  const own = cell.label;
  if (!own || own.groups.length > 0 || own.metrics.length === 0 || own.allCue || own.bothGroups) return null;
  const row = grid.rows[r - 1] ?? [];
  for (let c = cell.col - 1; c >= 1; c--) {
    const left = row.find((x) => x.col === c && x.part === 0);
    const label = left?.label;
    if (left?.kind !== "text" || !label) return null;
    // "Q3b Incidents - UASC | Q4 Still missing or absent": a column numbered
    // as a part of one question (3b, the UASC part) does not pass its group
    // to the next question (4), which the request may ask of both groups.
    // "Q5 UASC looked after | Q6 Went missing" numbers questions of one group.
    // "UASC missing incidents (3b) | Still missing (4)": in a row whose
    // headers number their questions in brackets, a bracketed bare number is
    // the column's own question, not a footnote mark.
    const ownNumber = own.questionNumber ?? BRACKETED_NUMBER.exec(own.text)?.[1] ?? null;
    if (ownNumber !== null && partOfAnotherQuestion(label.questionNumber, ownNumber)) return null;
    // "Age assessments completed | of which full Merton compliant | Assessed as
    // over 18": a column that refers back ("of which", "of whom") is a part of
    // the column before it, not a heading over the columns after it, so the
    // group is looked for past it.
    if (label.anaphora && label.groups.length > 0) continue;
    if (label.groups.length > 0) {
      // The group's first column names its measure in full ("UASC LAC"); a
      // column naming a group alone ("Suspected") is a part, not a heading.
      if (label.allCue || label.bothGroups || label.metrics.length === 0) return null;
      if (!questionAsksOf(request, own.questionNumber, label.groups)) return null;
      // "Trafficked missing episodes | UASC missing episodes | Still missing": where the column before the
      // lender names another group with its own count too, every column names its own group; none is a
      // heading over the columns after it, and "Still missing" (asked of both groups) is no UASC count.
      if (namesOtherGroupWithCount(row, c - 1, label)) return null;
      return {
        ...label,
        // The heading's note pointer ("(see note 1)", "*") marks its own column's figures, not the
        // group it lends to the columns after it.
        text: label.text.replace(NOTE_POINTERS, "").trim(),
        metrics: [],
        alternatives: [],
        countCue: false,
        questionNumber: null,
        questionRef: null,
        anaphora: false,
      };
    }
    if (label.metrics.length === 0) return null;
  }
  return null;
}

/** Whether the column at `col` names a group other than `label`'s, with a count of its own. */
function namesOtherGroupWithCount(row: readonly LogicalCell[], col: number, label: LabelMatch): boolean {
  const before = row.find((x) => x.col === col && x.part === 0)?.label;
  return (
    before !== undefined &&
    before !== null &&
    before.metrics.length > 0 &&
    !before.allCue &&
    !before.bothGroups &&
    before.groups.length > 0 &&
    before.groups.some((g) => !label.groups.includes(g))
  );
}

/** The request's questions and measures, for the group a numbered column's question asks of. */
type QuestionsAsked = Pick<LocateEnv["knowledge"]["request"], "questions" | "measures">;

/**
 * "Q3 Young people whose age was disputed | Q4a Age assessments carried
 * out": a column numbered with one of the request's questions is that
 * question's answer, and the question says which group it asks of (4a:
 * assessments of all UASC). A column left of it that names another group
 * (the age-disputed, a question of its own) lends it none. False only when
 * the column's number is a question of the request whose measures are of
 * none of `groups`; an unnumbered column, or a number the request does not
 * have, still takes the group to its left.
 */
function questionAsksOf(request: QuestionsAsked, number: string | null, groups: readonly string[]): boolean {
  if (number === null) return true;
  const question = request.questions.find((q) => q.number.toLowerCase() === number.toLowerCase());
  if (!question || question.measures.length === 0) return true;
  const groupOf = new Map(request.measures.map((m) => [m.id, m.group as string]));
  return question.measures.some((id) => groups.includes(groupOf.get(id) ?? ""));
}

/** "Still missing (4)": a bare number in brackets ending a header. */
const BRACKETED_NUMBER = /\(\s*(\d{1,2})\s*\)\s*$/u;

/** "(see note 1)", "see note 2a", "(note 3)", "*", "†", "¹": what points a heading to a note below. */
const NOTE_POINTERS = /\s*\((?:see\s+)?notes?\s*\d{1,2}[a-z]?\)|\s*\bsee\s+notes?\s*\d{1,2}[a-z]?\b|[*†‡¹²³⁴⁵⁶⁷⁸⁹]+/giu;

/** True when `left` numbers a lettered part ("3b") of a question other than `own`'s ("4"). */
function partOfAnotherQuestion(left: string | null, own: string): boolean {
  const part = left === null ? null : /^(\d{1,2})[a-z]$/u.exec(left);
  return part !== null && /^\d{1,2}/u.exec(own)?.[0] !== part[1];
}

/**
 * The columns a figure's own cell is merged across ("3" under both
 * "Confirmed" and "Suspected"), when it spans more than its own; else null.
 */
function spannedColumns(grid: SheetGrid, r: number, col: number): { left: number; right: number } | null {
  const own = grid.sheet.merges.find((m) => m.top <= r && r <= m.bottom && m.left === col && m.right > col);
  return own ? { left: own.left, right: own.right } : null;
}

/** How many different header cells stand over the columns of a span on header row `hr`. */
function headersAcross(grid: SheetGrid, hr: number, span: { left: number; right: number }, upper: boolean): number {
  const seen = new Set<LogicalCell>();
  for (let c = span.left; c <= span.right; c++) {
    const cell = headerCell(grid, hr, c, upper);
    if (cell) seen.add(cell);
  }
  return seen.size;
}

/** The labels of the header cells over a span when each names a group, else null. */
function groupHeadersAcross(
  grid: SheetGrid,
  hr: number,
  span: { left: number; right: number },
  upper: boolean,
): LabelMatch[] | null {
  const seen = new Set<LogicalCell>();
  for (let c = span.left; c <= span.right; c++) {
    const cell = headerCell(grid, hr, c, upper);
    if (cell) seen.add(cell);
  }
  const labels = [...seen].map((c) => c.label);
  return labels.every((l): l is LabelMatch => l !== null && l !== undefined && l.groups.length > 0) ? labels : null;
}

/** The header text over a column, following merged ranges and, in upper header rows, spanning labels. */
function headerCell(grid: SheetGrid, r: number, col: number, upper: boolean): LogicalCell | undefined {
  const row = grid.rows[r - 1] ?? [];
  const direct = row.find((c) => c.col === col && c.part === 0);
  if (direct) return direct;
  const merge = grid.sheet.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= col && col <= m.right);
  if (merge) return (grid.rows[merge.top - 1] ?? []).find((c) => c.col === merge.left);
  // A group heading over several metric columns, typed once without merging:
  // it spans to the right until the next heading.
  if (upper) {
    const before = row.filter((c) => c.col < col);
    return before[before.length - 1];
  }
  return undefined;
}

/**
 * A row that only names a group ("Unaccompanied asylum-seeking children")
 * sets the context below it. A heading may also name a metric ("Part 2 –
 * UASC looked after") when labelled figures follow it directly; a question
 * with its answer underneath looks the same but is followed by a bare figure.
 */
function headingOf(grid: SheetGrid, r: number, env: LocateEnv): { group: Group | null; metric: Metric | null } | null {
  const full = grid.rows[r - 1] ?? [];
  // A heading stands alone on its row; a label with text beside it is a
  // question and its answer. But "Households newly approved | Number" is a
  // table's header row: the second cell only titles the column of figures
  // below, so the first cell heads the rows under it.
  const columnTitled = full.length === 2 && full[1]?.kind === "text" && COLUMN_TITLE_WORD.test(full[1].text);
  // "Unaccompanied asylum seeking children | Oct-Dec 2014 | … | Total": the
  // corner of a header row of periods names the group of the block under it,
  // as a heading on its own row would; the periods only title the columns.
  const periodsBeside =
    full.length >= 3 &&
    full
      .slice(1)
      .every(
        (c) =>
          c.kind === "text" && (onlyPeriod(c.text, env) || MONTH_SPAN.test(c.text.trim()) || TOTAL_WORD.test(c.text)),
      ) &&
    full.slice(1).some((c) => !TOTAL_WORD.test(c.text));
  const row = columnTitled || periodsBeside ? full.slice(0, 1) : full;
  if (row.length !== 1 || row[0]?.kind !== "text") return null;
  const meaningful = row.filter((c) => c.label && isMeaningful(c.label));
  if (meaningful.length !== 1) return null;
  const label = meaningful[0]?.label as LabelMatch;
  const text = label.text.trim();
  // "Looked after during the period:" alone on its row, over "Unaccompanied
  // asylum seeking children | 27": a line ending in a colon introduces the
  // rows under it, so the one metric it names is theirs, as a header row's
  // is ("Number looked after:" too: labelled figures must follow, below).
  // Only a line naming no group: "Number of UASC looked after:" is a question
  // whose answer may follow on the next line, as before. Nor a numbered line:
  // "1. Looked after children who are:" over "1a. …", "1b. …" is a question
  // whose lettered parts are the request's own, read by their numbers.
  const introduces =
    row.length === 1 &&
    /:\s*$/u.test(text) &&
    !text.includes("?") &&
    label.questionNumber === null &&
    !/^\s*[([]?\s*(?:q\s*)?\d/iu.test(text) &&
    !groupOfLabel(label, env.knowledge.labels);
  if ((label.countCue && !introduces) || label.text.includes("?")) return null;
  // A line that starts in lower case or ends a sentence is prose (often a
  // question wrapped onto a second line in a letter), not a heading.
  if (/^\p{Ll}/u.test(text) || /[.;]$/u.test(text) || isBracketedRemark(text)) return null;
  // In a letter, the line under a question is its answer, however it reads
  // ("10 (3 identified through the NRM and a further 7 suspected)").
  const above = grid.rows[r - 2] ?? [];
  if (
    isProse(grid, r) &&
    above.length > 0 &&
    above.every((c) => c.kind === "text") &&
    /\?\s*$/u.test(above.at(-1)?.text ?? "")
  )
    return null;
  const group = groupOfLabel(label, env.knowledge.labels);
  // A header row naming one metric and no group ("Households newly approved |
  // Number" over "Mainstream", "Family and friends", "Total") gives that
  // metric to the rows under it, which name only their group; otherwise
  // they would take the base metric and collide with the block above.
  if (periodsBeside && (!group || label.metrics.length > 0)) return null;
  // "Missing or absent incidents" names went_missing and the incidents that refine it: the incidents.
  // Only in a grid: in a letter, "3. Individual incidents …:" over indented "a. trafficked: 2018: …" is a
  // numbered question whose lettered parts name their own measures.
  const outlined =
    !group &&
    !columnTitled &&
    !introduces &&
    !isProse(grid, r) &&
    label.questionNumber === null &&
    !/:\s*$/u.test(text) &&
    outlinesRowsBelow(grid, r);
  if (outlined) {
    const refined = refine(label.metrics, env.knowledge.labels);
    return refined.length === 1 ? { group: null, metric: refined[0] ?? null } : null;
  }
  const metricOnly = !group && (columnTitled || introduces) && label.metrics.length === 1;
  if (!group && !metricOnly) return null;
  if (label.metrics.length === 0) return { group, metric: null };
  // A column header such as "Number" may stand between the heading and its
  // labelled figures; it names no group or metric, so look past it.
  let next: LogicalCell[] | undefined;
  for (let i = r, headers = 0; i < grid.rows.length && !next && headers <= 1; i++) {
    const row = grid.rows[i] ?? [];
    if (row.length === 0) continue;
    const bareHeader = row.every((c) => c.kind === "text" && !(c.label && isMeaningful(c.label)));
    if (bareHeader) headers++;
    else next = row;
  }
  const labelledFigures = next !== undefined && next[0]?.kind === "text" && next.some((c) => c.kind === "value");
  if (!labelledFigures) return null;
  // "2. Looked after children who went missing or absent: a. trafficked; b. UASC": a numbered question
  // names the children it counts ("looked after") and what it counts of them ("went missing"); the
  // narrower metric is the one asked, as the label reader takes it for an answer's own words.
  const metrics = NUMBERED_QUESTION.test(text) ? refine(label.metrics, env.knowledge.labels) : label.metrics;
  return { group, metric: metrics.length === 1 ? (metrics[0] ?? null) : null };
}

/**
 * "Went missing or absent" flush left over "   Trafficked Total | 4 | 6" and
 * "   UASC Total | 17 | 16": a pivot table's row labels, where a field's
 * value heads the rows indented under it. The indented rows name only
 * their group, so the heading's one metric is theirs, as a line ending in a
 * colon gives its metric to the rows under it. Only a heading written flush
 * left whose next filled row's label is indented by spaces and has figures.
 */
function outlinesRowsBelow(grid: SheetGrid, r: number): boolean {
  const own = grid.rows[r - 1]?.[0];
  if (own === undefined) return false;
  const ownText = grid.sheet.rows[r - 1]?.[own.col - 1] ?? "";
  if (/^\s/u.test(ownText)) return false;
  for (let i = r; i < grid.rows.length; i++) {
    const next = grid.rows[i] ?? [];
    if (next.length === 0) continue;
    const lead = next[0];
    if (lead?.kind !== "text" || lead.col !== own.col || !next.some((c) => c.kind === "value")) return false;
    return /^[ \t\u00a0]{2,}\S/u.test(grid.sheet.rows[i]?.[lead.col - 1] ?? "");
  }
  return false;
}

/**
 * "Still missing at 30/09/2015: UASC 1, trafficked 0.", "Cohort totals
 * looked after in period: UASC = 58; Trafficked/Suspected = 9": a line
 * whose words before the colon name what is counted and whose list after
 * it gives one count per group. Each count is read under the lead and its
 * own group, as a grid row's figure is under its row and column labels;
 * read whole, the line's first count would be taken for both groups
 * together. Every item must be a group's name and a count, and name a
 * different group, or the line is left to the other readers.
 */
function readGroupCounts(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { cell: LogicalCell; lead: LabelMatch; group: LabelMatch }[] {
  const cells = (grid.sheet.rows[r - 1] ?? []).map((t, i) => ({ t, col: i + 1 })).filter((c) => c.t.trim() !== "");
  const only = cells.length === 1 ? cells[0] : undefined;
  if (!only) return [];
  const split = splitAtColon(only.t);
  if (!split) return [];
  const vocab = env.knowledge.labels;
  const lead = matchLabel(split.head, vocab);
  if (lead.metrics.length === 0 || lead.text.includes("?")) return [];
  const items = split.tail.split(/\s*(?:[,;]|\band\b)\s*/u);
  if (items.length < 2) return [];
  const out: { cell: LogicalCell; lead: LabelMatch; group: LabelMatch }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const pair = splitGroupCount(item.trim());
    if (!pair) return [];
    const label = matchLabel(pair[1], vocab);
    const group = groupOfLabel(label, vocab);
    if (!group || label.metrics.length > 0 || seen.has(group)) return [];
    seen.add(group);
    const parsed = parseCached(env, pair[2]);
    if (parsed.unparsed || parsed.invalid) return [];
    out.push({ cell: valueCell(r, only.col, 1, pair[2], parsed), lead, group: label });
  }
  return out;
}

/**
 * "Still missing at the end of the period: UASC 1, trafficked 0." as its
 * lead ("Still missing …", with a letter in it) and what follows the colon
 * (its final full stop dropped). Cut by hand, not by one pattern: a pattern
 * for "text with no colon, then a colon" backtracks over every letter of a
 * long line that has no colon (a 1 MB cell took minutes).
 */
function splitAtColon(text: string): { head: string; tail: string } | null {
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const head = text.slice(0, colon).trim();
  const after = text.slice(colon + 1);
  if (!/\p{L}/u.test(head) || !/^\s/u.test(after)) return null;
  let tail = after.trim();
  if (tail.endsWith(".")) tail = tail.slice(0, -1).trimEnd();
  return tail === "" ? null : { head, tail };
}

/**
 * "UASC 1", "trafficked = 0", "UASC – <5": a group's words and its count.
 * The count is found at the end first, so no pattern scans the words twice
 * (a lazy label followed by optional spaces was quadratic on long runs of
 * spaces).
 */
function splitGroupCount(item: string): [string, string, string] | null {
  const count = /<\s?\d{1,2}$/u.exec(item) ?? /(?<!\d)\d{1,4}$/u.exec(item);
  if (!count) return null;
  let words = item.slice(0, count.index).trimEnd();
  if (/[=:–-]$/u.test(words)) words = words.slice(0, -1).trimEnd();
  return /^\p{L}[\p{L}\s/()'-]*$/u.test(words) ? [item, words, count[0]] : null;
}

/** A whole cell in brackets that makes a sentence: "(Our system holds … not everyone looked after during the year.)". */
function isBracketedRemark(text: string): boolean {
  const t = text.trim();
  return t.startsWith("(") && t.endsWith(")") && /[.;]\s*\)$/u.test(t);
}

/** A cell that only titles a column of figures ("Number", "No.", "Count"). */
const COLUMN_TITLE_WORD = /^\s*(?:number|no\.?|count|figures?)\s*:?\s*$/iu;

/** A column of totals beside columns of periods: "Total", "Total for year", "Year total". */
const TOTAL_WORD = /^\s*(?:total|year total|total for (?:the )?(?:year|period))\s*$/iu;

/** "Questions 1 to 4", "Qs 5-8", "Questions 1–4 (trafficked)": the range of questions a heading names. */
function questionRangeOf(text: string): { first: number; last: number } | null {
  const m = /\b(?:questions|qs?)\.?\s*(\d{1,2})\s*(?:to|-|–|—)\s*(?:q\.?\s*)?(\d{1,2})\b/iu.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const first = Number(m[1]);
  const last = Number(m[2]);
  return first < last ? { first, last } : null;
}

/**
 * A cell asking a whole question by its number alone ("5. …", "Q5 …"), not
 * a lettered part ("3b) … (UASC)"): replies that letter their parts by
 * group ("2a) trafficked", "2b) UASC") interleave the groups question by
 * question, so a lettered part ends no heading.
 */
function isWholeQuestion(cell: LogicalCell | undefined): boolean {
  return cell?.kind === "text" && /^\(?\d+\)?$/u.test(cell.label?.questionNumber ?? "");
}

/** The number of the question a cell asks ("Question 5 – …", "Cwestiwn 5", "5a) …"), as the label reader found it. */
function questionNumberOf(cell: LogicalCell | undefined): number | null {
  const n = cell?.kind === "text" ? /^\(?(\d+)/u.exec(cell.label?.questionNumber ?? "")?.[1] : undefined;
  return n === undefined ? null : Number(n);
}

/**
 * A list's header line and nothing else: "Nationality | Number",
 * "Nationality: No. of children", "Nationality Children" (a PDF's header
 * cells run together). Such a line restates the question above
 * it rather than asking a new one, so it names no group of its own.
 */
function isListHeaderLine(grid: SheetGrid, r: number): boolean {
  const text = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "").join(" | ");
  return /^\s*(?:nationalit(?:y|ies)|country of origin)\s*[|:,\t-]?\s*(?:(?:number|no\.?|count|total)(?:\s+of\s+(?:children|young people|cases))?|children|young people)?\s*$/iu.test(
    text.replace(/\s*\|\s*/gu, " | "),
  );
}

/** The word over a list's count column: "Number", "No.", "Count", "Total", "Number of children". */
const COUNT_COLUMN = /^\s*(?:number|nos?\.?|count|total|figure)(?:\s+of\s+(?:children|young people|cases))?\s*$/iu;

/**
 * A question about nationality alone on its row, or with the word for a
 * count over the cell beside it, and no figure of its own (its number aside).
 */
function nationalityListHead(grid: SheetGrid, r: number, env: LocateEnv): { row: number; group: Group | null } | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  if (cells.length === 2 ? !COUNT_COLUMN.test(cells[1] ?? "") : cells.length !== 1) return null;
  if (/\d/u.test((cells[0] ?? "").replace(/^\s*(?:q\.?\s*)?\d{1,2}[a-z]?[.):]?\s/iu, ""))) return null;
  // Only over rows that each name their group ("Trafficked - Vietnamese",
  // "UASC | Afghan"): a list of nationalities alone ("Afghan | 6") is a
  // table the table readers read, with the group of its sheet or section.
  const below = grid.rows[r]?.[0];
  if (below?.kind !== "text" || (below.label?.groups.length ?? 0) === 0) return null;
  const asked = nationalityAsked(grid, r, env);
  return asked && NAMES_NATIONALITY.test(cells[0] ?? "") ? asked : null;
}

/**
 * A paragraph with a sentence naming its list as nationalities ("Of the 5
 * young people in 2b the nationalities recorded were: 3 Iranian, …") beside
 * other sentences. Only the list's own opening words: a line of a page set
 * in two columns ("Vietnamese 1, Eritrean 1. We are unable to") is a
 * fragment whose words say nothing of whose list it is. The naming sentence
 * need not be the first: a numbered answer may open with a short remark of
 * its own ("5. All boys. Nationalities over the period: Afghan – 2, …"),
 * and then the sentence that names nationalities must itself hold the list.
 */
function saysNationalitiesThenMore(text: string, env: LocateEnv): boolean {
  const sentences = sentencesOf(text);
  const named = sentences.findIndex((s) => NAMES_NATIONALITY.test(s));
  if (named < 0 || !listsBesideCounts(text, env)) return false;
  return named === 0 || listsNationalities(sentences[named] ?? "", env);
}

/**
 * "Nationality of trafficked children who went missing:" over "Albanian -
 * 2, Nigerian - 2, Romanian - 1. Gender: the children were all male.": a
 * line opening with a whole list, its first sentence nothing but items,
 * straight under a heading of its own that speaks of nationality and ends
 * in a colon. The heading names the list, as its own opening words would
 * (saysNationalitiesThenMore); the sentences after it are no part of it.
 * A fragment of a page set in two columns has no such heading over it.
 */
function listUnderNationalityHeading(grid: SheetGrid, r: number, env: LocateEnv): boolean {
  const above = (grid.sheet.rows[r - 2] ?? []).filter((t) => t.trim() !== "");
  const heading = above.length === 1 ? (above[0] ?? "").trim() : "";
  if (!/:$/u.test(heading) || !NAMES_NATIONALITY.test(heading)) return false;
  const text = grid.sheet.rows[r - 1]?.find((t) => t.trim() !== "") ?? "";
  return listsOnly(sentencesOf(text)[0] ?? "", env) && listsBesideCounts(text, env);
}

/** Some run of up to three of the words names a nationality foi-agg knows ("no Eritrean children"), "Other" aside. */
function namesNationality(text: string, env: LocateEnv): boolean {
  const words = text.split(/[^\p{L}'-]+/u).filter(Boolean);
  return words.some((_, i) =>
    [1, 2, 3].some((n) => {
      if (i + n > words.length) return false;
      const canon = canonicaliseNationality(words.slice(i, i + n).join(" "), env.knowledge.nationalities);
      return canon.known && canon.nationality !== OTHER_NATIONALITY && canon.nearest === undefined;
    }),
  );
}

/** Every item's words name one nationality foi-agg knows ("Vietnamese", "Kurdish (Iraqi)"), none an "Other", a remark after it aside. */
/** What a part of children split by sex says after the opening's words: "were male", "female", "boys". */
const SEX_PART = /^(?:(?:were|was|are|is)\s+)?(?:all\s+)?(?:male|female|boys?|girls?|young men|young women)$/iu;

/**
 * Whether a row's figures, all of one period, are the parts of the children
 * one opening names, told by sex and by nationality ("Of the six trafficked
 * children who went missing in 2020, five were male and one female; three
 * were Vietnamese, …"): every label is the same opening and then a sex or
 * a nationality foi-agg knows, and a nationality is among them. Such parts
 * count the opening's children twice over, never its measure once each.
 */
function splitsBySexAndNationality(items: readonly { label: string; period: string }[], env: LocateEnv): boolean {
  if (items.length < 2 || items.some((i) => i.period !== items[0]?.period)) return false;
  const words = items.map((i) => i.label.trim().split(/\s+/u));
  const first = words[0] ?? [];
  let common = first.length;
  for (const w of words) {
    let k = 0;
    while (k < common && k < w.length && w[k]?.toLowerCase() === first[k]?.toLowerCase()) k++;
    common = k;
  }
  if (common === 0) return false;
  let nationality = false;
  for (const w of words) {
    const part = w.slice(common).join(" ");
    if (SEX_PART.test(part)) continue;
    const named = part.replace(/^(?:were|was|are|is)\s+/iu, "");
    const canon = canonicaliseNationality(named, env.knowledge.nationalities);
    if (!canon.known || canon.nationality === OTHER_NATIONALITY || canon.nearest !== undefined) return false;
    nationality = true;
  }
  return nationality;
}

function labelsAreNationalities(items: readonly { label: string }[], env: LocateEnv): boolean {
  const known = (t: string) => {
    const canon = canonicaliseNationality(t, env.knowledge.nationalities);
    return canon.known && canon.nationality !== OTHER_NATIONALITY && canon.nearest === undefined;
  };
  // "2019: 2 Iranian, … and 1 Vietnamese (all male)": a remark after the nationality ("all male") that names
  // nothing the request counts leaves the item a nationality's; words naming a group or a count ("Afghan
  // children who went missing") make it a label of its own.
  return items.every((i) => {
    const words = i.label.trim().split(/\s+/u);
    if (known(words.join(" "))) return true;
    const k = words.findIndex((_, n) => n > 0 && known(words.slice(0, n).join(" ")));
    return k > 0 && !isMeaningful(matchLabel(words.slice(k).join(" "), env.knowledge.labels));
  });
}

function filledCells(grid: SheetGrid, r: number): number {
  return (grid.sheet.rows[r - 1] ?? []).reduce((n, t) => (t.trim() === "" ? n : n + 1), 0);
}

/**
 * The one metric a question asked with no answer names ("… that are still
 * missing or absent …" → not_found), for the rows of a table under it that
 * name only a group; null when it names none or several.
 */
function questionMetricOf(
  labels: readonly LabelMatch[],
  row: number,
  grid: SheetGrid,
  vocab: LabelVocabulary,
  request: Pick<LocateEnv["knowledge"]["request"], "metrics">,
): QuestionMetric | null {
  const named = [...new Set(labels.flatMap((l) => l.metrics))];
  const metrics = refine(named, vocab);
  const [metric] = metrics;
  if (metrics.length !== 1 || metric === undefined) return null;
  const from = `the question at ${locationOf(grid, { row, col: 1 }).cell}`;
  // "2. and 3. Children who went missing or absent, and the number of incidents:" over "Trafficked - children
  // | 3" and "Trafficked - incidents | 12": one table answering a question counting children and one counting
  // episodes. The episodes' metric refines the children's, so it is the question's one metric; a row naming
  // children still counts children, of the most refined children's metric the question names.
  const countsOf = (m: Metric) => request.metrics.find((d) => d.id === m)?.counts;
  const [childMetric, ...more] = refine(
    named.filter((m) => countsOf(m) === "children"),
    vocab,
  );
  return countsOf(metric) === "episodes" && childMetric !== undefined && more.length === 0
    ? { metric, from, row, childMetric }
    : { metric, from, row };
}

/** The metric of a question asked over a table that answers it, and the count of children it names beside it. */
type QuestionMetric = { metric: Metric; from: string; row: number; childMetric?: Metric };

/** A line opening with the number of the question it asks: "Question 3:", "Q3", "Q.3". */
const ASKED_BY_NUMBER = /^\s*(?:question|q)\s*\.?\s*\d{1,2}[a-z]?\b/iu;

/**
 * "The longest arrangement across the three years 2021/22 to 2023/24 lasted
 * 1357 days." on the line under a question with no answer beside it: a
 * sentence of prose that names two or more of the requested periods and
 * gives a number besides their years, so it answers the question for those
 * periods together. Its text, or null when the line is no such sentence.
 */
function countOverPeriodsBelow(grid: SheetGrid, below: readonly LogicalCell[], env: LocateEnv): string | null {
  const row = below[0]?.row;
  if (row === undefined || !isProse(grid, row) || below.some((c) => c.kind === "value")) return null;
  // "2021/22: 26, 2022/23: 21, 2023/24: 38" is one answer per period, read as such on its own row.
  if (readPeriodList(grid, row, env).length > 0) return null;
  const text = (grid.sheet.rows[row - 1] ?? []).join(" ").trim();
  // "Question 3: How many of the 2021/22 and 2022/23 arrangements …?": the next question, which answers nothing.
  if (/\?\s*$/u.test(text) || ASKED_BY_NUMBER.test(text)) return null;
  const withoutYears = text.replace(/(?:19|20)\d\d(?:\s*[-/]\s*\d{2}(?:\d{2})?)?/gu, " ");
  if (!/\b\d+\b/u.test(withoutYears)) return null;
  return periodsNamed(text, env.knowledge.request.periods).length >= 2 ? text : null;
}

/** A question asked with no answer beside it: a blank answer just after its last words. */
function unansweredAt(
  grid: SheetGrid,
  last: LogicalCell,
  labels: LabelMatch[],
  context: LabelContext,
): FigureCandidate {
  return {
    cell: { ...last, col: last.col + 1, part: 0, text: "", kind: "value", parsed: null, label: null, answer: true },
    source: sourceOf(grid, { row: last.row, col: isProse(grid, last.row) ? last.col : last.col + 1 }),
    rowLabel: labels,
    header: [],
    context,
    unanswered: true,
  };
}

/**
 * "a) ", "(b) ", "c). ", "d. " opening a line: a lettered part of the
 * question above; or the whole of a label, as "b)." is before
 * "2018 – 0; 2019 – 1" on a line of its own.
 */
const PART_LETTER_OPENING = /^\s*(?:\(([a-z])\)|([a-z])\)\.?|([a-z])\.)(?:\s|$)/iu;

/**
 * One lettered answer on a line: "(a) 96", "a) 3", "a). 3", "a. 4", or the letter
 * with its question's number before it, "1a) 2". The figure is a
 * short token ("96", "<5", "nil") or "fewer than 5"; anything longer is a
 * sentence, which this reader leaves to the others.
 */
const LETTERED_ITEM =
  /(?:\(([a-h])\)\.?|(?<![\p{L}\d])(\d{1,2})?([a-h])(?:\)\.?|\.))\s*((?:fewer|less)\s+than\s+\d+|[^\s/,;()]+)/giu;

/**
 * "Total: 5" closing a line of lettered answers ("1a) 2 1b) 3 Total: 5"): the
 * whole question's figure, the parts' sum as the council gives it.
 */
const CLOSING_TOTAL = /^[\s,;]*total\s*[:=\-–—]?\s*([^\s,;()]+)[\s.]*$/iu;

/**
 * A line of a letter that is nothing but lettered answers, after an
 * optional requested period ("2021/22: (a) 96  (b) 127", "(a) 3 / (b) 2",
 * "a. 4"), right under a numbered question (only blank lines, or other such
 * lines, between). Each letter is part of that question: "(b)" under
 * question 3 is question 3b, and only when the request asks a 3b, so a
 * council's own lettering that the request does not share is never keyed
 * by guess. Null when any piece of the line does not fit.
 */
function readLetteredAnswers(
  grid: SheetGrid,
  r: number,
  stemNumber: string,
  env: LocateEnv,
): { period: string | undefined; items: { letter: string; number: string; cell: LogicalCell }[] } | null {
  const row = grid.rows[r - 1] ?? [];
  const first = row[0];
  if (first === undefined || row.some((c) => c.col !== first.col)) return null;
  const text = grid.sheet.rows[r - 1]?.[first.col - 1] ?? first.text;
  // A line that names its own question answers that question only.
  const own = OWN_STEM.exec(text)?.[1];
  if (own !== undefined && own !== stemNumber) return null;
  const matches = [...text.slice(ownStemLength(text)).matchAll(LETTERED_ITEM)].map((m) => {
    m.index = (m.index ?? 0) + ownStemLength(text);
    return m;
  });
  if (matches.length === 0) return null;
  const listed = readLetteredItems(text, matches, r, first.col, stemNumber, env);
  return listed ?? readLetteredStatement(text.slice(ownStemLength(text)), r, first.col, stemNumber, env);
}

/**
 * "b) Fewer than five", "b) ACC does not hold this information. … this
 * letter represents a notice that the information is not held.": one
 * lettered part whose answer is words, not a short token. Taken only when
 * the words carry no figure of their own (statutes and years aside) and read
 * whole as an answer: a short one ("fewer than five", "none"), or a
 * statement that the figure is not held or is withheld, with its reasons.
 */
const LETTERED_STATEMENT = /^\s*(?:\(([a-h])\)|([a-h])\))\s+(\S.*)$/iu;

function readLetteredStatement(
  text: string,
  r: number,
  col: number,
  stemNumber: string,
  env: LocateEnv,
): { period: undefined; items: { letter: string; number: string; cell: LogicalCell }[] } | null {
  const m = LETTERED_STATEMENT.exec(text);
  if (!m) return null;
  const letter = (m[1] ?? m[2] ?? "").toLowerCase();
  const number = `${stemNumber}${letter}`;
  const answer = (m[3] ?? "").trim();
  if (!requestAsks(env, number) || answer.endsWith("?")) return null;
  if (/\d/u.test(answer.replace(STATUTE_OR_YEAR, " "))) return null;
  const opening = /^[^.]+\.(?=\s+\S)/u.exec(answer)?.[0];
  const first = opening === undefined ? undefined : parseCached(env, opening);
  const parsed = first && !first.unparsed ? first : parseCached(env, answer);
  if (parsed.unparsed) return null;
  const statement = parsed.status === "not_held" || parsed.status === "refused";
  if (!statement && wordCount(answer) > BARE_ANSWER_WORDS) return null;
  return { period: undefined, items: [{ letter, number, cell: valueCell(r, col, 0, answer, parsed) }] };
}

function readLetteredItems(
  text: string,
  matches: RegExpExecArray[],
  r: number,
  col: number,
  stemNumber: string,
  env: LocateEnv,
): { period: string | undefined; items: { letter: string; number: string; cell: LogicalCell }[] } | null {
  // Nothing but separators between the items and after the last.
  let at = matches[0]?.index ?? 0;
  for (const m of matches) {
    if (!/^[\s,;/&]*(?:and\s+)?$/iu.test(text.slice(at, m.index))) return null;
    at = (m.index ?? 0) + m[0].length;
  }
  // "a). 0 in each year.": one figure, and words saying it holds for every
  // period asked about (the request's everyPeriod phrasings). The figure
  // keeps those words, so the period stage answers each period with it.
  const tail = text.slice(at);
  const every =
    matches.length === 1 &&
    env.knowledge.labels.everyPeriod.some((p) => new RegExp(`^\\s*${p}[\\s.]*$`, "iu").test(tail));
  // A closing total is read only after two parts or more, as the question's
  // own figure when the request asks it, and never beside a period's words.
  const total = matches.length >= 2 ? CLOSING_TOTAL.exec(tail)?.[1] : undefined;
  if (!every && total === undefined && !/^[\s,;.]*$/u.test(tail)) return null;
  // Before the first item: nothing, or one of the request's periods alone.
  const before = text
    .slice(ownStemLength(text), matches[0]?.index ?? 0)
    .trim()
    .replace(/\s*[:\-–—]$/u, "")
    .trim();
  // A short label that names exactly one requested period and has no
  // other words ("2021/22", "2021", "FY 2022-23"): a line with more words
  // before its letters is a sentence, not a list of parts.
  const otherWords = before.replace(/\b(?:financial|year|fy|in|for|during)\b/giu, "");
  if (
    before !== "" &&
    (before.length > 30 ||
      /\p{L}{3,}/u.test(otherWords) ||
      periodsNamed(before, env.knowledge.request.periods).length !== 1)
  )
    return null;
  const items: { letter: string; number: string; cell: LogicalCell }[] = [];
  for (const m of matches) {
    const letter = (m[1] ?? m[3] ?? "").toLowerCase();
    const number = `${stemNumber}${letter}`;
    const figure = (m[4] ?? "").trim();
    const raw = every ? `${figure}${tail.replace(/[\s.]+$/u, "")}` : figure;
    const parsed = parseCached(env, figure);
    // A letter numbered for another question than this one ("5a)" under
    // question 1), a letter the request does not ask under this number, a
    // letter given twice, or a figure that does not read as one: not lettered answers.
    if (m[2] !== undefined && m[2] !== stemNumber) return null;
    if (!requestAsks(env, number) || items.some((i) => i.letter === letter) || parsed.unparsed) return null;
    items.push({ letter, number, cell: valueCell(r, col, 0, raw, parsed) });
  }
  if (total !== undefined) {
    const parsed = parseCached(env, total);
    if (parsed.unparsed) return null;
    // The whole is asked as a question of its own: its total is that answer.
    // Otherwise the total is only the parts' sum, which nobody asked.
    if (requestAsks(env, stemNumber))
      items.push({ letter: "", number: stemNumber, cell: valueCell(r, col, 0, total, parsed) });
  }
  return { period: before === "" ? undefined : before, items };
}

/**
 * "1. a) 4  b) 2", "Q2 (a) 0 (b) 0": a question's number, then its lettered
 * answers. The line names its own question, so the letters are its parts
 * wherever the question was asked (or if it was not restated at all).
 */
const OWN_STEM = /^\s*(?:q\.?\s*)?(\d{1,2})\s*[.):–—-]?\s+(?=\(?[a-h](?:\)|\.)\s*\S)/iu;

function ownStemLength(text: string): number {
  return OWN_STEM.exec(text)?.[0].length ?? 0;
}

/** The question number a line of lettered answers opens with, when the request asks that number. */
function ownStemNumber(grid: SheetGrid, r: number, env: LocateEnv): string | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const number = cells.length === 1 ? OWN_STEM.exec(cells[0] ?? "")?.[1] : undefined;
  // "1. a) 0" where the request asks 1a, 1b and 1c but no question 1 of its own: the stem is still theirs.
  return number !== undefined && (requestAsks(env, number) || asksPartsOf(env, number)) ? number : null;
}

/** The request asks lettered parts of this question number ("1a", "1b" under "1"). */
function asksPartsOf(env: LocateEnv, number: string): boolean {
  return env.knowledge.request.questions.some(
    (q) => q.number.length === number.length + 1 && q.number.startsWith(number) && /[a-z]$/iu.test(q.number),
  );
}

/**
 * The number of the question right above row r, past blank lines and lines
 * already read as its lettered parts: the numbered question asked there
 * (the stem), or "4." alone on its line. Null when any other line comes
 * first, so a letter never takes the number of a question further up
 * ("1." … "a. 2018: 3" under an earlier restated "4. How many …?").
 */
function questionRightAbove(
  grid: SheetGrid,
  r: number,
  stem: Pick<QuestionStem, "number" | "row"> | null,
  partRows: ReadonlySet<number>,
): string | null {
  for (let k = r - 1; k >= 1; k--) {
    if ((grid.rows[k - 1] ?? []).length === 0) continue;
    if (partRows.has(k)) {
      // "1. a) 0" over "b) not held": a part line that names its own question carries that number down.
      const cells = (grid.sheet.rows[k - 1] ?? []).filter((t) => t.trim() !== "");
      const own = cells.length === 1 ? OWN_STEM.exec(cells[0] ?? "")?.[1] : undefined;
      if (own !== undefined) return own;
      continue;
    }
    if (stem && stem.row === k) return stem.number;
    const cells = (grid.sheet.rows[k - 1] ?? []).filter((t) => t.trim() !== "");
    // "a. 5" over "b. 0" over "Total: 5" over "c. 47": the parts' total, given right after them, does not end
    // the run of lettered answers; read as the end, "c. 47" was left to the other readers, which took its
    // letter for "circa" (round 142, Milton Keynes).
    if (cells.length === 1 && PARTS_TOTAL_LINE.test(cells[0] ?? "") && partRows.has(nonBlankAbove(grid, k))) continue;
    const bare = cells.length === 1 ? BARE_NUMBER.exec(cells[0] ?? "") : null;
    return bare?.[1] ?? null;
  }
  return null;
}

/** "Total: 5", "Total (a + b) – 12": a line giving only a total and its figure. */
const PARTS_TOTAL_LINE =
  /^\s*(?:sub-?)?total(?:\s*\(\s*[a-h](?:\s*[+&]\s*[a-h])+\s*\))?\s*[:=\u2013\u2014-]?\s*[^\s,;]{1,12}\s*\.?\s*$/iu;

/** The nearest row above `k` with any cell, or 0. */
function nonBlankAbove(grid: SheetGrid, k: number): number {
  let a = k - 1;
  while (a >= 1 && (grid.rows[a - 1] ?? []).length === 0) a--;
  return a;
}

/**
 * "2. … that have gone missing or absent" on a letter's line of its own,
 * then a small table whose header row is "| Children" and whose rows are
 * "a. Trafficked | 3", "b. UASC | Less than 5": the numbered line right over
 * the table (only blank rows, the table's header rows, rows of words only
 * and rows already read as its lettered parts between) is the question its
 * lettered rows are parts of. Null when any other row comes first.
 */
function numberedLineOverTable(
  grid: SheetGrid,
  r: number,
  headerRows: ReadonlySet<number>,
  partRows: ReadonlySet<number>,
): Pick<QuestionStem, "number" | "row"> | null {
  for (let k = r - 1; k >= 1; k--) {
    const row = grid.rows[k - 1] ?? [];
    if (row.length === 0 || headerRows.has(k) || partRows.has(k)) continue;
    // A table row of words only ("| Children") heads the table's columns.
    if (!isProse(grid, k) && row.every((c) => c.kind === "text")) continue;
    if (!isProse(grid, k)) return null;
    const cells = (grid.sheet.rows[k - 1] ?? []).filter((t) => t.trim() !== "");
    const number = cells.length === 1 ? NUMBERED_LINE.exec(cells[0] ?? "")?.[1] : undefined;
    return number === undefined ? null : { number, row: k };
  }
  return null;
}

/** "2. … that have gone missing", "Q3 Individual incidents": a line opening with a question's number and words. */
const NUMBERED_LINE = /^\s*(?:q(?:uestion)?\.?\s*)?(\d{1,2})\s*[.):–-]?\s+\S/iu;

/** The request as sent asks a question with this number ("3a"). */
/**
 * Whether the one group the line above names, with the one count a line's own words name, is the one
 * measure the line's own numbered question asks: "2b. Of these children, 4 went missing …" under a line
 * about unaccompanied children, where 2b asks uasc_went_missing.
 */
function lineAboveNamesAsked(
  lineAbove: readonly LabelMatch[],
  own: LabelMatch,
  number: string,
  env: LocateEnv,
): boolean {
  const { request } = env.knowledge;
  const question = request.questions.find((q) => q.number === number);
  const asked = question?.measures.length === 1 ? request.measures.find((m) => m.id === question.measures[0]) : null;
  const groups = [...new Set(lineAbove.flatMap((l) => l.groups))];
  const metrics = [...new Set(own.metrics)];
  if (!asked || groups.length !== 1 || metrics.length === 0) return false;
  return groups[0] === asked.group && metrics.includes(asked.metric);
}

function requestAsks(env: LocateEnv, number: string): boolean {
  return env.knowledge.request.questions.some((q) => q.number === number);
}

/**
 * "2. Looked after children who have gone missing or absent:" over "(a)
 * Identified or suspected as trafficked (children)" over "1 January 2021 to
 * 31 December 2021: 8", a line a period (a Word list's numbering, round 124):
 * the lettered line is a part of the numbered question above it. Its own
 * words name only the group; read alone they counted the children looked
 * after (1a+1b), a wrong figure, and the numbered question's "gone missing"
 * was lost. Only when every row between the question and the item is blank,
 * another of its lettered parts or their answers: a stem further up, past
 * anything else, is not this item's question. Gives the item's letter or null.
 */
function letterUnderStem(
  grid: SheetGrid,
  row: number,
  stem: Pick<QuestionStem, "number" | "row"> | null,
  between: (k: number) => boolean,
): string | null {
  if (!stem || stem.row >= row) return null;
  const cells = (grid.sheet.rows[row - 1] ?? []).filter((t) => t.trim() !== "");
  if (cells.length !== 1) return null;
  const opening = PART_LETTER_OPENING.exec(cells[0] ?? "");
  const letter = (opening?.[1] ?? opening?.[2] ?? opening?.[3] ?? "").toLowerCase();
  if (!/^[a-z]$/u.test(letter)) return null;
  for (let k = stem.row + 1; k < row; k++) if (!between(k)) return null;
  return letter;
}

/** The request's part ("2a") a lettered item under a numbered question is (letterUnderStem), or null. */
function stemPartOver(
  grid: SheetGrid,
  row: number,
  stem: Pick<QuestionStem, "number" | "row"> | null,
  between: (k: number) => boolean,
  env: LocateEnv,
): string | null {
  const letter = letterUnderStem(grid, row, stem, between);
  const part = letter && stem ? `${stem.number}${letter}` : null;
  const words = (grid.sheet.rows[row - 1] ?? []).find((t) => t.trim() !== "") ?? "";
  return part && requestAsks(env, part) && itemNamesPartGroup(words, part, env) ? part : null;
}

/**
 * Whether a lettered item's own words agree with the group of the request's
 * part its letter gives: "(a) Unaccompanied asylum-seeking or separated
 * children" under "2. … gone missing or absent:" is not part 2a where 2a
 * asks about trafficked children. Taken by the letter alone, its figures were
 * the other group's, unwarned (a council may letter its items in its own
 * order). Words naming no group agree; words naming groups must name the
 * part's (as a whole group: "identified or suspected" is the trafficked
 * children). Not agreeing, the item is read by its own words.
 */
function itemNamesPartGroup(words: string, part: string, env: LocateEnv): boolean {
  const vocab = env.knowledge.labels;
  const named = new Set(matchLabel(words, vocab).groups.map((g) => wholeGroupOf(g, vocab)));
  if (named.size === 0) return true;
  const measures = env.knowledge.request.questions.find((q) => q.number === part)?.measures ?? [];
  const asked = measures.flatMap((id) => {
    const group = env.knowledge.request.measures.find((m) => m.id === id)?.group;
    return group === undefined ? [] : [wholeGroupOf(group, vocab)];
  });
  return asked.some((g) => named.has(g));
}

/**
 * "4. Still missing or absent (trafficked or UASC, including those who turned 18 …):" right over "a. All
 * children" (row k): the question's label when row k is a lettered item whose numbered question, on the line
 * above it, the request asks whole (stemAsksWhole); else null. The item says whom, its question what is
 * counted (round 164, North Lincolnshire, whose Word list letters the one item of question 4).
 */
function wholeQuestionOver(grid: SheetGrid, k: number, env: LocateEnv): LabelMatch[] | null {
  if (!PART_LETTER_OPENING.test(onlyText(grid, k) ?? "")) return null;
  let j = k - 1;
  while (j >= 1 && (grid.sheet.rows[j - 1] ?? []).every((t) => t.trim() === "")) j--;
  const text = j >= 1 ? onlyText(grid, j) : null;
  const number = text === null ? undefined : /^\s*(\d{1,2})[.)]\s+\p{L}/u.exec(text)?.[1];
  if (text === null || number === undefined || !stemAsksWhole({ number }, env)) return null;
  return [matchLabel(text, env.knowledge.labels)];
}

/**
 * "4. Children still missing or absent …:" over "(a) Trafficked or UASC"
 * over its period lines, where the request asks question 4 whole (no 4a):
 * the item's words say whom, its question's what is counted, so both are
 * read together, as a stem's own lettered parts are. Whether they name the
 * question's measure is the label reader's to say; nothing is assumed.
 */
function stemAsksWhole(stem: Pick<QuestionStem, "number"> | null, env: LocateEnv): boolean {
  if (!stem || !requestAsks(env, stem.number)) return false;
  return !env.knowledge.request.questions.some(
    (q) => q.number !== stem.number && q.number.startsWith(stem.number) && /^\d+[a-z]$/u.test(q.number),
  );
}

/**
 * Whether a lettered item's words name its part's own group, not only its whole: "b) Suspected of trafficking"
 * is part 1b where 1b asks the suspected children, but not part 1a, which asks the identified ones, though
 * both are trafficked children (itemNamesPartGroup). Words naming no group agree.
 */
function itemNamesPartExactly(words: string, part: string, env: LocateEnv): boolean {
  const vocab = env.knowledge.labels;
  const named = matchLabel(words, vocab).groups;
  if (named.length === 0) return true;
  const measures = env.knowledge.request.questions.find((q) => q.number === part)?.measures ?? [];
  const asked = measures.flatMap((id) => env.knowledge.request.measures.find((m) => m.id === id)?.group ?? []);
  return named.every((g) => asked.includes(g) || asked.includes(wholeGroupOf(g, vocab)));
}

/** A numbered question whose lettered parts follow it, and the index of its own unanswered candidate. */
/**
 * "3. The total number of individual incidents: a. trafficked": the words of a numbered question before the
 * first lettered part it opens on the same line ("a." or "a)" after a colon or dash), or null when the line
 * opens no part "a" so.
 */
/** How far above a lettered item its question may open its first part inline: a few answer lines. */
const INLINE_STEM_REACH = 6;

/**
 * "2. Looked after children who went missing: a. trafficked" a few lines
 * above the lettered item on row `item` ("b. UASC"), with only answer lines
 * between: the question that opened its part a inline, as a stem the item
 * is a part of. Null when another line comes between, or none such is near.
 */
function inlineStemAbove(
  grid: SheetGrid,
  item: number,
  between: (k: number) => boolean,
  vocab: LabelVocabulary,
): QuestionStem | null {
  for (let k = item - 1; k >= Math.max(1, item - INLINE_STEM_REACH); k--) {
    const cells = grid.rows[k - 1] ?? [];
    const words = stemBeforeInlinePart(cells);
    const number = /^\s*(?:q(?:uestion)?\s?)?(\d{1,2})/iu.exec(cells.map((c) => c.text).join(" "))?.[1];
    if (words !== null && number !== undefined)
      return { number, labels: [matchLabel(words, vocab)], candidate: -1, row: k };
    // Another numbered or lettered line between: the item is not that question's.
    if (cells.length > 0 && !between(k)) return null;
  }
  return null;
}

/** A line opening a question or a lettered part: "3. …", "Q3 …", "b) …", "(c) …". */
const NEW_ITEM = /^\s*(?:(?:q(?:uestion)?\s?)?\d{1,2}[.):]\s|\(?[a-z][.)]\s)/iu;

function stemBeforeInlinePart(label: readonly LogicalCell[]): string | null {
  const text = label.map((c) => c.text).join(" ");
  const m = /^\s*(?:q(?:uestion)?\s?)?\d{1,2}[.):]?\s+(.{8,300}?)\s*[:\u2013\u2014-]\s*\(?a[.)]\s+\S/iu.exec(text);
  return m?.[1] ?? null;
}

interface QuestionStem {
  number: string;
  labels: LabelMatch[];
  candidate: number;
  /** The question's (first) row, so only answer lines right under it take its number. */
  row: number;
}

interface AskedQuestion {
  labels: LabelMatch[];
  context: LabelContext;
}

/**
 * A row that is only "Q1 – 4" (or "Question 1: 4", "A1. 4") answers the
 * numbered question asked earlier on the sheet without an answer. The
 * number must name such a question, and what follows it must read as an
 * answer rather than as a question of its own.
 */
function answersToNumberedQuestions(
  grid: SheetGrid,
  r: number,
  asked: ReadonlyMap<string, AskedQuestion | null>,
  env: LocateEnv,
  stem: string | null = null,
): { cell: LogicalCell; number: string; asked: AskedQuestion }[] {
  const row = grid.rows[r - 1] ?? [];
  // One cell as written, though reading may have split it ("Q3 – 2 occasions").
  const only = row[0];
  if (asked.size === 0 || !only || row.some((c) => c.col !== only.col)) return [];
  // "VII. 41" under "VII. How many missing episodes …?" answers question 7.
  const written = withArabicMarker(grid.sheet.rows[r - 1]?.[only.col - 1] ?? "");
  // "a) 2" under the answer "1. 5" to a question restated with lettered
  // parts ("1. How many …" / "a) identified …"): the part's letter alone
  // stands for "1a". Read as "1a) 2", so every part must still be a figure.
  const text =
    stem === null ? written : written.replace(/(^|\s)\(?([a-h])[.)]\s*/gu, (_m, pre, l) => `${pre}${stem}${l}) `);
  // "2. - less than 5 in each year" under "2) Of these, how many …?": a
  // number, its stop and then a dash set between spaces is an answer's
  // number as plainly as "Q2 –" (a question restated opens with its words
  // after the stop), so the answer may be any sentence, not only a figure.
  const single =
    /^\s*(?:q|question|qn|a|answer)\.?\s*(\d+[a-z]?)\s*[-–—:.)]\s*(\S.*)$/iu.exec(text) ??
    /^\s*(\d{1,2}[a-z]?)[.)]\s+[-–—]\s+(\S.*)$/iu.exec(text);
  const singleNumber = single?.[1]?.toLowerCase();
  const singleQuestion = singleNumber === undefined ? undefined : asked.get(singleNumber);
  if (single?.[2] !== undefined && singleNumber && singleQuestion && !single[2].trim().endsWith("?")) {
    return [answerCell(r, only.col, singleNumber, single[2], singleQuestion, env)];
  }
  // "4. 0 - all three children were located." under a restated "4. How many
  // … have not been found?": the figure leads and a remark with no count of
  // its own follows (FIGURE_THEN_REMARK, the reading a sentence answer gets).
  // A restated question opens with words, so it never reads so.
  const remarked = /^\s*(\d{1,2}[a-z]?)[.)]\s+(\d.*)$/u.exec(text);
  const remarkedNumber = remarked?.[1]?.toLowerCase();
  const remarkedQuestion = remarkedNumber === undefined ? undefined : asked.get(remarkedNumber);
  if (
    remarked?.[2] !== undefined &&
    remarkedNumber &&
    remarkedQuestion &&
    FIGURE_THEN_REMARK.test(remarked[2]) &&
    !parseCached(env, remarked[2]).unparsed
  ) {
    return [answerCell(r, only.col, remarkedNumber, remarked[2], remarkedQuestion, env)];
  }
  // "2) 2" or "1a) 3   1b) <5": bare numbers, each followed by a figure.
  // Without a "Q" or "Answer", every part must read as a figure, or the
  // line is a question restated with its number, not a list of answers.
  const pairs = [
    ...text.matchAll(/(?:^|\s)(\d{1,2}[a-z]?)\s?[.):]\s*(\S+(?:\s\S+){0,2}?)(?=\s+\d{1,2}[a-z]?\s?[.):]\s|\s*$)/giu),
  ];
  if (
    pairs.length === 0 ||
    pairs
      .map((m) => m[0])
      .join("")
      .replace(/\s/gu, "") !== text.replace(/\s/gu, "")
  )
    return [];
  const out: { cell: LogicalCell; number: string; asked: AskedQuestion }[] = [];
  for (const m of pairs) {
    const number = m[1]?.toLowerCase() ?? "";
    const question = asked.get(number);
    const answer = m[2] ?? "";
    if (!question || parseCached(env, answer).unparsed) return [];
    out.push(answerCell(r, only.col, number, answer, question, env));
  }
  return out;
}

/**
 * "5. 8", "Q6 – 4", "7) nil": a line that is only a question number and a
 * short answer. "." separates only before a space, so "10.5" stays a number.
 * "2. - less than 5 in each year", "3) – nil": a dash set between spaces
 * after the number's own stop is one more separator, not part of the answer
 * (left on, it hides a suppressed answer's words from the value reader).
 */
const BARE_NUMBERED_ANSWER =
  /^\s*(?:q|qn|question)?\.?\s*(\d{1,2}[a-z]?)(?:\s*[-–—:)]|\.(?=\s))(?:\s+[-–—](?=\s))?\s*(\S.*)$/iu;
/**
 * "Q5  2", "Q6 Nil": after "Q" the number is plainly a question's, so a
 * space alone may part it from its answer (a bare "5 2" stays unread).
 * "1a 8", "3b 12": a number with a part letter is no figure either (a
 * letter's question numbers set in bold, the answer after a space), so it
 * too may be parted by a space alone; the line must still be one of a run
 * numbered as the request is (readBareNumberedAnswers).
 */
const SPACED_Q_ANSWER = /^\s*(?:(?:q|qn|question)\.?\s*(\d{1,2}[a-z]?)|(\d{1,2}[a-z]))\s+(\S.*)$/iu;
/**
 * "1. None. 1a. None. 1b. None.", "Q1  Nil.   Q1a  Nil.   Q1b  Nil.": several
 * numbered answers on one line, each closed by its full stop. A break falls
 * only after a stop and before a question number with its own separator.
 */
const NEXT_NUMBERED_ANSWER =
  /(?<=\.)\s+(?=(?:(?:q|qn|question)\.?\s*)?\d{1,2}[a-z]?(?:\s*[-–—:)]|\.\s)|(?:q|qn|question)\.?\s*\d{1,2}[a-z]?\s)/iu;
/**
 * "0. No young person remains missing.", "0 - the young person returned the
 * following day.": a figure, a full stop (or a dash, before a remark in
 * lower case), then a sentence with no digit in it.
 */
const FIGURE_THEN_SENTENCE = /^(\d{1,4})(?:\.\s+(?=\p{Lu})|\s[-–—]\s+(?=\p{L}))\D*$/u;
/**
 * "3. Please note …": a figure, a full stop, then a note of its own (digits allowed); or
 * "17 (this figure includes 4 former … care leavers)": a figure and a remark in brackets.
 */
const FIGURE_THEN_NOTE = /^\d{1,4}(?:\.\s+\p{Lu}|\s*\([^()]*\)$)/u;
/** Words a bare answer may run to: "Fewer than 5 (section 40(2) as above)", not a paragraph. */
const BARE_ANSWER_WORDS = 8;
/** A short clause, then a remark set off by a semicolon or a new sentence. */
// The clause ends in a non-space, so the spaces before the break are read by \s* alone (linear on a run of spaces).
export const CLAUSE_THEN_REMARK = /^([^;.]*[^;.\s])\s*(?:;|\.\s+(?=\p{Lu}))\s*(\S.*)$/u;
/** Remark words that qualify or refer away from the answer before them: the answer is then not the whole story. */
const QUALIFYING_REMARK =
  /\b(?:see|note|notes|refer|referred|however|but|except|excluding|although|though|apart|other than|unless|includ\w*|approximately|estimate\w*)\b/iu;

/**
 * "Neither child remains missing; both were located within 48 hours.": a
 * nil answer in words, then a remark that only adds how (its digits a
 * duration, not a count). The nil clause is the answer; a remark that
 * qualifies it ("however", "see note 2", "excluding") leaves the line to
 * the other readers, so no caveat is dropped. Null unless the clause reads
 * as exactly none.
 */
function nilThenRemark(answer: string, env: LocateEnv): ParsedValue | null {
  const m = CLAUSE_THEN_REMARK.exec(answer);
  const clause = m?.[1];
  if (!m || clause === undefined || QUALIFYING_REMARK.test(m[2] ?? "") || /\d/u.test(clause)) return null;
  const nil = (text: string) => {
    const parsed = parseCached(env, text);
    return parsed.status === "reported" && parsed.value === 0 && !parsed.unparsed ? parsed : null;
  };
  if (wordCount(clause) <= BARE_ANSWER_WORDS) return nil(clause);
  // "Both young people were traced and returned to their placements; none
  // remain missing.": a longer clause that reads as none on its own, then a
  // short nil conclusion. Both must read as exactly none ("Two went missing;
  // none remain missing" is no nil for how many went missing), with no
  // figure anywhere in the answer.
  const remark = (m[2] ?? "").replace(/[.!]\s*$/u, "");
  if (/\d/u.test(remark) || wordCount(remark) > BARE_ANSWER_WORDS) return null;
  return nil(clause) ? nil(remark) : null;
}

/** A whole answer the value shapes read as exactly none, in words ("no children were identified …"). */
function isNilSentence(parsed: ParsedValue): boolean {
  return parsed.status === "reported" && parsed.value === 0 && !parsed.unparsed;
}

/**
 * A reply that restates none of the questions but answers "5. 8", "6. 0",
 * "7. 6" (or "Q5 – 15", "Q6 – 4") numbers its answers as the request does:
 * each line is the request's question of that number. One such line alone
 * could be a council's own numbered point, so the line must sit in a run:
 * the line before or after it (past blank lines) is another such answer,
 * numbered one apart. A line of several answers ("1. None. 1a. None. 1b.
 * None.") is a run in itself when its numbers are the request's questions
 * one after another. The number must be a question the request asks for a
 * count, and the answer must read as one (a figure, "nil", "fewer than 5",
 * a refusal), else the line is left to the other readers.
 */
/** The reading of what follows an answer's opening sentence, when that is a refusal (and nothing else). */
function refusalAfter(answer: string, opening: string, env: LocateEnv): ParsedValue | null {
  const rest = parseCached(env, answer.slice(opening.length).trim());
  return rest.status === "refused" && !rest.unparsed && rest.value === null ? rest : null;
}

/**
 * "1c. c. Identified as an unaccompanied …": the question restated as the
 * request set it out, its part's own letter after the council's list number.
 * The letter "c" (or "x") is also a suppression marker, but a marker that is
 * the part's own letter, opening the words of the question, restates it; the
 * answer is below.
 */
function restatesPartLetter(opening: string, number: string, after: string, env: LocateEnv): boolean {
  const letter = /\d([a-z])$/iu.exec(number)?.[1];
  if (letter === undefined || !new RegExp(`^\\(?${letter}[.)]$`, "iu").test(opening.trim())) return false;
  // "1c. c. Withheld under section 40(2) …": words after the letter that give a reason for withholding or
  // refusing (the value words' own lists) say why the marked figure is not given; they restate no question.
  const rest = after.trim() === "" ? null : parseCached(env, after.trim()).status;
  return rest !== "refused" && rest !== "suppressed" && rest !== "not_held";
}

function readBareNumberedAnswers(grid: SheetGrid, r: number, env: LocateEnv): { cell: LogicalCell; number: string }[] {
  const pieces = bareNumberedAt(grid, r, env);
  if (pieces.length === 0) return [];
  const { questions } = env.knowledge.request;
  const col = (grid.sheet.rows[r - 1] ?? []).findIndex((t) => t.trim() !== "") + 1;
  const read: { cell: LogicalCell; number: string; at: number }[] = [];
  for (const piece of pieces) {
    const row = piece.answerRow ?? r;
    const answerCol =
      piece.answerRow === undefined ? col : (grid.sheet.rows[row - 1] ?? []).findIndex((t) => t.trim() !== "") + 1;
    const at = questions.findIndex((q) => q.number === piece.number);
    if (at < 0 || (questions[at]?.measures.length ?? 0) === 0) return [];
    const answer = piece.answer.trim();
    if (answer.endsWith("?")) return [];
    const nil = nilThenRemark(answer, env);
    // "Q5 - 3. Please note this is the number … on 31 March 2015 …": a figure
    // and then a long note about it is still this question's answer, not a
    // question restated; it is taken whole, so it reads as not understood
    // (value_unparsed on its measure) rather than the figure without its note.
    // A figure and a remark with no figure of its own that only tells what
    // happened ("0 - the young person returned the following day.") is the
    // figure, however long; a remark that qualifies it stays with it.
    const remarkOnly = FIGURE_THEN_SENTENCE.test(answer) && !QUALIFYING_REMARK.test(answer);
    // "4. This information is not held. Our system records each missing
    // episode …": a statement that no figure is held or given, then why. The
    // reasons are read with it as the raw text, never as a label of their own.
    // "5. The numbers are so low that … would risk identifying individuals.
    // This information is therefore exempt under section 38(1)(b) …": the
    // reason first and the refusal after it; the whole answer says it.
    const opening = /^[^.]+\.(?=\s+\S)/u.exec(answer)?.[0];
    const first = opening === undefined ? undefined : parseCached(env, opening);
    // Only an answer with no figure of its own beside its statute and year:
    // "… gone missing or absent: 4 … applying section 12 … to question 3"
    // answers with the 4 and refuses another question.
    const figureFree = !/\d/u.test(answer.replace(STATUTE_OR_YEAR, " "));
    const opened = first?.unparsed && opening !== undefined && figureFree ? parseCached(env, answer) : first;
    // "7. … this information is not held centrally. To extract it would …
    // exceed the appropriate limit … under section 12": not held, then
    // refused for it, is a refusal (the not-held sentence is its reason).
    const stated =
      opened?.status === "not_held" && opening !== undefined ? (refusalAfter(answer, opening, env) ?? opened) : opened;
    if (stated && (stated.status === "not_held" || stated.status === "refused") && !stated.unparsed) {
      read.push({ cell: valueCell(row, answerCol, 1, answer, stated), number: piece.number, at });
      continue;
    }
    // "4. Fewer than five. The numbers are so low that … exempt under section
    // 38(1)(b) …": a suppressed figure as the whole first sentence, then why
    // it is withheld. The reasons hold no figure of their own (a statute and a
    // year are no figure), so the answer is the suppressed figure; the whole
    // answer stays the raw text.
    const reasons = opening === undefined ? "" : answer.slice(opening.length);
    if (
      first?.status === "suppressed" &&
      !first.unparsed &&
      opening !== undefined &&
      !restatesPartLetter(opening, piece.number, reasons, env) &&
      !/\d/u.test(reasons.replace(STATUTE_OR_YEAR, " "))
    ) {
      read.push({ cell: valueCell(row, answerCol, 1, answer, first), number: piece.number, at });
      continue;
    }
    // "Q3b – approximately 40. Missing incidents are recorded by the police; our
    // figure is an estimate …": an approximate count as the whole first
    // sentence, then why it is not exact. As with a suppressed figure, the
    // reasons hold no count of their own (a statute or a year is none), so the
    // answer is the approximate count (value_approximate on its measure); the
    // whole answer stays the raw text.
    if (
      first?.approximate !== undefined &&
      !first.unparsed &&
      opening !== undefined &&
      !/\d/u.test(reasons.replace(STATUTE_OR_YEAR, " "))
    ) {
      read.push({ cell: valueCell(row, answerCol, 1, answer, first), number: piece.number, at });
      continue;
    }
    // "1d. Not applicable – no children were identified or suspected as trafficked in any period": a
    // longer answer with no figure that the value shapes read whole as none is still this question's
    // answer, not a question restated (a question asks; it does not say there were none).
    const nilSentence = !/\d/u.test(answer) && isNilSentence(parseCached(env, answer));
    if (wordCount(answer) > BARE_ANSWER_WORDS && nil === null && !remarkOnly && !nilSentence) {
      if (!FIGURE_THEN_NOTE.test(answer)) return [];
      read.push({ cell: valueCell(row, answerCol, 1, answer, parseCached(env, answer)), number: piece.number, at });
      continue;
    }
    // "Q8 – 0. No young person remains missing.": the figure, then a sentence
    // about it with no figure of its own, reads as the figure; the whole
    // answer stays the raw text.
    const whole = nil ?? parseCached(env, answer);
    const remarked = whole.unparsed ? FIGURE_THEN_SENTENCE.exec(answer)?.[1] : undefined;
    const parsed = remarked === undefined ? whole : parseCached(env, remarked);
    if (parsed.unparsed) return [];
    read.push({ cell: valueCell(row, answerCol, 1, answer, parsed), number: piece.number, at });
  }
  if (read.length > 1) return read.every((p, i) => i === 0 || p.at === (read[i - 1]?.at ?? -2) + 1) ? read : [];
  const n = leadingNumberOf(pieces[0]?.number ?? "");
  const neighbour = (step: -1 | 1): boolean => {
    let body = 0;
    for (let k = r + step; k >= 1 && k <= grid.sheet.rows.length; k += step) {
      const cells = (grid.sheet.rows[k - 1] ?? []).filter((t) => t.trim() !== "");
      if (cells.length === 0 || answersHeadingAbove(grid, k)) continue;
      // "3. a. Incidents – trafficked: 11" / "b. … UASC: 38" over "4. This
      // information is not held.": the lettered lines are the parts of the
      // question before, numbered on its first line.
      if (step < 0 && cells.length === 1 && LETTERED_PART_LINE.test(cells[0] ?? "")) continue;
      if (step < 0 && cells.length === 1 && numberedWithPart(cells[0] ?? "") === n - 1) return true;
      const other = bareNumberedAt(grid, k, env);
      const near = step < 0 ? other.at(-1) : other[0];
      // "Q1a - 5" / "Q1b - 5" / "Q1c - 61": lettered parts that follow one
      // another as the request lists them are a run of their own, as "5. 8"
      // over "6. 0" is (the letter, like the number, is the request's).
      // "1a. 3" over "1b. 0" as well: the next part, with its own stop, is the
      // run's next line, not a note on the parts (below).
      if (near !== undefined && lettered(near.number) && lettered(pieces[0]?.number ?? "")) {
        const own = read[0]?.at ?? -2;
        const theirs = questions.findIndex((q) => q.number === near.number);
        if (theirs === own + step) return true;
      }
      // "1. 8" over "1a/1b. Our recording does not distinguish …": a note on its own parts, then "2. 3".
      if (step > 0 && cells.length === 1 && numberedWithPart(cells[0] ?? "") === n) continue;
      // "Q1 - 12" / "Q1a - 7" / "Q1b - 5" / "Q2 - 7": the lettered parts of
      // the same question lie between it and the next number; look past them.
      if (near !== undefined && leadingNumberOf(near.number) === n) continue;
      if (near === undefined && step < 0 && cells.length === 1) {
        const before = bodyOfNumberedItem(cells[0] ?? "", n - 1, env);
        if (before === "opening") return true;
        if (before === "body" && body < NUMBERED_ITEM_BODY_LINES) {
          body++;
          continue;
        }
      }
      return near !== undefined && leadingNumberOf(near.number) === n + step;
    }
    return false;
  };
  return neighbour(-1) || neighbour(1) ? read : [];
}

/** How many lines of its own the answer before a numbered one may run over (its periods, a note). */
const NUMBERED_ITEM_BODY_LINES = 6;
const NUMBERED_ITEM_OPENING = /^\s*(?:q(?:uestion)?\.?\s*)?(\d{1,2})\s*[.):]\s+\S/iu;
/** A line opening with a number ("12 children", "5) …"): never the body of another item, unless the number is a year. */
const OPENS_WITH_NUMBER = /^\s*(?:q(?:uestion)?\.?\s*)?\d/iu;
/** "2021 - 40", "2022/23: 41": a period's line of the item above; "2024 (to 30 April)": a column heading of one. */
const YEAR_OPENING = /^\s*(?:19|20)\d\d\b/u;

/**
 * "3. Vacant posts at 30 September:" over "2021 - fewer than five", "2022 -
 * 40" and "The figure for 2021 is withheld …", then "4. Not held.": the
 * answer before this one may run over several lines of its own (its figures
 * a period a line, a note under them), read by another reader. Those lines
 * are the body of the item numbered one before, and the item's opening line
 * ("3. …", a question the request asks, not restated as a question) still
 * makes a run of the two, as it does when its figures are on that line. Only
 * a few lines, none opening with a number of its own, so a council's own
 * numbered point far above is never taken for the request's.
 */
function bodyOfNumberedItem(text: string, number: number, env: LocateEnv): "opening" | "body" | null {
  const opened = NUMBERED_ITEM_OPENING.exec(text);
  if (opened) {
    const asked = env.knowledge.request.questions.some((q) => leadingNumberOf(q.number) === number);
    // "3. How many posts were vacant?": a question restated, not an answer's opening.
    return Number(opened[1]) === number && asked && !text.includes("?") ? "opening" : null;
  }
  if (OPENS_WITH_NUMBER.test(text) && !YEAR_OPENING.test(text)) return null;
  return "body";
}

/**
 * The numbers and answers of a bare numbered line the request asks, if row r
 * is one: one answer, or several when the line splits into numbered answers
 * that each read so.
 */
function bareNumberedAt(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { number: string; answer: string; answerRow?: number }[] {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const text = cells.length === 1 ? (cells[0] ?? "") : null;
  if (text === null) return [];
  // "Question 6" on a line of its own (a bold heading) and "1" on the next:
  // the heading names the request's question and the line under it answers.
  const heading = QUESTION_HEADING_ONLY.exec(text)?.[1]?.toLowerCase();
  if (heading !== undefined) {
    const below = nextTextRow(grid, r);
    if (below === null || !requestAsks(env, heading)) return [];
    const answer = onlyText(grid, below);
    if (answer === null || QUESTION_HEADING_ONLY.test(answer) || bareNumberedPiece(answer, env) !== null) return [];
    return [{ number: heading, answer, answerRow: below }];
  }
  const pieces = numberBracketedParts(text).split(NEXT_NUMBERED_ANSWER);
  if (pieces.length > 1) {
    const each = pieces.map((p) => bareNumberedPiece(p, env));
    if (each.every((p) => p !== null)) return each.flatMap((p) => withBracketedParts(p, env));
  }
  const whole = bareNumberedPiece(text, env) ?? spacedAfterLetteredLine(grid, r, text, env);
  return whole ? withBracketedParts(whole, env) : [];
}

/** "1a 8": a lettered question number and its answer parted by a space alone (see SPACED_Q_ANSWER). */
const SPACED_LETTERED_LINE = /^\s*(\d{1,2})[a-z]\s+\S/iu;
/** "4 0": a bare number, a space, and the rest of the line. */
const SPACED_NUMBER_LINE = /^\s*(\d{1,2})\s+(\S.*)$/u;

/** How many bare "4 0" lines may follow one another after the lettered line that opens their run. */
const SPACED_RUN_LINES = 12;

/**
 * "3b 12" over "4 0": the next question's number after a run of lettered
 * ones set the same way, with no letter of its own. A bare "4 0" alone is
 * two figures as well as a question and its answer, so it is read as the
 * request's question 4 only straight after a lettered line of question 3
 * written with a space alone, or ("1b 2" over "2  1" over "3  2") straight
 * after a bare line itself read so, its number one less, in a run that a
 * lettered line opened; the run must still hold (readBareNumberedAnswers).
 */
function spacedAfterLetteredLine(
  grid: SheetGrid,
  r: number,
  text: string,
  env: LocateEnv,
  depth = 0,
): { number: string; answer: string } | null {
  const m = SPACED_NUMBER_LINE.exec(text);
  if (!m?.[1] || !m[2] || !requestAsks(env, m[1])) return null;
  for (let k = r - 1; k >= Math.max(1, r - 2); k--) {
    const above = onlyText(grid, k);
    if (above === null) {
      if ((grid.sheet.rows[k - 1] ?? []).some((t) => t.trim() !== "")) return null;
      continue;
    }
    const lettered = SPACED_LETTERED_LINE.exec(above)?.[1];
    if (lettered !== undefined) {
      return Number(lettered) === Number(m[1]) - 1 ? { number: m[1], answer: m[2] } : null;
    }
    if (depth >= SPACED_RUN_LINES) return null;
    const before = spacedAfterLetteredLine(grid, k, above, env, depth + 1);
    return before !== null && Number(before.number) === Number(m[1]) - 1 ? { number: m[1], answer: m[2] } : null;
  }
  return null;
}

/** A figure and a bracket after it: "8 (1a: 5; 1b: less than 5)". Both parts bounded, so linear. */
const FIGURE_THEN_BRACKET = /^([^()]{1,40}?)\s*\(([^()]{1,200})\)\s*\.?\s*$/u;
/** One lettered part's answer inside that bracket: "1a: 5", "1b - less than 5". */
const BRACKETED_PART = /^\s*(?:q\.?\s*)?(\d{1,2}[a-h])\s*[:=\-–]\s*(\S.*?)\s*$/iu;

/**
 * "1. 8 (1a: 5; 1b: less than 5)": question 1's answer, with the answers to
 * its lettered parts in brackets after it. Each part is its own question of
 * the request ("1a", "1b"), so the bracket is read as their answers, not as
 * a remark on the 8. Only when every piece in the bracket is a part of the
 * same question that the request asks; otherwise the answer is left whole.
 */
function withBracketedParts(
  piece: { number: string; answer: string; answerRow?: number },
  env: LocateEnv,
): { number: string; answer: string; answerRow?: number }[] {
  const m = FIGURE_THEN_BRACKET.exec(piece.answer);
  if (!m?.[1] || !m[2] || !/^\d{1,2}$/u.test(piece.number)) return [piece];
  const parts = m[2].split(/[;,]/u).map((t) => BRACKETED_PART.exec(t));
  const asked = (n: string) => env.knowledge.request.questions.some((q) => q.number === n && q.measures.length > 0);
  if (
    parts.length < 2 ||
    !parts.every((p) => p?.[1] && p[2] && p[1].toLowerCase().startsWith(piece.number) && asked(p[1].toLowerCase()))
  )
    return [piece];
  const at = piece.answerRow === undefined ? {} : { answerRow: piece.answerRow };
  return [
    { ...piece, answer: m[1] },
    ...parts.map((p) => {
      const number = (p?.[1] ?? "").toLowerCase();
      return { number, answer: countOfNamedPart(p?.[2] ?? "", number, env), ...at };
    }),
  ];
}

/** A part's count and the words naming it: "2 identified", "3 suspected". */
const COUNT_THEN_WORDS = /^(\d{1,4})\s+(\p{L}[\p{L}'’ ]{1,30})$/u;

/**
 * "1a: 2 identified": the part's count, then the words of the part it
 * answers, as councils write them in the bracket after the whole ("5 (1a: 2
 * identified, 1b: 3 suspected)"). The words say again what the part's number
 * says, so the count is its answer. Only words that name the group of the
 * numbered question's own measures and no other; any other words ("2 in
 * 2014", "3 not yet assessed") are left with the count, unread as before.
 */
function countOfNamedPart(answer: string, number: string, env: LocateEnv): string {
  const m = COUNT_THEN_WORDS.exec(answer.trim());
  if (!m?.[1] || !m[2]) return answer;
  const request = env.knowledge.request;
  const measures = request.questions.find((q) => q.number === number)?.measures ?? [];
  const groups = new Set(measures.map((id) => request.measures.find((x) => x.id === id)?.group));
  const named = matchLabel(m[2], env.knowledge.labels);
  return named.groups.length > 0 && named.groups.every((g) => groups.has(g)) && named.metrics.length === 0
    ? m[1]
    : answer;
}

/** "b. UASC or separated child: 38", "(c) …": a line opening with a lone letter, a part of a question. */
const LETTERED_PART_LINE = /^\s*\(?[a-h][.)]\s+\S/u;

/**
 * "1a/1b. Our recording does not distinguish …": a prose line opening with two
 * lettered parts of one question that the request asks, on a line with no
 * figure: the numbers of those parts, or none.
 */
function jointPartsWithoutFigure(grid: SheetGrid, r: number, env: LocateEnv): string[] {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  if (cells.length !== 1 || !isProse(grid, r)) return [];
  const m = /^\s*(?:q\.?\s*)?(\d{1,2})([a-h])\s?(?:[/&]|and)\s?(?:q\.?\s*)?(\d{1,2})?([a-h])[.):]\s/iu.exec(
    cells[0] ?? "",
  );
  if (!m || (m[3] !== undefined && m[3] !== m[1])) return [];
  const parts = [`${m[1]}${m[2]}`.toLowerCase(), `${m[1]}${m[4]}`.toLowerCase()];
  const asked = (n: string) => env.knowledge.request.questions.some((q) => q.number === n && q.measures.length > 0);
  return parts.every(asked) ? parts : [];
}

/** "3. a. Incidents – trafficked: 11", "3a) …", "1a/1b. …", "3a and 3b. …": the question number of a line opening with a numbered part. */
function numberedWithPart(text: string): number | null {
  const m = /^\s*(?:q\.?\s*)?(\d{1,2})(?:\s*[.)]\s*\(?[a-h][.)]|[a-h](?:\s?(?:[/&]|and)\s?\d{1,2}[a-h])?[.)])\s/iu.exec(
    text,
  );
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * "1." or "3)" alone on its line over "2021/22: 31 …": a letter's answers numbered like the request's questions
 * (under a restatement of them that has no numbers). The grid reads "1." as the figure 1, but a figure is never
 * written with a closing dot or bracket and nothing else on its line; the number is the question the answers
 * below it are for, when the request asks that question. A bare "1" stays a figure.
 */
const NUMBER_MARKER_ONLY = /^\s*\(?(\d{1,2}[a-z]?)\s*[.)]\s*$/iu;

/**
 * A line above of one cell of the letter cut into sentences, whose last
 * introduces the list (introducingSentence): that sentence's label, or null.
 */
function introducedAbove(above: readonly LogicalCell[], env: LocateEnv): LabelMatch[] | null {
  if (above.length < 2 || new Set(above.map((c) => c.col)).size !== 1) return null;
  const label = introducingSentence(above, env);
  return label ? [label] : null;
}

/** Row r as the label of the question it numbers ("1.", "Q3"), when that is all it holds and the request asks it. */
function numberedLineAbove(grid: SheetGrid, r: number, env: LocateEnv): LabelMatch[] {
  const text = onlyText(grid, r);
  if (text === null) return [];
  const number = (NUMBER_MARKER_ONLY.exec(text) ?? QUESTION_HEADING_ONLY.exec(text))?.[1]?.toLowerCase();
  return number !== undefined && requestAsks(env, number) ? [matchLabel(text, env.knowledge.labels)] : [];
}

/**
 * The question right above a line, with the number heading it on the line
 * above (withNumberAbove) when that question is the very line the number
 * heads; else as found.
 */
function numberedAsAbove(asked: LabelMatch[], lineAbove: readonly LabelMatch[]): LabelMatch[] {
  const [number, label] = lineAbove;
  if (asked.length !== 1 || lineAbove.length !== 2 || !number || label?.text !== asked[0]?.text) return asked;
  return [number, ...asked];
}

/**
 * "Q3a" over "Identified or suspected as having been trafficked … gone
 * missing or absent." over "Answer: 2021: 7; …": a restated question's part
 * whose number heads it on a line of its own. The part's words are the same
 * under 2a (children who went missing) and 3a (their incidents); only the
 * number says which is asked, so it goes with the words. Only a line that is
 * nothing but a number the request asks, right above a label with no number
 * of its own; any other label is as it was.
 */
function withNumberAbove(grid: SheetGrid, a: number, label: LabelMatch, env: LocateEnv): LabelMatch[] {
  if (label.questionNumber !== null || a <= 1) return [label];
  const number = numberedLineAbove(grid, a - 1, env);
  if (number.length === 1) return [...number, label];
  // "Your request – question 2b" over "Looked after children … gone missing or absent." over "Please give
  // figures for 2021, 2022, …" over "Our response": a question set out again in sentences of its own lines,
  // the last of which says only which periods are asked (round 164, South Ayrshire). The heading two or
  // three lines up still numbers it, past lines of words alone (no figure, no number of their own); the
  // question's words are all its lines together.
  const continued = new Set(grid.sheet.continuedRows ?? []);
  const lines: number[] = [a];
  for (let k = a - 1; k >= Math.max(1, a - RESTATED_QUESTION_LINES); k--) {
    if (continued.has(k)) continue;
    const heading = numberedLineAbove(grid, k, env);
    if (heading.length === 1) {
      const words = lines.map((j) => onlyText(grid, j) ?? "").join(" ");
      return [...heading, matchLabel(words, env.knowledge.labels)];
    }
    const row = grid.rows[k - 1] ?? [];
    const text = onlyText(grid, k);
    if (text === null || row.length !== 1 || row[0]?.kind !== "text") return [label];
    if (matchLabel(text, env.knowledge.labels).questionNumber !== null) return [label];
    lines.unshift(k);
  }
  return [label];
}

/** A question set out again runs over a few lines (a sentence, then "Please give figures for …") at most. */
const RESTATED_QUESTION_LINES = 4;

/** "A1) a)", "A.2b", "A3 (b)": an answer marker with a question's number and part letter, and nothing else. */
const NUMBERED_ANSWER_MARKER = /^\s*a\.?\s*(\d{1,2})\s*[.)]?\s*\(?([a-z])[.)]?\s*$/iu;

/**
 * Whether `text` is an answer marker numbering the very question restated on
 * the line above ("A1) a)" under "Q1) a) Identified as …"). Such a marker names
 * no measure of its own; the question above does, in the request's words.
 * Only when the numbers agree, so a marker under some other line keeps its
 * own reading (and is reported if nothing matches it).
 */
function echoesQuestionAbove(text: string, lineAbove: readonly LabelMatch[]): boolean {
  const m = NUMBERED_ANSWER_MARKER.exec(text);
  if (!m) return false;
  const number = `${m[1]}${m[2]}`.toLowerCase();
  return lineAbove.length === 1 && lineAbove[0]?.questionNumber === number;
}

/** "A:", "Answer -", "Response:": text that is an answer marker and nothing else (answerMarkers, answerLabelOnly). */
function isAnswerMarkerOnly(text: string, env: LocateEnv): boolean {
  if (env.compiled.answerLabelOnly.test(text)) return true;
  // "a." and "a)" letter a part of the question ("1." over "a. 2018: 3, 2019: 5"); "A:" marks an answer.
  if (PART_LETTER_OPENING.test(text)) return false;
  // The markers want a space after them, as they stand before an answer; the text's end is one.
  const spaced = `${text.trim()} `;
  return env.compiled.answerMarkers.some((re) => {
    re.lastIndex = 0;
    const m = re.exec(spaced);
    return m !== null && m.index === 0 && spaced.slice(m[0].length).trim() === "";
  });
}

/**
 * "Question 6", "Q6.", "Question 6:": a line that only names a question, its answer on the line below.
 * A Welsh council names it in both languages, the same number twice ("Cwestiwn 1a / Question 1a").
 * A Scottish reply heads each part of the request it sets out again "Your request – question 1a" (round
 * 164, South Ayrshire): the words before the number say only that the request follows, as "Question" does.
 */
const QUESTION_HEADING_ONLY =
  /^\s*(?:(?:your\s+)?request\s*[-–—:]?\s*)?(?:q|qn|question|cwestiwn)\.?\s*(\d{1,2}[a-z]?)(?:\s*\/\s*(?:q|qn|question|cwestiwn)\.?\s*\1)?\s*[.:)\-–—]?\s*$/iu;

/** The text of row r when it is one cell, else null. */
/**
 * "a) Identified as trafficked or a victim of modern slavery." when its row goes on "There were 4 children
 * in 2018, …": the lettered words a row opens with before the sentences that answer them, read as the row's
 * first cell; null when the row does not open with a part letter or is nothing but those words.
 */
function letteredLeadOf(grid: SheetGrid, r: number): string | null {
  const first = (grid.rows[r - 1] ?? [])[0];
  const lead = first?.kind === "text" ? first.text.trim() : "";
  const whole = (onlyText(grid, r) ?? "").trim();
  if (lead === "" || !PART_LETTER_OPENING.test(lead)) return null;
  return whole.startsWith(lead) && whole.length > lead.length ? lead : null;
}

function onlyText(grid: SheetGrid, r: number): string | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  return cells.length === 1 ? (cells[0] ?? null) : null;
}

/** The next row after r with any text, past at most one blank line. */
function nextTextRow(grid: SheetGrid, r: number): number | null {
  for (let k = r + 1; k <= Math.min(grid.sheet.rows.length, r + 2); k++) {
    if ((grid.sheet.rows[k - 1] ?? []).some((t) => t.trim() !== "")) return k;
  }
  return null;
}

/** Row k is the answer line under a "Question 6" heading (see bareNumberedAt). */
function answersHeadingAbove(grid: SheetGrid, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 2); j--) {
    const text = onlyText(grid, j);
    if (text !== null) return QUESTION_HEADING_ONLY.test(text) && nextTextRow(grid, j) === k;
  }
  return false;
}

function bareNumberedPiece(text: string, env: LocateEnv): { number: string; answer: string } | null {
  // "I. 4": a Roman question number reads as its Arabic one.
  const arabic = withArabicMarker(text);
  const m = BARE_NUMBERED_ANSWER.exec(arabic);
  const spaced = m ? null : SPACED_Q_ANSWER.exec(arabic);
  const number = (m?.[1] ?? spaced?.[1] ?? spaced?.[2])?.toLowerCase();
  const answer = m?.[2] ?? spaced?.[3] ?? "";
  if (number === undefined || !requestAsks(env, number)) return null;
  return { number, answer };
}

/** "1a", "3b": a question number with a part letter. */
function lettered(number: string): boolean {
  return /^\d{1,2}[a-z]$/iu.test(number);
}

function leadingNumberOf(number: string): number {
  return Number(/^\d+/u.exec(number)?.[0] ?? Number.NaN);
}

function answerCell(
  r: number,
  col: number,
  number: string,
  rest: string,
  asked: AskedQuestion,
  env: LocateEnv,
): { cell: LogicalCell; number: string; asked: AskedQuestion } {
  return { cell: valueCell(r, col, 1, rest, parseCached(env, rest)), number, asked };
}

/** After a pointer's first question: another one it names ("and Q1b", "& 3", ", 4 and 5"). */
const FURTHER_QUESTION = /^\s*(?:,|&|\+|and\b|or\b)\s*(?:(?:question|q)\.?\s*)?\d{1,2}[a-z]?\b/iu;

/**
 * "Please see our answer to question 2": the answer given there, in this
 * file, with its status ("None", "not held"); the council's words stay as
 * the raw text, and the decision says where the answer came from. A
 * reference to a question this file did not answer stays unread.
 */
function followAnswerReferences(candidates: FigureCandidate[], grid: SheetGrid, env: LocateEnv): Decision[] {
  // Answers by question number; a table with a column per group has one per column.
  const answers = new Map<string, LogicalCell[]>();
  // Every answer's cell by question number, read or not, for its "of whom" clause.
  const texts = new Map<string, LogicalCell[]>();
  const decisions: Decision[] = [];
  for (const [i, c] of candidates.entries()) {
    const seen = SEE_ANSWER.exec(c.cell.text);
    const ref = seen?.[1]?.toLowerCase();
    const parsed = c.cell.parsed;
    // "see Q1a and Q1b", "see Q2 & Q3": a pointer to several answers is not the first one's figure (their sum, at
    // most); it is left unread, and a total the parts make is worked out from them where the request derives one.
    if (seen && ref && FURTHER_QUESTION.test(c.cell.text.slice(seen.index + seen[0].length))) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, c.cell),
        message: `"${c.cell.text.trim()}" points to more than one answer: it is not read as question ${ref}'s figure alone.`,
      });
      continue;
    }
    const own = [...c.rowLabel, ...c.header].find((l) => l.questionNumber !== null)?.questionNumber ?? null;
    if (ref) {
      // "See Q1" under "how many went missing", Q1 answered "4 (of whom 2
      // went missing)": the pointer takes the clause's figure, never Q1's own.
      const pointed = texts.get(ref) ?? [];
      const inColumn = pointed.filter((a) => a.col === c.cell.col);
      const target = inColumn.length === 1 ? inColumn[0] : pointed.length === 1 ? pointed[0] : undefined;
      if (target && ref !== own && hasOfWhomClause(target.text)) {
        const clause = ofWhomFigureFor(target.text, c.rowLabel, env.knowledge.labels);
        if (clause) {
          candidates[i] = {
            ...c,
            cell: { ...c.cell, parsed: parseCached(env, String(clause.value)) },
            answeredBy: target.text.trim(),
          };
          decisions.push({
            file: grid.file,
            ...locationOf(grid, c.cell),
            message: `"${c.cell.text.trim()}" takes the figure of the clause "${clause.clause}" in the answer to question ${ref} ("${target.text.trim()}").`,
          });
        }
        continue;
      }
      // "1a. Identified | See Q1": a part pointing to its own whole is given only within the whole's figure
      // ("suspected and confirmed cases combined"); question 1's figure is not the part's, which is unanswered.
      if (own !== null && new RegExp(`^${ref}[a-z]$`, "u").test(own.toLowerCase())) {
        // "1 | Refused - section 12" over "1a | See Q1": a refusal of the whole refuses its parts too; it is no
        // sum the parts share, so the part takes it, as a pointer to another question does.
        const whole = answers.get(ref) ?? [];
        const inColumn = whole.filter((a) => a.col === c.cell.col);
        const refusal = inColumn.length === 1 ? inColumn[0] : whole.length === 1 ? whole[0] : undefined;
        if (refusal?.parsed?.status === "refused") {
          candidates[i] = { ...c, cell: { ...c.cell, parsed: refusal.parsed }, answeredBy: refusal.text.trim() };
          decisions.push({
            file: grid.file,
            ...locationOf(grid, c.cell),
            message: `"${c.cell.text.trim()}" on question ${own} takes the refusal of question ${ref}, the whole it is part of ("${refusal.text.trim()}").`,
          });
          continue;
        }
        const none = { status: "not_answered" as const, value: null, lower: null, upper: null };
        candidates[i] = { ...c, cell: { ...c.cell, parsed: none } };
        decisions.push({
          file: grid.file,
          ...locationOf(grid, c.cell),
          message: `"${c.cell.text.trim()}" on question ${own} points to question ${ref}, the whole it is part of: question ${own} is given only within question ${ref}'s figure, so it is read as not answered.`,
        });
        continue;
      }
      const all = answers.get(ref) ?? [];
      const sameColumn = all.filter((a) => a.col === c.cell.col);
      const given = sameColumn.length === 1 ? sameColumn[0] : all.length === 1 ? all[0] : undefined;
      if (given?.parsed && ref !== own) {
        candidates[i] = { ...c, cell: { ...c.cell, parsed: given.parsed }, answeredBy: given.text.trim() };
        decisions.push({
          file: grid.file,
          ...locationOf(grid, c.cell),
          message: `"${c.cell.text.trim()}" takes the answer given to question ${ref} ("${given.text.trim()}").`,
        });
      }
      continue;
    }
    if (own && !c.unanswered) texts.set(own, [...(texts.get(own) ?? []), c.cell]);
    if (own && parsed && !parsed.unparsed && !c.unanswered) answers.set(own, [...(answers.get(own) ?? []), c.cell]);
  }
  return decisions;
}

/** A prose row that answers several of the request's questions by number, as one logical answer cell. */
function readStatementRow(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { numbers: string[]; scope: string; cell: LogicalCell } | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const text = cells[0];
  if (cells.length !== 1 || text === undefined) return null;
  const { request, labels } = env.knowledge;
  // The group the line names, worked out only for a line that names questions (see readScopedStatement).
  const groupMeasuresOf = () => {
    const named = nationalityGroupOf(groupOfLabel(matchLabel(text, labels), labels), env);
    return named
      ? new Set(request.measures.filter((m) => nationalityGroupOf(m.group, env) === named).map((m) => m.id))
      : null;
  };
  const found = readScopedStatement(text, request.questions, (t) => parseCached(env, t), groupMeasuresOf);
  if (!found) return null;
  const col = (grid.sheet.rows[r - 1] ?? []).findIndex((t) => t.trim() !== "") + 1;
  return { numbers: found.numbers, scope: found.scope, cell: valueCell(r, col, 0, text, found.parsed) };
}

/** A paragraph that starts the next question or section: "5. …", "b) …", "Question 5 …", or one naming questions by number. */
const NEXT_QUESTION = /^\s*(?:\(?\d{1,2}[a-z]?\s*[.):]|\(?[a-z]\)|q(?:uestions?)?\.?\s*\d)|\bquestions?\s+\d/iu;
/** A paragraph that opens with a question's number ("5. …", "b) …", "Question 5 …"): always the next question. */
const OPENS_QUESTION = /^\s*(?:\(?\d{1,2}[a-z]?\s*[.):]|\(?[a-z]\)|q(?:uestions?)?\.?\s*\d)/iu;
/** How many paragraphs a section's answer may run to: a refusal and its advice, not a whole letter. */
const SECTION_PARAGRAPHS = 4;

/**
 * A prose row heading a block of the request's questions, and the one
 * answer (refused or not held) that the paragraphs under it give them all.
 * The section ends at a table, the next question or heading by number, or
 * after a few paragraphs; wrapped lines joined onto a paragraph leave blank
 * rows, which are passed over.
 */
function readSectionRows(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { numbers: string[]; scope: string; cell: LogicalCell; rows: number[] } | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const text = cells[0];
  if (cells.length !== 1 || text === undefined) return null;
  const numbered = readSectionScope(text, env.knowledge.request.questions);
  const scope = numbered ?? groupSectionScope(text, env);
  if (!scope) return null;
  // A heading that names only its questions ("Q1 - Q4") heads the groups those questions ask about.
  const { questions, measures } = env.knowledge.request;
  const groupOf = new Map(measures.map((m) => [m.id, m.group]));
  const headed = new Set([
    ...matchLabel(text, env.knowledge.labels).groups,
    ...questions
      .filter((q) => scope.numbers.includes(q.number))
      .flatMap((q) => q.measures.map((m) => groupOf.get(m) ?? "")),
  ]);
  // "Unaccompanied asylum seeking children", unnumbered, over the next
  // group's figures: a line that answers nothing and names a group the
  // heading does not heads the next section, and must stay unread here so
  // that it still gives the figures under it their group.
  const headsAnother = (paragraph: string) => {
    const status = parseCached(env, paragraph).status;
    return (
      status !== "refused" &&
      status !== "not_held" &&
      matchLabel(paragraph, env.knowledge.labels).groups.some((g) => !headed.has(g))
    );
  };
  // "Questions 1 – 4" over "We may hold information for questions 1 to 4,
  // but … section 12 …": a paragraph that names, further in, only questions
  // the heading already heads refers back to them and is the section's own;
  // one naming any other question (or opening with a number) starts the next.
  // "… In terms of section 17 of FOISA, the Council does not hold this information. For the same reason we
  // cannot answer question 4 for both groups together.": a paragraph whose first sentence names no question
  // answers the heading, whatever question a later sentence goes on to name.
  const startsNext = (paragraph: string) => {
    if (!NEXT_QUESTION.test(paragraph)) return false;
    if (OPENS_QUESTION.test(paragraph)) return true;
    const sentences = paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    const first = sentences[0] ?? paragraph;
    // "… does not hold this information. For question 2(a), 4 trafficked children went missing": a later
    // sentence naming another question with a figure answers that question, so the paragraph is not the heading's.
    const answersOther = sentences
      .slice(1)
      .some((t) => NEXT_QUESTION.test(t) && /\d/u.test(t.replace(NEXT_QUESTION, "")));
    if (first !== paragraph && !NEXT_QUESTION.test(first) && !answersOther) return false;
    const named = namedQuestions(paragraph, questions);
    return named.length === 0 || named.some((n) => !scope.numbers.includes(n));
  };
  const rows: number[] = [];
  const texts: string[] = [];
  for (let b = r + 1; b <= grid.sheet.rows.length && texts.length < SECTION_PARAGRAPHS; b++) {
    const line = (grid.sheet.rows[b - 1] ?? []).filter((t) => t.trim() !== "");
    if (line.length === 0) continue;
    const paragraph = line[0];
    if (
      line.length !== 1 ||
      paragraph === undefined ||
      !isProse(grid, b) ||
      startsNext(paragraph) ||
      headsAnother(paragraph)
    )
      break;
    rows.push(b);
    texts.push(paragraph);
  }
  const answer = readSectionAnswer(texts, (t) => parseCached(env, t));
  const at = answer ? rows[answer.at] : undefined;
  const said = answer ? texts[answer.at] : undefined;
  if (!answer || at === undefined || said === undefined) return null;
  // Under a heading that names only a group, the answer must be about the
  // whole group: "We do not hold information on their nationality" or "…
  // on how many went missing" withholds one thing, not the group's counts.
  const saidLabel = matchLabel(said, env.knowledge.labels);
  if (!numbered && (saidLabel.metrics.length > 0 || /nationalit|cenedl/iu.test(said))) return null;
  // "No looked after child … was identified or suspected as trafficked" answers
  // the heading's questions only when they are all about the children it names.
  if (answer.ofChildren && !nilCoversQuestions(saidLabel, scope.numbers, env.knowledge.request, env.knowledge.labels))
    return null;
  const col = (grid.sheet.rows[at - 1] ?? []).findIndex((t) => t.trim() !== "") + 1;
  return { ...scope, cell: valueCell(at, col, 0, said, answer.parsed), rows };
}

/**
 * "Trafficked children" on a line of its own: a heading that names one of
 * the request's groups and nothing else (no count, number or question)
 * heads every question asked only of that group, so a refusal or "not
 * held" under it, and nothing else, answers them all. Two questions at
 * least; the parts of a group (identified, suspected) are groups of their
 * own and stay out.
 */
function groupSectionScope(text: string, env: LocateEnv): { numbers: string[]; scope: string } | null {
  if (/[\d?:]/u.test(text) || (text.match(/\p{L}+/gu) ?? []).length > 6) return null;
  const label = matchLabel(text, env.knowledge.labels);
  const group = label.groups.length === 1 ? label.groups[0] : undefined;
  if (!group || label.metrics.length > 0 || label.countCue || label.allCue || label.bothGroups) return null;
  const { questions, measures } = env.knowledge.request;
  const groupOf = new Map(measures.map((m) => [m.id, m.group]));
  const numbers = questions
    .filter((q) => q.measures.length > 0 && q.measures.every((m) => groupOf.get(m) === group))
    .map((q) => q.number);
  return numbers.length >= 2
    ? { numbers, scope: `the heading "${text.trim()}" (every question about ${group})` }
    : null;
}

/** True when the header row right above r's block titles column `col` as notes ("Number | Notes"). */
function inRemarkColumn(
  grid: SheetGrid,
  r: number,
  col: number,
  headerRows: ReadonlySet<number>,
  blockStops: readonly number[],
): boolean {
  const top = blockStops[r] ?? 0;
  return headerRows.has(top) && isColumnKindRow(grid, top) && remarkColumns(grid, top).has(col);
}

/** A header cell that titles a column of remarks on the figures of each row ("Comments", "Notes"). */
const REMARK_HEADING =
  /^\s*(?:notes?|comments?|remarks?|explanations?|additional (?:information|comments?))\s*:?\s*$/iu;

/**
 * "Number of UASC who went missing | 10 | 11 | 12 | 4 | This counts episodes rather than children" under
 * "Question | 2021 | … | Comments": the text after a row's last figure, in a column its block's header
 * titles as remarks, speaks for every figure of the row, not only the one beside it (noteBeside).
 */
function rowRemark(grid: SheetGrid, r: number, blockStops: readonly number[]): string | undefined {
  // The block's top: the row a figure's walk up stops at, which holds no figure (its column titles).
  const top = blockStops[r] ?? 0;
  if (top === 0) return undefined;
  const row = grid.rows[r - 1] ?? [];
  const lastFigure = Math.max(0, ...row.filter((c) => c.kind === "value").map((c) => c.col));
  const after = row.filter((c) => c.col > lastFigure);
  if (after.length === 0 || after.some((c) => c.kind !== "text")) return undefined;
  const header = grid.rows[top - 1] ?? [];
  const titled = after.every((c) => REMARK_HEADING.test(header.find((h) => h.col === c.col)?.text ?? ""));
  return titled ? after.map((c) => c.text.trim()).join(" ") : undefined;
}

/** The text cells after the last figure on a figure's row: a Notes column, when the row has one. */
function noteBeside(grid: SheetGrid, r: number, col: number): string | undefined {
  const row = grid.rows[r - 1] ?? [];
  const after = row.filter((c) => c.col > col);
  if (after.length === 0 || after.some((c) => c.kind === "value")) return undefined;
  return after.map((c) => c.text.trim()).join(" ");
}

/**
 * "Q4 Still missing … | 0 | 1 | 3 | 3" one blank row under a table whose top row names a requested period
 * over each column: the last question, set apart by the blank, answered per period in the same columns.
 * The blank ends the row's block (findBlockStops), so its figures would name no period; each takes the
 * period over its column, and only that (the table's other headings, a group, are the table's own).
 * Why it is safe: the row above the blank must hold figures in every column this row has one, and the
 * first row above those figures that holds none (the table's header, whether or not it was read as one)
 * must name exactly one requested period over each, a different one each. A figure in any other column, or
 * a header naming two periods or none over a column, leaves the row as it was (no period: told as before).
 * Returns row → the header row whose periods it takes.
 */
function periodHeaderAcrossBlank(grid: SheetGrid, periods: readonly PeriodDef[]): Map<number, number> {
  const out = new Map<number, number>();
  if (periods.length < 2) return out;
  const hasValue = (row: readonly LogicalCell[]) => row.some((c) => c.kind === "value");
  for (let r = 3; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    const values = row.filter((c) => c.kind === "value");
    if (values.length < 2 || (grid.rows[r - 2] ?? []).length > 0) continue;
    const above = grid.rows[r - 3] ?? [];
    const aboveCols = new Set(above.filter((c) => c.kind === "value").map((c) => c.col));
    if (!values.every((v) => aboveCols.has(v.col))) continue;
    let h = r - 3;
    while (h >= 1 && hasValue(grid.rows[h - 1] ?? [])) h--;
    if (h < 1 || (grid.rows[h - 1] ?? []).length === 0) continue;
    const named = values.map((v) => {
      const cell = headerCell(grid, h, v.col, false);
      const ids = cell ? periodsNamed(cell.text, periods) : [];
      return ids.length === 1 ? (ids[0]?.id ?? null) : null;
    });
    if (named.every((id) => id !== null) && new Set(named).size === named.length) out.set(r, h);
  }
  return out;
}

/**
 * For each row r, the nearest row above it that ends the walk up from a
 * figure on r to its header: a header row, or a row that is blank or has
 * no figure (0 when there is none). The same for every column.
 */
function findBlockStops(grid: SheetGrid, headerRows: ReadonlySet<number>): number[] {
  const stops = [0, 0];
  for (let r = 2; r <= grid.rows.length; r++) {
    const i = r - 1;
    const row = grid.rows[i - 1] ?? [];
    const ends =
      headerRows.has(i) || row.length === 0 || (!row.some((c) => c.kind === "value") && !answeredInWords(row));
    stops[r] = ends ? i : (stops[i] ?? 0);
  }
  return stops;
}

/**
 * "Went missing at least once | See quarterly sheet | See quarterly sheet":
 * a row of the table whose answers are words, one under each column, is
 * still a row of that table (its words are read, or reported, as answers);
 * the rows below it keep the header above it. Cells that name a group or a
 * count are a header of their own and end the block as before.
 */
function answeredInWords(row: readonly LogicalCell[], labelAt = 0): boolean {
  const first = row[labelAt];
  const answers = row.slice(labelAt + 1);
  return (
    first?.kind === "text" &&
    first.col === labelAt + 1 &&
    first.label !== null &&
    isMeaningful(first.label) &&
    answers.length > 0 &&
    answers.every((c) => c.kind === "text" && !(c.label && isMeaningful(c.label)))
  );
}

/**
 * "2. Total households newly approved | See note | See note | See note": a row of the table answered with
 * one and the same remark in every column, under a label. A remark pointing at other questions ("Included
 * in 1a and 1b above", "See question 3") is one too; any other digit may be a period or a date, so a row
 * with one (a merged "2021" over its quarters) is still read as a header.
 */
function sameRemarkAcross(row: readonly LogicalCell[]): boolean {
  // "1b | Looked after children suspected … | N/R | N/R": a column of question numbers before the
  // label column is part of the row's label, not one of its answers.
  const labelAt = row[0]?.col === 1 && row[1]?.col === 2 && QUESTION_NUMBER_ONLY.test(row[0].text) ? 1 : 0;
  const answers = row.slice(labelAt + 1).map((c) => c.text.trim().toLowerCase());
  return (
    answeredInWords(row, labelAt) &&
    answers.length >= 2 &&
    answers.every((a) => a === answers[0]) &&
    !/\d/u.test((answers[0] ?? "").replace(QUESTION_REFERENCE, " "))
  );
}

/** A cell that is a question's number and nothing else: "1b", "4", "4.", "Q2a", "1(b)". */
const QUESTION_NUMBER_ONLY = /^\s*(?:q(?:uestion)?\.?\s*)?\d{1,2}\s*(?:\(?[a-z]\)?)?\.?\s*$/iu;

/** A reference to another question of the request: "1a", "2(b)", "question 3", "Q4b" (never a bare "Q1", a quarter). */
const QUESTION_REFERENCE = /\b(?:questions?\s*\d{1,2}(?:\s*\(?[a-z]\)?)?\b|q?\d{1,2}\s*\(?[a-z]\)?(?![a-z]))/giu;

/** A span of months and nothing more: "Apr-Mar", "April to March", "Oct-Dec 14", "Jan - Mar 2015". */
const MONTH_SPAN =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:-|–|—|to)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{2}(?:\d{2})?)?$/iu;

/** "2014-15", "Q3", "Quarter 2", "2015": a title that names a period its months may gloss. */
function namesPeriod(text: string): boolean {
  return periodsIn(text).length > 0 || /\b(?:q[1-4]|quarter)\b/iu.test(text);
}

/** A title that ends in the middle of a range: "01/01/2024 –", "1 January 2024 to". */
const OPEN_RANGE = /(?:\d|\p{L})\s*(?:-|–|—|\bto|\buntil)\s*$/iu;

/**
 * The first text straight above a figure in its column, within its block
 * (no blank row between). Each column's titles are found in one pass down
 * the sheet, the first time a figure in that column asks.
 */
/** A column title that is a year and nothing else: "2024". */
const BARE_YEAR_TITLE = /^\s*(?:19|20)\d{2}\s*$/u;
/** A title that is a year, perhaps with its part in brackets, and nothing else: "2021", "2024 (1 Jan - 30 Apr)". */
const PERIOD_ONLY_TITLE = /^\s*(?:19|20)\d{2}\s*(?:\([^()]{1,30}\))?\s*$/u;
/** A title that is a bracket and nothing else: "(to 30/04)", "(Jan – Apr)". */
const BRACKET_ONLY = /^\s*\([^()]{1,30}\)\s*$/u;
/** Days of months with no year, and nothing else: "1 Jan - 30 Apr", "1 January to 30 April". */
const DAY_MONTH_SPAN_BODY = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*(?:-|–|—|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DAY_MONTH_SPAN = new RegExp(String.raw`^\s*${DAY_MONTH_SPAN_BODY}\s*$`, "iu");
/**
 * A year heading glossed by the days it runs, in brackets: "2021 (1 January to 31 December)", "2024 (1 Jan - 30
 * Apr):". The days name no year of their own, so their figures are the year's dates, not figures beside it.
 */
const YEAR_WITH_DAYS_TITLE = new RegExp(
  String.raw`^\s*(?<year>(?:19|20)\d{2})\s*\(\s*(?<days>${DAY_MONTH_SPAN_BODY})\s*\)\s*:?\s*$`,
  "iu",
);
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})/giu;

/**
 * Whether a glossed year heading is a requested period: its days, in its year, are that period's first and last.
 * "2021 (1 April to 31 March)" is the financial year 2021/22, not the calendar year its number names; keyed to
 * 2021, every answer under it would be another year's count, exact with no warning.
 */
function glossIsRequestedPeriod(text: string, periods: readonly { start: string; end: string }[]): boolean {
  const m = YEAR_WITH_DAYS_TITLE.exec(text);
  if (!m?.groups) return false;
  const year = m.groups.year ?? "";
  const iso = ([, day, month]: RegExpMatchArray) =>
    `${year}-${String(MONTH_INDEX[(month ?? "").toLowerCase()] ?? 0).padStart(2, "0")}-${(day ?? "").padStart(2, "0")}`;
  const [from, to] = [...(m.groups.days ?? "").matchAll(DAY_MONTH)].map(iso);
  return periods.some((p) => p.start === from && p.end === to);
}

function columnTitles(grid: SheetGrid): (r: number, col: number) => string | undefined {
  const byColumn = new Map<number, (string | undefined)[]>();
  return (r, col) => {
    let titles = byColumn.get(col);
    if (!titles) {
      // titles[r]: the answer for a figure on row r, from the rows above it.
      titles = [undefined, undefined];
      let current: string | undefined;
      let at = 0;
      for (let i = 1; i <= grid.rows.length; i++) {
        const row = grid.rows[i - 1] ?? [];
        if (row.length === 0) current = undefined;
        else {
          const cell = row.find((c) => c.col === col) ?? mergedPeriodTitle(grid, i, col);
          // A range broken over two header rows ("01/01/2024 –" above
          // "30/04/2024") is one title: the upper half is left open.
          const open = current !== undefined && at === i - 1 && OPEN_RANGE.test(current);
          // A percentage ("0.9%") is a figure of its own row, never a title over the rows below; nor is
          // one remark answering a whole row ("2. Total … | See note | See note"): the rows below keep the
          // period headers above it.
          // So is a period over the months it runs ("2014-15" over "Apr-Mar",
          // "Q3" over "Oct-Dec 14"): the months alone say no year. Only a
          // period above is glossed: a title row's reference ("FOI 7705" over
          // "Oct-Dec 2014") names no period, and the months are a title of their own.
          const gloss =
            current !== undefined &&
            at === i - 1 &&
            cell?.kind === "text" &&
            MONTH_SPAN.test(cell.text.trim()) &&
            namesPeriod(current);
          // And a year over the bracket that dates its part ("2024" over "(to 30/04)", a two-row header
          // whose upper row names the year once), or over the days of its part ("2024" over "1 Jan - 30
          // Apr", beside "Calendar year" over "2021"): the bracket or days alone name no year.
          const dated =
            current !== undefined &&
            at === i - 1 &&
            cell?.kind === "text" &&
            BARE_YEAR_TITLE.test(current) &&
            (BRACKET_ONLY.test(cell.text) || DAY_MONTH_SPAN.test(cell.text));
          // And the days of a part-year over its year ("1 January to 30 April" over "2024", beside
          // "Calendar year" merged over "2021 | 2022 | 2023"): the days alone name no year, and the year
          // alone is the whole year, which the column is not. Together they are the span, read (or
          // flagged, when its days are not a requested period's) as any written in one cell.
          const yearOfDays =
            current !== undefined &&
            at === i - 1 &&
            cell?.kind === "text" &&
            DAY_MONTH_SPAN.test(current) &&
            BARE_YEAR_TITLE.test(cell.text);
          // And a period over the group it splits ("2021" merged over "Trafficked | UASC", a two-row
          // header whose upper row names each period once): the group alone names no period, and the
          // figures under it are the period's.
          const split =
            current !== undefined &&
            at === i - 1 &&
            cell?.kind === "text" &&
            !dated &&
            !gloss &&
            PERIOD_ONLY_TITLE.test(current) &&
            namesNoPeriod(cell.text);
          if (cell?.kind === "text" && !PERCENTAGE.test(cell.text) && !(cell.col > 1 && sameRemarkAcross(row))) {
            current = split
              ? `${current} | ${cell.text}`
              : open || gloss || dated || yearOfDays
                ? `${current} ${cell.text}`
                : cell.text;
            at = i;
          }
        }
        titles[i + 1] = current;
      }
      byColumn.set(col, titles);
    }
    return titles[r];
  };
}

/**
 * The period title a merged cell spreads over a column it covers but does not
 * start in: "2021" merged over the "Trafficked | UASC" pair below it is the
 * second column's title too. Only a period alone: a merged banner of any other
 * text (the council's name, the request's title) is no column's title.
 */
function mergedPeriodTitle(grid: SheetGrid, r: number, col: number): LogicalCell | undefined {
  const merge = grid.sheet.merges.find((m) => m.top === r && m.bottom === r && m.left < col && col <= m.right);
  const master = merge ? (grid.rows[r - 1] ?? []).find((c) => c.col === merge.left) : undefined;
  // Only over a group's name: a year merged over its quarters ("2018" over "Jan-Mar | Apr-Jun | …") heads
  // parts of itself, which are summed to the year elsewhere, not each the year's figure.
  const below = (grid.rows[r] ?? []).find((c) => c.col === col);
  const overGroup = below?.kind === "text" && namesNoPeriod(below.text);
  return overGroup && master?.kind === "text" && PERIOD_ONLY_TITLE.test(master.text) ? master : undefined;
}

/** Header words that name no period, month or figure ("Trafficked", "UASC"): a group a period above may split. */
function namesNoPeriod(text: string): boolean {
  return !namesPeriod(text) && !MONTH_SPAN.test(text.trim()) && !/\d/u.test(text);
}

/** "1." or "Question 2" alone on its line: the number of the lettered parts below it. */
const BARE_NUMBER = /^\s*(?:question\s*|q\.?\s*)?(\d{1,2})\s*[.):]?\s*$/iu;
/** "2. a) 2018 - 1, …" or "2a) …": a line opening with a question's first lettered part. */
const NUMBERED_PART = /^\s*(?:question\s*|q\.?\s*)?(\d{1,2})\s*[.)]?\s*\(?([a-z])[.)](?=\s|$)/iu;

/** A line that numbers the lettered parts below it; `letter` is its own part, when it opens with one. */
interface ParentNumber {
  row: number;
  number: string;
  letter?: string;
}

function parentNumbersOf(grid: SheetGrid): ParentNumber[] {
  const out: ParentNumber[] = [];
  for (let r = 1; r <= grid.sheet.rows.length; r++) {
    const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
    const m = cells.length === 1 ? BARE_NUMBER.exec(cells[0] ?? "") : null;
    if (m?.[1]) {
      out.push({ row: r, number: m[1] });
      continue;
    }
    const part = NUMBERED_PART.exec(cells[0] ?? "");
    if (part?.[1] && part[2]) out.push({ row: r, number: part[1], letter: part[2].toLowerCase() });
  }
  return out;
}

/**
 * "1." on a line of its own, then "a. 2021 – 3, 2022 – 4": the parts are
 * lettered under their question's number, so "a." is question 1a. Only a
 * lone letter takes the number above it; "2b" keeps its own. A line that
 * opens with the question's first part ("2. a) 2018 - 1, …", then "b) 2018
 * - 5, …" below) numbers only the letters after its own: a "b)" under "2. a)"
 * is 2b, an "a)" under "2. c)" starts some other list.
 */
function withParentNumber(c: FigureCandidate, parents: readonly ParentNumber[]): FigureCandidate {
  const letterOf = (l: LabelMatch): string | null =>
    l.questionNumber !== null
      ? /^[a-z]$/u.test(l.questionNumber)
        ? l.questionNumber
        : null
      : (/^\s*\(?([a-z])[.)]\s*$/iu.exec(l.text)?.[1]?.toLowerCase() ?? null);
  if (parents.length === 0 || ![...c.rowLabel, ...c.header].some((l) => letterOf(l) !== null)) return c;
  const parent = lastLineAbove(parents, c.source.row);
  if (!parent) return c;
  const renumber = (l: LabelMatch): LabelMatch => {
    const letter = letterOf(l);
    return letter === null || (parent.letter !== undefined && letter <= parent.letter)
      ? l
      : { ...l, questionNumber: `${parent.number}${letter}` };
  };
  return { ...c, rowLabel: c.rowLabel.map(renumber), header: c.header.map(renumber) };
}

/** "2.1 Trafficked …": a Word list's decimal numbering, question 2's first item. */
const DECIMAL_ITEM = /^\s*(?:question\s*|q\.?\s*)?(\d{1,2})\.([1-9])(?![\d.]*\d)(?!\.?[a-z])/iu;

/**
 * "2. Looked after children who went missing" over "2.1 Trafficked
 * (identified or suspected) - 2018: 2, …" and "2.2 UASC …": a council's
 * Word numbering gives the request's lettered parts decimal numbers, so
 * "2.1" is question 2a and "2.2" question 2b. Read as question "2", which
 * the request does not ask, the line fell back to its words alone (the
 * trafficked children looked after, a wrong figure) and "2.2" clashed with
 * "1.3". Only where the request asks lettered parts of that number and not
 * the number itself, and asks the k-th letter; the number then only names
 * the question, and the words still decide where they name a count of
 * their own (a number that disagrees with them is warned of,
 * label_number_differs).
 */
function withDecimalPart(c: FigureCandidate, env: LocateEnv): FigureCandidate {
  const renumber = (l: LabelMatch): LabelMatch => {
    const m = DECIMAL_ITEM.exec(l.text);
    if (!m?.[1] || !m[2] || l.questionNumber !== m[1] || requestAsks(env, m[1])) return l;
    const part = `${m[1]}${String.fromCharCode(96 + Number(m[2]))}`;
    return requestAsks(env, part) ? { ...l, questionNumber: part } : l;
  };
  const rowLabel = c.rowLabel.map(renumber);
  const header = c.header.map(renumber);
  return rowLabel.every((l, i) => l === c.rowLabel[i]) && header.every((l, i) => l === c.header[i])
    ? c
    : { ...c, rowLabel, header };
}

/** The last of `lines` (in row order) above row r, by binary search: a sheet may have thousands of each. */
function lastLineAbove<T extends { row: number }>(lines: readonly T[], r: number): T | undefined {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as T).row < r) lo = mid + 1;
    else hi = mid;
  }
  return lines[lo - 1];
}

/**
 * "In 2021 (1 January to 31 December 2021), 10 looked after children were
 * … 3 of these children went missing …": a paragraph of a letter that opens
 * with one of the request's periods, before its first comma, gives that
 * period to every figure in it, as a title line would to the figures below
 * it. Only a phrase that starts the paragraph ("In", "During", "Between",
 * "For", "From") and names exactly one requested period; a figure whose own
 * words name another period still shows it beside this one, so a mixed
 * paragraph is never keyed silently.
 */
function openingPeriodOf(grid: SheetGrid, r: number, env: LocateEnv): string | undefined {
  if (!isProse(grid, r)) return undefined;
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  if (cells.length !== 1) return undefined;
  const text = cells[0] ?? "";
  const periods = env.knowledge.request.periods;
  // "2021: fewer than 5, 2022: 7, 2023: 6": a list of the periods' figures is no paragraph about one of them
  // (its items are read by readPeriodList), so a year heading counts only where the paragraph names no other.
  // "In 2021 the council looked after … . We looked after 27 …": a paragraph opening on a year with no comma,
  // whose later sentences name no period, is that year's throughout where it names no other.
  const headed = OPENING_YEAR_HEADING.exec(text)?.[1] ?? OPENING_YEAR_PHRASE.exec(text)?.[1];
  const opening =
    OPENING_PERIOD.exec(text)?.[1] ??
    (headed !== undefined && periodsNamed(text, periods).length === 1 ? headed : undefined);
  if (!opening) return undefined;
  return periodsNamed(opening, env.knowledge.request.periods).length === 1 ? opening.trim() : undefined;
}

/**
 * "2021. In 2021 the council looked after three … (1a) … We looked after / 27 unaccompanied … (1c). Two of the
 * trafficked children went missing …": a paragraph that opens on one period (openingPeriodOf) and is wrapped
 * over several lines (a PDF's or a text letter's) gives that period to its later lines, each of which names
 * none. The carry stops at the paragraph's end (a blank or non-prose row; a line ending a sentence well short
 * of the letter's width; in a document whose rows are whole paragraphs, the row itself) and at any line that
 * names another period, never crossing it.
 */
function carriedOpenings(grid: SheetGrid, env: LocateEnv): Map<number, string> {
  const out = new Map<number, string>();
  const periods = env.knowledge.request.periods;
  const wholeParagraphs = WRITTEN_TABLES.has(grid.format);
  const textOf = (r: number) => {
    const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
    return cells.length === 1 && isProse(grid, r) ? (cells[0] ?? "").trim() : null;
  };
  let width = 0;
  for (let r = 1; r <= grid.sheet.rows.length; r++) width = Math.max(width, textOf(r)?.length ?? 0);
  let carry: { text: string; id: string } | undefined;
  for (let r = 1; r <= grid.sheet.rows.length; r++) {
    const text = textOf(r);
    if (text === null) {
      carry = undefined;
      continue;
    }
    const own = openingPeriodOf(grid, r, env);
    const named = periodsNamed(text, periods);
    if (own !== undefined) {
      const ids = periodsNamed(own, periods);
      carry = ids.length === 1 && ids[0] ? { text: own, id: ids[0].id } : undefined;
    } else if (carry !== undefined) {
      if (named.some((p) => p.id !== carry?.id)) carry = undefined;
      else out.set(r, carry.text);
    }
    const ends = wholeParagraphs || (/[.!?]["')\]]?$/u.test(text) && text.length < width * 0.85);
    if (ends) carry = undefined;
  }
  return out;
}

/** The phrase before a paragraph's first comma, when it starts as a period does ("In 2021 (…)", "Between 1 January and 30 April 2024"). */
const OPENING_PERIOD = /^\s*((?:in|during|between|for|from)\s+[^,.;]*?(?:\([^)]*\))?[^,.;(]*?),/iu;
/**
 * "2021 (January to December): 3 looked after children were …", "2024 (1 January to 30 April): 9 …": a
 * paragraph headed by a year, with its months in brackets, and a colon. Only a year that opens the paragraph;
 * the bracket must say the same span as the year the request asks about (checked by the caller, which names
 * the period from the whole heading: "2021 (January to June)" names none).
 */
// "2021. In 2021 the council …": a year and a full stop heading the paragraph, as a colon does.
const OPENING_YEAR_HEADING = /^\s*((?:19|20)\d{2}(?:\s?\([^()]{1,40}\))?)\s?(?::|\.(?=\s+\p{Lu}))\s/u;
/** "In 2021 the council looked after …": a paragraph opening on "In"/"During" and a year, with no comma after it. */
const OPENING_YEAR_PHRASE = /^\s*((?:in|during)\s+(?:19|20)\d{2}(?:[/-]\d{2}(?:\d{2})?)?)\s+(?=\p{L})/iu;

/** Formats whose tables the writer made as tables, so a document line's "table" kind is the writer's. */
const WRITTEN_TABLES: ReadonlySet<FileFormat> = new Set<FileFormat>(["docx", "odt", "doc", "rtf"]);

/**
 * Title lines (one text alone on its row), with their text when they state
 * a period or mark another one and "" when they do not. Several tables on a
 * sheet are often one per period, each under such a line; the match stage
 * uses it to tell this year's table from last year's.
 */
function periodLinesOf(
  grid: SheetGrid,
  env: LocateEnv,
  answerRows: ReadonlySet<number>,
): { row: number; text: string; tableEnded?: true }[] {
  const out: { row: number; text: string; tableEnded?: true }[] = [];
  // Whether any figure stands between the last title and this row: kept as
  // the rows go by, so a long letter is read in one pass.
  let figuresSince = true;
  // "2024" over a letter's table, then after the table a line of prose with a figure of its own ("Number of
  // UASC still missing: 1"): the title headed the table, and the line below the table is the letter's own
  // sentence, which may be about the whole span. The title ends at the table's end, so that figure names no
  // period (and is warned on) rather than being taken for the last table's. Only in a document whose lines
  // say which rows are a table's: "title", then "table" once the title's table has begun.
  // Only where the table is the writer's own (a Word or OpenDocument table): in a text letter or a PDF the
  // "table" is the reader's guess from aligned lines, and its last lines may be read as prose.
  let titleState: "none" | "title" | "table" = "none";
  const lines = WRITTEN_TABLES.has(grid.format) ? grid.sheet.lines : undefined;
  for (let r = 1; r <= grid.rows.length; r++) {
    const row = grid.rows[r - 1] ?? [];
    // "2a. 3" under a "2019" heading, read as the request's question 2a: an answer with its figure, so a line
    // of figures of its own, never a line alone that ends the heading above (after "Total (1a + 1b): 2" it
    // was, and the heading's later answers named no year).
    const answer = answerRows.has(r);
    const line = answer ? null : periodLineAt(grid, r, env, figuresSince);
    const kind = lines?.[r - 1]?.kind;
    const hasValue = answer || row.some((c) => c.kind === "value");
    if (line) {
      out.push(line);
      titleState = line.text && lines ? "title" : "none";
    } else if (titleState === "title" && kind === "table") titleState = "table";
    else if (titleState === "table" && kind === "prose" && hasValue) {
      // Half a row above it: the end stands between the table's last row and this line.
      out.push({ row: r - 0.5, text: "", tableEnded: true });
      titleState = "none";
    } else if (titleState === "title" && kind === "prose" && hasValue) titleState = "none";
    if (line?.text) figuresSince = false;
    if (hasValue) figuresSince = true;
  }
  return out;
}

/**
 * What periodLineAt strips from a title (a year, "Table 2", "Q3") less its
 * word boundaries: wherever that matches this does, so a line this misses
 * has nothing to strip. V8 runs the case-blind Unicode pattern with \b at
 * every character, far slower than this one, and most lines have neither.
 */
const MAY_NUMBER_TITLE = /(?:19|20)\d\d|(?:table|part|section|annex|appendix|sheet|question|q|foi)\s*[\d-]/iu;

/** Row r as a title line ({row, text}), an untitled line that ends the title above ({row, text: ""}), or neither (null). */
function periodLineAt(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
  figuresSince: boolean,
): { row: number; text: string } | null {
  const request = env.knowledge.request;
  const row = grid.rows[r - 1] ?? [];
  // A title stands alone on its row; a row of several texts is a header.
  // A letter's line "1 January 2021 to 31 December 2021" reads as figures
  // and words, so its text is taken whole from the sheet.
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const whole = isProse(grid, r) && cells.length === 1 ? (cells[0] ?? "") : null;
  if (whole === null && (row.length !== 1 || row[0]?.kind !== "text")) return null;
  const written = (whole ?? row[0]?.text ?? "").trim();
  // A bilingual title is read by the half that is its period: the other language's dates are no figures.
  const text = periodHalfOfBilingual(written) ?? written;
  // Every title ends the one before it: "This year" after a "Previous
  // year" table starts afresh, even though it states no period itself.
  const marks = periodMarksOf(env, text);
  // A line with a figure besides its dates is an answer ("Q6 – 11 (figure
  // for 2013/14)"), not a title over the lines below.
  const unperiod = marks.periods.reduce((t, p) => t.replace(p.raw, ""), text);
  const rest = !MAY_NUMBER_TITLE.test(unperiod)
    ? unperiod
    : unperiod.replace(
        /\b(?:19|20)\d\d(?:\/\d\d)?\b|\b(?:table|part|section|annex|appendix|sheet|question|q|foi)\s*[\d-]+[a-z]?\b/giu,
        "",
      );
  // "2021" over that year's table, where the round asks for years.
  const named = request.periods.length > 1 && periodsNamed(text, request.periods).length > 0;
  // "At 30 September 2023:" over the answers for that day, where the round counts on each period's last day:
  // its day is the period, not a figure beside it.
  const day = countsAtPeriodEnd(request) ? dayOnly(text.replace(/:\s*$/u, "")) : null;
  const endDay = day !== null && request.periods.some((p) => p.end === day);
  const titled =
    endDay ||
    ((marks.mark !== null || marks.periods.length > 0 || named) &&
      (!/\d/u.test(rest) || glossIsRequestedPeriod(text, request.periods)));
  // A line of a letter read whole is a title only when it is nothing but
  // a period ("1 January 2021 to 31 December 2021"); a sentence that
  // mentions the years asked about titles nothing.
  const lone = row.length === 1 && row[0]?.kind === "text";
  // In a letter, a short line ("Figures for 2021"), not a sentence. Its words are counted only for a line
  // that could be a title: most lines are not, so the split is spared for them.
  const shortLine = () => rest.split(/[^\p{L}]+/u).filter(Boolean).length <= 4;
  const title = titled && (isProse(grid, r) ? marks.mark !== null || shortLine() : lone);
  // A line that states no period ("Question | Number of children" typed
  // as one line) under a title that has headed no figures yet is the
  // table's header, not a new title.
  return title || (figuresSince && lone) ? { row: r, text: title ? text : "" } : null;
}

/** Titles such as "Children who went missing" name a metric too; a question asks ("?", "how many", "number of"). */
function looksLikeQuestion(label: LogicalCell[], env: LocateEnv): boolean {
  // "Notes: one row per child. Trafficking_Status: …" under a list explains
  // the figures; it asks nothing, whatever measures its words name.
  if (NOTE_OPENING.test(label[0]?.text ?? "")) return false;
  // "1a/1b. … so we can only give the combined figure above for 1a and 1b.":
  // the council says what it gives; taken as a question restated, it made the
  // reply's bare "2. 3" lines answers to questions it had not restated.
  return label.some(
    (c) => c.text.includes("?") || ((c.label?.countCue ?? false) && !env.compiled.replyVoice.test(c.text)),
  );
}

/**
 * A numbered line ("3. Individual incidents of going missing or absent:") whose next line is its first
 * lettered part ("a. Trafficked", "(a) UASC"): the heading of a question asked through its parts.
 */
function introducesParts(label: readonly LogicalCell[], below: readonly LogicalCell[] | undefined): boolean {
  const first = label[0]?.text ?? "";
  const next = below?.[0];
  return (
    NUMBERED_QUESTION.test(first) &&
    !NOTE_OPENING.test(first) &&
    next?.kind === "text" &&
    FIRST_LETTERED_PART.test(next.text)
  );
}

/** "a. Trafficked", "a) UASC", "(a) Identified …": the first lettered part of a question. */
const FIRST_LETTERED_PART = /^\s*(?:\(a\)|a[.)])\s+\p{L}/iu;

/** The opening of a note, key or source line: "Notes:", "NB.", "Key –", "Source:". */
const NOTE_OPENING = /^\s*(?:notes?|n\.?b\.?|key|source|definitions?|caveats?)\s*[:.–—-]/iu;

/**
 * "5. …", "Q5 …", "Question 5: …": a line that starts with a whole
 * question's number. A lettered part ("2b) Unaccompanied …") is not one:
 * replies interleave the groups part by part under one numbered question.
 */
const NUMBERED_QUESTION = /^\s*(?:q(?:uestion)?\.?\s*)?\d{1,2}\s*[.):–-]?\s+\p{L}/iu;

function groupOf(cells: LogicalCell[], env: LocateEnv): Group | null {
  for (const c of cells) {
    if (!c.label) continue;
    const g = groupOfLabel(c.label, env.knowledge.labels) ?? groupOfBareQuestion(c.label, env);
    if (g) return g;
  }
  return null;
}

/**
 * "Question 2:" with no words of its own names the group of the question
 * the request asked under that number, so a sentence after it that names
 * no group ("They were missing on 3 occasions") is read in that group.
 */
/**
 * The group the question on the lines right above row `r` names: up to four lines of words (no figure)
 * back to the answer before them, nearest first, as a letter wraps its question over several.
 */
function groupOfQuestionLinesAbove(grid: SheetGrid, r: number, env: LocateEnv): Group | null {
  const cells: LogicalCell[] = [];
  let lines = 0;
  // Empty rows are passed over: a wrapped question joined into its first line leaves its others empty.
  for (let above = r - 1; above >= 1 && lines < 4; above--) {
    const line = grid.rows[above - 1] ?? [];
    if (line.length === 0) continue;
    if (line.some((c) => c.kind === "value")) break;
    cells.push(...line);
    lines++;
  }
  return groupOf(cells, env);
}

function groupOfBareQuestion(label: LabelMatch, env: LocateEnv): Group | null {
  if (label.questionNumber === null || isMeaningful(label)) return null;
  const { request } = env.knowledge;
  const question = request.questions.find((q) => q.number === label.questionNumber);
  const groups = new Set(
    (question?.measures ?? []).map((id) => request.measures.find((m) => m.id === id)?.group ?? null),
  );
  const [only] = groups;
  return groups.size === 1 && only ? only : null;
}

function groupOfLabels(labels: LabelMatch[], env: LocateEnv): Group | null {
  for (const l of labels) {
    const g = groupOfLabel(l, env.knowledge.labels);
    if (g) return g;
  }
  return null;
}

/**
 * Letters often leave a blank line between a question and its "Response: …"
 * line. An answer standing alone on its line takes the question above it,
 * past up to two blank lines, when that line holds only a question.
 */
function questionAbove(grid: SheetGrid, r: number, col: number, opening = false): LabelMatch | null {
  const row = grid.rows[r - 1] ?? [];
  // A figure alone on its line answers the question above it; so does one
  // that opens its line before the sentences explaining it ("5. Our case
  // recording system does not distinguish …"), which are read on their own.
  // Only a bare figure opens a line so: a sentence that says the figure is
  // not held, beside others that refuse or count, is no one answer.
  const first = row[0];
  const bare =
    opening &&
    (first?.parsed?.status === "reported" || first?.parsed?.status === "suppressed") &&
    first.text.trim().split(/\s+/u).length <= 4;
  if ((row.length !== 1 && !bare) || first?.kind !== "value") return null;
  const status = first.parsed?.status;
  return (
    questionLineAbove(grid, r, col) ??
    (row.length === 1 && (status === "refused" || status === "not_held") ? questionOverReasons(grid, r, col) : null)
  );
}

/** Lines of reasons a refusal or a "not held" may follow under its question. */
const REASON_LINES = 2;
/** Words a line of reasons has at least: a sentence, not a heading or a label. */
const REASON_WORDS = 8;

/**
 * "3. The total number of individual incidents …" / "The council's report
 * does not identify trafficked or unaccompanied children. To answer
 * questions 3a and 3b we would need to read …" / "Compliance with this part
 * of the request would exceed the appropriate cost limit under Section 12
 * …": a refusal (or a statement that nothing is held) whose reasons come
 * first, in a paragraph of their own. The reasons give no figure and ask
 * nothing; the statement answers the numbered question above them. At most
 * two such lines, every cell of them words with no question number, and the
 * question must be restated with its number, so a statement far down a
 * letter is never put under a question it does not follow.
 */
function questionOverReasons(grid: SheetGrid, r: number, col: number): LabelMatch | null {
  const continued = grid.sheet.continuedRows ?? [];
  let reasons = 0;
  for (let i = r - 1, blanks = 0; i >= 1 && blanks <= 2; i--) {
    const above = grid.rows[i - 1] ?? [];
    if (above.length === 0) {
      if (!continued.includes(i)) blanks++;
      continue;
    }
    const only = above[0];
    const label = only?.kind === "text" && only.col === col ? only.label : null;
    if (reasons > 0 && above.length === 1 && label && label.questionNumber !== null) {
      return isMeaningful(label) ? label : null;
    }
    const text = above.map((c) => c.text).join(" ");
    const reason =
      above.every((c) => c.kind === "text" && c.col === col && c.label?.questionNumber == null) &&
      wordCount(text) >= REASON_WORDS &&
      /[.)]["”']?$/u.test(text.trim()) &&
      !RESTATES_QUESTION.test(text);
    if (!reason || ++reasons > REASON_LINES) return null;
    blanks = 0;
  }
  return null;
}

/** The question alone on a line right above row `r` (past two blank lines at most), or null. */
function questionLineAbove(grid: SheetGrid, r: number, col: number): LabelMatch | null {
  // A row left blank by joining a wrapped line onto the one above is no blank line of the letter.
  const continued = grid.sheet.continuedRows ?? [];
  let heading = false;
  for (let i = r - 1, blanks = 0; i >= 1 && blanks <= 2; i--) {
    const above = grid.rows[i - 1] ?? [];
    if (above.length === 0) {
      if (!continued.includes(i)) blanks++;
      continue;
    }
    // "Response" on its own line between the question and its figure, once.
    if (!heading && isAnswerHeading(grid, i)) {
      heading = true;
      continue;
    }
    const only = above[0];
    if (above.length === 1 && only?.kind === "text" && only.col === col && only.label && isMeaningful(only.label)) {
      return only.label;
    }
    return null;
  }
  return null;
}

function nextNonBlank(grid: SheetGrid, r: number, maxBlanks: number): LogicalCell[] | undefined {
  // A row left blank by joining a wrapped line onto the one above is no blank line of the letter.
  const continued = grid.sheet.continuedRows ?? [];
  for (let i = r, blanks = 0; i < grid.rows.length && blanks <= maxBlanks; i++) {
    const row = grid.rows[i] ?? [];
    if (row.length > 0) return row;
    if (!continued.includes(i + 1)) blanks++;
  }
  return undefined;
}

/** Labels merged down from above into empty cells left of `col` on row `r`. */
function mergedLabelsLeft(grid: SheetGrid, r: number, col: number, row: LogicalCell[]): LogicalCell[] {
  const out: LogicalCell[] = [];
  for (const m of grid.sheet.merges) {
    if (m.top >= r || m.bottom < r || m.left >= col || row.some((c) => c.col === m.left)) continue;
    const top = (grid.rows[m.top - 1] ?? []).find((c) => c.col === m.left && c.kind === "text");
    if (top) out.push(top);
  }
  return out.sort((a, b) => a.col - b.col);
}

/**
 * "1c UASC | Male | 31" over " | Female | 4": a row whose only label is a part of a partition (or the
 * "Total" closing such parts), in the same column as a partition part on the row above, under a blank where the row above has its
 * label, continues that row's question (a council writes the question once and its parts under it).
 * The label cells of the question's row are returned, to label this row too; none when the row
 * has a label of its own left of the part, or the rows above are no such parts.
 */
function labelAboveBreakdownRow(
  grid: SheetGrid,
  r: number,
  left: readonly LogicalCell[],
  env: LocateEnv,
): LogicalCell[] {
  const isPart = (c: LogicalCell | undefined) =>
    c !== undefined &&
    c.kind === "text" &&
    env.compiled.breakdowns.partition.some((re) => re.test(c.text.trim().toLowerCase().replace(/\s+/gu, " ")));
  // " | Total | 6" under the parts closes them: the question's own total, not both groups together.
  // It names no group or measure of its own ("Total", "All"); "Total trafficked" is a question of its own.
  const totalRow = tablePatterns(env.knowledge.labels).totalRow;
  const isTotal = (c: LogicalCell | undefined) =>
    c?.kind === "text" &&
    matchesAny(totalRow, c.text.trim().toLowerCase()) &&
    c.label !== null &&
    c.label.groups.length === 0 &&
    c.label.metrics.length === 0;
  const [part, ...more] = left;
  if (part === undefined || more.length > 0) return [];
  // " | 1 Jan 2022 – 31 Dec 2022 | 69" under "1c UASC | 1 Jan 2021 – 31 Dec 2021 | 44": a question given as
  // one row a period, its label written once, is continued the same way as one given as parts.
  const follows = isPart(part) || isTotal(part) ? isPart : isPeriodOnly(part) ? isPeriodOnly : null;
  if (follows === null) return [];
  for (let above = r - 1; above >= 1; above--) {
    const cells = grid.rows[above - 1] ?? [];
    const abovePart = cells.find((c) => c.col === part.col);
    if (!follows(abovePart)) return [];
    const labels = cells.filter((c) => c.col < part.col && c.kind === "text" && c.label);
    // A row above that is itself a part with no label: the question is further up.
    if (labels.length > 0) return labels;
  }
  return [];
}

/**
 * A cell that is one period and nothing else ("1 Jan 2022 – 31 Dec 2022", "2022/23"), naming no group or
 * measure: a row labelled by it alone says when, not what, so its question is the one written above it.
 */
function isPeriodOnly(c: LogicalCell | undefined): boolean {
  if (
    c === undefined ||
    c.kind !== "text" ||
    (c.label !== null && (c.label.groups.length > 0 || c.label.metrics.length > 0))
  )
    return false;
  const text = c.text.trim();
  const found = periodsIn(text);
  return found.length === 1 && (found[0]?.raw.trim().length ?? 0) >= text.replace(/[.:]$/u, "").length;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/u).length;
}

interface ColumnHeading {
  from: number;
  to: number;
  group: Group;
  /** Where the heading is, for the audit trail. */
  from_: string;
}

/**
 * A row of two or more group titles with no figures under them directly
 * (the tables' own labels or headers come next) heads tables side by side.
 * A grid's header row looks alike but has figures right under it.
 */
function columnHeadingsOf(grid: SheetGrid, r: number, env: LocateEnv): ColumnHeading[] | null {
  const row = grid.rows[r - 1] ?? [];
  if (row.length < 2 || row.some((c) => c.kind !== "text" || !c.label)) return null;
  const next = grid.rows[r] ?? [];
  const titled = titledHeadersSideBySide(row, (c) => titleGroupOf(c, env));
  const out: ColumnHeading[] = [];
  for (const c of titled ?? row) {
    const group = titleGroupOf(c, env);
    if (!group) return null;
    if (next.some((n) => n.col === c.col && n.kind === "value")) return null;
    out.push({
      from: c.col,
      to: Number.MAX_SAFE_INTEGER,
      group,
      from_: `heading "${c.text.trim()}" at ${locationOf(grid, { row: r, col: c.col }).cell}`,
    });
  }
  for (let i = 0; i < out.length - 1; i++) (out[i] as ColumnHeading).to = (out[i + 1] as ColumnHeading).from - 1;
  return out;
}

/** The group a cell titles a table with: a group named, and no metric, count or question. */
function titleGroupOf(c: LogicalCell, env: LocateEnv): Group | null {
  const label = c.label;
  if (!label || label.metrics.length > 0 || label.countCue || c.text.includes("?")) return null;
  return groupOfLabel(label, env.knowledge.labels);
}

/**
 * "1. How many young carers …?" / "Cumberland Council came into being on 1
 * April 2023. Information for 2022/23 … is not held …" / "2023/24 - 318":
 * a list of one figure per period under a paragraph that explains (or says
 * part is not held) answers the question above that paragraph. Up to six
 * lines up, past lines with no figure of their own, the nearest line that is
 * a question naming what is asked; a line with a figure stops the search,
 * since figures above answer another question.
 */
function questionAboveNote(grid: SheetGrid, r: number): LabelMatch[] {
  for (let a = r - 1; a >= 1 && a >= r - 6; a--) {
    const row = grid.rows[a - 1] ?? [];
    if (row.some((c) => c.kind === "value" && (c.parsed?.status === "reported" || c.parsed?.status === "suppressed")))
      return [];
    const first = row[0];
    if (first?.kind === "text" && first.label && first.label.questionNumber !== null && isMeaningful(first.label))
      return [first.label];
  }
  return [];
}

/** A question restated at the start of a line ("10. How many …", "Q6 …"): the line asks, it does not answer. */
const RESTATES_QUESTION = /^\s{0,8}(?:q(?:uestion)?\.?\s{0,3})?\d{1,2}[a-z]?\s{0,3}[.):]\s/iu;

/**
 * The issue for a paragraph, right under a question about nationality (or,
 * `inline`, naming nationality itself), that refuses the nationalities or
 * says they are not held, and lists none; null for any other line.
 */
function declinedNationalities(
  grid: SheetGrid,
  r: number,
  list: TableResult | null,
  env: LocateEnv,
  inline = false,
): Issue | null {
  if (list && (list.nationalities.length > 0 || (list.ungrouped?.length ?? 0) > 0)) return null;
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const paragraph = cells.join(" ");
  // A paragraph that names nationality itself may open with the question's number ("Question 5: …").
  if (paragraph === "" || (!inline && RESTATES_QUESTION.test(paragraph))) return null;
  const declined = classifyDocumentText(paragraph, env.knowledge.values);
  if (!declined) return null;
  const at = sourceOf(grid, {
    row: r,
    col: Math.max(1, (grid.sheet.rows[r - 1] ?? []).findIndex((t) => t.trim() !== "") + 1),
  });
  const said = declined.status === "refused" ? "refuses to give" : "says the council does not hold";
  const phrase = declined.phrase.length > 200 ? `${declined.phrase.slice(0, 200)}…` : declined.phrase;
  return makeIssue(declined.status === "refused" ? "value_refused" : "value_not_held", {
    message: `${describeSource(at)} answers the question about nationality ${inline ? "in a paragraph of its own" : "above it"} ("${phrase}"): the reply ${said} the nationalities, and no nationality figure is read from it.`,
    ...issueLocation(at),
    raw: paragraph.slice(0, 200),
  });
}

/** Whole-cell forms of the knowledge's metadata keys, built once per list (compilePatterns caches by the list). */
/** labels.json's sheetNoteQualified: words leaving a group out ("Non-UASC: in 2021, …"). */
/** The bound or approximate words ending a text, as values.json and the sheet reader know them. */
function boundBeforeOf(env: LocateEnv): (text: string) => string {
  return (text) => boundWordsBefore(text, env.compiled.approximateBefore);
}

function leadQualifiedOf(env: LocateEnv): readonly RegExp[] {
  return compilePatterns(env.knowledge.labels.episodes.sheetNoteQualified, "iu");
}

const anchoredLists = new WeakMap<readonly string[], readonly string[]>();
function anchoredKeys(keys: readonly string[]): readonly string[] {
  let out = anchoredLists.get(keys);
  if (out === undefined) {
    out = keys.map((k) => `^(?:${k})$`);
    anchoredLists.set(keys, out);
  }
  return out;
}

/**
 * "1. 3" / "2. 2" / "Question 5 - 11": answers that restate no question and
 * name nothing, read only by the request's own numbering. Right when the
 * council numbered its answers as the request did; a council that numbered
 * its own way (or skipped a question) would shift every figure after the gap
 * with nothing in the words to show it, so the researcher is told which
 * answers were read so (info: the numbers ran as the request's do).
 */
function byQuestionNumberOnly(
  grid: SheetGrid,
  read: readonly { number: string; row: number; col: number }[],
): Issue | null {
  const first = read[0];
  if (!first) return null;
  const at = sourceOf(grid, { row: first.row, col: first.col });
  const numbers = [...new Set(read.map((b) => b.number))];
  return makeIssue("label_from_question_number", {
    message: `${describeSource(at)}: ${numbers.length} answer${numbers.length === 1 ? "" : "s"} (question${numbers.length === 1 ? "" : "s"} ${numbers.join(", ")}) restate no question and name nothing; each was read as the request's question of its number, so a council that numbered its answers its own way would have every figure after the difference under the wrong question.`,
    ...issueLocation(at),
    raw: numbers.join(", "),
  });
}

/**
 * "The answer to questions 1, 2, 3, 5 and 6 is therefore nil for each
 * year": a nil said of questions by their numbers alone puts a 0 under each
 * of the request's questions of those numbers. Right when the council kept
 * the request's numbering; one that renumbered would have its zeros under
 * the wrong questions, with nothing in the words to show it, so the
 * researcher is told which were read so (info).
 */
/**
 * "Question 2 is refused under section 12." where the request asks question 2
 * only in parts (2a, 2b): not read as their answer (readStemStatement says
 * why), but any figure the reply gives those parts is now in doubt, so each
 * part's measure is warned on, quoting the sentence.
 */
function stemRefusalNotes(grid: SheetGrid, r: number, env: LocateEnv): Issue[] {
  const cells = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "");
  const text = cells[0];
  if (cells.length !== 1 || text === undefined) return [];
  const { questions } = env.knowledge.request;
  const found = readStemStatement(text, questions, (t) => parseCached(env, t));
  if (!found) return [];
  const col = (grid.sheet.rows[r - 1] ?? []).findIndex((t) => t.trim() !== "") + 1;
  const at = sourceOf(grid, valueCell(r, col, 0, text, found.parsed));
  const measures = questions.filter((q) => found.numbers.includes(q.number)).flatMap((q) => q.measures);
  return measures.map((measure) =>
    makeIssue("note_not_understood", {
      message: `${describeSource(at)} says "${text.trim()}" (${found.parsed.status.replace("_", " ")}), naming "${found.scope}", which the request asks only in parts (${found.numbers.join(", ")}): it is not read as their answer, since the council may number its questions its own way; any figure given for ${measure} is kept as read, but one of the two is wrong.`,
      ...issueLocation(at),
      measure,
      raw: text,
    }),
  );
}

function nilByQuestionNumber(
  grid: SheetGrid,
  statement: { numbers: string[]; scope: string; cell: LogicalCell },
): Issue {
  const at = sourceOf(grid, statement.cell);
  return makeIssue("label_from_question_number", {
    message: `${describeSource(at)}: "${statement.scope}" said to be nil by number alone; each of the request's questions ${statement.numbers.join(", ")} was read as 0, so a council that numbered the questions its own way would have these zeros under the wrong questions.`,
    ...issueLocation(at),
    raw: statement.cell.text,
  });
}

/**
 * "Children identified or suspected as trafficked" over "Looked after in the
 * period | 3", "Went missing at least once | <5", then "Unaccompanied asylum
 * seeking children" over the same row labels again: the labels name no
 * group, so each figure's group is only its section heading's. Read right
 * when the headings are where they seem; a heading lost in a copy or a
 * merged cell would give one group's figures to the other with nothing in
 * the labels to show it, so the researcher is told (info) which headings
 * gave which group. Only when the same labels repeat under headings of two
 * or more groups. Pure.
 */
function labelsRepeatedUnderHeadings(grid: SheetGrid, candidates: readonly FigureCandidate[]): Issue | null {
  const sections = new Map<string, { group: Group; labels: Set<string>; row: number }>();
  for (const c of candidates) {
    if (c.unanswered || c.context.group === null || !c.context.groupFrom.startsWith("heading ")) continue;
    const labels = [...c.rowLabel, ...c.header];
    if (labels.length === 0 || labels.some((l) => l.groups.length > 0)) continue;
    const key = c.rowLabel.map((l) => l.normalised).join(" / ");
    if (key === "") continue;
    const s = sections.get(c.context.groupFrom) ?? {
      group: c.context.group,
      labels: new Set<string>(),
      row: c.cell.row,
    };
    s.labels.add(key);
    sections.set(c.context.groupFrom, s);
  }
  const all = [...sections.entries()];
  if (new Set(all.map(([, s]) => s.group)).size < 2) return null;
  const repeated = all.some(([, sa], i) =>
    all.slice(i + 1).some(([, sb]) => sb.group !== sa.group && [...sa.labels].some((l) => sb.labels.has(l))),
  );
  if (!repeated) return null;
  const first = Math.min(...all.map(([, s]) => s.row));
  const at = sourceOf(grid, { row: first, col: 1 });
  return makeIssue("label_group_from_heading", {
    message: `${describeSource(at)}: the same row labels repeat under section headings of different groups and name no group themselves, so each figure's group was read from the heading above it (${all.map(([from, s]) => `${from} → ${s.group}`).join("; ")}).`,
    ...issueLocation(at),
    raw: all
      .map(([from]) => from)
      .join(" | ")
      .slice(0, 200),
  });
}

/** "section 38(1)(b)", "s.40(2)", "2002": the numbers of a refusal that are no figure. */
const STATUTE_OR_YEAR = /\b(?:section|sections|s\.|s)\s?\d{1,3}[a-z]?(?:\(\w{1,4}\)){0,3}|\b(?:19|20)\d{2}\b/giu;

/** "Question 4 –", "Q4.", "9)": a question's number opening a paragraph. */
const LEADING_QUESTION_NUMBER = /^\s*(?:(?:question|q)\.?\s*)?\d{1,2}[a-z]?\s*[.):\-–—]*\s*/iu;
/** Where a sentence ends: a stop, then a space and a capital. */
const FIRST_SENTENCE_END = /[.!?](?=\s+\p{Lu})/u;

/**
 * "Question 4 – The number of children still missing is fewer than 5 in each
 * of the periods. We have not provided the exact figure as …, combined with
 * the nationality information requested, individuals could be identified":
 * a paragraph that opens with a count's answer and names nationality only in
 * a later sentence (its reasons) lists no nationality. It is the count's
 * answer, left to the readers of counts; read as a nationality paragraph, its
 * figure was lost and the paragraph said to list nationalities it does not.
 */
function answersCountFirst(grid: SheetGrid, r: number, list: TableResult): boolean {
  if (list.nationalities.length > 0 || (list.ungrouped?.length ?? 0) > 0) return false;
  if (!isProse(grid, r) || !(grid.rows[r - 1] ?? []).some((c) => c.kind === "value")) return false;
  const paragraph = (grid.sheet.rows[r - 1] ?? []).find((t) => t.trim() !== "") ?? "";
  const end = FIRST_SENTENCE_END.exec(paragraph);
  if (!end) return false;
  // The question's own number ("Question 4 –", "9.") is no figure of the answer.
  const first = paragraph
    .slice(0, end.index + 1)
    .replace(LEADING_QUESTION_NUMBER, "")
    .replace(STATUTE_OR_YEAR, " ")
    .replace(MONEY_OR_HOURS, " ");
  return !SPEAKS_OF_NATIONALITY.test(first) && /\d|\b(?:nil|none|fewer|less)\b/iu.test(first);
}

/**
 * "… the cost of complying with it would be more than £600", "18 hours": a
 * cost refusal's sums, no count of children, so its opening answers nothing.
 */
const MONEY_OR_HOURS = /[£$€]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*\s*(?:hours?|pounds?)\b/giu;
