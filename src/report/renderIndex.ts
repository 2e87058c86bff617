import { DEADLINE_WORDS } from "../quality/computeDeadlines.js";
import { describeLocation } from "../quality/describeLocation.js";
import type { AuthorityReport, QualityReport } from "../quality/qualityReportSchema.js";
import { escapeCell, escapeText, renderTable } from "./markdown.js";
import { RETURN_STATUS_WORDS } from "./renderAuthorityPage.js";

/**
 * How bad a return status is when error and warning counts tie: a file that
 * could not be read at all, or nothing sent, needs chasing before a refusal,
 * and a refusal before a partial answer.
 */
const STATUS_RANK: Record<AuthorityReport["status"], number> = {
  unreadable: 0,
  no_return: 1,
  refused: 2,
  partial: 3,
  not_held: 4,
  answered: 5,
};

/** Worst first: most errors, then most warnings, then status, then name. */
export function sortWorstFirst(authorities: readonly AuthorityReport[]): AuthorityReport[] {
  return [...authorities].sort(
    (a, b) =>
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      a.name.localeCompare(b.name) ||
      a.code.localeCompare(b.code),
  );
}

/** quality/index.md: every authority on one page, the worst first. */
export function renderIndex(report: QualityReport): string {
  const t = report.totals;
  const override = t.figuresOverride > 0 ? ` ${t.figuresOverride} figure(s) rest on clarifications.` : "";
  const sections = [
    `# Data quality: ${escapeText(report.request.title)}`,
    `Requested period: ${escapeText(report.request.period.label)}. ${t.authorities} authorities; ${t.withReturn} sent a return and ${t.noReturn} sent nothing. Issues: ${t.errors} error(s), ${t.warnings} warning(s), ${t.info} note(s).${override}`,
    renderAuthorityTable(report),
    renderDeadlines(report),
    renderNonResponders(report),
    renderUnassigned(report),
    renderRunIssues(report),
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}

function renderAuthorityTable(report: QualityReport): string {
  const rows = sortWorstFirst(report.authorities).map((a) => [
    a.page ? `[${escapeCell(a.name)}](${a.page.replace(/^quality\//, "")})` : escapeCell(a.name),
    a.code,
    escapeCell(a.regionName),
    RETURN_STATUS_WORDS[a.status],
    escapeCell(a.files.join("\n")),
    `${a.figures.answered} of ${a.figures.requested}`,
    String(a.counts.error),
    String(a.counts.warning),
  ]);
  return `## Authorities, worst first\n\n${renderTable(
    ["Authority", "Code", "Region", "Return", "Files", "Figures given", "Errors", "Warnings"],
    rows,
  )}`;
}

const DEADLINE_RANK: Record<string, number> = { long_overdue: 0, overdue: 1, awaiting: 2 };

/**
 * Who still owes an answer: every council's statutory deadline and where it
 * stands, the ones to chase first. Without the date the request was sent,
 * the section says how to get it rather than guessing.
 */
function renderDeadlines(report: QualityReport): string {
  const round = report.round;
  if (!round) {
    return `## Who still owes an answer\n\nNo deadlines: give the date the request was sent as \`requestSent\` in the round's settings file (\`foi-agg.settings.json\`, or \`--settings <file>\`) and run ingest again.`;
  }
  const count = (status: string) => report.authorities.filter((a) => a.deadline?.status === status).length;
  const replied = report.authorities.filter((a) => a.status !== "no_return").length;
  const summary = `The request was sent on ${round.requestSent}; each council had 20 working days to reply (weekends and its own nation's bank holidays not counted). On ${round.asOf}: ${replied} replied, ${count("awaiting")} not yet due, ${count("overdue")} overdue, ${count("long_overdue")} long overdue (more than ${round.longOverdueAfter} working days past the deadline).`;
  const rows = [...report.authorities]
    .sort(
      (a, b) =>
        (DEADLINE_RANK[a.deadline?.status ?? ""] ?? 3) - (DEADLINE_RANK[b.deadline?.status ?? ""] ?? 3) ||
        (b.deadline?.workingDaysLate ?? 0) - (a.deadline?.workingDaysLate ?? 0) ||
        a.name.localeCompare(b.name),
    )
    .map((a) => [
      escapeCell(a.name),
      a.nation,
      a.deadline?.due ?? "",
      a.deadline?.status ? DEADLINE_WORDS[a.deadline.status] : `replied: ${RETURN_STATUS_WORDS[a.status]}`,
      a.deadline?.status ? String(a.deadline.workingDaysLate) : "",
      escapeCell(a.reply?.reference ?? ""),
      a.reply?.date ?? "",
      escapeCell(a.reply?.heldBy ? `points to ${a.reply.heldBy}` : ""),
    ]);
  return `## Who still owes an answer\n\n${summary}\n\n${renderTable(
    ["Authority", "Nation", "Due", "Status", "Working days late", "Their ref", "Reply dated", "Note"],
    rows,
  )}`;
}

/** Non-responders grouped by nation, and by region within England (which has regions that mean something). */
function renderNonResponders(report: QualityReport): string {
  const missing = report.authorities.filter((a) => a.status === "no_return");
  if (missing.length === 0) return "## Non-responders\n\nEvery authority sent a return.";
  const groups = new Map<string, AuthorityReport[]>();
  for (const a of missing) {
    const key = a.regionName === a.nation ? a.nation : `${a.nation}: ${a.regionName}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const lines = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, list]) => {
      const names = list
        .map((a) => a.name)
        .sort((x, y) => x.localeCompare(y))
        .map(escapeText)
        .join(", ");
      return `- **${escapeText(group)}** (${list.length}): ${names}`;
    });
  return `## Non-responders\n\n${missing.length} of ${report.authorities.length} authorities sent no return.\n\n${lines.join("\n")}`;
}

function renderUnassigned(report: QualityReport): string {
  if (report.unassignedFiles.length === 0)
    return "## Files not tied to any authority\n\nNone: every file was tied to an authority.";
  const rows = report.unassignedFiles.map((f) => [
    escapeCell(f.file),
    f.ingested ? "yes" : "no",
    escapeCell(f.reason),
    escapeCell(f.issues.map((i) => i.message).join("\n")),
  ]);
  return `## Files not tied to any authority\n\n${renderTable(["File", "Read", "Reason", "Issues"], rows)}`;
}

/** Run-level issues not already listed against an unassigned file. */
function renderRunIssues(report: QualityReport): string {
  const listed = new Set(report.unassignedFiles.map((f) => f.file));
  const rest = report.issues.filter((i) => !i.file || !listed.has(i.file));
  if (rest.length === 0) return "";
  const items = rest.map((i) => {
    const where = describeLocation(i);
    return `- **${i.severity}** \`${i.code}\`: ${escapeText(i.message)}${where ? ` (${escapeText(where)})` : ""}`;
  });
  return `## Other issues\n\n${items.join("\n")}`;
}
