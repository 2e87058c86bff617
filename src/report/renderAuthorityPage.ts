import { CATALOGUE, type Issue } from "../domain/issues.js";
import { describeLocation } from "../quality/describeLocation.js";
import type { AuthorityReport, QualityReport, ReportFigure, ReportValue } from "../quality/qualityReportSchema.js";
import { escapeCell, escapeText, quote, renderTable } from "./markdown.js";

export const RETURN_STATUS_WORDS: Record<AuthorityReport["status"], string> = {
  answered: "answered",
  partial: "partial",
  refused: "refused",
  not_held: "not held",
  unreadable: "unreadable",
  no_return: "no return",
};

const SEVERITY_WORDS: Record<Issue["severity"], string> = { error: "Error", warning: "Warning", info: "Note" };

/** One council's page: what it sent, what was read, what is wrong, and what foi-agg decided. */
export function renderAuthorityPage(a: AuthorityReport, report: QualityReport): string {
  const { request } = report;
  const sections = [
    `# ${escapeText(a.name)} (${a.code})`,
    [
      `- Region: ${escapeText(a.regionName)} (${a.regionCode})`,
      `- Nation: ${a.nation}`,
      a.byPeriod
        ? `- Return status: ${a.byPeriod.map((p) => `${escapeText(p.label)}: **${RETURN_STATUS_WORDS[p.status]}**`).join("; ")}`
        : `- Return status: **${RETURN_STATUS_WORDS[a.status]}**`,
      a.byPeriod
        ? `- Figures given: ${a.byPeriod.map((p) => `${escapeText(p.label)}: ${p.figures.answered} of ${p.figures.requested}`).join("; ")}`
        : `- Figures given: ${describeCounts(a.figures)}`,
      `- Issues: ${a.counts.error} error(s), ${a.counts.warning} warning(s), ${a.counts.info} note(s)`,
      `- Request: ${escapeText(request.title)}`,
    ].join("\n"),
    renderFiles(a),
    renderPeriods(a, report),
    renderFigures(a),
    renderNationalities(a, report),
    renderIssues(a, report),
    renderDecisions(a),
    "[Back to the index](index.md)",
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function renderFiles(a: AuthorityReport): string {
  if (a.files.length === 0) return "## Files\n\nNo file was received from this authority.";
  const sheets = new Map(a.sheetsUsed.map((s) => [s.file, s.sheets]));
  const rows = a.files.map((f) => [
    escapeCell(f),
    escapeCell((sheets.get(f) ?? []).map((s) => `"${s}"`).join(", ") || "none used"),
  ]);
  return `## Files\n\n${renderTable(["File", "Sheets used"], rows)}`;
}

function renderPeriods(a: AuthorityReport, report: QualityReport): string {
  const requested = `Requested period: ${escapeText(report.request.period.label)} (${report.request.period.start} to ${report.request.period.end}).`;
  if (a.periods.length === 0) return `## Period\n\n${requested}\n\nThe return does not state the period it covers.`;
  const matches = { yes: "yes", no: "**no**", unknown: "could not tell" } as const;
  const rows = a.periods.map((p) => [
    escapeCell(quote(p.raw)),
    p.start && p.end ? `${p.start} to ${p.end}` : "not read as dates",
    escapeCell(p.source),
    matches[p.matchesRequest],
  ]);
  return `## Period\n\n${requested}\n\n${renderTable(["Period stated", "Read as", "Where", "Matches the request"], rows)}`;
}

/** One "Figures" section; in a request of several periods, one per period, each with its own status and counts. */
function renderFigures(a: AuthorityReport): string {
  if (!a.byPeriod) return `## Figures\n\n${renderValues(a.values)}`;
  return a.byPeriod
    .map(
      (p) =>
        `## Figures: ${escapeText(p.label)}\n\nReturn status for this period: **${RETURN_STATUS_WORDS[p.status]}**; figures given: ${describeCounts(p.figures)}.\n\n${renderValues(p.values)}`,
    )
    .join("\n\n");
}

function describeCounts(f: AuthorityReport["figures"]): string {
  return `${f.answered} of ${f.requested} (${f.exact} exact, ${f.suppressed} suppressed${f.override > 0 ? `, ${f.override} from clarifications` : ""})`;
}

function renderValues(values: readonly ReportValue[]): string {
  const rows = values.map((v) => [
    escapeCell(v.measureLabel) + (v.optional ? " (optional)" : ""),
    `\`${v.measure}\``,
    statusWords(v.status),
    figureText(v),
    v.raw === "" ? "" : escapeCell(quote(v.raw)),
    escapeCell(v.source.split(";").join("; ")),
    v.label === "" ? "" : escapeCell(quote(v.label)),
    v.override ? escapeCell(clarificationText(v)) : "",
  ]);
  return renderTable(
    ["Measure", "Id", "Status", "Value or bounds", "Raw text", "Source", "Label in the return", "Clarification"],
    rows,
  );
}

function clarificationText(v: ReportValue): string {
  if (!v.override) return "";
  const o = v.override;
  const previous =
    o.previous.raw === ""
      ? statusWords(o.previous.status)
      : `${statusWords(o.previous.status)} ${quote(o.previous.raw)}`;
  return `${o.reason} (source: ${o.source}${o.date ? `, ${o.date}` : ""}); previously ${previous}`;
}

function renderNationalities(a: AuthorityReport, report: QualityReport): string {
  if (a.nationalities.length === 0) return "";
  const rows = a.nationalities.map((n) => [
    escapeCell(report.request.groups.find((g) => g.id === n.group)?.label ?? n.group),
    escapeCell(n.nationality),
    n.isoCode,
    figureText(n),
    escapeCell(quote(n.raw)),
    escapeCell(quote(n.rawValue)),
    escapeCell(n.source),
  ]);
  return `## Nationalities of children who went missing\n\n${renderTable(
    ["Group", "Nationality", "ISO", "Children", "Nationality as written", "Figure as written", "Source"],
    rows,
  )}`;
}

function renderIssues(a: AuthorityReport, report: QualityReport): string {
  if (a.issues.length === 0) return "## Issues\n\nNo issues were found.";
  const labels = new Map(report.request.measures.map((m) => [m.id, m.label]));
  const items = a.issues.map((issue, i) => {
    // Every figure the issue makes suspect: a total that does not add up names its parts too.
    const named = [issue.measure, ...(issue.related ?? [])].filter((m): m is string => m !== undefined);
    const about = named.length > 0 ? ` (${named.map((m) => escapeText(labels.get(m) ?? m)).join("; ")})` : "";
    const where = describeLocation(issue);
    const details = [
      where ? `at ${escapeText(where)}` : "",
      issue.raw !== undefined ? `raw text ${escapeText(quote(issue.raw))}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return `${i + 1}. **${SEVERITY_WORDS[issue.severity]}: ${escapeText(CATALOGUE[issue.code].title)}**${about}. ${escapeText(issue.message)}${details ? `\n   — ${details}` : ""}`;
  });
  return `## Issues\n\n${items.join("\n")}`;
}

function renderDecisions(a: AuthorityReport): string {
  const heading = "## What foi-agg decided\n\nCheck these; a wrong decision can be corrected with an overrides file.";
  if (a.decisions.length === 0) return `${heading}\n\nNo decisions were recorded.`;
  const items = a.decisions.map((d) => {
    const where = describeLocation(d);
    return `- ${where ? `${escapeText(where)}: ` : ""}${escapeText(d.message)}`;
  });
  return `${heading}\n\n${items.join("\n")}`;
}

export function statusWords(status: ReportFigure["status"]): string {
  return status === "override" ? "override (clarified)" : status.replace(/_/g, " ");
}

/** `12`, `1–4` for a range, `—` when there is no figure. */
export function figureText(f: Pick<ReportFigure, "value" | "lower" | "upper">): string {
  if (f.value !== null) return String(f.value);
  if (f.lower !== null && f.upper !== null) return f.lower === f.upper ? String(f.lower) : `${f.lower}–${f.upper}`;
  return "—";
}
