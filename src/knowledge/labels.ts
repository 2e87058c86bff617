import { join } from "node:path";
import { z } from "zod";
import { BUILT_IN_ROUND, listGroupsOf, METRIC_KINDS, type Relation, type Request } from "../domain/request.js";
import { isValidRegex, loadJson } from "./files.js";
import { escapeRegex } from "./values.js";

const pattern = z.string().refine(isValidRegex, { message: "not a valid regular expression" });
const patterns = z.array(pattern);

export const LabelVocabularySchema = z.object({
  /** Phrasings of the built-in groups, by group id; a request adds its own (see withRequestPhrasings). */
  groups: z.record(z.string(), patterns),
  qualifierGroups: z.array(z.string()),
  allGroupPatterns: patterns,
  bothGroupsPatterns: patterns,
  /** A label part counting two groups' children at once ("both groups together"): no subset its words name. */
  bothGroupsTogether: patterns,
  bothGroupsRemarks: patterns.default([]),
  bothGroupsRemarksNot: patterns.default([]),
  /** Negated "recorded separately" phrasings: the parts of a whole are not held apart (match/readPartsNotSeparated). */
  partsNotSeparated: patterns.default([]),
  /** Refusals of named parts of a question ("we are refusing parts a and b"): each part is refused (match/readPartsNotSeparated). */
  partsRefused: patterns.default([]),
  groupQuantifiers: pattern.default("(?!)"),
  twoQuestions: patterns,
  /** Two of the request's question numbers named as one answer ("Questions 3 and 7"): capture groups 1 and 2. */
  questionsTogether: pattern.default("(?!)"),
  combinedTrafficked: patterns,
  childCountCues: patterns,
  codeTokens: z.array(z.string().regex(/^[a-z]+$/)),
  /**
   * Words a bracket after a group's name uses to say how its children came to be in the group ("(positive NRM
   * conclusive grounds decision or other identification)"): with the group's own phrasing, such a bracket asks
   * nothing more of the row.
   */
  groupGlossWords: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  /**
   * Words saying the decision that puts a child in a group is still to come ("(decision pending)"): beside one of
   * decidedGroups, the row's children are not yet in the group.
   */
  decisionAwaited: pattern.default("(?!)"),
  decidedGroups: z.array(z.string()).default([]),
  metrics: z.record(z.string(), patterns),
  metricRefines: z.record(z.string(), z.array(z.string())),
  /** The request's group ids; empty: not narrowed to a request (labels.json read alone). Set by withRequestPhrasings. */
  requestGroups: z.array(z.string()).default([]),
  /**
   * Each request group → the words the request itself uses for it (its
   * label, and the labels of its base-metric measures): "Eligible on
   * distance / unsafe walking route" is the group's name in the request's
   * own words, asking nothing more. Set by withRequestPhrasings.
   */
  groupWords: z.record(z.string(), z.array(z.string())).default({}),
  /** Subset groups of the request → the group each is part of: a label naming both is about the subset. */
  subsetOf: z.record(z.string(), z.string()).default({}),
  /**
   * Subset groups of the request → every group the request declares each a subset of: a group
   * may be a subset of a part and of its whole too (placed more than 20 miles away, of those
   * placed out of area and of all children), and a label naming it with either is about it.
   */
  supersets: z.record(z.string(), z.array(z.string())).default({}),
  /**
   * The request's questions (by number, lower case) that ask only about a subset group → that group
   * ("1d" → UASC also trafficked): a label opening with the number and naming both groups is about it.
   */
  subsetQuestions: z.record(z.string(), z.string()).default({}),
  /**
   * Parts of a whole (a parts relation of the request) → the whole: a label
   * naming a part is read within its whole's reading ("identified" under a
   * trafficked heading). Read alone, labels.json gets the 2015 round's.
   */
  partOf: z.record(z.string(), z.string()).default(() => partsToWholes(BUILT_IN_ROUND.relations)),
  /** The groups a list of children sorts its rows into (listGroupsOf); read alone, the 2015 round's. */
  listGroups: z.array(z.string()).default(() => listGroupsOf(BUILT_IN_ROUND)),
  /** The metric a label naming a group and asking "how many", with no metric, is read as: the request's first. */
  baseMetric: z.string().default("looked_after"),
  /**
   * The replying authority's own name as a pattern over normalised text
   * ("birmingham( city)?"), set per file once the sender is known (see
   * buildOwnPlacePattern): a label naming no group is read again with it as
   * "the local authority". Unset: labels are read as written.
   */
  ownPlace: z.string().optional(),
  countCues: patterns,
  /** An answer sentence opening with a bound where its count stands ("Fewer than five children were …"). */
  countOpenings: patterns.default([]),
  /** The count openings saying a figure is added to one before it ("a further two children"): a part's, never a whole's. */
  addedCountOpenings: patterns.default([]),
  /**
   * A note that every figure in the file is rounded ("All figures rounded to
   * the nearest 5"); the pattern's first group is the step, in digits or words.
   */
  roundingNotes: patterns.default([]),
  /**
   * A note that sums of money are rounded ("Costs rounded to the nearest
   * pound", "to the nearest £1,000"), with the step in pounds each pattern
   * stands for: a sum so rounded is a range, never exact.
   */
  moneyRoundingNotes: z.array(z.strictObject({ pattern, step: z.number().positive() })).default([]),
  /**
   * Words in a rounding note that leave a zero as it is ("0 = nil (not
   * rounded)", "zeros are not rounded"): a 0 under such a note is exact.
   */
  roundingExemptZero: patterns.default([]),
  /**
   * Words in a rounding note that leave small figures as they are ("figures
   * of 10 or below are exact", "numbers above 10 have been rounded"), the
   * first capture the largest figure left exact: a figure up to it is exact.
   */
  roundingExactUpTo: patterns.default([]),
  /**
   * The keys of a reporting tool's block of run details over its data
   * ("Report name:", "Run date:", "Parameters:", "Rows returned: 8"), matched
   * against a row's first cell, whole, without a trailing colon
   * (readReportMetadata). Two or more make the block.
   */
  reportMetadataKeys: patterns.default([]),
  /**
   * Words that open a reason or purpose clause in a note ("To ensure that no
   * individual can be identified, …"): the clause says why, not to what, so
   * it does not narrow the note's scope (dropReasonClauses).
   */
  reasonClauses: patterns.default([]),
  /**
   * Words that open a sentence after a figure which breaks it into parts
   * ("11. Of these, 6 were identified … and 5 were suspected …"): read as a
   * bracketed remark would be (readRemarkParts).
   */
  partsSentence: patterns.default([]),
  /** Words that make a part's number other than its exact count: on a labelled list's line, and in a bracketed remark. */
  notAPartCount: z.object({ labelledList: patterns, remark: patterns }),
  everyPeriod: patterns.default([]),
  /** Words just before a list of periods that put a nil answer to each one listed (keyPeriods). */
  everyListedPeriod: patterns.default([]),
  /** Words saying a figure is one for every requested period together, not one per period (markFiguresOverPeriods). */
  periodsTogether: patterns.default([]),
  /**
   * Words in a note that name the whole of a parts relation ("the ALN
   * figures, and therefore the totals, include …"): a note on a part's
   * figures that names them covers the whole's figures of the same metric
   * too, since the whole adds the part in. Read on the note as written.
   */
  noteWholeWords: patterns.default([]),
  /**
   * Words in a note that say it is about a group's figures as a set ("the
   * UASC figures include …", "numbers for UASC"): a wider-group note that
   * names a group and no count covers every figure of that group.
   */
  noteFigureWords: patterns.default([]),
  /**
   * Words in a note that say it is about every figure on its own sheet ("the
   * figures on this sheet include …", "all figures in this tab"): a
   * wider-group note so worded covers each figure read from that sheet,
   * whatever count its other words name.
   */
  noteSheetWords: patterns.default([]),
  /**
   * Words in a note that say it is about every answer of the reply ("in all of our answers", "throughout this
   * response"): such a note never narrows to the one question it stands under.
   */
  noteReplyWords: patterns.default([]),
  /**
   * Words that make a sentence of a reply qualify what its figures count
   * ("includes children placed by other councils", "episodes", "financial
   * year"): such a sentence no note reader understood is warned on
   * (warnUnreadNotes), never passed over.
   */
  noteQualifiers: patterns.default([]),
  /**
   * Units a note may say figures count ("episodes", "households"): qualifying only where the request's own
   * questions do not use the word.
   */
  noteUnitWords: patterns.default([]),
  /**
   * Sentences that hold such words but qualify no figure ("correct at the
   * time of the request", data-protection text, contact details): never
   * warned on as notes not understood.
   */
  benignNotes: patterns.default([]),
  /**
   * Words saying what standing some figures have, not what they count ("2024 figures are provisional",
   * "from our previous system and may not be comparable"): the figures stay exact, and each one the note
   * covers is recorded as read from annotated text (annotateStandingNotes).
   */
  standingNotes: patterns.default([]),
  /**
   * Words in a note saying two groups count some of the same children ("the
   * trafficked figure is included in the UASC figure", "the same young
   * person as in Q4"): a total made by adding the groups is warned on (see
   * warnOverlappingGroups).
   */
  groupsOverlapNotes: patterns.default([]),
  /**
   * A note that one part's figures count another part's children too ("so
   * it includes the children already counted at 1a"): named group `part` is
   * the part included (see readPartIncludesPart).
   */
  partIncludesPartNotes: patterns.default([]),
  /**
   * Words in a "not held" answer that go on to give a count ("The number …
   * in 2017 was 6."): a total made "not held" from such parts is warned on.
   */
  figureAfterNotHeld: patterns.default([]),
  /**
   * A note that small counts were replaced by a threshold ("Figures below 5
   * replaced with 5"): a figure equal to the number shown (group `shown`) is
   * read as 1 to it (see readFloorNotes).
   */
  floorNotes: patterns.default([]),
  /**
   * Words in a footnote on a marked period heading ("2018*") saying the
   * heading's figures are another area's (a former council's, its whole
   * former area): see markOtherAreaHeadings.
   */
  otherAreaNotes: patterns.default([]),
  /** Titles over a table given only for context ("For context: children received through the National Transfer Scheme"): see locate/contextSections.ts. */
  contextHeadings: patterns.default([]),
  /**
   * Wording that says a document corrects an earlier reply ("correction to
   * our response of 3 December 2015", "an error was made in our answer",
   * "please disregard"): its figures then replace the earlier ones.
   */
  correctionNotes: patterns.default([]),
  /**
   * Wording in an e-mail's body that says its attachment's figures stand
   * where the two differ ("Where the spreadsheet differs from this e-mail,
   * please use the spreadsheet", "the attached gives the final figures").
   */
  attachmentPrecedence: patterns.default([]),
  /** A heading that says only "Total": the whole of the parts just left of it on its row. */
  totalBesideParts: patterns.default([]),
  /** A remark that points to another row's remark ("As 2b", "As above"): that remark is this row's too. */
  sameNoteAs: patterns.default([]),
  /** A figure's cell that gives another question's answer ("As Q2"): that question's figure in the same column. */
  sameAnswerAs: patterns.default([]),
  /** A key line that says a marker in place of a figure means none ("N/A = no child in this category …"): read as 0. */
  zeroKey: patterns.default([]),
  notHeldKey: patterns.default([]),
  /** A key line that says a marker stands for a small withheld count ('"-" = fewer than five; withheld …'): read as suppressed. */
  suppressedKey: patterns.default([]),
  /** The earlier reply a correction names; the first group is its date ("our response of 12 November 2015"). */
  correctedReply: patterns.default([]),
  /**
   * A file name that says the file revises an earlier one ("Annex A REVISED
   * 06-01-2016.xlsx"): it is later than the council's other replies, as a
   * correction is. Matched on the name without its extension, lower case.
   */
  revisedFileNames: patterns.default([]),
  /**
   * A corrected figure in a correction's prose: the named group `new` is the
   * figure now given, `old` (when present) the one it replaces.
   */
  correctedFigures: patterns.default([]),
  /**
   * A corrected nationality figure in a correction's prose ("the Eritrean
   * figure in Q9 should read 3"): the named group `new` is the figure now
   * given, `old` (when present) the one it replaces. The nationality is the
   * one nationality the sentence names before the figure.
   */
  correctedNationalities: patterns.default([]),
  /**
   * Row or column labels that slice a measure rather than name it: parts of
   * a partition, whose counts add up ("Male", "16-17"), and spans of time,
   * whose children may be counted in more than one ("Q3", "January").
   */
  breakdowns: z
    .object({
      partition: patterns,
      time: patterns,
      /**
       * Headings of a table's label column that say its rows are the parts
       * of one whole ("Team"): each row's own name ("Assessment") is then a
       * part of a partition, though no pattern above could know it.
       */
      partitionHeadings: patterns.default([]),
    })
    .default({ partition: [], time: [], partitionHeadings: [] }),
  anaphoraCues: patterns,
  ignoreLabels: patterns,
  ratioLabels: patterns,
  /** Words that make a nationality sentence's children fewer than the group who went missing ("more than once"). */
  narrowerCues: patterns.default([]),
  ratioWithCount: pattern,
  /**
   * How a figure answering a percentage says it is one: in points ("%",
   * "per cent"), as a share of unknown scale ("proportion"), and a number
   * with its own unit inside a label, which is another figure's.
   */
  percentageCues: z
    .object({
      points: patterns,
      proportion: patterns,
      numberWithUnit: pattern,
      /** Words that make a label a count ("Number of initial visits …"): a figure under them is no percentage. */
      count: patterns.default([]),
    })
    .default({ points: ["%", "\\bper ?cent(?:age)?s?\\b"], proportion: [], numberWithUnit: "(?!)", count: [] }),
  otherPeriod: patterns,
  /**
   * Words saying figures for the period a sentence names could not be given
   * ("could not be produced without a manual exercise"): that period is not
   * the one the return's figures cover.
   */
  periodUnavailable: patterns.default([]),
  /**
   * Words scoping a note to the figures that carry a mark ("(marked *)",
   * "figures marked with an asterisk"): a period such a note names dates
   * those figures only, never a nationality list below it.
   */
  markedFigureNotes: patterns.default([]),
  periodReplyWords: patterns.default([]),
  /**
   * Words saying up to what day a year "to date" runs ("figures for 2024 are to date (as at 31 July 2024)"):
   * a line with them and another day of the year keeps "2024 to date" from naming the request's part-year.
   */
  toDateNotes: patterns.default([]),
  /**
   * Words that make a label's first group a subset by the second's words ("UASC with NRM referral"): the
   * request's subset group of the first (match/subsetWording).
   */
  subsetCues: patterns.default([]),
  referenceBeforeNumber: pattern,
  /** Text right after a number that makes it a span of time or an age ("72 hours", "3 working days"), not a count. */
  durationAfterNumber: pattern,
  /** Words in a pivot table's summarised field that make it another quantity than children or episodes ("Days Missing"). */
  pivotFieldOtherQuantity: pattern,
  answerLabelOnly: pattern,
  /** The reply's own voice ("we can only give", "our recording"): a line that says so restates no question. */
  replyVoice: pattern.default("(?!)"),
  nationality: z.object({
    headers: patterns,
    totalRow: patterns,
    /** Words saying a list counts every looked-after child, not the request's groups (readNationalityProse). */
    widerCohort: patterns,
    /** The header of a column beside a nationality table's names that gives each row's period ("Year"). */
    periodColumn: patterns,
    /** A statement whose subject is nationality ("nationality not held"): nothing about the count its label names. */
    statement: patterns,
    /** Words withholding the breakdown ("too small to break down by nationality"): "were all British" beside them is no count. */
    breakdownWithheld: patterns.default([]),
    /** Words in a part of a list's title saying a group's breakdown is not given ("trafficked children: not recorded by nationality"). */
    groupLeftOut: patterns.default([]),
    groupCountedIn: patterns.default([]),
  }),
  episodes: z.object({
    child: patterns,
    /** An episode's own reference ("EPISODE_ID"): it marks a row-per-episode list and is never the child. */
    episodeId: patterns,
    group: patterns,
    /** Codes in a category column that name a group besides the group phrasings ("12A", the CIN trafficking factor), by group id; "all" codes ("BOTH") name every list group. */
    groupCodes: z.record(z.string(), patterns),
    /** A column whose cells say "still missing" / "returned" for each episode. */
    status: patterns,
    missingDate: patterns,
    /**
     * A row-per-child list's column of the date each child's still-open episode began ("Open missing
     * episode - date reported (not found)"): a date says the child had not been found, blank says no
     * episode was open. Read before returnedDate, whose "date … found" the header also matches.
     */
    openEpisodeDate: patterns,
    returnedDate: patterns,
    /** A count of a child's episodes on a row-per-child list ("MISS_EPISODES_PERIOD"). */
    episodeCount: patterns,
    /** A yes/no column saying whether the child went missing in the period. */
    wentMissingFlag: patterns,
    stillMissing: patterns,
    stillMissingFlag: patterns,
    returnedFlag: patterns,
    /** A note by a row-per-child list saying its blank cells mean none ("Blank = none."). */
    blankMeansNone: patterns,
    /** A note saying the list holds every looked-after child of the period ("One row per child looked after …"). */
    listOfLookedAfter: patterns,
    /**
     * A header over dates saying when a child came into one group ("NRM referral date", "Date trafficking
     * concern raised"): a date puts the child in the group from that day, a blank leaves it out.
     */
    groupSinceDate: patterns.default([]),
    /**
     * Words that stop a cover note from naming a list's group ("it does not include unaccompanied
     * children", "including unaccompanied children"): the group they name is left out of the list or
     * counted beside another, so the note says nothing certain of whose list it is.
     */
    sheetNoteQualified: patterns.default([]),
    yes: patterns,
    no: patterns,
  }),
  questionReference: pattern,
  childNouns: pattern,
  questionNumber: pattern,
  questionNumberTrailing: pattern,
  answerPrefix: pattern,
  answerMarkers: patterns,
  questionOnly: patterns,
  /**
   * Words dating a count to the last day of the period it is for ("at year
   * end", "at the end of the reporting period"). For a metric counted at each
   * period's end (`at: "period_end"`), a one-day caveat with these words, or
   * with dates that are all last days of requested periods, is what the
   * request asks, not a reason to set the figure aside.
   */
  periodEnd: pattern,
  /**
   * The units a figure can count ("households", "episodes"), each named by
   * its words; one vocabulary for every note, footnote, label and remark that
   * says what a figure counts (match/countedUnit.ts).
   */
  countedUnits: z
    .array(
      z.strictObject({
        unit: z.string().min(1),
        /** The request's metric `counts` this unit is, if any. */
        counts: z.enum(["children", "episodes"]).optional(),
        words: pattern,
        /** A group of this unit counted once ("sibling groups") stands for a count of this other unit. */
        standsFor: z.string().optional(),
      }),
    )
    .min(1),
  caveats: z.array(
    z.object({
      kind: z.enum(["cohort", "snapshot", "subgroup"]),
      pattern,
      groups: z.array(z.string()).optional(),
      metrics: z.array(z.string()).optional(),
      /** Limits the caveat to measures whose metric is of these kinds ("median" qualifies only an average). */
      metricKinds: z.array(z.enum(METRIC_KINDS)).optional(),
      /**
       * The caveat's words name what the measure itself asks ("weeks" for "average weeks to a decision"):
       * a label or note saying them then only confirms it, so the caveat is dropped for such a measure.
       */
      unlessMeasureSays: z.boolean().optional(),
      /**
       * The note says what its figures count ("individual carers, not households", "children, not
       * interviews"): it covers only measures whose metric counts the unit it denies (match/countedUnit.ts,
       * with countedUnits), since the same words said of a count of carers only confirm it.
       */
      countedUnit: z.boolean().optional(),
      /**
       * The caveat says the figure is another quantity than the measure (a median for an average, weeks
       * for days, a yearly total for a weekly average): it is no exact figure of the measure, so it is
       * not used as one, and the warning names the measure. Other cohort caveats keep their figure.
       */
      otherQuantity: z.boolean().optional(),
      /**
       * Every word of the quantity an otherQuantity caveat is about, the measure's own among them
       * ("weekly" beside "daily"): a label that also says the measure's own one ("Average weekly cost
       * (daily rate)") gives the measure, and the other word only says how it was reached.
       */
      kindWords: pattern.optional(),
      /**
       * "value_approximate": the note says the figures it covers are approximate ("* approximate figure"),
       * so they are not counted as exact; any other caveat keeps its figure with a warning.
       */
      code: z.enum(["label_outside_request", "value_approximate"]),
      /**
       * A note that speaks for the whole reply ("the figures cover both boroughs") covers every figure of
       * the file (and of an e-mail's attachments) when it names no narrower scope of its own.
       */
      wholeReply: z.boolean().optional(),
      /** How a note (not a label) with this caveat is read, when not as its kind: a wider definition said of a whole question's figures has no narrower figure beside it to prefer. */
      noteKind: z.enum(["cohort"]).optional(),
      message: z.string().includes("{phrase}"),
    }),
  ),
  /**
   * A request's measure that leaves something out ("within 20 weeks, excluding exception cases") makes a
   * label or note that puts it back ("(including exceptions)") another definition: each head word the
   * request excludes becomes a caveat (see exclusionCaveats).
   */
  /**
   * A clause that says how a figure was worked out ("calculated from daily rates", "based on"): an
   * otherQuantity caveat's words inside it describe the method, not the figure (read over the label
   * as written, lower case, up to the caveat's words).
   */
  howWorkedOut: pattern.optional(),
  requestExclusions: z
    .object({
      /** Over the request's question and measure text, lower case; its first group is the excluded head word. */
      excluded: pattern,
      /** Head words too general to name what is left out ("excluding cases where …"). */
      tooGeneral: z.array(z.string()),
      /** Over normalised label text; "{head}" is the excluded head word, escaped. */
      included: z.string().includes("{head}"),
      message: z.string().includes("{phrase}"),
    })
    .optional(),
  /**
   * The mirror of requestExclusions: a request's measure that counts something in ("went missing or
   * absent", "still missing (including those who turned 18 …)") makes a label or note that leaves it out
   * ("absences are not included") a narrower definition: each head word the request counts in becomes a
   * caveat (see inclusionCaveats).
   */
  requestInclusions: z
    .object({
      /** Over the request's measure, group and metric labels and question text, lower case; its first defined group is a head word the request counts in. */
      included: pattern,
      /** Head words too general to name what is counted in ("or other", "including any"). */
      tooGeneral: z.array(z.string()),
      /** Over normalised label text; "{head}" is the head word's stem, escaped, and takes its endings itself. */
      excluded: z.string().includes("{head}"),
      message: z.string().includes("{phrase}"),
    })
    .optional(),
  /**
   * A measure whose label names a condition of what it counts ("young people assessed who had been placed
   * …", "assessments that concluded …") makes a note that the figures include ones without it ("including
   * young people never assessed", "before the assessment concluded") a wider count: each condition word
   * becomes a caveat (see conditionCaveats).
   */
  requestConditions: z
    .object({
      /** Over a measure's label, lower case: the words naming a condition (its first group). */
      word: pattern,
      /** Condition words too general to name one ("involved", "recorded"). */
      tooGeneral: z.array(z.string()),
      /** Over normalised label text; "{stem}" is the word's stem, escaped, and takes its endings itself. */
      widened: z.string().includes("{stem}"),
      message: z.string().includes("{phrase}"),
    })
    .optional(),
  /**
   * A request's metric that names one stage of what it counts ("assessments completed") makes a label or
   * note naming another stage of it ("age assessments started") a count of other events: each stage whose
   * words the metric's own texts say, and whose other words they do not, becomes a caveat (see stageCaveats).
   */
  requestStages: z
    .object({
      stages: z.array(
        z.strictObject({
          /** Over the request's metric and measure labels and question text, lower case. */
          asked: pattern,
          /** Over normalised label text: words naming another stage of the same events. */
          other: pattern,
          /** This stage's own sentence, where the shared one would not say what differs ("{metric}", "{phrase}"). */
          message: z.string().includes("{phrase}").optional(),
        }),
      ),
      /** "{metric}" is the metric's label. */
      message: z.string().includes("{phrase}"),
    })
    .optional(),
});
export type LabelVocabulary = z.infer<typeof LabelVocabularySchema>;

export function loadLabels(dir: string): LabelVocabulary {
  return loadJson(join(dir, "labels.json"), LabelVocabularySchema);
}

/**
 * The vocabulary for one request: the phrasings of the request's own groups
 * and metrics only (labels.json's for a built-in id unless the request
 * says `builtInPhrasings: false`, plus the request's own), so a round about school exclusions never reads "UASC" as one of its
 * groups. Refinements and qualifiers naming a group or metric the request
 * does not have are dropped with it.
 */
export function withRequestPhrasings(vocab: LabelVocabulary, request: Request): LabelVocabulary {
  const groupIds = new Set(request.groups.map((g) => g.id));
  const metricIds = new Set(request.metrics.map((m) => m.id));
  return {
    ...vocab,
    groups: Object.fromEntries(
      request.groups
        .map((g): [string, string[]] => [
          g.id,
          [...(g.builtInPhrasings === false ? [] : (vocab.groups[g.id] ?? [])), ...g.phrasings],
        ])
        .filter(([, list]) => list.length > 0),
    ),
    qualifierGroups: vocab.qualifierGroups.filter((g) => groupIds.has(g)),
    requestGroups: [...groupIds],
    groupWords: requestGroupWords(request),
    subsetOf: Object.fromEntries(request.relations.flatMap((r) => (r.kind === "subset" ? [[r.group, r.of]] : []))),
    supersets: supersetsOf(request),
    subsetQuestions: subsetQuestionsOf(request),
    partOf: partsToWholes(request.relations),
    listGroups: listGroupsOf(request),
    baseMetric: request.metrics[0]?.id ?? vocab.baseMetric,
    caveats: [
      ...caveatsForBase(vocab, request),
      ...exclusionCaveats(vocab, request),
      ...inclusionCaveats(vocab, request),
      ...stageCaveats(vocab, request),
      ...conditionCaveats(vocab, request),
      ...ageBandCaveats(request),
    ],
    metrics: Object.fromEntries(
      request.metrics
        .map((m): [string, string[]] => [
          m.id,
          [...(m.builtInPhrasings === false ? [] : (vocab.metrics[m.id] ?? [])), ...m.phrasings],
        ])
        .filter(([, list]) => list.length > 0),
    ),
    metricRefines: Object.fromEntries(
      Object.entries(vocab.metricRefines)
        .filter(([m]) => metricIds.has(m))
        .map(([m, list]) => [m, list.filter((x) => metricIds.has(x))]),
    ),
  };
}

/**
 * The words of each group's label and of its base-metric measures' labels
 * (three letters or more, lower case): the measures of another metric
 * ("Appeals against refusal of SEND transport") name what they count,
 * which a label naming only the group does not.
 */
function requestGroupWords(request: Request): Record<string, string[]> {
  const base = request.metrics[0]?.id;
  const wordsOf = (text: string): string[] => (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) as string[];
  return Object.fromEntries(
    request.groups.map((g) => [
      g.id,
      [
        ...new Set([
          ...wordsOf(g.label),
          ...request.measures.filter((m) => m.group === g.id && m.metric === base).flatMap((m) => wordsOf(m.label)),
        ]),
      ],
    ]),
  );
}

/**
 * "New EHC plans issued within 20 weeks (excluding exceptions)": a figure
 * labelled "(including exceptions)", or under a note that question 4's
 * figures include exception cases, counts what the request left out. For
 * each head word a measure's label or its question excludes, one caveat
 * limited to that measure's group and metric: a label that includes it is
 * another group's figure (set aside beside the requested one, flagged when
 * alone, like a subgroup), and a note that includes it keeps the figures
 * with a warning (there is no narrower figure to prefer).
 */
export function exclusionCaveats(vocab: LabelVocabulary, request: Request): LabelVocabulary["caveats"] {
  const rule = vocab.requestExclusions;
  if (!rule) return [];
  const excluded = new RegExp(rule.excluded, "giu");
  const general = new Set(rule.tooGeneral);
  const seen = new Set<string>();
  const out: LabelVocabulary["caveats"] = [];
  for (const m of request.measures) {
    const texts = [m.label, ...request.questions.filter((q) => q.measures.includes(m.id)).map((q) => q.text)];
    for (const text of texts) {
      for (const hit of text.toLowerCase().matchAll(excluded)) {
        // "exception cases" and "exceptions" are one head: the word without a plural s ("class" keeps its own).
        const head = (hit[1] ?? "").replace(/(?<!s)s$/u, "");
        const key = `${m.group}\u0000${m.metric}\u0000${head}`;
        if (head.length < 3 || general.has(head) || seen.has(key)) continue;
        seen.add(key);
        out.push({
          kind: "subgroup",
          noteKind: "cohort",
          pattern: rule.included.replaceAll("{head}", escapeRegex(head)),
          groups: [m.group],
          metrics: [m.metric],
          code: "label_outside_request",
          message: rule.message,
        });
      }
    }
  }
  return out;
}

/**
 * "Went missing or absent at least once": a note that the figures leave out
 * what the request counts in ("children recorded as absent are not
 * included", "excluding absences") gives a narrower count than the one
 * asked for. For each head word a measure's texts count in (the second of
 * "missing or absent", the head of "including those who turned 18"), one
 * caveat over the groups and metrics of the measures that say it: a label
 * that leaves it out is another group's figure (set aside beside the
 * requested one, flagged when alone), and a note that leaves it out keeps
 * the figures with a warning. Caveats of one head are merged, since a
 * sentence's caveat of one kind is read once.
 */
export function inclusionCaveats(vocab: LabelVocabulary, request: Request): LabelVocabulary["caveats"] {
  const rule = vocab.requestInclusions;
  if (!rule) return [];
  const included = new RegExp(rule.included, "giu");
  const general = new Set(rule.tooGeneral);
  const heads = new Map<string, { groups: Set<string>; metrics: Set<string> }>();
  for (const m of request.measures) {
    const texts = [
      m.label,
      request.metrics.find((x) => x.id === m.metric)?.label ?? "",
      request.groups.find((g) => g.id === m.group)?.label ?? "",
      ...request.questions.filter((q) => q.measures.includes(m.id)).map((q) => q.text),
    ];
    for (const text of texts) {
      for (const hit of text.toLowerCase().matchAll(included)) {
        const head = hit.slice(1).find((g) => g !== undefined) ?? "";
        if (head.length < 3 || general.has(head)) continue;
        const scope = heads.get(head) ?? { groups: new Set<string>(), metrics: new Set<string>() };
        scope.groups.add(m.group);
        scope.metrics.add(m.metric);
        heads.set(head, scope);
      }
    }
  }
  return [...heads].map(([head, scope]) => ({
    kind: "subgroup" as const,
    noteKind: "cohort" as const,
    pattern: rule.excluded.replaceAll("{head}", `${escapeRegex(stemOf(head))}\\w*`),
    groups: [...scope.groups],
    metrics: [...scope.metrics],
    code: "label_outside_request" as const,
    message: rule.message,
  }));
}

/**
 * "Assessments completed": a label or note naming another stage of the same
 * events ("Age assessments started", "the figures … are the number of age
 * assessments started") counts events the request did not ask about, since
 * some started are never concluded. For each metric whose label, measure
 * labels or question text say a stage's words and none of its other words,
 * one caveat limited to that metric: a label naming another stage is set
 * aside beside the requested figure (flagged when alone), and a note keeps
 * the figures with a warning.
 */
export function stageCaveats(vocab: LabelVocabulary, request: Request): LabelVocabulary["caveats"] {
  const rule = vocab.requestStages;
  if (!rule) return [];
  const out: LabelVocabulary["caveats"] = [];
  for (const metric of request.metrics) {
    const measures = request.measures.filter((m) => m.metric === metric.id);
    const texts = [
      metric.label,
      ...measures.map((m) => m.label),
      ...request.questions.filter((q) => q.measures.some((id) => measures.some((m) => m.id === id))).map((q) => q.text),
    ].map((t) => t.toLowerCase());
    for (const stage of rule.stages) {
      const asked = new RegExp(stage.asked, "u");
      const other = new RegExp(stage.other, "u");
      if (!texts.some((t) => asked.test(t)) || texts.some((t) => other.test(t))) continue;
      out.push({
        kind: "subgroup",
        noteKind: "cohort",
        pattern: stage.other,
        metrics: [metric.id],
        code: "label_outside_request",
        message: (stage.message ?? rule.message).replaceAll("{metric}", metric.label),
      });
    }
  }
  return out;
}

/**
 * "Young people assessed who had been placed in adult accommodation": a note
 * that the figures include young people without the measure's condition
 * ("it includes young people … whose age we did not go on to assess", "the
 * figures include young people who disengaged before the assessment
 * concluded") counts more than the request asked for. For each condition
 * word of a measure's label, one caveat over that measure's group and
 * metric; a note so read keeps the figures it covers with a warning, and a
 * label so read is set aside beside the requested figure (flagged when
 * alone). Caveats of one word are merged, since a sentence's caveat of one
 * kind is read once.
 */
export function conditionCaveats(vocab: LabelVocabulary, request: Request): LabelVocabulary["caveats"] {
  const rule = vocab.requestConditions;
  if (!rule) return [];
  const word = new RegExp(rule.word, "gu");
  const general = new Set(rule.tooGeneral);
  const stems = new Map<string, { groups: Set<string>; metrics: Set<string> }>();
  for (const m of request.measures) {
    for (const hit of m.label.toLowerCase().matchAll(word)) {
      const w = hit[1] ?? "";
      if (general.has(w)) continue;
      const stem = stemOf(w);
      const scope = stems.get(stem) ?? { groups: new Set<string>(), metrics: new Set<string>() };
      scope.groups.add(m.group);
      scope.metrics.add(m.metric);
      stems.set(stem, scope);
    }
  }
  return [...stems].map(([stem, scope]) => ({
    kind: "subgroup" as const,
    noteKind: "cohort" as const,
    pattern: rule.widened.replaceAll("{stem}", escapeRegex(stem)),
    groups: [...scope.groups],
    metrics: [...scope.metrics],
    code: "label_outside_request" as const,
    message: rule.message,
  }));
}

/**
 * A head word without its ending, so that one stem finds the note's other
 * forms of it: "absent" finds "absence" and "absences", "separated" finds
 * "separation", "turned" finds "turning". Four letters at least, so that a
 * short word keeps enough to name one thing.
 */
function stemOf(head: string): string {
  const stem = head.replace(/(?:ied|ing|ed|es|s|e|t|y)$/u, "");
  return stem.length >= 4 ? stem : head;
}

/** "aged 19-21", "aged 19 to 21", "aged 19, 20 or 21", "19 to 21 year olds": the first and last age. */
const AGE_BAND =
  /\bage[ds]?\s+(\d{1,2})(?:\s*[-–]\s*|\s+(?:to|and|or)\s+|(?:\s*,\s*\d{1,2}){1,3}\s*,?\s+(?:or|and)\s+)(\d{1,2})\b|\b(\d{1,2})(?:\s*[-–]\s*|\s+to\s+)(\d{1,2})[- ]year[- ]olds?\b/giu;

/**
 * "Care leavers aged 19 to 21": when the request asks its whole group (one
 * that is no part or subset of another) about one age band, a label or a
 * note naming another ("the figures below are for all care leavers aged 17
 * to 21") counts young people the request did not ask about. One caveat for
 * every group: a label naming another band is another group's figure (set
 * aside beside the requested one, flagged when alone), and a note keeps the
 * figures with a warning. A request whose whole groups name no band, or
 * several, gets none: its age bands are groups of their own ("aged 16-17" as
 * a part), read by their phrasings.
 */
export function ageBandCaveats(request: Request): LabelVocabulary["caveats"] {
  const inner = new Set(request.relations.flatMap((r) => (r.kind === "parts" ? r.parts : [r.group])));
  const wholes = request.groups.filter((g) => !inner.has(g.id)).map((g) => g.id);
  const texts = request.measures
    .filter((m) => wholes.includes(m.group))
    .flatMap((m) => [m.label, ...request.questions.filter((q) => q.measures.includes(m.id)).map((q) => q.text)]);
  const bands = new Set<string>();
  for (const g of request.groups) if (wholes.includes(g.id)) texts.push(g.label);
  for (const text of texts) {
    for (const hit of text.matchAll(AGE_BAND)) bands.add(`${hit[1] ?? hit[3]} ${hit[2] ?? hit[4]}`);
  }
  if (bands.size !== 1) return [];
  const [from, to] = [...bands][0]?.split(" ") ?? [];
  // Labels are normalised before matching: "17-21" reads "17 21" and "19, 20 or 21" reads "19 20 or 21".
  // The list of ages between is bounded ({0,3}) so that a long run of numbers costs linear time.
  const same = `(?!${from}\\b(?:\\s+\\d{1,2}){0,3}\\s+(?:(?:to|and|or)\\s+)?${to}\\b)`;
  const other = `(\\d{1,2})(?:\\s+\\d{1,2}){0,3}\\s+(?:(?:to|and|or)\\s+)?\\d{1,2}\\b`;
  return [
    {
      kind: "subgroup",
      noteKind: "cohort",
      // "The figures below are for all care leavers aged 17 to 21": the ages of everyone the reply counts.
      wholeReply: true,
      pattern: `\\bage[ds]?\\s+${same}${other}|\\b${same}${other}\\s+year\\s+olds?\\b`,
      code: "label_outside_request",
      message: `the label or a note names young people of other ages (“{phrase}”) than the ${from} to ${to} the request asked about`,
    },
  ];
}

/**
 * A caveat limited to the built-in base metric ("looked after at 31 March" is
 * a one-day count of the children looked after) limits it to the round's own
 * base metric: "children placed out of area at 31 March" is the same kind of
 * count in a round about placements. Without this the caveat would name a
 * metric the round does not have and never apply, and the one-day count would
 * be read as the period's.
 */
function caveatsForBase(vocab: LabelVocabulary, request: Request): LabelVocabulary["caveats"] {
  const base = request.metrics[0]?.id ?? vocab.baseMetric;
  if (base === vocab.baseMetric) return vocab.caveats;
  // A round whose base is another count but which also asks a metric under the built-in base's id
  // ("young people who became looked after", Q5 of a round on homeless 16- and 17-year-olds) keeps the
  // caveat on that metric as well: "looked after at 31 March" is a one-day count of it all the same.
  const keepsBuiltIn = request.metrics.some((m) => m.id === vocab.baseMetric);
  return vocab.caveats.map((c) =>
    c.metrics?.includes(vocab.baseMetric)
      ? {
          ...c,
          metrics: c.metrics.flatMap((m) => (m !== vocab.baseMetric ? [m] : keepsBuiltIn ? [base, m] : [base])),
        }
      : c,
  );
}

/** Each vocabulary made for one sender → the round's vocabulary it was made from. */
const roundVocabulary = new WeakMap<LabelVocabulary, LabelVocabulary>();

/**
 * The round's vocabulary for one sender's files: the same phrasings, with
 * the council's own name to read as "the local authority" (ownPlace). What
 * is compiled and remembered from the phrasings stays the round's (see
 * roundVocabularyOf), so a run of many senders does not compile and learn
 * every label again for each.
 */
export function withOwnPlace(vocab: LabelVocabulary, ownPlace: string): LabelVocabulary {
  const round = roundVocabularyOf(vocab);
  const own = { ...round, ownPlace };
  roundVocabulary.set(own, round);
  return own;
}

/** The round's vocabulary a sender's was made from (withOwnPlace), or the vocabulary itself. */
export function roundVocabularyOf(vocab: LabelVocabulary): LabelVocabulary {
  return roundVocabulary.get(vocab) ?? vocab;
}

/** Each part of a parts relation → its whole. */
function partsToWholes(relations: readonly Relation[]): Record<string, string> {
  return Object.fromEntries(
    relations.flatMap((r) => (r.kind === "parts" ? r.parts.map((part) => [part, r.whole] as const) : [])),
  );
}

/** Each subset group of the request → every group a subset relation names it a subset of. */
function supersetsOf(request: Request): Record<string, string[]> {
  const supersets: Record<string, string[]> = {};
  for (const r of request.relations)
    if (r.kind === "subset") supersets[r.group] = [...(supersets[r.group] ?? []), r.of];
  return supersets;
}

/** The request's questions whose measures are all of one subset group, by number (lower case) → that group. */
function subsetQuestionsOf(request: Request): Record<string, string> {
  const subsets = new Set(request.relations.flatMap((r) => (r.kind === "subset" ? [r.group] : [])));
  const out: Record<string, string> = {};
  for (const q of request.questions) {
    const groups = new Set(q.measures.map((m) => request.measures.find((d) => d.id === m)?.group));
    const [group] = [...groups];
    if (groups.size === 1 && group !== undefined && subsets.has(group)) out[q.number.toLowerCase()] = group;
  }
  return out;
}
