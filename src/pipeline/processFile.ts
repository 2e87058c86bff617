import { createHash } from "node:crypto";
import { countAllOfGroup, inferListGroup, releaseContextLists } from "../assemble/inferListGroup.js";
import type { ContainerContext, CoveringLetter } from "../domain/container.js";
import type {
  CorrectionNote,
  Decision,
  DefinedHeading,
  DocumentStatus,
  Fact,
  FileResult,
  NationalityCorrection,
  NationalityFact,
  PeriodFact,
  SharedAnswer,
  UngroupedList,
} from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { PeriodDef } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import { cellAddress, NAMED_SHEETS, type Sheet, type Workbook } from "../domain/workbook.js";
import { bareAuthorityName } from "../identify/bareAuthorityName.js";
import { type AuthorityIndex, buildAuthorityIndex } from "../identify/buildAuthorityIndex.js";
import { definedAbbreviations, isShortForm } from "../identify/definedAbbreviations.js";
import { findAuthorities } from "../identify/findAuthorities.js";
import { type IdentifyResult, identifyAuthority } from "../identify/identifyAuthority.js";
import { identifySender } from "../identify/identifySender.js";
import { readReplyDetails } from "../identify/readReplyDetails.js";
import { splitAuthorityRows } from "../identify/splitAuthorityRows.js";
import { type SharedLetter, splitSharedLetter } from "../identify/splitSharedLetter.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { type Knowledge, knowledgeForSender } from "../knowledge/index.js";
import { decodeColumnCodes } from "../locate/decodeColumnCodes.js";
import { decodeListCodes, findCodeLegend } from "../locate/decodeListCodes.js";
import { decodeRowCodes } from "../locate/decodeRowCodes.js";
import { flagPeopleNationalities } from "../locate/flagPeopleNationalities.js";
import { flagUnnamedNationalities } from "../locate/flagUnnamedNationalities.js";
import { joinCohortEpisodes } from "../locate/joinCohortEpisodes.js";
import { joinWrappedLines } from "../locate/joinWrappedLines.js";
import { locateFigures, type SheetLayout } from "../locate/locateFigures.js";
import { headingDefinitionsOf, readNoteReferences } from "../locate/noteReferences.js";
import {
  buildGrid,
  type CountList,
  createLocateEnv,
  type LocateEnv,
  locationOf,
  parseCached,
  type SheetGrid,
  sourceOf,
} from "../locate/sheetGrid.js";
import {
  isSuppressionInWords,
  splitHeaderLines,
  splitMetricHeaderLines,
  splitYearTableLines,
} from "../locate/splitHeaderLines.js";
import { spreadWorkbookCells } from "../locate/spreadPeriodLineCells.js";
import { setAsideAddedCounts } from "../match/addedCounts.js";
import { annotateStandingNotes } from "../match/annotateStandingNotes.js";
import { applyFileNotes, findFileNotes, type NoteLine, questionsNamed } from "../match/applyFileNotes.js";
import { applyMoneyRounding, findMoneyRoundingNotes } from "../match/applyMoneyRounding.js";
import { applyPeriodStatements, findPeriodStatements } from "../match/applyPeriodStatements.js";
import { applyRoundingNotes, findRoundingNote, roundNationalities } from "../match/applyRoundingNote.js";
import { readBothGroupsRemarks } from "../match/bothGroupsRemark.js";
import { buildOwnPlacePattern } from "../match/buildOwnPlacePattern.js";
import { carryCaveatToCohort } from "../match/caveatOfCohort.js";
import { noteDashesAsNil } from "../match/dashNote.js";
import { foldIncludedPart } from "../match/foldIncludedPart.js";
import { datePeriodHeadings } from "../match/footnotedPeriodHeading.js";
import { warnOverlappingGroups } from "../match/groupsOverlap.js";
import { markFiguresOverPeriods } from "../match/markFiguresOverPeriods.js";
import { markOtherAreaHeadings } from "../match/markOtherAreaHeadings.js";
import { matchFigures } from "../match/matchFigures.js";
import { isMeaningful, matchLabel } from "../match/matchLabel.js";
import { warnNotedPeriods } from "../match/notedPeriods.js";
import { readPartIncludesPart } from "../match/partIncludesPart.js";
import {
  correctionReplaces,
  findCorrectionNote,
  findRevisedName,
  mayStateCorrection,
  readCorrectedFigures,
  readCorrectedNationalities,
  splitByContext,
} from "../match/readCorrection.js";
import { readFloorNotes } from "../match/readFloorNote.js";
import { readLabelledParts } from "../match/readLabelledParts.js";
import { readNationalityRefusal } from "../match/readNationalityRefusal.js";
import { readPartsNotSeparated } from "../match/readPartsNotSeparated.js";
import { readRemarkParts } from "../match/readRemarkParts.js";
import { readSameAnswerAs } from "../match/readSameAnswerAs.js";
import { readZeroKey } from "../match/readZeroKey.js";
import {
  footnoteDefinitionsOf,
  footnotesOf,
  setAsideOtherCounts,
  wrappedFootnotesOf,
} from "../match/remarkCountsOther.js";
import { readPointingRemarks } from "../match/sameNoteAs.js";
import { readSeeOtherGroupCells } from "../match/seeOtherGroupColumn.js";
import { setAsideOtherPeriods } from "../match/setAsideOtherPeriods.js";
import { flagSubstituteFigures } from "../match/substituteFigures.js";
import { readTotalBesideParts } from "../match/totalBesideParts.js";
import { warnDefinedHeadings } from "../match/warnDefinedHeadings.js";
import { warnFootnotedFigures } from "../match/warnFootnotedFigures.js";
import { warnUnreadNotes } from "../match/warnUnreadNotes.js";
import { setAsideWidenedLists } from "../match/widenedLists.js";
import { definedPeriodHeadings } from "../parse/definedPeriodHeadings.js";
import { describeNearSpellings } from "../parse/parseNationality.js";
import { comparePeriodToAny, type FoundPeriod, periodsIn } from "../parse/parsePeriod.js";
import { answersInAttachment, classifyDocumentText } from "../parse/parseValue.js";
import { periodsAcrossLines } from "../parse/periodsAcrossLines.js";
import { fileYearKind, kindOfRange, statedYearKinds, yearPairsAs } from "../parse/yearKind.js";
import { currentPartYear, toDateDaysIn } from "../parse/yearToDate.js";
import type { Conversion } from "../read/convertLegacy.js";
import type { ReadLimits } from "../read/readLimits.js";
import { type ReadResult, readWorkbook } from "../read/readWorkbook.js";
import { processStreamedList } from "./streamList.js";

export interface FileInput {
  file: string;
  bytes: Uint8Array;
  /** Authority code from a manifest, when one names this file. */
  manifestCode: string | null;
  /** Set for a file taken out of a zip or an e-mail (src/discover/expandContainers.ts), and for an e-mail itself. */
  container?: ContainerContext;
  /** LibreOffice's conversion of a legacy .xls/.doc, made before the run's files are processed. */
  conversion?: Conversion;
  /** What the file may make foi-agg read (default: DEFAULT_READ_LIMITS); travels with the file to a worker. */
  limits?: ReadLimits;
  /**
   * A csv or single-sheet xlsx with more rows than this is tried as a list
   * counted as it streams (default STREAM_FROM_ROWS; tests lower or raise it).
   */
  streamFromRows?: number;
}

const indexCache = new WeakMap<Knowledge, AuthorityIndex>();

function authorityIndex(knowledge: Knowledge): AuthorityIndex {
  let index = indexCache.get(knowledge);
  if (!index) {
    index = buildAuthorityIndex(knowledge.authorities, knowledge.aliases, knowledge.outside);
    indexCache.set(knowledge, index);
  }
  return index;
}

/**
 * Each sender's knowledge, per round knowledge, kept for the run: a council's
 * files do not always come together (its e-mail and its attachment sort
 * apart, a run holds several rounds' replies), and every table compiled or
 * answer kept for a sender's labels (groupOfLabel's, the percentage cues,
 * the remark patterns) is keyed on that knowledge's own labels object, so a
 * sender read again with a new one worked them all out again. Bounded well
 * above the number of councils; the knowledge is the same whichever object
 * holds it (knowledgeForSender depends only on the round and the sender).
 */
const senderCache = new WeakMap<Knowledge, Map<string, Knowledge>>();
const SENDER_CACHE_LIMIT = 1_000;

/**
 * The knowledge a file's figures are located and matched with: once the
 * sender is known, its labels also read the council's own name as "the
 * local authority" (see LabelVocabulary.ownPlace). A file whose sender is
 * not known is read with the round's knowledge as it is.
 */
export function knowledgeOfSender(knowledge: Knowledge, code: string | null): Knowledge {
  if (code === null) return knowledge;
  let senders = senderCache.get(knowledge);
  if (senders === undefined) {
    senders = new Map();
    senderCache.set(knowledge, senders);
  }
  const cached = senders.get(code);
  if (cached !== undefined) return cached;
  const authority = knowledge.authorities.find((a) => a.gss_code === code);
  const ownPlace = authority ? buildOwnPlacePattern([authority.name, ...authority.alt_names]) : null;
  const own = ownPlace === null ? knowledge : knowledgeForSender(knowledge, ownPlace);
  if (senders.size >= SENDER_CACHE_LIMIT) senders.clear();
  senders.set(code, own);
  return own;
}

/** How many text cells from the top (and bottom, for letters' signatures) are searched for the authority's name. */
const IDENTITY_HEAD = 40;
const IDENTITY_TAIL = 15;

/**
 * Everything foi-agg learns from one file: read → locate → match → parse,
 * then who sent it. Pure apart from being async (exceljs loads asynchronously);
 * the result can cross a worker-thread boundary.
 */
export async function processFile(input: FileInput, knowledge: Knowledge): Promise<FileResult> {
  // A long episode list or extract is counted as it is read, never held whole.
  const streamed = await processStreamedList(input, knowledge, processRead);
  if (streamed) return streamed;
  const read = await readWorkbook(input.file, input.bytes, input.conversion, input.limits);
  return processRead(input, read, knowledge);
}

/**
 * The stages after read, on a workbook already read. `countList` stands in
 * for readEpisodes on a list whose rows were streamed past the workbook.
 */
export function processRead(
  input: FileInput,
  read: ReadResult,
  knowledge: Knowledge,
  countList?: CountList,
): FileResult {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const issues: Issue[] = [...read.issues];
  const decisions: Decision[] = [];
  const facts: Fact[] = [];
  const nationalities: NationalityFact[] = [];
  const ungrouped: UngroupedList[] = [];
  const periods: PeriodFact[] = [];
  const sheetsUsed: string[] = [];
  // Every stage below reads the same rows (notes and footnotes find figures by row), so a
  // question-and-answer table's period lines are laid out as a letter's once, here.
  const spreadRows = read.workbook ? spreadWorkbookCells(read.workbook) : null;
  // "Question | Answer | Note" with "1" pointing to a numbered note below the table: a pointer, not a figure.
  const referenced = spreadRows?.workbook ? readNoteReferences(spreadRows.workbook) : null;
  const workbook = referenced?.workbook ?? spreadRows?.workbook ?? read.workbook;
  decisions.push(...(referenced?.decisions ?? []));
  let document: DocumentStatus | null = null;
  let correction: CorrectionNote | null = null;
  const nationalityCorrections: NationalityCorrection[] = [];
  let letterLines: NoteLine[] | undefined;
  let toDateDays: string[] | undefined;
  let definedHeadings: DefinedHeading[] = [];
  let defersToAttachment: string | undefined;

  // An e-mail's attachments (and its own body) are from whoever sent the e-mail, unless their words say otherwise.
  const sender = input.container?.sender
    ? identifySender(input.container.sender, authorityIndex(knowledge), knowledge.domains)
    : null;
  const identity = identifyAuthority({
    file: input.file,
    manifestCode: input.manifestCode,
    contentTexts: workbook ? identityTexts(workbook) : [],
    index: authorityIndex(knowledge),
    sender: sender?.match ?? null,
  });
  for (const message of sender?.decisions ?? []) decisions.push({ file: input.file, message });
  for (const message of spreadRows?.decisions ?? []) decisions.push({ file: input.file, message });
  if (input.container?.parent !== undefined) {
    decisions.push({ file: input.file, message: `${input.file} was read from inside ${input.container.parent}.` });
  }
  // A shared service's letter answering for each of its councils line by line is read once per council.
  // Its file name may have given it to one of them ("Kingston FOI 0388.eml"); its lines give each its own.
  const split =
    workbook && !input.manifestCode
      ? (splitSharedLetter(
          workbook,
          authorityIndex(knowledge),
          knowledge.authorities,
          knowledge.aliases.ambiguous.map((a) => a.name),
        ) ?? splitAuthorityRows(workbook, authorityIndex(knowledge)))
      : null;
  if (split && (identity.match === null || split.parts.some((p) => p.code === identity.match?.code))) {
    return readSharedLetter(input, read, split, sha256, knowledge);
  }
  const shares = new Map<string, SharedAnswer>();
  const questionNumbers = new Set(knowledge.request.questions.map((q) => q.number));
  const fileKnowledge = knowledgeOfSender(knowledge, identity.match?.code ?? null);
  if (workbook) {
    // An extract's codes may be explained on another sheet ("Legend"), so the legend is the file's.
    const legend = findCodeLegend(workbook);
    // A cohort of children on one sheet and their episodes on another are counted as one list.
    const joined = joinCohortEpisodes(workbook.sheets, createLocateEnv(input.file, workbook.format, fileKnowledge));
    // "Westminster City Council (WCC)" in the letter: a table's column "WCC" is that council's.
    let definedOnce: ReadonlyMap<string, string> | undefined;
    const defined = () => {
      definedOnce ??= definedAbbreviations(cellTexts(workbook), authorityIndex(knowledge));
      return definedOnce;
    };
    issues.push(...joined.issues);
    decisions.push(...joined.decisions);
    for (const sheet of joined.sheets) {
      const env: LocateEnv = {
        ...createLocateEnv(input.file, workbook.format, fileKnowledge),
        countList,
        otherSheetLines: oneCellLines(joined.sheets.filter((other) => other !== sheet)),
      };
      const wrapped = joinWrappedLines(sheet, workbook.format, questionNumbers);
      if (wrapped.joined > 0) {
        decisions.push({
          file: input.file,
          ...(NAMED_SHEETS.has(workbook.format) ? { sheet: sheet.name } : {}),
          cell: "",
          message: `${wrapped.joined} line${wrapped.joined === 1 ? " was" : "s were"} read as the continuation of a sentence wrapped from the line above.`,
        });
      }
      if (wrapped.periodLetters > 0) {
        decisions.push({
          file: input.file,
          ...(NAMED_SHEETS.has(workbook.format) ? { sheet: sheet.name } : {}),
          cell: "",
          message: `${wrapped.periodLetters} lines lettered as parts ("1a)", "1b)") each gave one period and its figure, and the request asks no lettered question there, so the letters were read as numbering the periods of one answer.`,
        });
      }
      const decoded = decodeListCodes(wrapped.sheet, legend, env);
      decisions.push(...decoded.decisions);
      const keyed = decodeRowCodes(decoded.sheet, legend, env);
      decisions.push(...keyed.decisions);
      const columnKeyed = decodeColumnCodes(keyed.sheet, env);
      decisions.push(...columnKeyed.decisions);
      // A suppression in words ("fewer than five") is a figure's cell when the values knowledge reads it as one.
      // A bound above the request's threshold ("aged under 16") is a label's age, never a suppression.
      const boundInWords = (text: string) => parseCached(env, text).status === "suppressed";
      const suppressedInWords = (text: string) =>
        isSuppressionInWords(parseCached(env, text), env.knowledge.request.suppressionThreshold);
      const headed = splitHeaderLines(
        splitYearTableLines(columnKeyed.sheet, workbook.format, suppressedInWords, boundInWords),
        workbook.format,
      );
      const grid = buildGrid(splitMetricHeaderLines(headed, workbook.format, knowledge.labels, knowledge.request), env);
      const layout = locateFigures(grid, env);
      // Only a file that no single authority sent can answer for several:
      // a return that names its neighbours in a comparison table is still its own.
      // A shared service's reply given to one of its councils (by its file name)
      // is still read per column when a line above the columns names them all.
      const columns = sharedColumns(grid, identity, knowledge, defined);
      if (columns) {
        // One column per authority: each column is matched on its own, so
        // totals and conflicts are settled within an authority, never across.
        shareByColumn(layout, columns, env, shares, decisions);
        issues.push(...layout.issues, ...layout.tables.flatMap((t) => t.issues));
        // Kept aside to be counted as unattributed below, never given to an authority.
        facts.push(...layout.tables.flatMap((t) => t.facts).filter((f) => !columns.has(f.sources[0]?.col ?? 0)));
        nationalities.push(...layout.tables.flatMap((t) => t.nationalities));
        // Whose a list is cannot be told from one authority's figures in a file that answers for several.
        issues.push(...layout.tables.flatMap((t) => (t.ungrouped ?? []).map((u) => u.issue)));
        decisions.push(...layout.decisions);
        if (shares.size > 0) sheetsUsed.push(sheet.name);
        continue;
      }
      const matched = matchFigures(layout.candidates, env);
      // "Identified | Suspected | Total": the bare "Total" beside the parts is their whole.
      const total = readTotalBesideParts(
        layout.candidates,
        matched.facts,
        matched.issues,
        knowledge.request,
        knowledge.values,
        knowledge.labels.totalBesideParts,
      );
      matched.facts.push(...total.facts);
      matched.issues.splice(0, matched.issues.length, ...total.issues);
      matched.decisions.push(...total.decisions);
      const sheetFacts = [...matched.facts, ...layout.tables.flatMap((t) => t.facts)];
      const sheetNats = layout.tables.flatMap((t) => t.nationalities);
      if (sheetFacts.length > 0 || sheetNats.length > 0) sheetsUsed.push(sheet.name);
      facts.push(...sheetFacts);
      nationalities.push(...sheetNats);
      ungrouped.push(...layout.tables.flatMap((t) => t.ungrouped ?? []));
      issues.push(...layout.issues, ...matched.issues, ...layout.tables.flatMap((t) => t.issues));
      decisions.push(...layout.decisions, ...layout.tables.flatMap((t) => t.decisions), ...matched.decisions);
    }
    // "identified: 7; suspected: 6; total 13": each part named with its count, then the whole.
    const labelled = readLabelledParts(facts, knowledge.request, knowledge.labels);
    facts.splice(0, facts.length, ...labelled.facts);
    decisions.push(...labelled.decisions);
    // Its cell was "not understood" as one figure; read a line at a time, it was.
    const understood = (i: Issue) =>
      i.code === "value_unparsed" &&
      labelled.read.some(
        (r) => r.file === i.file && r.sheet === i.sheet && r.cell === i.cell && r.measure === i.measure,
      );
    issues.splice(0, issues.length, ...issues.filter((i) => !understood(i)), ...labelled.issues);
    // "8 (4 identified, 4 suspected)": the whole, with its parts in brackets.
    const withParts = readRemarkParts(facts, knowledge.request, knowledge.labels, knowledge.values.zeroWords);
    facts.splice(0, facts.length, ...withParts.facts);
    decisions.push(...withParts.decisions);
    issues.push(...withParts.issues);
    // "As Q2" in question 3's cells: question 2's figure in the same column.
    const pointed = readSameAnswerAs(facts, knowledge.request, knowledge.labels.sameAnswerAs, issues);
    facts.splice(0, facts.length, ...pointed.facts);
    decisions.push(...pointed.decisions);
    issues.splice(0, issues.length, ...pointed.issues);
    // "Suspected | Included in above": the figure above counts both parts.
    const folded = foldIncludedPart(facts, knowledge.request, knowledge.values);
    facts.splice(0, facts.length, ...folded.facts);
    decisions.push(...folded.decisions);
    issues.push(...folded.issues);
    // "14 - … the number of missing episodes rather than the number of individual children": not the count asked.
    const footnotes = footnotesOf(workbook);
    // "2024¹" with the footnote "¹ 1 January to 30 April 2024 …": the note dates the column.
    const dated = datePeriodHeadings(facts, footnotes, knowledge.request.periods);
    facts.splice(0, facts.length, ...dated.facts);
    decisions.push(...dated.decisions);
    const otherCounts = setAsideOtherCounts(
      facts,
      knowledge.request,
      knowledge.labels,
      footnotes,
      footnoteDefinitionsOf(workbook),
    );
    facts.splice(0, facts.length, ...otherCounts.facts);
    issues.push(...otherCounts.issues);
    // "A further two children in 2021, … were referred to the NRM": an increment, never a whole.
    const added = setAsideAddedCounts(facts, knowledge.labels);
    facts.splice(0, facts.length, ...added.facts);
    issues.push(...added.issues);
    // "We do not record trafficking …; the figures below are children referred to the NRM": stand-ins.
    issues.push(...flagSubstituteFigures(facts, workbook, knowledge.request, knowledge.labels));
    // "7. This is the number of trafficked and unaccompanied children … (both groups)": not one group's figure.
    const bothGroups = readBothGroupsRemarks(facts, workbook, knowledge.request, knowledge.labels);
    facts.splice(0, facts.length, ...bothGroups.facts);
    issues.push(...bothGroups.issues);
    decisions.push(...bothGroups.decisions);
    // "15 | see Trafficked": one figure for both groups, under one group's column.
    const seeOther = readSeeOtherGroupCells(facts, workbook, knowledge.request, knowledge.labels);
    facts.splice(0, facts.length, ...seeOther.facts);
    issues.push(...seeOther.issues);
    // A note anywhere in the file ("Figures for questions 1 and 5 are as at
    // 31 March 2015", "* UASC figures include care leavers") changes what the
    // figures it covers mean; a one-day count is then set aside or flagged below.
    const lines = noteLines(workbook, questionNumbers);
    // "N/A = no child in this category was looked after in the year": the table's "N/A" is 0.
    // "n/a = not recorded separately": the table's "n/a" is not held.
    // '"-" = fewer than five; withheld …': the table's "-" is suppressed, not nil.
    const keyed = readZeroKey(lines, facts, knowledge.labels.zeroKey, issues, knowledge.labels.notHeldKey, {
      patterns: knowledge.labels.suppressedKey,
      values: knowledge.values,
      threshold: knowledge.request.suppressionThreshold,
    });
    facts.splice(0, facts.length, ...keyed.facts);
    decisions.push(...keyed.decisions);
    issues.splice(0, issues.length, ...keyed.issues);
    // "Identified or suspected (we do not record these separately): 11": the parts are not held apart.
    // "We are refusing parts a and b under section 12": the parts named are refused.
    issues.push(
      ...readPartsNotSeparated(
        lines,
        facts,
        issues,
        knowledge.request,
        knowledge.labels.partsNotSeparated,
        knowledge.labels.partsRefused,
      ),
    );
    // "Q5: nationality … not provided … (s.40(2))" with no list in the file: the nationality question was refused.
    issues.push(
      ...readNationalityRefusal(
        lines,
        nationalities.length > 0 || ungrouped.length > 0,
        issues,
        knowledge.request,
        knowledge.labels.nationality.statement,
        knowledge.values,
      ),
    );
    // "Their figure for 1b … includes the children already counted at 1a": 1b's figures are the whole's.
    const included = readPartIncludesPart(
      [...lines, ...coveringLines(input.container?.covering)],
      facts,
      knowledge.request,
      knowledge.labels.partIncludesPartNotes,
    );
    facts.splice(0, facts.length, ...included.facts);
    // The empty answer dropped for the whole (the note restating its words) was no unanswered question.
    const blank = (i: Issue) =>
      i.code === "value_not_answered" &&
      included.dropped.some(
        (f) => f.measure === i.measure && f.sources.some((s) => s.file === i.file && issueLocation(s).cell === i.cell),
      );
    issues.splice(0, issues.length, ...issues.filter((i) => !blank(i)));
    issues.push(...included.issues);
    decisions.push(...included.decisions);
    // "The trafficked figure is included in the UASC figure": a total made by adding the groups counts a child twice.
    const overlap = warnOverlappingGroups(
      [...lines, ...coveringLines(input.container?.covering)],
      facts,
      knowledge.request,
      knowledge.labels,
    );
    issues.push(...overlap.issues);
    decisions.push(...overlap.decisions);
    // "Figures below 5 replaced with 5" beside a 5: the 5 is any count from 1 to 5.
    const floored = readFloorNotes(facts, lines, knowledge.labels.floorNotes);
    facts.splice(0, facts.length, ...floored.facts);
    issues.push(...floored.issues);
    decisions.push(...floored.decisions);
    // '"-" = nil' under the table: the dashes were read as 0 by the council's own word.
    issues.push(...noteDashesAsNil(facts, lines, knowledge.labels.roundingExemptZero, knowledge.values.dashWords));
    // A letter sent in a zip or attached beside other files may hold notes on their figures too.
    // (A letter beside them in the folder too: applyCoveringLetters ties the two by their names' reference.)
    if (LETTER_FORMATS.has(workbook.format) && lines.length <= LETTER_LINES) {
      letterLines = lines;
    }
    // "Where the spreadsheet differs from this e-mail, please use the spreadsheet."
    if (lines.length <= LETTER_LINES) {
      const precedence = compilePatterns(knowledge.labels.attachmentPrecedence, "iu");
      // Nearly no letter says so: its patterns that match wherever they stand
      // are tried once on the lines joined, and the lines one by one only
      // when one matches there or a pattern reads beyond its line (splitByContext;
      // tried loose, without their word boundaries, which only lets more match).
      const lowered = lines.map((l) => l.text.toLowerCase());
      const { loose, placed } = splitByContext(precedence);
      const joined = lowered.join(" ");
      if (placed.length > 0 || loose.some((re) => re.test(joined)))
        defersToAttachment = lowered
          .map((text) => precedence.map((re) => re.exec(text)?.[0]).find((m) => m !== undefined))
          .find((m) => m !== undefined);
    }
    // The e-mail an attachment came in may say what its figures count ("the figures for question 4 include
    // children who moved away"): its body's notes cover the attachment's figures too.
    const notes = findFileNotes(
      // "As 2b" beside 3b: 2b's remark is 3b's too.
      [...readPointingRemarks(lines, facts, knowledge.labels.sameNoteAs), ...coveringLines(input.container?.covering)],
      facts,
      knowledge.labels,
      knowledge.request.measures,
      knowledge.request.questions,
      knowledge.request.metrics,
      knowledge.request.periods,
    );
    if (notes.length > 0) {
      const noted = applyFileNotes(facts, notes, issues);
      facts.splice(0, facts.length, ...noted.facts);
      issues.push(...noted.issues);
      decisions.push(...noted.decisions);
    }
    // "Q4 … is not broken down by year" over one figure in each year's column: no one year's count.
    const overPeriods = markFiguresOverPeriods(facts, lines, knowledge.request, knowledge.labels.periodsTogether);
    facts.splice(0, facts.length, ...overPeriods.facts);
    decisions.push(...overPeriods.decisions);
    // "Of the children referred to the NRM, 7 went missing": counted from among a flagged figure's children.
    issues.push(...carryCaveatToCohort(facts, issues, knowledge.request));
    // "The information for 2018 is not held": a statement for some of the
    // requested periods answers what the file's tables leave out for them.
    const { request } = knowledge;
    const statements = findPeriodStatements(lines, request, knowledge.labels, knowledge.values);
    if (statements.length > 0) {
      const stated = applyPeriodStatements(facts, statements, request.periods, request);
      // The warnings of a line's misplaced answer go with it.
      const misplaced = (i: Issue) =>
        stated.dropped.some(
          (f) =>
            (i.code === "value_not_held" || i.code === "value_refused") &&
            i.measure === f.measure &&
            f.sources[0] !== undefined &&
            i.cell === issueLocation(f.sources[0]).cell &&
            i.file === f.sources[0].file,
        );
      issues.splice(0, issues.length, ...issues.filter((i) => !misplaced(i)));
      facts.splice(0, facts.length, ...stated.facts);
      issues.push(...stated.issues);
      decisions.push(...stated.decisions);
    }
    // "2018*" with "* … taken from the records of the former Dorset County Council": that heading's
    // figures are another area's, settled below as another period's are.
    const otherArea = markOtherAreaHeadings(facts, wrappedFootnotesOf(workbook), knowledge.labels.otherAreaNotes);
    facts.splice(0, facts.length, ...otherArea.facts);
    decisions.push(...otherArea.decisions);
    // Another period's table, or a draft sheet, may sit beside the answer
    // on any sheet of the file, so marked figures are settled per file.
    // Measures given with a mark of another period, before settling strips the mark.
    // (A nearby period's figure given alone is no such mark: it is kept as it was.)
    const givenPlain = new Set(facts.filter((f) => f.otherPeriod === undefined).map((f) => f.measure));
    const markedMeasures = new Set(
      facts
        .filter((f) => f.otherPeriod !== undefined && (!f.nearby || givenPlain.has(f.measure)))
        .map((f) => f.measure),
    );
    const settled = setAsideOtherPeriods(facts, knowledge.request.periods);
    facts.splice(0, facts.length, ...settled.facts);
    issues.push(...settled.issues);
    decisions.push(...settled.decisions);
    // A note that the file's figures are rounded covers every figure in it.
    const rounding = findRoundingNote(workbook, knowledge.labels, (s, row, col) =>
      sourceOf(gridOf(workbook, workbook.sheets[s] as Sheet), { row, col }),
    );
    if (rounding.length > 0) {
      const rounded = applyRoundingNotes(facts, rounding, knowledge.request);
      facts.splice(0, facts.length, ...rounded.facts);
      issues.push(...rounded.issues);
      decisions.push(...rounded.decisions);
      // A shared service's file: each authority's column is covered too.
      for (const share of shares.values()) {
        const own = applyRoundingNotes(share.facts, rounding, knowledge.request);
        share.facts = own.facts;
        share.issues.push(...own.issues);
      }
    }
    // "Costs rounded to the nearest pound": the file's sums of money are ranges, its counts untouched.
    const moneyRounding = findMoneyRoundingNotes(workbook, knowledge.labels, (s, row, col) =>
      sourceOf(gridOf(workbook, workbook.sheets[s] as Sheet), { row, col }),
    );
    if (moneyRounding.length > 0) {
      const rounded = applyMoneyRounding(facts, moneyRounding, knowledge.values.money);
      facts.splice(0, facts.length, ...rounded.facts);
      issues.push(...rounded.issues);
      decisions.push(...rounded.decisions);
    }
    // "UASC (a)" with "(a) … the financial year 2017/18" below: the marked figures are another period's.
    issues.push(
      ...warnNotedPeriods(
        facts,
        [...lines, ...coveringLines(input.container?.covering)],
        knowledge.request.periods,
        issues,
        knowledge.request.questions,
      ),
    );
    // "6 †" with "† … only episodes over 24 hours" below: a note no reader above understood is reported on its figure.
    issues.push(...warnFootnotedFigures(facts, footnotes, issues));
    // '"No. missing" is the number of missing episodes': a note that defines a heading warns every figure under it.
    issues.push(...warnDefinedHeadings(facts, headingDefinitionsOf(workbook), issues));
    // A correction's own statements of its figures ("the correct figure is
    // 27") are its answers: they replace whatever its prose was read as.
    const sourceAt = (s: number, row: number, col: number) =>
      sourceOf(gridOf(workbook, workbook.sheets[s] as Sheet), { row, col });
    const readCorrected = () =>
      readCorrectedFigures(
        workbook,
        knowledge.labels,
        knowledge.request.questions,
        sourceAt,
        knowledge.request.periods,
        knowledge.request,
        knowledge.nationalities,
      );
    // A file named as a revision ("… REVISED 06-01-2016.xlsx") is one, though its text may not say so.
    correction =
      findCorrectionNote(workbook, knowledge.labels, sourceAt) ?? findRevisedName(input.file, knowledge.labels);
    // A stated corrected figure ("The correct figure is 12") is itself the word that the document corrects a reply.
    let stated = correction === null && mayStateCorrection(workbook) ? readCorrected() : null;
    const first = stated?.facts[0];
    if (first) correction = { raw: first.raw, refersTo: null, source: first.sources[0] ?? null };
    if (correction) {
      decisions.push({
        file: input.file,
        ...(correction.source ? issueLocation(correction.source) : {}),
        message: `"${correction.raw}" read as a correction of an earlier reply${correction.refersTo ? ` (of ${correction.refersTo})` : ""}: where the two disagree, this document's figures are used.`,
      });
      stated ??= readCorrected();
      const corrected = stated;
      const covered = new Set(corrected.facts.map((f) => f.measure));
      // A correction e-mail above the reply it corrects gives both figures in
      // one file: the corrected one is used, but the file contradicts itself
      // on that measure, so say so as two replies that disagree would.
      const periodsAsked = knowledge.request.periods;
      issues.push(...selfCorrections(facts, corrected.facts, input.file, periodsAsked));
      // A correction for one period ("for 2023 should read 6") leaves the measure's other periods as read.
      const replaced = (f: Fact) => corrected.facts.some((now) => correctionReplaces(now, f, periodsAsked));
      facts.splice(0, facts.length, ...facts.filter((f) => !replaced(f)), ...corrected.facts);
      // "6 (previously given as 4)" under a restated question is its answer, not a blank one.
      const answeredNow = issues.filter((i) => !(i.code === "value_not_answered" && covered.has(i.measure ?? "")));
      issues.splice(0, issues.length, ...answeredNow);
      decisions.push(...corrected.decisions);
      // "The correct figure is 9" replaces an answer this folder may not hold: the figure is taken from the
      // council's clarification, so it is said where a reader of the figure looks, not only in the decisions.
      issues.push(...corrected.facts.map((f) => correctionTaken(f, correction)));
      const restated = readCorrectedNationalities(
        workbook,
        knowledge.labels,
        knowledge.nationalities,
        knowledge.request.nationalityGroups,
        sourceAt,
      );
      nationalityCorrections.push(...restated.corrections);
      decisions.push(...restated.decisions);
    }
    periods.push(
      ...findAllPeriods(
        workbook,
        knowledge.request,
        knowledge.labels.periodUnavailable,
        knowledge.labels.markedFigureNotes,
        knowledge.labels,
      ),
    );
    toDateDays = yearToDateNotes(workbook, knowledge);
    definedHeadings = definedPeriodHeadings(
      workbook.sheets.flatMap((sheet) => sheet.rows.map((row) => row.filter((t) => t.trim() !== "").join(" "))),
      knowledge.request.periods,
    );
    // A list given the group of the line before it, where the file says none of that group went missing, names no group after all.
    // A measure the file gave with another period's mark (kept alone, or set
    // aside beside the period's figure) cannot tell whose a list is.
    const marked = facts.map((f) => (markedMeasures.has(f.measure) ? { ...f, otherPeriod: "marked" } : f));
    // In a file answering for several councils whose a list is is never inferred (see above): the lists keep their groups.
    const released = releaseContextLists(nationalities, shares.size > 0 ? [] : marked, knowledge.request);
    nationalities.splice(0, nationalities.length, ...released.kept);
    ungrouped.push(...released.released);
    // "Question 9 should therefore read: Albanian (2), …": a list this correction restates is the
    // earlier list's, which assemble replaces (or says why it cannot); its line is no list of its own.
    // "please add Iraqi 1 to the UASC nationality breakdown" is no list of one child either: assemble adds it.
    // (A restated list read with its group, "the breakdown for 2b should now read: …", stays the reply's own
    // list, which replaces the earlier one of its group.)
    const rowOf = (c: { source: Source }) => `${c.source.sheet}\u0000${c.source.row}`;
    const restatedRows = new Set(nationalityCorrections.filter((c) => c.wholeList || c.added).map(rowOf));
    const addedRows = new Set(nationalityCorrections.filter((c) => c.added).map(rowOf));
    if (restatedRows.size > 0) {
      const own = ungrouped.filter((u) => !u.items.some((n) => restatedRows.has(rowOf(n))));
      ungrouped.splice(0, ungrouped.length, ...own);
      const kept = nationalities.filter((n) => !addedRows.has(rowOf(n)));
      nationalities.splice(0, nationalities.length, ...kept);
    }
    // A list that names no group may be the only group's with children missing, by the file's own figures.
    if (ungrouped.length > 0) {
      const inferred = inferListGroup(ungrouped, marked, knowledge.request);
      nationalities.push(...inferred.nationalities);
      issues.push(...inferred.issues);
      decisions.push(...inferred.decisions);
    }
    // "were all Afghan": the count is the group's went-missing figure in this file.
    if (nationalities.some((n) => n.allOfGroup)) {
      const counted = countAllOfGroup(nationalities, marked, knowledge.request);
      nationalities.splice(0, nationalities.length, ...counted.nationalities);
      issues.push(...counted.issues);
      decisions.push(...counted.decisions);
    }
    // The file's rounding note covers its nationality figures as well as its counts.
    if (rounding.length > 0 && nationalities.length > 0) {
      const rounded = roundNationalities(nationalities, rounding, knowledge.request);
      nationalities.splice(0, nationalities.length, ...rounded.nationalities);
      issues.push(...rounded.issues);
    }
    // "The trafficked figures include care leavers": that group's nationality lists count them too.
    if (nationalities.length > 0 && notes.some((n) => n.groups !== undefined)) {
      const widened = setAsideWidenedLists(nationalities, notes, knowledge.request);
      nationalities.splice(0, nationalities.length, ...widened.nationalities);
      issues.push(...widened.issues);
    }
    decisions.push(...describeNearSpellings(nationalities, knowledge.nationalities, input.file));
    issues.push(...flagUnnamedNationalities(nationalities, issues, input.file));
    issues.push(...flagPeopleNationalities(nationalities, knowledge.nationalities));
    // A letter's prose can look like an unanswered question ("…how many of
    // them went missing."); only a figure, or an answer foi-agg could not
    // read, means the file answered anything.
    const answered =
      facts.some((f) => f.status !== "not_answered" || f.unparsed === true || f.approximate !== undefined) ||
      shares.size > 0;
    // A refusal letter's sentences can each read as a refusal or "not held"
    // of one question ("…because a child's trafficking status is not held in
    // a reportable field"); with no figure anywhere, the letter's own verdict
    // ("we are therefore refusing your request in full") answers the rest.
    const figured =
      facts.some((f) => !NO_FIGURE.has(f.status) || f.unparsed === true || f.approximate !== undefined) ||
      shares.size > 0;
    const attached = input.container?.attachments ?? [];
    // "… it is provided in the attached spreadsheet … Gender has been withheld
    // under section 40(2)": the answers are in the attachment, so a letter's
    // withholding is of a part, not the whole request.
    if (!figured && !(attached.length > 0 && letterPointsToAttachment(workbook, knowledge))) {
      document = findDocumentStatus(workbook, knowledge);
    } else if (figured) {
      // "Question 3 – … We are therefore refusing this part of the request under section 12" in a letter that
      // answers its other questions in prose (round 96): the refusal names its question, so it is that
      // question's answer. Only when none of the question's counts has a figure or status of its own in the
      // file: a refusal is never put over what the reply answers elsewhere, and a whole-request verdict
      // (no question named) says nothing of a reply that gives figures.
      const given = new Set(facts.filter((f) => f.status !== "not_answered").map((f) => f.measure));
      // A reply that gives every measure the request asks for leaves no question a refusal could answer,
      // so its text is not searched for one: about 3% of an everyday run, most replies being whole.
      const named = knowledge.request.questions.every((q) => q.measures.every((m) => given.has(m)))
        ? null
        : findDocumentStatus(workbook, knowledge);
      if (named?.measures && named.measures.length > 0 && named.measures.every((m) => !given.has(m))) {
        document = named;
      }
    }
    if (!answered && nationalities.length === 0 && !document && attached.length > 0) {
      // "Please find attached our response": the answer is in the attachments, each read on its own.
      decisions.push({
        file: input.file,
        message: `The text of ${input.file} answers none of the request's questions; its ${attached.length} attachment(s) were read as files of their own.`,
      });
    } else if (!answered && nationalities.length === 0 && !document) {
      issues.push(
        makeIssue("file_no_figures", {
          message: `${input.file} was read, but foi-agg found no answer to any of the request's questions in it. Check the layout: the labels may use wording foi-agg does not know.`,
          file: input.file,
        }),
      );
    }
    if (document?.measures) {
      // A refusal of some questions: each of their counts is refused, the rest stay as read.
      const how = document.status === "refused" ? "refuses" : "says the council does not hold";
      for (const measure of document.measures) {
        issues.push(
          makeIssue(document.status === "refused" ? "value_refused" : "value_not_held", {
            message: `${input.file} ${how} the question it names ("${document.raw}"); ${measure} is recorded as ${document.status === "refused" ? "refused" : "not held"}, and the reply's other figures are read as given.`,
            file: input.file,
            cell: `line ${document.source.row}`,
            measure,
            raw: document.raw,
          }),
        );
      }
    } else if (document) {
      const code = document.status === "refused" ? "document_refused" : "document_not_held";
      issues.push(
        makeIssue(code, {
          message:
            document.status === "refused"
              ? `${input.file} refuses the whole request ("${document.raw}"); every figure is recorded as refused.`
              : `${input.file} says the council does not hold the information ("${document.raw}"); every figure is recorded as not held.`,
          file: input.file,
          cell: `line ${document.source.row}`,
          raw: document.raw,
        }),
      );
    }
    // Last, when every reader has said what it understood: a note that qualifies what figures count and that
    // none of them read ("Figures for Q2 reflect placements made by partner authorities") is said, not passed over.
    issues.push(
      ...warnUnreadNotes(
        [...lines, ...coveringLines(input.container?.covering)],
        facts,
        { issues, decisions },
        knowledge.labels,
        knowledge.request.measures,
        knowledge.request.questions,
        knowledge.request.periods,
      ),
      // "2024 figures are provisional": the figures stay exact, each with its note beside it.
      ...annotateStandingNotes(
        [...lines, ...coveringLines(input.container?.covering)],
        facts,
        knowledge.labels,
        knowledge.request.questions,
      ),
    );
  }

  if (shares.size > 0) {
    // The file names several authorities because it answers for each of them.
    const names = [...shares.values()].map((s) => s.authority.how).join("; ");
    issues.push(
      makeIssue("file_shared", {
        message: `${input.file} answers for ${shares.size} authorities, one column each (${names}); each column's figures were read for its authority.`,
        file: input.file,
      }),
    );
    for (const message of identity.decisions) decisions.push({ file: input.file, message });
    // Figures elsewhere in the file (another sheet, a nationality table)
    // belong to no one column, so to no one authority: say so, never share them out.
    const unattributed = facts.length + nationalities.length;
    if (unattributed > 0) {
      issues.push(
        makeIssue("layout_unknown", {
          message: `${input.file} answers for several authorities, but ${unattributed} of its figures are outside the authorities' columns, so they could not be given to any one of them and were not used.`,
          file: input.file,
        }),
      );
    }
    return {
      file: input.file,
      format: workbook?.format ?? null,
      sha256,
      ingested: true,
      authority: null,
      sheetsUsed,
      facts: [],
      nationalities: [],
      periods,
      document: null,
      decisions,
      issues: issues.filter((i) => !i.code.startsWith("authority_")),
      shares: [...shares.values()].sort((a, b) => a.authority.code.localeCompare(b.authority.code)),
    };
  }
  issues.push(...identity.issues);
  for (const message of identity.decisions) decisions.push({ file: input.file, message });
  const code = identity.match?.code;
  const stamped = code ? issues.map((i) => (i.authority ? i : { ...i, authority: code })) : issues;
  const ingested = workbook !== null;
  return {
    file: input.file,
    format: workbook?.format ?? null,
    sha256,
    ingested,
    ...(ingested
      ? identity.outside
        ? { reason: `from ${identity.outside.name} (${identity.outside.body}), a body outside the round` }
        : {}
      : { reason: read.issues[0]?.message ?? "The file could not be read." }),
    authority: identity.match,
    sheetsUsed,
    facts,
    nationalities,
    periods,
    document,
    ...(workbook ? { reply: readReplyDetails(workbook) } : {}),
    ...(correction ? { correction } : {}),
    ...(nationalityCorrections.length > 0 ? { nationalityCorrections } : {}),
    ...(letterLines ? { letterLines } : {}),
    ...(defersToAttachment !== undefined ? { defersToAttachment } : {}),
    ...(toDateDays ? { toDateDays } : {}),
    ...(definedHeadings.length > 0 ? { definedHeadings } : {}),
    decisions,
    issues: stamped,
  };
}

/**
 * The figures a correction in the file replaces with a different one: the
 * reply it corrects is quoted below it ("-----Original Message-----"), so
 * the file states both. Each such measure gets a warning naming it and both
 * figures; a correction that restates the figure the file already gives,
 * or answers a question the file left blank, contradicts nothing. A
 * correction below the figures it replaces, in the same reply, is that
 * reply giving two figures for one measure (value_conflict, as a warning).
 */
function selfCorrections(
  read: readonly Fact[],
  corrected: readonly Fact[],
  file: string,
  periods: readonly PeriodDef[],
): Issue[] {
  const issues: Issue[] = [];
  for (const now of corrected) {
    const before = read.filter(
      (f) =>
        correctionReplaces(now, f, periods) &&
        f.value !== null &&
        f.value !== now.value &&
        !f.sources.some((s) => now.sources.some((n) => n.row === s.row && n.sheet === s.sheet)),
    );
    const first = before[0];
    if (!first) continue;
    const at = now.sources[0];
    const given = before.map((f) => `"${f.raw}"`).join(", ");
    // "Correction: … the figure given at Q2b for 2023 should read 6, not 4"
    // below the answers: one reply that gives two figures for the measure
    // (the later one used), not a correction of an earlier reply it quotes.
    const later =
      at !== undefined &&
      before.every((f) =>
        f.sources.every((s) => s.sheet === at.sheet && s.row < at.row && (s.rowTo ?? s.row) < at.row),
      );
    issues.push(
      makeIssue(later ? "value_conflict" : "duplicate_conflict", {
        severity: "warning",
        message: later
          ? `${file} gives ${given} for ${now.measure} and, further down, corrects it to ${now.value} ("${now.raw}"). The corrected figure is used; ask the council to confirm it.`
          : `${file} gives ${given} for ${now.measure} in the reply it quotes, and corrects it to ${now.value} ("${now.raw}"). The corrected figure is used; ask the council to confirm it.`,
        ...(at ? issueLocation(at) : { file }),
        measure: now.measure,
        raw: now.raw,
      }),
    );
  }
  return issues;
}

/**
 * Each council's part of a shared service's letter (identify/splitSharedLetter),
 * read as a letter of its own from that council. The file itself carries no
 * figures; settlePeriods reads its parts in its place.
 */
function readSharedLetter(
  input: FileInput,
  read: ReadResult,
  split: SharedLetter,
  sha256: string,
  knowledge: Knowledge,
): FileResult {
  const codes = split.parts.map((p) => p.code).join(", ");
  const n = split.parts.length;
  // A long table names each row's council in a column; a letter names each council before its answers.
  const told = split.byRow
    ? {
        how: `naming each row's council in a column of its own on ${split.lines} rows ("${split.example}"); each council's rows were read as its own return.`,
        read: (code: string) => `row by row; read as ${code}'s return from the rows naming it.`,
        kind: `a table answering for ${n} councils, each row naming its council ("${split.example}")`,
      }
    : {
        how: `each answer after its council's name on ${split.lines} lines ("${split.example}"); each council's answers were read as its own, and figures on lines naming none of them were read for none.`,
        read: (code: string) =>
          `line by line; read as ${code}'s letter from its own answers and the lines naming it alone.`,
        kind: `a letter answering for ${n} councils, each answer after its council's name ("${split.example}")`,
      };
  const shared = makeIssue("file_shared", {
    message: `${input.file} answers for ${n} authorities (${codes}), ${told.how}`,
    file: input.file,
  });
  // "Kingston had 3 trafficked children; Richmond had none.": one line for several councils is no one's answer.
  const unsplit = split.unsplit.map((line) =>
    makeIssue("layout_unknown", {
      message: `${input.file}, line ${line.row} names more than one of the councils it answers for, but gives no answer after each council's name ("${line.text}"); its figures were read for none of them.`,
      file: input.file,
      cell: `line ${line.row}`,
      raw: line.text,
    }),
  );
  const parts = split.parts.map((part): FileResult => {
    const result = processRead({ ...input, manifestCode: part.code }, { ...read, workbook: part.workbook }, knowledge);
    const own = (sources: readonly Source[]) =>
      sources.some((s) => {
        for (let row = s.row; row <= (s.rowTo ?? s.row); row++)
          if (part.ownRows.has(`${s.sheet}\u0000${row}`)) return true;
        return false;
      });
    // A figure on a line naming none of the councils may be theirs together: it is no one council's.
    const elsewhere = result.facts.filter(
      (f) => f.sources.length > 0 && !own(f.sources) && f.status !== "not_answered",
    );
    const facts = result.facts
      .filter((f) => !elsewhere.includes(f))
      .map((f) => ({ ...f, raw: part.written.get(f.raw) ?? f.raw }));
    const issues: Issue[] = [
      shared,
      ...unsplit,
      // Who sent it is settled by its lines: the letterhead's street ("42 York Street") names no sender.
      ...result.issues.filter((i) => !i.code.startsWith("authority_")),
      ...elsewhere.map((f) =>
        makeIssue("layout_unknown", {
          message: `"${f.raw}" (${f.measure}) in ${input.file} is on a line that names none of the councils the letter answers for, so it may be theirs together; it was not read for ${part.code}.`,
          ...issueLocation(f.sources[0] as Source),
          measure: f.measure,
          raw: f.raw,
        }),
      ),
    ];
    return {
      ...result,
      facts,
      nationalities: result.nationalities.filter((n) => own([n.source])),
      issues,
      decisions: [
        {
          file: input.file,
          message: `${input.file} answers for ${n} councils ${told.read(part.code)}`,
        },
        ...result.decisions,
      ],
      authority: {
        code: part.code,
        how: told.kind,
      },
    };
  });
  return {
    file: input.file,
    format: read.workbook?.format ?? null,
    sha256,
    ingested: true,
    authority: null,
    sheetsUsed: [...new Set(parts.flatMap((p) => p.sheetsUsed))],
    facts: [],
    nationalities: [],
    periods: [],
    document: null,
    decisions: [],
    issues: [],
    split: parts,
  };
}

/**
 * A header row in which two or more cells each name a different reference
 * authority and nothing else of the request ("London Borough of Hammersmith
 * & Fulham | Royal Borough of Kensington and Chelsea | Westminster City
 * Council"): a shared service's answer, one column per authority. Only the
 * first rows of a sheet are searched, where headers are.
 */
function authorityColumns(
  grid: SheetGrid,
  index: AuthorityIndex,
  /**
   * Short forms the file defines ("Westminster City Council (WCC)"): a header "WCC" is that council. Asked for
   * only when a header looks like one, as reading them scans every cell of the file.
   */
  defined: () => ReadonlyMap<string, string> = () => new Map(),
): Map<number, AuthorityColumn> | null {
  for (let r = 1; r <= Math.min(grid.rows.length, 20); r++) {
    const row = grid.rows[r - 1] ?? [];
    if (row.some((c) => c.kind === "value")) continue;
    // The header of a table: the row straight below holds its figures, with
    // the row labels on the left, in no authority's column.
    const below = grid.rows[r] ?? [];
    const labelCol = below.find((c) => c.kind === "text")?.col;
    if (!below.some((c) => c.kind === "value")) continue;
    const found = new Map<number, AuthorityColumn>();
    for (const cell of row) {
      if (cell.col === labelCol || (cell.label && isMeaningful(cell.label))) continue;
      const header = cell.text.trim();
      // Only a bare name ("Westminster City Council"), not "Placed in Kent"; or a short form the file defines.
      const code =
        bareAuthorityName(cell.text, index)?.code ?? (isShortForm(header) ? defined().get(header) : undefined);
      if (code) found.set(cell.col, { code, header, row: r });
    }
    const distinct = new Set([...found.values()].map((c) => c.code));
    if (found.size >= 2 && distinct.size === found.size) return found;
  }
  return null;
}

/**
 * The authority columns of a sheet, for a file no single authority sent, or
 * one given to a council that is one of the columns when a line above the
 * columns names every column's council at once ("This reply is sent on
 * behalf of the Royal Borough of Kensington and Chelsea and Westminster City
 * Council"): a shared service's reply, whose file name ("RBKC and WCC")
 * picked one of them. A council's own reply with its neighbours' columns
 * names them only in the header, so it stays that council's.
 */
function sharedColumns(
  grid: SheetGrid,
  identity: IdentifyResult,
  knowledge: Knowledge,
  /** Short forms the file defines for councils ("Westminster City Council (WCC)"), anywhere in it. */
  defined: () => ReadonlyMap<string, string>,
): Map<number, AuthorityColumn> | null {
  const index = authorityIndex(knowledge);
  const columns = authorityColumns(grid, index, defined);
  if (!columns || !identity.match) return columns;
  const codes = new Set([...columns.values()].map((c) => c.code));
  if (!codes.has(identity.match.code)) return null;
  const header = [...columns.values()][0]?.row ?? 0;
  const namesAll = grid.rows.slice(0, header - 1).some((row) =>
    row.some((cell) => {
      const named = new Set(findAuthorities(cell.text, index).map((m) => m.code));
      return [...codes].every((c) => named.has(c));
    }),
  );
  return namesAll ? columns : null;
}

interface AuthorityColumn {
  code: string;
  header: string;
  row: number;
}

/** Match each authority column's figures on their own; figures in other columns (a shared total) are not used. */
function shareByColumn(
  layout: SheetLayout,
  columns: ReadonlyMap<number, AuthorityColumn>,
  env: LocateEnv,
  shares: Map<string, SharedAnswer>,
  decisions: Decision[],
): void {
  const header = [...columns.values()][0]?.row ?? 0;
  const inBlock = (c: SheetLayout["candidates"][number]) => c.source.row > header;
  for (const [col, column] of columns) {
    const matched = matchFigures(
      layout.candidates.filter((c) => c.source.col === col && inBlock(c)),
      env,
    );
    const how = `column "${column.header}" at ${cellAddress(column.row, col)}`;
    const share = shares.get(column.code) ?? {
      authority: { code: column.code, how },
      facts: [],
      issues: [],
      decisions: [],
    };
    const settled = setAsideOtherPeriods(matched.facts, env.knowledge.request.periods);
    share.facts.push(
      ...settled.facts,
      ...layout.tables.flatMap((t) => t.facts).filter((f) => f.sources[0]?.col === col),
    );
    share.issues.push(...matched.issues, ...settled.issues);
    share.decisions.push(...matched.decisions, ...settled.decisions);
    shares.set(column.code, share);
  }
  // Every other figure on the sheet is recorded as not used, with why.
  const others = layout.candidates.filter((c) => !(columns.has(c.source.col) && inBlock(c)) && !c.unanswered);
  for (const c of others) {
    decisions.push({
      ...issueLocation(c.source),
      message: `"${c.cell.text.trim()}" is outside the authorities' columns of a shared file (a total across them, or a figure above their header), so it belongs to no one authority; not used.`,
    });
  }
}

const NO_FIGURE: ReadonlySet<Fact["status"]> = new Set(["not_answered", "refused", "not_held"]);

/** Every text cell of the file, wrapped lines joined as locate reads them, with its place. */
function noteLines(workbook: Workbook, questionNumbers: ReadonlySet<string>): NoteLine[] {
  // Plain loops: this visits every cell of the file (every row of a long list), and nested
  // flatMaps made an array for each cell, most of them empty.
  const lines: NoteLine[] = [];
  for (const original of workbook.sheets) {
    const { sheet } = joinWrappedLines(original, workbook.format, questionNumbers);
    const grid = gridOf(workbook, sheet);
    sheet.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        if (!HAS_LETTER.test(text)) return;
        const line: NoteLine = { text: text.trim(), source: sourceOf(grid, { row: r + 1, col: c + 1 }) };
        const mark = (row[c - 1] ?? "").trim();
        if (c > 0 && KEY_MARK.test(mark) && row.slice(0, c - 1).every((t) => t.trim() === "")) line.mark = mark;
        lines.push(line);
      });
    });
  }
  return lines;
}

const HAS_LETTER = /\p{L}/u;
/** A footnote symbol alone in a cell, opening a key's row: "~", "*", "**", "#", "†". */
const KEY_MARK = /^(?:[~#^†‡]|\*{1,3})$/u;

/** A covering e-mail's lines, each with its place in the e-mail (a letter's line). */
function coveringLines(covering: CoveringLetter | undefined): NoteLine[] {
  if (!covering) return [];
  return covering.lines.map(({ text, row }) => ({
    text,
    source: { file: covering.file, format: "eml", sheet: "", row, col: 1 },
  }));
}

/** Formats a covering letter comes in: documents, not tables. */
const LETTER_FORMATS: ReadonlySet<string> = new Set(["txt", "docx", "odt", "pdf", "doc", "rtf", "eml"]);
/** Longer than a few pages of text is a report or a list, not a letter about the files beside it. */
const LETTER_LINES = 400;

/** A sheet seen only for its places (no logical cells), to name where a text was found. */
function gridOf(workbook: Workbook, sheet: Sheet): SheetGrid {
  return { file: workbook.file, format: workbook.format, sheet, rows: [] };
}

/** Text cells in reading order: where a council names itself (title rows, letter heads, signatures). */
function identityTexts(workbook: Workbook): { text: string; cell: string; sheet?: string }[] {
  const out: { text: string; cell: string; sheet?: string }[] = [];
  for (const sheet of workbook.sheets) {
    const cells: { text: string; cell: string; sheet?: string }[] = [];
    sheet.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        // Names need letters; GSS codes ("E08000015") are mostly digits.
        if (text.trim() !== "" && (/[a-z]{3}/iu.test(text) || /\b[ENSW]\d{8}\b/u.test(text))) {
          cells.push({
            text,
            ...locationOf(gridOf(workbook, sheet), { row: r + 1, col: c + 1 }),
          });
        }
      });
    });
    out.push(...cells.slice(0, IDENTITY_HEAD));
    if (cells.length > IDENTITY_HEAD) out.push(...cells.slice(Math.max(IDENTITY_HEAD, cells.length - IDENTITY_TAIL)));
  }
  return out;
}

/**
 * The days the file's notes say a year "to date" runs to (parse/yearToDate), for a request whose last
 * period is a part-year from 1 January; undefined for any other request, which never reads "2024 to date".
 */
function yearToDateNotes(workbook: Workbook, knowledge: Knowledge): string[] | undefined {
  if (currentPartYear(knowledge.request.periods) === null) return undefined;
  const cues = knowledge.labels.toDateNotes.map((p) => new RegExp(p, "iu"));
  const lines = workbook.sheets.flatMap((sheet) =>
    sheet.rows.map((row) => row.filter((t) => t.trim() !== "").join(" ")),
  );
  return toDateDaysIn(lines, cues);
}

/** A year alone in a table's corner over the columns' titles, the row under it led by its label and with figures under them. */
function cornerYear(row: readonly string[], next: readonly string[]): { text: string; col: number } | null {
  const col = row.findIndex((t) => t.trim() !== "");
  const text = (row[col] ?? "").trim();
  if (col < 0 || !/^(?:19|20)\d\d$/u.test(text)) return null;
  const titles = row.map((t, c) => ({ t: t.trim(), c })).filter((x) => x.c > col && x.t !== "");
  if (titles.length < 2 || !titles.every((x) => /\p{L}/u.test(x.t) && !/^\d/u.test(x.t))) return null;
  if (!/\p{L}/u.test(next[col] ?? "") || next.slice(0, col).some((t) => t.trim() !== "")) return null;
  return titles.some((x) => /^\d[\d,]*$/u.test((next[x.c] ?? "").trim())) ? { text, col } : null;
}

function findAllPeriods(
  workbook: Workbook,
  request: Knowledge["request"],
  unavailable: readonly string[],
  markedNotes: readonly string[],
  labels: Knowledge["labels"],
): PeriodFact[] {
  const out: PeriodFact[] = [];
  // "The missing episodes figure (marked *) covers …": the note's period is the marked figures' only.
  const scopedToMarks = markedNotes.map((p) => new RegExp(p, "iu"));
  const ofMarked = (text: string) => scopedToMarks.some((m) => m.test(text));
  // "We can only give figures for the financial year 2016-17, when 60 UASC were looked after": the
  // sentence's words, not its one group's figure, say what the period covers.
  // Words before the period that name a group ("all of the figures for trafficked children are for 2016-17",
  // "For trafficked children we are only able to provide figures for 2016-17") keep it to that group's figures.
  const wholeReply = labels.periodReplyWords.map((p) => new RegExp(p, "iu"));
  const ofReply = (text: string, p: FoundPeriod) => {
    const sentence = sentenceNaming(text, p.raw);
    if (!wholeReply.some((w) => w.test(sentence))) return false;
    const before = sentence.slice(0, Math.max(0, sentence.indexOf(p.raw)));
    return matchLabel(before, labels).groups.length === 0;
  };
  // "Figures for the period 1 October 2014 to 30 September 2015 could not be
  // produced": the requested period named where the reply says it could not
  // give figures for it is not the period its figures cover. Other periods
  // in the same words ("so the figures are for 2014/15") still are.
  const declines = unavailable.map((p) => new RegExp(p, "iu"));
  // Only the sentence naming the period can decline it: "The figures above cover 1 October 2014 to 30
  // September 2015. The nationality of the children could not be obtained" gives that period.
  const declined = (text: string, p: FoundPeriod) =>
    declines.some((d) => d.test(sentenceNaming(text, p.raw))) && comparePeriodToAny(p, request.periods) === "match";
  const seen = new Set<string>();
  // "2021/22" alone reads as a financial year; the file's own word ("by
  // academic year", "(Sept-Aug)") may say it is another kind of year.
  // A part-year ("1 September 2024 to 31 January 2025") is no kind of year;
  // the request's whole years alone say which kind it asked for.
  const requestedKinds = new Set(request.periods.map((p) => kindOfRange(p)).filter((k) => k !== null));
  const requested = requestedKinds.size === 1 ? ([...requestedKinds][0] ?? null) : null;
  const fileKind = fileYearKind(
    statedYearKinds(workbook.sheets.flatMap((sheet) => sheet.rows.map((row) => row.join(" "))).join("\n")),
    requested,
  );
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        if (text.length < 6 || !/\d/u.test(text)) return;
        const cellKinds = statedYearKinds(text).filter((k) => k !== "calendar");
        const cellKind = cellKinds.length === 1 ? cellKinds[0] : undefined;
        const kind = cellKind ?? fileKind;
        const found: (FoundPeriod & { datesStated?: true })[] =
          kind === null || kind === "calendar"
            ? periodsIn(text)
            : [
                ...periodsIn(text).filter((p) => !(kindOfRange(p) === "financial" && BARE_YEAR_PAIR.test(p.raw))),
                ...yearPairsAs(text, kind).map((p) => ({ ...p, datesStated: true as const })),
              ];
        for (const p of found) {
          const key = `${p.start}/${p.end}`;
          if (seen.has(key) || declined(text, p)) continue;
          seen.add(key);
          out.push({
            raw: p.raw,
            start: p.start,
            end: p.end,
            ...(p.datesStated ? { datesStated: true } : {}),
            ...(RESTATED_QUESTION.test(text) ? { inQuestion: true } : {}),
            ...(ofMarked(text) ? { ofMarkedFigures: true } : {}),
            ...(ofReply(text, p) ? { ofWholeReply: true } : {}),
            source: sourceOf(gridOf(workbook, sheet), { row: r + 1, col: c + 1 }),
          });
        }
      });
    });
    // "2016 | Identified | Suspected | Total" over "Looked after children | 5 | 7 | 12": a year in a table's
    // corner (sheetGrid reads it as the header's title) is the table's period, as a "Year: 2016" line is.
    // Stated only where the year overlaps no requested period: where it may be the requested one, the
    // table is read as that period's, as before.
    sheet.rows.forEach((row, r) => {
      const year = cornerYear(row, sheet.rows[r + 1] ?? []);
      if (year === null) return;
      const start = `${year.text}-01-01`;
      const end = `${year.text}-12-31`;
      const key = `${start}/${end}`;
      if (seen.has(key) || request.periods.some((p) => p.start <= end && start <= p.end)) return;
      seen.add(key);
      out.push({
        raw: year.text,
        start,
        end,
        source: sourceOf(gridOf(workbook, sheet), { row: r + 1, col: year.col + 1 }),
      });
    });
    // A period cut in two where a letter's prose wraps is stated as surely as one on a single line.
    const lines = sheet.rows.map((row) => row.filter((t) => t.trim() !== "").join(" "));
    for (const p of periodsAcrossLines(lines)) {
      const key = `${p.start}/${p.end}`;
      if (seen.has(key) || declined(`${lines[p.line] ?? ""} ${lines[p.line + 1] ?? ""}`, p)) continue;
      seen.add(key);
      const col = Math.max(1, (sheet.rows[p.line] ?? []).findIndex((t) => t.trim() !== "") + 1);
      out.push({
        raw: p.raw,
        start: p.start,
        end: p.end,
        ...(ofMarked(`${lines[p.line] ?? ""} ${lines[p.line + 1] ?? ""}`) ? { ofMarkedFigures: true as const } : {}),
        ...(ofReply(`${lines[p.line] ?? ""} ${lines[p.line + 1] ?? ""}`, p) ? { ofWholeReply: true as const } : {}),
        source: sourceOf(gridOf(workbook, sheet), { row: p.line + 1, col }),
      });
    }
  }
  return out;
}

/** The sentence of `text` that holds `raw` (split after ".", ";", "!" or "?" before a space), or all of `text`. */
function sentenceNaming(text: string, raw: string): string {
  const at = text.indexOf(raw);
  if (at < 0) return text;
  const head = text.slice(0, at);
  const before = Math.max(...[".", ";", "!", "?"].map((mark) => head.lastIndexOf(mark))) + 1;
  const after = text.slice(at + raw.length).search(/[.;!?](?:\s|$)/u);
  return text.slice(before, after < 0 ? text.length : at + raw.length + after + 1);
}

/** A cell that ends as a question does: the request restated, whose period is the request's own. */
const RESTATED_QUESTION = /\?\s*$/u;

/** A financial year found only as a pair of years, perhaps after "financial year" or "FY". */
const BARE_YEAR_PAIR = /^(?:(?:(?:financial|fiscal)\s+year|fy|year)\s*)?\d{4}\s?[/-]\s?\d{2,4}$/iu;

/** The letter says its attachment holds the answers. */
function letterPointsToAttachment(workbook: Workbook, knowledge: Knowledge): boolean {
  return workbook.sheets.some((sheet) =>
    answersInAttachment(
      sheet.rows.map((row) => row.filter((t) => t.trim() !== "").join(" ")).join("\n"),
      knowledge.values,
    ),
  );
}

/** A letter with no figures may refuse, or say it holds nothing, for the whole request. */
function findDocumentStatus(workbook: Workbook, knowledge: Knowledge): DocumentStatus | null {
  for (const sheet of workbook.sheets) {
    const lines = sheet.rows.map((row) => row.filter((t) => t.trim() !== "").join(" "));
    const whole = lines.join("\n");
    const found = classifyDocumentText(whole, knowledge.values);
    if (!found) continue;
    // "Nationality (question 9): we are unable to provide a breakdown …
    // (section 40(2))" in an e-mail whose figures are attached: a refusal of
    // questions that ask for no count refuses none of the figures, and is no
    // answer for the whole request.
    const named = questionsNamed(found.phrase, knowledge.request.questions);
    if (named.length > 0 && named.every((q) => q.measures.length === 0)) continue;
    const idx = lineOfPhrase(lines, found.phrase);
    // "Question 5: … could identify them; this part of the request is refused under section 40(2)": the
    // sentence that refuses ends at the semicolon, but its paragraph opens with the question it is about.
    const opening = named.length > 0 || idx < 0 ? [] : questionsNamed(lines[idx] ?? "", knowledge.request.questions);
    if (opening.length > 0 && opening.every((q) => q.measures.length === 0)) continue;
    const row = idx >= 0 ? idx + 1 : 1;
    const col = Math.max(1, (sheet.rows[row - 1] ?? []).findIndex((t) => t.trim() !== "") + 1);
    const status: DocumentStatus = {
      status: found.status,
      raw: (lines[row - 1] ?? found.phrase).trim().slice(0, 300),
      source: sourceOf(gridOf(workbook, sheet), { row, col }),
    };
    // "Question 3 (individual missing incidents): … this email acts as a
    // Refusal Notice under section 12 for this part of the request": the
    // paragraph that refuses names the question it refuses, so the refusal
    // is of that question's counts, never of the figures the reply gives
    // elsewhere (its attachment) or of the questions it does not name.
    // "Questions 1 to 8" covers 1a and 1b as well: a refusal naming every
    // question that asks for a count is one of the whole request.
    const paragraph = idx >= 0 ? paragraphAround(lines, idx) : "";
    const { questions } = knowledge.request;
    const scoped = questionsNamed(named.length > 0 ? found.phrase : paragraph, questions, true);
    const counted = scoped.filter((q) => q.measures.length > 0);
    if (counted.length === 0 || questions.every((q) => q.measures.length === 0 || counted.includes(q))) return status;
    return { ...status, measures: [...new Set(counted.flatMap((q) => q.measures))] };
  }
  return null;
}

/**
 * The paragraph a letter's line belongs to, from the line where its sentence
 * began: a PDF or text letter wraps a paragraph over lines with no blank line
 * between paragraphs, so "Question 3 – The number of … incidents is not held
 * … / … We are therefore / refusing this part of the request under section
 * 12" names its question two lines above the refusing words. A line that ends
 * a sentence (".", "?", "!", ":") or is blank closes the paragraph before it.
 */
function paragraphAround(lines: readonly string[], idx: number): string {
  let first = idx;
  while (first > 0) {
    const before = (lines[first - 1] ?? "").trim();
    if (before === "" || /[.?!:]["'”’)]*$/u.test(before)) break;
    first--;
  }
  return lines.slice(first, idx + 1).join(" ");
}

/**
 * The index of the line where `phrase` starts, or -1. The phrase was found in
 * the lines joined with their whitespace made single, so a sentence a letter
 * wraps over lines ("… We / have not provided the exact figure … (section
 * 40(2))") is found on the line it opens on; looked for in one line alone it
 * was never found, the refusal lost its paragraph ("Question 4 – …"), and a
 * refusal of one question was taken for one of the whole letter.
 */
function lineOfPhrase(lines: readonly string[], phrase: string): number {
  const squash = (t: string) =>
    t
      .replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s+/gu, " ")
      .trim()
      .toLowerCase();
  const wanted = squash(phrase);
  if (wanted === "") return -1;
  const starts: number[] = [];
  let joined = "";
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${squash(line)} `;
  }
  const at = joined.indexOf(wanted);
  if (at < 0) return -1;
  let idx = 0;
  while (idx + 1 < starts.length && (starts[idx + 1] ?? Number.POSITIVE_INFINITY) <= at) idx++;
  return idx;
}

/** The lines of some sheets that hold one filled cell: a Notes sheet's sentences, a cover's title. */
function oneCellLines(sheets: readonly Sheet[]): string[] {
  const out: string[] = [];
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      const filled = row.filter((c) => c.trim() !== "");
      if (filled.length === 1 && filled[0] !== undefined) out.push(filled[0]);
    }
  }
  return out;
}

/** A figure a correction states ("The correct figure is 9"), as taken from the council's clarification. */
function correctionTaken(f: Fact, correction: CorrectionNote | null): Issue {
  const first = f.sources[0];
  return makeIssue("override_applied", {
    message: `"${f.raw.trim()}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}) corrects an earlier answer${correction?.refersTo ? ` (of ${correction.refersTo})` : ""}: the corrected figure, ${f.value ?? f.raw.trim()}, is used in its place.`,
    ...(first ? issueLocation(first) : {}),
    measure: f.measure,
    raw: f.raw,
  });
}

/** Every cell's text, sheet by sheet, without copying the workbook's rows into one array. */
function* cellTexts(workbook: Workbook): Iterable<string> {
  for (const sheet of workbook.sheets) for (const row of sheet.rows) yield* row;
}
