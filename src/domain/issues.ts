import { z } from "zod";

/**
 * The one catalogue of issue codes. Every issue foi-agg emits has a code from
 * here, so the list of codes cannot drift from what the code emits: the
 * `IssueCode` type is derived from the keys. `severity` is the default; a
 * check that is only "possibly" violated may lower it (see `makeIssue`).
 * `followup` says whether the problem is worth asking the council about.
 */
export const CATALOGUE = {
  // --- files -----------------------------------------------------------------
  file_unsupported: { severity: "error", followup: true, title: "File format not supported" },
  file_empty: { severity: "error", followup: true, title: "File is empty" },
  file_corrupt: { severity: "error", followup: true, title: "File is unreadable or corrupt" },
  /**
   * A limit that keeps a hostile or runaway file from exhausting memory or
   * time (bytes, inflated zip size, pages, cells, characters, seconds); the
   * message names the limit.
   */
  file_too_large: {
    severity: "error",
    followup: true,
    title: "File is larger than foi-agg reads (a limit on size, parts or text was reached)",
  },
  file_unparsed: { severity: "error", followup: true, title: "File does not parse" },
  /**
   * Reading the file took longer than the per-file time budget
   * (`--file-timeout`), so it was abandoned and its worker thread stopped. Not
   * a follow-up: the remedy is ours (a larger budget), not the council's.
   */
  file_time_budget: {
    severity: "error",
    followup: false,
    title: "File took longer to read than the time budget for one file; abandoned",
  },
  file_no_figures: { severity: "error", followup: true, title: "No figures found in file" },
  /**
   * A scanned image with no text layer (or a PDF with no text at all); foi-agg
   * does not OCR, so ask for a text PDF or a spreadsheet.
   */
  file_scanned: { severity: "error", followup: true, title: "File is a scanned image with no text" },
  file_duplicate_bytes: { severity: "info", followup: false, title: "File is a byte-for-byte copy of another" },
  file_manifest: { severity: "info", followup: false, title: "Manifest file read" },
  file_ignore_rules: { severity: "info", followup: false, title: "Ignore file read (.foi-aggignore)" },
  file_ignored: { severity: "info", followup: false, title: "File left out by an ignore rule or --exclude" },
  /** A symbolic link that leads out of the input folder: never followed, so nothing outside the folder is read. */
  file_outside_folder: { severity: "warning", followup: false, title: "Link leads outside the input folder; not read" },
  /** Linux file names are bytes; a name that is not UTF-8 is shown with `\xNN` for the bytes that are not. */
  file_name_not_utf8: { severity: "info", followup: false, title: "File name is not valid UTF-8" },
  sheet_hidden: { severity: "info", followup: false, title: "Hidden sheet ignored" },
  /**
   * A figure typed as text in a spreadsheet, with spaces around it ("106
   * "): read as its number, said once per sheet (info), since the sheet's
   * own sums skip text cells.
   */
  value_stored_as_text: { severity: "info", followup: false, title: "Figures typed as text in the sheet" },
  sheet_empty: { severity: "info", followup: false, title: "Empty sheet" },
  encoding_guessed: { severity: "info", followup: false, title: "Text encoding guessed" },
  file_misnamed: { severity: "info", followup: false, title: "File content does not match its name" },
  file_shared: { severity: "info", followup: false, title: "File answers for several authorities, one column each" },
  // --- containers (zip archives and e-mails, opened before reading) -------------
  container_opened: { severity: "info", followup: false, title: "Archive or e-mail opened; its files read one by one" },
  container_limit: { severity: "error", followup: false, title: "Archive or e-mail breaks a safety limit" },
  container_unsafe_name: { severity: "warning", followup: false, title: "Archive entry has an unsafe path" },
  container_encrypted: { severity: "error", followup: true, title: "Archive entry is password-protected" },
  formula_no_result: { severity: "warning", followup: true, title: "Formula has no saved result" },
  // --- authority identification ------------------------------------------------
  authority_unidentified: { severity: "error", followup: false, title: "File names no authority" },
  authority_mismatch: { severity: "error", followup: true, title: "File name and content name different authorities" },
  authority_ambiguous: { severity: "error", followup: false, title: "File content names several authorities" },
  /**
   * The file was given to a council only from its initials, in the file name ("FOI-PKC-1234.csv") or in
   * contents that never spell the name out ("Our ref: NYCC/CYPS/FOI/15-1123"): checked by a person.
   */
  authority_from_initials: {
    severity: "info",
    followup: false,
    title: "Authority read from its initials only",
  },
  /**
   * The file's contents name no authority and a full council name in its file name was taken ("Portsmouth FOI
   * 5512 reply.txt"): a file name is typed by whoever saved the file, so the researcher is shown the one piece
   * of evidence the assignment rests on. A folder name is the researcher's own filing, like a manifest line.
   */
  /**
   * The file was given to a council only because its file name's reference number is built on the first letters
   * of that council's name ("FOI_CRO_2018_4471.csv"), the weakest evidence of all: a person should check it.
   */
  authority_from_clipped_name: {
    severity: "warning",
    followup: false,
    title: "Authority read from the first letters of its name in a reference number only",
  },
  authority_from_file_name: {
    severity: "info",
    followup: false,
    title: "Authority read from the file name only",
  },
  /**
   * The file was given to a council only from the end of its text (the name under a signature, "Kind regards …
   * Torbay Council") or from the e-mail it came with (the From address's domain, its signature), with no
   * letterhead, opening or file name naming it: a reply copied from a neighbour's template, or a forwarded one,
   * is signed by whoever sent it on, so the researcher is shown where the assignment came from.
   */
  authority_from_signature: {
    severity: "info",
    followup: false,
    title: "Authority read only from a signature or the sender's e-mail address",
  },
  authority_manifest_unknown: { severity: "error", followup: false, title: "Manifest names an unknown authority" },
  /**
   * The reply is from a body that is not one of the round's authorities (a
   * district or town council, an NHS body, a combined authority, an authority
   * abolished before the round or formed after it); the message names it.
   * The file is listed with that reason and not counted.
   */
  authority_outside_round: {
    severity: "warning",
    followup: false,
    title: "Reply is from a body outside the round",
  },
  /**
   * A figure for a period that began before its council did, where the
   * reorganisation that made the council changed the area (a county split,
   * councils merged): it comes from the predecessors' records and may count
   * the whole former area. Named per figure (check/predecessorArea.ts).
   */
  authority_predecessor_area: {
    severity: "warning",
    followup: true,
    title: "Figure is from before the council began, when its area was another council's",
  },
  /**
   * A figure for a period before the council began, where it took over one
   * predecessor's whole area as another kind of council (a county become a
   * unitary council): the same children, counted in the predecessor's
   * records. Information, once per return and period (check/predecessorArea.ts).
   */
  authority_predecessor_same_area: {
    severity: "info",
    followup: false,
    title: "Figures from before the council began, from its predecessor over the same area",
  },
  manifest_invalid: { severity: "error", followup: false, title: "Manifest line not understood" },
  no_return: { severity: "info", followup: true, title: "No return received" },
  duplicate_return: { severity: "info", followup: false, title: "More than one return for this authority" },
  /**
   * Two returns from one council disagree on a figure. When one is plainly
   * the later (a later date, or it says it corrects the other) its figure
   * is used and the issue is raised as a warning naming the measure; when
   * the order can't be told, neither figure is counted (an error). Either
   * way the council is asked which is right.
   */
  duplicate_conflict: { severity: "error", followup: true, title: "Returns for this authority disagree" },
  // --- layout and labels -------------------------------------------------------
  layout_unknown: { severity: "warning", followup: false, title: "Table not understood" },
  /**
   * Two or more tables set side by side on one sheet, each titled with its
   * group ("Trafficked children" left, "Unaccompanied …" right) and often with
   * the same row labels: read as separate tables, each figure taking the group
   * of the title over its columns. Said so the researcher can check the
   * split, since the same labels on one row mean different children.
   */
  /**
   * A reporting tool's block of run details over or under the data ("Run
   * date:", "Parameters:", "Rows returned: 8"): its rows are read as
   * metadata, never as figures, and the researcher is told so.
   */
  /**
   * A table typed with spaces inside a plain-text letter: its columns are
   * found by where the characters line up, so the lines read that way are
   * named (info) for a person to check against the letter.
   */
  /**
   * A covering letter pasted into a spreadsheet's cells, one sentence a
   * row, above the table: named (info) so a person sees its dates and
   * section numbers were not taken as figures.
   */
  layout_letter_in_cells: {
    severity: "info",
    followup: false,
    title: "Covering letter pasted into the sheet's cells above the table",
  },
  layout_typed_table: {
    severity: "info",
    followup: false,
    title: "Table typed with spaces in a text file, read by character position",
  },
  layout_report_metadata: {
    severity: "info",
    followup: false,
    title: "Reporting tool's run details read as metadata, not figures",
  },
  layout_tables_side_by_side: {
    severity: "info",
    followup: false,
    title: "Tables side by side read as separate tables, one per group title",
  },
  label_ambiguous: { severity: "error", followup: true, title: "Label matches more than one measure" },
  label_unmatched: { severity: "warning", followup: true, title: "Label with a figure matches no measure" },
  /**
   * "1. Number of looked after children placed … (not registered at the time
   * of placement)": the label's words read as one measure (placements) while
   * the request's own question of its number asks another (children). The
   * words are taken, as a council may number its answers its own way, but
   * one of the two is wrong, so the warning names both measures.
   */
  label_number_differs: {
    severity: "warning",
    followup: false,
    title: "A label's words and its question number name different measures",
  },
  /**
   * Bare numbered answers ("1. 3", "Question 6 - 2") that restate no
   * question: read by the request's numbering alone. Info, so the
   * researcher can check the council numbered its answers as asked.
   */
  /**
   * The same row labels repeat under section headings of different groups
   * ("Trafficked …" then "UASC" over "Looked after | Went missing" twice):
   * each figure's group is its heading's, said so (info).
   */
  label_group_from_heading: {
    severity: "info",
    followup: false,
    title: "Same labels under headings of different groups; group read from each heading",
  },
  label_from_question_number: {
    severity: "info",
    followup: false,
    title: "Answers read by question number alone (no question restated)",
  },
  label_outside_request: { severity: "warning", followup: true, title: "Figure is not one the request asked for" },
  figure_other_period: {
    severity: "warning",
    followup: true,
    title: "Figure may be for another period or group, or from a draft",
  },
  figure_set_aside: {
    severity: "warning",
    followup: false,
    title: "Figure set aside as another period's or a draft's",
  },
  value_conflict: {
    severity: "error",
    followup: true,
    title: "The return gives two different figures for one measure",
  },
  // --- values ------------------------------------------------------------------
  value_suppressed: { severity: "warning", followup: true, title: "Figure suppressed" },
  value_not_held: { severity: "warning", followup: true, title: "Information not held" },
  value_refused: { severity: "warning", followup: true, title: "Information refused" },
  value_not_answered: { severity: "warning", followup: true, title: "Question not answered" },
  value_unparsed: { severity: "error", followup: true, title: "Answer not understood" },
  value_annotated: { severity: "info", followup: false, title: "Figure read from annotated text" },
  /**
   * A sentence of the reply (a note under or above a table, a Notes sheet's line, a footnote, a letter's remark)
   * says what figures count ("Figures for Q2 reflect placements made by partner authorities as well as our own"),
   * and no reader of foi-agg understood it: the figures are kept as read, and the warning quotes the note and
   * names the measures it points at, or speaks for the whole return when it names none.
   */
  note_not_understood: {
    severity: "warning",
    followup: true,
    title: "A note in the reply qualifies what figures count, and was not understood",
  },
  /**
   * "approximately 270", "around 40", "c. 30": the council gives a count as
   * approximate. It is never taken as exact, and with no stated step it is
   * not read as a range either: the figure is left uncounted, and the
   * warning names its measure and the number given.
   */
  value_approximate: {
    severity: "warning",
    followup: true,
    title: "Figure given as approximate: not counted as exact",
  },
  value_summed: {
    severity: "warning",
    followup: true,
    title: "Figure added up from a breakdown (by sex, age or time) with no total",
  },
  value_rounded: { severity: "warning", followup: true, title: "Figure rounded (a note says so): read as a range" },
  /**
   * A rounding note covers a figure its step does not divide ("rounded to the
   * nearest 5" over a 4): no figure so rounded can be that, so it is read as
   * exact, and the warning names its measure in case the note is right.
   */
  value_rounding_unclear: {
    severity: "warning",
    followup: true,
    title: "Figure a rounding note covers but does not fit: read as exact",
  },
  value_negative: { severity: "error", followup: true, title: "Negative count" },
  value_fractional: { severity: "error", followup: true, title: "Fractional count" },
  /**
   * A bare fraction (0.104) answering a percentage, with no "%", "per cent"
   * or "percentage" in its cell, label or header: 0.104% or 10.4%? Kept as
   * written, and the warning names its measure.
   */
  value_percentage_scale_unclear: {
    severity: "warning",
    followup: true,
    title: "Percentage written as a fraction: 0.104% or 10.4%?",
  },
  /**
   * "41/57" given for a percentage whose metric says what it is "of" (its
   * numerator and denominator metrics): read as 71.9, with this warning,
   * since the council's two counts may not be the request's.
   */
  value_percentage_from_fraction: {
    severity: "warning",
    followup: true,
    title: "Percentage worked out from a fraction the council gave",
  },
  /**
   * A percentage given beside the two counts its metric is "of" disagrees
   * with them by more than one unit of its last decimal place.
   */
  check_percentage_mismatch: {
    severity: "warning",
    followup: true,
    title: "A percentage does not agree with the two counts it is the share of",
  },
  /** A percentage over 100 where the request asks for a percentage (a metric of kind "percentage"). */
  value_out_of_range: { severity: "error", followup: true, title: "Percentage over 100" },
  document_not_held: { severity: "warning", followup: true, title: "Whole return says the information is not held" },
  document_refused: { severity: "warning", followup: true, title: "Whole return is a refusal" },
  // --- period ------------------------------------------------------------------
  period_mismatch: { severity: "error", followup: true, title: "Return covers a different period" },
  period_approximate: {
    severity: "warning",
    followup: true,
    title: "Figure covers a nearby period (a financial or calendar year, or one day)",
  },
  period_not_stated: { severity: "info", followup: false, title: "Return does not state its period" },
  /**
   * A figure given beside a span of months narrower than the period it is
   * taken for ("2022 (Q1 only) – 3" under a question about all of 2022). It
   * is counted as the period's figure, as no other is given, but it counts
   * only part of the period, so the warning names its measure.
   */
  period_part: {
    severity: "warning",
    followup: true,
    title: "Figure covers only part of the requested period",
  },
  /**
   * A request asking about several periods got a figure that names none of
   * them (no year in its row, column, heading or sentence): it is not
   * counted for any period, since guessing one could put it in the wrong year.
   */
  figure_period_not_stated: {
    severity: "warning",
    followup: true,
    title: "Figure does not say which of the requested periods it is for",
  },
  // --- episodes and nationalities ------------------------------------------------
  episodes_aggregated: { severity: "info", followup: false, title: "Figures counted from an episode list" },
  episode_row_unreadable: { severity: "warning", followup: true, title: "Episode row not understood" },
  /**
   * Children not found counted as 0 from a list only because every episode
   * on it has an end date: the list may hold only closed episodes, and a
   * child who turned 18 unfound has a closed episode too. `measure` names it.
   */
  episode_end_dates_only: {
    severity: "warning",
    followup: true,
    title: "Children not found counted as 0 from end dates alone",
  },
  /**
   * A list of children or episodes was found but a figure could not be
   * counted from it exactly (rows in no known group, a column not
   * understood, no rows): the figure is left unanswered instead of counted
   * as a wrong number, often a wrong zero. `measure` names the figure.
   */
  episode_list_uncounted: {
    severity: "warning",
    followup: true,
    title: "Figure could not be counted from the list of children or episodes",
  },
  nationality_unknown: { severity: "info", followup: false, title: "Nationality not recognised" },
  /**
   * A nationality row names a people of several states ("Kurdish"), not a
   * state. Its count is kept as Other/unknown, but writers of nationality
   * breakdowns disagree whether such children are of unknown nationality, of
   * a nationality of their own, or belong in no nationality row, so the
   * Other/unknown figure it joins is uncertain: a warning, not info.
   */
  nationality_people: {
    severity: "warning",
    followup: false,
    title: "A people named where a nationality was asked for",
  },
  /**
   * A nationality list given once for every period of a request of several
   * (no year named): counted in the totals for the whole span only, in no
   * one period's, and checked against no period's went-missing figure. A
   * warning: it counts a child once over the span where per-period lists count
   * a child missing in two periods twice, so the totals it joins mix the two.
   */
  nationality_whole_span: {
    severity: "warning",
    followup: false,
    title: "Nationality breakdown given once for all the requested periods together",
  },
  // --- cross-field checks ------------------------------------------------------
  check_missing_exceeds_looked_after: {
    severity: "error",
    followup: true,
    title: "More children went missing than were looked after",
  },
  check_not_found_exceeds_missing: {
    severity: "error",
    followup: true,
    title: "More children not found than went missing",
  },
  check_incidents_below_children: {
    severity: "error",
    followup: true,
    title: "Fewer missing episodes than children who went missing",
  },
  check_incidents_zero_mismatch: {
    severity: "error",
    followup: true,
    title: "Missing episodes and missing children are not both zero",
  },
  check_parts_sum: { severity: "error", followup: true, title: "Identified + suspected does not equal the total" },
  check_part_without_total: {
    severity: "warning",
    followup: true,
    title: "Parts of a total were given without the total",
  },
  check_nationality_sum: {
    severity: "warning",
    followup: true,
    title: "Nationality breakdown does not sum to the missing figure",
  },
  check_not_found_total: { severity: "error", followup: true, title: "Not-found total does not equal its parts" },
  /** A request's own rule (atMost / atLeast between two metrics of one group) is broken. */
  check_rule_broken: {
    severity: "error",
    followup: true,
    title: "Two figures of one group contradict a rule of the request",
  },
  /** A group declared a subset of another (UASC also trafficked ⊆ UASC) has a larger figure than it. */
  check_subset_exceeds_group: {
    severity: "error",
    followup: true,
    title: "A figure for part of a group is larger than the group's",
  },
  // --- overrides ---------------------------------------------------------------
  override_applied: { severity: "info", followup: false, title: "Figure taken from a clarification" },
  override_contradicts: {
    severity: "warning",
    followup: false,
    title: "Clarification contradicts the reported figure",
  },
  override_resolves_conflict: {
    severity: "info",
    followup: false,
    title: "Clarification resolves conflicting returns",
  },
} as const satisfies Record<string, { severity: Severity; followup: boolean; title: string }>;

export type IssueCode = keyof typeof CATALOGUE;
export const ISSUE_CODES = Object.keys(CATALOGUE) as [IssueCode, ...IssueCode[]];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One flat record per problem, so quality.csv is a straight flatten. */
export const IssueSchema = z.object({
  code: z.enum(ISSUE_CODES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  file: z.string().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  authority: z.string().optional(),
  measure: z.string().optional(),
  raw: z.string().optional(),
  /**
   * Further measure ids the issue makes suspect besides `measure`: when parts
   * do not add up to their total, or one figure breaks a rule against
   * another, any of them may be the wrong one, so each is named. Never
   * repeats `measure`; absent when the issue is about one figure only.
   */
  related: z.array(z.string()).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export interface IssueInit extends Omit<Issue, "code" | "severity"> {
  severity?: Severity;
}

export function makeIssue(code: IssueCode, init: IssueInit): Issue {
  const { severity, ...rest } = init;
  const issue: Issue = { code, severity: severity ?? CATALOGUE[code].severity, message: rest.message };
  // Only keep defined fields so outputs and equality checks stay clean.
  for (const key of ["file", "sheet", "cell", "authority", "measure", "raw"] as const) {
    const v = rest[key];
    if (v !== undefined && v !== "") issue[key] = v;
  }
  const related = [...new Set(rest.related ?? [])].filter((m) => m !== "" && m !== issue.measure);
  if (related.length > 0) issue.related = related;
  return issue;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by authority, file, sheet, cell position, then code. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.authority ?? "").localeCompare(b.authority ?? "") ||
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      compareCells(a.cell, b.cell) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code) ||
      (a.measure ?? "").localeCompare(b.measure ?? "") ||
      a.message.localeCompare(b.message) ||
      (a.related ?? []).join(";").localeCompare((b.related ?? []).join(";")),
  );
}

function compareCells(a: string | undefined, b: string | undefined): number {
  const pa = cellKey(a);
  const pb = cellKey(b);
  return pa[0] - pb[0] || pa[1] - pb[1];
}

function cellKey(cell: string | undefined): [number, number] {
  const m = cell ? /^([A-Z]+)(\d+)/.exec(cell) : null;
  if (!m?.[1] || !m[2]) return [-1, -1];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}
