import { CATALOGUE, type Issue, type IssueCode } from "../domain/issues.js";
import { showControlsInProse } from "../domain/showControls.js";
import { slugifyName } from "../report/buildQualityReport.js";
import { describeLocation } from "../report/describeLocation.js";
import type { AuthorityReport, QualityReport } from "../report/qualityReportSchema.js";
import { fillPlaceholders, type LetterWording, phrasingFor } from "./letterWording.js";

export interface LetterPoint {
  code: IssueCode;
  measure?: string;
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

const WRAP = 76;

/**
 * One letter per authority with something worth asking about (issues whose
 * catalogue entry has `followup: true`, plus a chaser for no return). Pure:
 * all wording comes from `wording`; the request's citation and period come
 * from the report, so letters always match the run that produced it.
 */
export function planFollowups(report: QualityReport, wording: LetterWording): Letter[] {
  return report.authorities
    .map((a) => planLetter(a, report, wording))
    .filter((l): l is Letter => l !== null)
    .sort((a, b) => a.authorityCode.localeCompare(b.authorityCode));
}

function planLetter(a: AuthorityReport, report: QualityReport, wording: LetterWording): Letter | null {
  const points = planPoints(a, report, wording);
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
  const text = wrapLetter(fillPlaceholders(wording.template, { ...common, opening, points: list }));
  return {
    authorityCode: a.code,
    authorityName: a.name,
    fileName: nameLetterFile(a.code, a.name),
    points,
    // Council text is quoted in the letter; a control character in it is shown, never sent raw.
    text: showControlsInProse(text.endsWith("\n") ? text : `${text}\n`),
  };
}

function planPoints(a: AuthorityReport, report: QualityReport, wording: LetterWording): LetterPoint[] {
  const values = new Map(a.values.map((v) => [v.measure, v]));
  const measures = new Map(report.request.measures.map((m) => [m.id, m]));
  const codes = new Set(a.issues.map((i) => i.code));
  const nothingRead = a.figures.answered === 0;

  const wanted = a.issues.filter((issue) => {
    if (!CATALOGUE[issue.code].followup) return false;
    // An issue lowered to a note after it was settled (e.g. a conflict a
    // clarification resolved) is no longer a question for the council.
    if (issue.severity === "info" && CATALOGUE[issue.code].severity !== "info") return false;
    // A figure already clarified has been asked about and answered.
    if (issue.measure && values.get(issue.measure)?.override) return false;
    // Optional sub-parts of the request are not chased when missing.
    if (issue.code === "value_not_answered" && issue.measure && measures.get(issue.measure)?.optional) return false;
    // One point about a refusal letter covers each refused figure in it.
    if (issue.code === "value_refused" && codes.has("document_refused")) return false;
    // When the file could not be read at all, asking question by question
    // for figures would bury the one point that matters: resend the file.
    if (issue.code === "value_not_answered" && nothingRead && [...codes].some((c) => FILE_PROBLEMS.has(c)))
      return false;
    return true;
  });
  if (a.status === "no_return" && !codes.has("no_return")) {
    wanted.unshift({ code: "no_return", severity: "info", message: `No return received from ${a.name}.` });
  }

  const seen = new Set<string>();
  const points: LetterPoint[] = [];
  for (const issue of wanted) {
    const text = phrasePoint(issue, a, report, wording);
    if (seen.has(text)) continue;
    seen.add(text);
    points.push(issue.measure ? { code: issue.code, measure: issue.measure, text } : { code: issue.code, text });
  }
  return points;
}

function phrasePoint(issue: Issue, a: AuthorityReport, report: QualityReport, wording: LetterWording): string {
  const phrasing = phrasingFor(wording, issue.code);
  const raw = issue.raw ?? "";
  const template = typeof phrasing === "string" ? phrasing : raw !== "" ? phrasing.withRaw : phrasing.withoutRaw;
  const label = report.request.measures.find((m) => m.id === issue.measure)?.label;
  return fillPlaceholders(template, {
    authority_name: a.name,
    measure: issue.measure ?? "",
    // Measure labels are written as headings ("Trafficked children who…");
    // inside a sentence they read better starting lower-case.
    measure_label: label ? lowerFirst(label) : "this figure",
    raw,
    where: describeLocation(issue) || "your return",
    file: issue.file ?? "the file you sent",
    message: issue.message,
    title: CATALOGUE[issue.code].title,
    period: report.request.period.label,
  });
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
