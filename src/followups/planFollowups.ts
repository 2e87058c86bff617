import { CATALOGUE, type Issue, type IssueCode } from "../domain/issues.js";
import { formatLongDate } from "../domain/months.js";
import type { RoundSettings } from "../domain/settings.js";
import { showControlsInProse } from "../domain/showControls.js";
import type { BankHolidays } from "../knowledge/bankHolidays.js";
import { slugifyName } from "../quality/buildQualityReport.js";
import { computeDeadline } from "../quality/computeDeadlines.js";
import { describeLocation } from "../quality/describeLocation.js";
import type { AuthorityReport, QualityReport } from "../quality/qualityReportSchema.js";
import { CHECK_CODES_PREFIX, fillPlaceholders, type LetterWording, phrasingFor } from "./letterWording.js";

export interface LetterPoint {
  code: IssueCode;
  /** Every measure this point asks about (one point may cover several figures with the same problem). */
  measures: string[];
  text: string;
}

export interface Letter {
  authorityCode: string;
  authorityName: string;
  /** `<gss>-<slug>.txt` */
  fileName: string;
  points: LetterPoint[];
  text: string;
}

/**
 * Who writes, when, and from which date deadlines run. The followups
 * command always has a sender (it refuses to write letters without the
 * settings file); only report.html's preview may have none.
 */
export interface LetterContext {
  sender: RoundSettings["sender"] | null;
  /** The researcher's own reference for the round. */
  ourReference: string | null;
  /** ISO date the letters are written on; null only for report.html's preview. */
  date: string | null;
  /** ISO date the request was sent, and the bank holidays to count working days; without both, no chasers. */
  requestSent: string | null;
  holidays: BankHolidays | null;
}

/** File-level problems that leave nothing to read; the per-question "not answered" points follow from them. */
const FILE_PROBLEMS: ReadonlySet<IssueCode> = new Set([
  "file_unsupported",
  "file_empty",
  "file_corrupt",
  "file_scanned",
  "file_too_large",
  "file_unparsed",
  "file_no_figures",
  "document_refused",
]);

/** Problems about the reply's period: figures set aside as another period's are the same problem. */
const PERIOD_PROBLEMS: ReadonlySet<IssueCode> = new Set(["period_mismatch", "period_approximate"]);

const WRAP = 76;

/**
 * One letter per authority with something worth asking about (issues whose
 * catalogue entry has `followup: true`, plus a chaser for a council whose
 * deadline has passed). Pure: all wording comes from `wording`, the sender
 * and date from `context`; the request's citation and period come from the
 * report, so letters always match the run that produced it.
 */
export function planFollowups(report: QualityReport, wording: LetterWording, context: LetterContext): Letter[] {
  return report.authorities
    .map((a) => planLetter(a, report, wording, context))
    .filter((l): l is Letter => l !== null)
    .sort((a, b) => a.authorityCode.localeCompare(b.authorityCode));
}

/** Whether a council that has not replied is late on the letter's date; never guessed without the dates. */
export function isOverdue(a: AuthorityReport, context: LetterContext): boolean {
  if (a.status !== "no_return" || context.requestSent === null || context.holidays === null || context.date === null)
    return false;
  const deadline = computeDeadline(a.nation, a.status, context.requestSent, context.date, context.holidays);
  return deadline.status === "overdue" || deadline.status === "long_overdue";
}

function planLetter(
  a: AuthorityReport,
  report: QualityReport,
  wording: LetterWording,
  context: LetterContext,
): Letter | null {
  const points = planPoints(a, report, wording, context);
  if (points.length === 0) return null;
  const common = {
    authority_name: a.name,
    authority_code: a.code,
    request_title: report.request.title,
    request_citation: report.request.citation,
    period: report.request.period.label,
    point_count: fillPlaceholders(points.length === 1 ? wording.pointCount.one : wording.pointCount.other, {
      n: String(points.length),
    }),
  };
  const opening = fillPlaceholders(
    a.status === "no_return" ? wording.openings.no_return : wording.openings.returned,
    common,
  );
  const list = points.map((p, i) => `${i + 1}. ${p.text}`).join("\n\n");
  const filled = fillPlaceholders(wording.template, {
    ...common,
    opening,
    points: list,
    date: context.date ? formatLongDate(context.date) : "",
    references: describeReferences(a, context),
    signature: describeSender(context.sender),
  });
  // An empty references or signature block leaves blank lines; keep one.
  const text = wrapLetter(filled.replace(/\n{3,}/g, "\n\n").trim());
  return {
    authorityCode: a.code,
    authorityName: a.name,
    fileName: nameLetterFile(a.code, a.name),
    points,
    // Council text is quoted in the letter; a control character in it is shown, never sent raw.
    text: showControlsInProse(`${text}\n`),
  };
}

function describeReferences(a: AuthorityReport, context: LetterContext): string {
  const lines: string[] = [];
  const theirs = a.reply?.reference ?? null;
  const dated = a.reply?.date ? formatLongDate(a.reply.date) : null;
  if (theirs && dated) lines.push(`Your reference: ${theirs} (your reply of ${dated})`);
  else if (theirs) lines.push(`Your reference: ${theirs}`);
  else if (dated) lines.push(`Your reply of ${dated}`);
  if (context.ourReference) lines.push(`Our reference: ${context.ourReference}`);
  return lines.join("\n");
}

function describeSender(sender: LetterContext["sender"]): string {
  if (!sender) return "";
  return [sender.name, sender.organisation, sender.address, sender.email].filter((s) => s !== undefined).join("\n");
}

/** Issues that are questions for the council, after dropping those another point already covers. */
function selectIssues(a: AuthorityReport, report: QualityReport, context: LetterContext): Issue[] {
  const values = new Map(a.values.map((v) => [v.measure, v]));
  const measures = new Map(report.request.measures.map((m) => [m.id, m]));
  const codes = new Set(a.issues.map((i) => i.code));
  const nothingRead = a.figures.answered === 0;
  const namedHolder = a.reply?.heldBy != null;
  const periodAsked = [...codes].some((c) => PERIOD_PROBLEMS.has(c));

  const wanted = a.issues.filter((issue) => {
    if (!CATALOGUE[issue.code].followup) return false;
    // An issue lowered to a note after it was settled (e.g. a conflict a
    // clarification resolved) is no longer a question for the council.
    if (issue.severity === "info" && CATALOGUE[issue.code].severity !== "info") return false;
    // A figure already clarified has been asked about and answered.
    if (issue.measure && values.get(issue.measure)?.override) return false;
    // Optional sub-parts of the request are not chased when missing.
    if (issue.code === "value_not_answered" && issue.measure && measures.get(issue.measure)?.optional) return false;
    // One point about a refusal letter covers each refused or "not held"
    // figure in it: its reasons are not separate answers.
    if ((issue.code === "value_refused" || issue.code === "value_not_held") && codes.has("document_refused"))
      return false;
    // A council that said which body holds the information (an NI council
    // naming its Trust) has answered the question "who holds it?".
    if ((issue.code === "value_not_held" || issue.code === "document_not_held") && namedHolder) return false;
    // Figures set aside as another period's are the period point, asked once.
    if (issue.code === "figure_other_period" && periodAsked) return false;
    // When the file could not be read at all, asking question by question
    // for figures would bury the one point that matters: resend the file.
    if (issue.code === "value_not_answered" && nothingRead && [...codes].some((c) => FILE_PROBLEMS.has(c)))
      return false;
    return true;
  });
  if (isOverdue(a, context)) {
    if (!codes.has("no_return"))
      wanted.unshift({ code: "no_return", severity: "info", message: `No return received from ${a.name}.` });
  } else {
    // A council whose deadline has not passed (or cannot be told) is not chased.
    return wanted.filter((i) => i.code !== "no_return");
  }
  return wanted;
}

function planPoints(
  a: AuthorityReport,
  report: QualityReport,
  wording: LetterWording,
  context: LetterContext,
): LetterPoint[] {
  // One point per problem: issues of a code phrased for several figures
  // ({one, other}) are gathered into one point listing them.
  const groups = new Map<string, Issue[]>();
  for (const issue of selectIssues(a, report, context)) {
    const phrasing = phrasingFor(wording, issue.code);
    const grouped = typeof phrasing !== "string" && "one" in phrasing;
    const key = grouped ? issue.code : `${issue.code}\u0000${groups.size}`;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const seen = new Set<string>();
  const points: LetterPoint[] = [];
  for (const issues of groups.values()) {
    const first = issues[0];
    if (!first) continue;
    const text = phrasePoint(issues, a, report, wording);
    if (seen.has(text)) continue;
    seen.add(text);
    const measures = [...new Set(issues.flatMap((i) => (i.measure ? [i.measure] : [])))];
    points.push({ code: first.code, measures, text });
  }
  return points;
}

function phrasePoint(issues: Issue[], a: AuthorityReport, report: QualityReport, wording: LetterWording): string {
  const issue = issues[0] as Issue;
  const phrasing = phrasingFor(wording, issue.code);
  const raw = issue.raw ?? "";
  const label = (i: Issue) => {
    const found = report.request.measures.find((m) => m.id === i.measure)?.label;
    // Measure labels are written as headings ("Trafficked children who…");
    // inside a sentence they read better starting lower-case.
    return found ? lowerFirst(found) : i.code === "duplicate_conflict" ? "the breakdown by nationality" : "a figure";
  };
  const figures = joinWords([
    ...new Set(
      issues.map((i) => {
        const where = describeLocation(i);
        const quoted = i.raw ? `“${i.raw}”` : "";
        const detail = [quoted, where].filter(Boolean).join(", ");
        return detail ? `${label(i)} (${detail})` : label(i);
      }),
    ),
  ]);
  let template: string;
  if (typeof phrasing === "string") template = phrasing;
  else if ("one" in phrasing) template = issues.length === 1 ? phrasing.one : phrasing.other;
  else if ("withAdvice" in phrasing) template = a.reply?.advice ? phrasing.withAdvice : phrasing.withoutAdvice;
  else template = raw !== "" ? phrasing.withRaw : phrasing.withoutRaw;
  const values: Record<string, string> = {
    authority_name: a.name,
    measure_label: issue.measure ? label(issue) : "these figures",
    raw,
    where: describeLocation(issue) || "your reply",
    file: issue.file ?? "the file you sent",
    title: CATALOGUE[issue.code].title,
    period: report.request.period.label,
    figures,
    files: joinWords(a.files.map((f) => `“${f}”`)),
    advice: a.reply?.advice ?? "",
    reply: a.reply?.date ? ` of ${formatLongDate(a.reply.date)}` : "",
  };
  // The check rules' messages are sentences in the request's own words.
  if (issue.code.startsWith(CHECK_CODES_PREFIX)) values.message = issue.message.replace(/^Possibly: /u, "");
  return fillPlaceholders(template, values);
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join("; ")} and ${items[items.length - 1]}`;
}

function lowerFirst(s: string): string {
  // Keep acronyms such as "UASC" as they are.
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/**
 * Wrap each over-long line of a filled letter on its own, so the line breaks
 * a user put in the template (an address block, a signature) are kept while
 * long generated sentences read well in a plain-text email. A numbered point
 * continues under its text, not under its number.
 */
export function wrapLetter(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= WRAP) return line;
      const prefix = /^\s*(?:\d+[.)]\s+|[-*]\s+)?/.exec(line)?.[0] ?? "";
      return wrapHanging(prefix, line.slice(prefix.length));
    })
    .join("\n");
}

/** Wrap to WRAP columns, continuing lines under the text after the prefix ("1. "). */
export function wrapHanging(prefix: string, text: string): string {
  const indent = " ".repeat(prefix.length);
  const lines: string[] = [];
  let line = prefix;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WRAP) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

/**
 * `E10000016-kent.txt`. The code comes from quality.json, which anyone can
 * edit, so it is folded to letters, digits and hyphens like the name: data
 * never chooses a path ("../../x" cannot put a letter outside its folder).
 */
export function nameLetterFile(code: string, name: string): string {
  const stem = [code.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, ""), slugifyName(name)]
    .filter((part) => part !== "")
    .join("-");
  return `${stem === "" ? "authority" : stem}.txt`;
}
