import type { Issue } from "./issues.js";
import type { ReplyDetails } from "./reply.js";
import type { Group } from "./request.js";
import type { Source } from "./source.js";
import type { ParsedValue } from "./values.js";
import type { FileFormat } from "./workbook.js";

/**
 * One figure found in a file, tied to a measure, with where it came from and
 * why it was matched. Produced by the per-file stages (locate → match → parse).
 */
export interface Fact {
  measure: string;
  /** "reported" etc. from the parsed text; "derived" when counted from an episode list. */
  status: ParsedValue["status"] | "derived";
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** The cell text as found (for derived figures, a short description). */
  raw: string;
  /** One source for a read figure; every contributing cell for a derived one. */
  sources: Source[];
  /** The label text(s) that identified the measure. */
  label: string;
  /** True when the text was not understood; the fact carries no figure. */
  unparsed?: boolean;
  /** The number an approximate answer gave ("approximately 270"); the fact carries no figure, but the question was answered. */
  approximate?: number;
  invalid?: ParsedValue["invalid"];
  /**
   * Why the figure seems to be for another period or from a draft ("last
   * year, for comparison", a sheet named "DRAFT"). Set by the match stage and
   * settled per file, where a figure without such a mark may replace it.
   */
  otherPeriod?: string;
  /**
   * Words of the figure's own label, or of a note naming its question, that
   * say it is one figure for every requested period together ("2021 to 2024
   * together", "it is not broken down by year"), though it stands in one
   * period's column: counted for no period (assemble/keyPeriods).
   */
  overPeriods?: string;
  /**
   * The mark in otherPeriod says the figure is a count on one day ("as at
   * 31 March 2015"), not over the requested period.
   */
  oneDay?: boolean;
  /**
   * The mark in otherPeriod is the figure's own bracketed remark naming a
   * nearby period ("24 (financial year 2017/18)"): flagged as a nearby
   * period's count (period_approximate) when kept.
   */
  remarked?: boolean;
  /**
   * The mark in otherPeriod says the figure is for a nearby period (the
   * financial year "2014-15" beside a column for the requested 1 October to
   * 30 September): set aside only beside the requested period's own figure,
   * and otherwise kept as it was, flagged by the period checks.
   */
  nearby?: boolean;
  /**
   * Text around the figure that may name its period but not its measure:
   * its column's title ("2022/23") and the title line above its table.
   * Read when a request asks about several periods (assemble/keyPeriods).
   */
  periodText?: string;
  /**
   * The figure is on a letter's line below the end of a table a period title headed ("2023" over a Word
   * table, then "Children still missing: none"): the title's period ended with its table, so the line may be
   * about that period or any other, and a nil there is not read as the whole span's (assemble/keyPeriods).
   */
  afterPeriodTable?: true;
  /**
   * "Not applicable - see answer to question 4": the answer pointed at, as
   * written ("0 in each year."), whose words say what periods it covers.
   */
  answeredBy?: string;
}

/**
 * A nationality list whose words do not say whose children it counts
 * ("Of the 41 young people who went missing, 17 were Afghan, …" under a
 * question about both groups). Its group may still follow from the file's
 * own figures (assemble/inferListGroup); if not, its issue is reported.
 */
export interface UngroupedList {
  items: Omit<NationalityFact, "group">[];
  /** The count of children the list says it covers ("Of the 41 …"), when it says one. */
  statedTotal: number | null;
  /**
   * The stated total is a table's total row ("Total | 3"), not words saying whose children the list counts: a sum
   * of the rows names no group, so it cannot stand in for "Of the 3 young people who went missing" beside a group
   * the file says nothing of.
   */
  totalFromSumRow?: true;
  /** Reported when no group can be told. */
  issue: Issue;
}

/** A count of missing children of one nationality. */
export interface NationalityFact {
  /** One of the request's nationalityGroups. */
  group: Group;
  /** Nationality text as written. */
  raw: string;
  /** Canonical demonym, e.g. "Vietnamese"; "Other/unknown" when not recognised. */
  nationality: string;
  /** ISO 3166-1 alpha-2, or "" for other/unknown. */
  iso: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  status: ParsedValue["status"];
  rawValue: string;
  source: Source;
  /**
   * Text around the figure that may name its period: its count column's
   * header ("2019"), the title line above its table, the sentence it is in.
   * Read when a request asks about several periods (assemble/keyPeriods).
   */
  periodText?: string;
  /**
   * The requested period the figure is for, set by assemble/keyPeriods when
   * a request asks about several: the one period its text names, or the
   * whole span asked about (request.period.id) when it names none, as a
   * breakdown given once for the whole round is. Absent in a one-period
   * request, whose every figure is its one period's.
   */
  period?: string;
  /**
   * Set when the list's own words name no group and it was given the group
   * of the line or section before it: assemble/releaseContextLists takes
   * the group back when the file says none of that group went missing.
   */
  groupFromContext?: true;
  /**
   * The requested periods a list's own words name together, some but not
   * all of them ("across 2021, 2022 and 2023 together"): set by
   * assemble/keyPeriods, which keys the list to the whole span and flags it.
   */
  periodsTogether?: string[];
  /**
   * Set when the list gives no count but says every child of the group was
   * of this nationality ("were all Afghan nationals"): value and bounds are
   * null until assemble/countAllOfGroup gives it the group's went-missing
   * figure from the same file, or leaves it out with an issue.
   */
  allOfGroup?: true;
}

/** A period stated in a return, e.g. "1 October 2014 – 30 September 2015". */
export interface PeriodFact {
  raw: string;
  start: string | null;
  end: string | null;
  /**
   * The return names the kind of year ("academic year 2021/22", "(Sept-Aug)"),
   * so its dates, not its pair of years, say which requested period it is.
   */
  datesStated?: true;
  /**
   * The period is named inside a question the reply restates ("How many UASC
   * were looked after between 1 October 2014 and 30 September 2015?"): the
   * request's words, not the council's statement of what its figures cover.
   */
  inQuestion?: true;
  /**
   * The period is named in a note scoped to the figures carrying a mark ("The
   * missing episodes figure (marked *) covers 1 April 2013 to …"): it dates
   * those figures, not a nationality list below it.
   */
  ofMarkedFigures?: true;
  /**
   * The sentence naming the period says it covers every figure in the reply ("We can only give figures
   * for the financial year 2016-17, when 60 UASC were looked after"): it dates every list below it, even
   * where the figures on its own line count one group only.
   */
  ofWholeReply?: true;
  source: Source;
}

/** A decision a user may want to check or override, recorded as a sentence. */
export interface Decision {
  file: string;
  sheet?: string;
  cell?: string;
  message: string;
}

/** A whole-document answer such as a s.12 refusal letter or "not held". */
export interface DocumentStatus {
  status: "not_held" | "refused";
  raw: string;
  source: Source;
  /**
   * The measures of the questions the refusal names ("Question 3 (…): … a
   * Refusal Notice under section 12 for this part of the request"), when it
   * names some but not all of the questions that ask for counts; absent for
   * the whole request.
   */
  measures?: string[];
}

/** A document's own words saying it corrects an earlier reply, and where they are. */
export interface CorrectionNote {
  /** The wording that says so ("correction to our response of 3 December 2015"). */
  raw: string;
  /** ISO date of the reply it corrects, when it names one. */
  refersTo: string | null;
  /** Where the wording is; null when it is in an e-mail's Subject header. */
  source: Source | null;
}

export interface AuthorityMatch {
  code: string;
  /** How it was identified: manifest, content or file name, with the text matched. */
  how: string;
}

/**
 * A correction's new figure for one nationality of an earlier reply's
 * list. `group` is the group the sentence names, or null when it names
 * none: the earlier list then says whose the nationality is.
 */
export interface NationalityCorrection {
  group: Group | null;
  nationality: string;
  iso: string;
  value: number;
  /** The figure it replaces, when the sentence gives it. */
  old: number | null;
  raw: string;
  source: Source;
  /**
   * The figure is one item of a whole list restated ("question 9 should
   * read: Albanian (2), Afghan (2), Eritrean (1)"): the list replaces the
   * earlier one, a name it leaves out going with it.
   */
  wholeList?: true;
  /** "please add Iraqi 1 to the UASC nationality breakdown": `value` more children, added to the earlier list's. */
  added?: true;
}

/** Everything the per-file stages learn from one file. Pure data, structured-clone safe. */
export interface FileResult {
  file: string;
  format: FileFormat | null;
  /** Hex SHA-256 of the bytes, to spot byte-identical resubmissions. */
  sha256: string;
  ingested: boolean;
  /** Why the file was not ingested (when ingested is false). */
  reason?: string;
  authority: AuthorityMatch | null;
  sheetsUsed: string[];
  facts: Fact[];
  nationalities: NationalityFact[];
  periods: PeriodFact[];
  document: DocumentStatus | null;
  /** The reply's own reference, date, advice and named body (absent when the file could not be read). */
  reply?: ReplyDetails;
  /** Set when the document says it corrects an earlier reply: it is then the later of the two. */
  correction?: CorrectionNote;
  /** One nationality's figure a correction restates ("the Eritrean figure in Q9 should read 3"), applied in assemble. */
  nationalityCorrections?: NationalityCorrection[];
  decisions: Decision[];
  issues: Issue[];
  /**
   * A letter's lines (a document taken out of a zip or attached to an e-mail, short enough to be a
   * letter): a note there may cover the figures of the files it was sent with (pipeline/applyCoveringLetters).
   */
  letterLines?: { text: string; source: Source }[];
  /**
   * The days the file's notes say a year "to date" runs to ("figures for 2024 are to date (as at 31 July
   * 2024)"), set only when the request's last period is a part-year from 1 January (parse/yearToDate).
   */
  toDateDays?: string[];
  /**
   * The headings the file's own key defines as requested periods ("2024 (part) = 1 January 2024 to 30
   * April 2024", "* 1 January 2024 to 30 April 2024" under "2024*"), see parse/definedPeriodHeadings.
   */
  definedHeadings?: DefinedHeading[];
  /**
   * The words of a letter (an e-mail's body) saying its attachment's figures
   * stand where the two differ (labels.json attachmentPrecedence).
   */
  defersToAttachment?: string;
  /**
   * A shared service's file that answers for several authorities, one column
   * each: the figures of each column, for its authority. The file's own
   * facts are then empty.
   */
  shares?: SharedAnswer[];
  /**
   * A shared service's letter answering for each of its councils line by line
   * ("Kingston: 22   Richmond: 12"): the letter read as each council's, in
   * the file's place when returns are assembled. The file's own facts are then empty.
   */
  split?: FileResult[];
}

export interface SharedAnswer {
  authority: AuthorityMatch;
  facts: Fact[];
  issues: Issue[];
  decisions: Decision[];
}

/**
 * A heading the reply defines as one of the requested periods, in a key or
 * note of its own: "2024 (part) covers 1 January 2024 to 30 April 2024.",
 * "2024 (part) = 1 January 2024 to 30 April 2024", or a footnote's mark,
 * "* | 1 January 2024 to 30 April 2024" under a header "2024*".
 */
export interface DefinedHeading {
  /** The heading as the key writes it, lower case, spaces collapsed: "2024 (part)", or the mark alone: "*". */
  term: string;
  /** Whether the term is a footnote's mark, which a heading carries after its year ("2024*"). */
  mark: boolean;
  /** The requested period's id. */
  period: string;
  /**
   * The span the key gives, as written, when it is not the requested period
   * but starts with it ("1 January 2024 to 31 May 2024" for 1 January to 30
   * April): the heading's figures are that span's, counted for no period.
   */
  other?: string;
}
