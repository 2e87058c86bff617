import { countBySeverity, sortIssues } from "../domain/issues.js";
import type { IngestResult, Return, ValueRecord } from "../domain/returns.js";
import { formatSource, type Source } from "../domain/source.js";
import { BOUNDED_STATUSES, EXACT_STATUSES } from "../domain/values.js";
import type { BankHolidays } from "../knowledge/bankHolidays.js";
import type { Knowledge } from "../knowledge/index.js";
import { computeDeadline, LONG_OVERDUE_WORKING_DAYS } from "./computeDeadlines.js";
import type {
  AuthorityPeriod,
  AuthorityReport,
  QualityReport,
  ReportFigure,
  ReportPeriod,
  ReportValue,
  UnassignedFileReport,
} from "./qualityReportSchema.js";

/** The round's clock for deadlines: when the request went out, and the day to judge on. */
export interface RoundClock {
  requestSent: string;
  asOf: string;
  holidays: BankHolidays;
}

/** What the report needs from knowledge: the request's wording and period, and the round's clock if known. */
export type ReportKnowledge = Pick<Knowledge, "request"> & { round?: RoundClock };

/**
 * Gather an ingest into the quality report's data. Pure and deterministic:
 * authorities by code, issues in sortIssues order, nothing from the clock.
 */
export function buildQualityReport(result: IngestResult, knowledge: ReportKnowledge): QualityReport {
  const { request } = knowledge;
  const byPeriod = indexPeriods(result, knowledge);
  const authorities = [...result.returns]
    .sort((a, b) => a.authority.gss_code.localeCompare(b.authority.gss_code))
    .map((ret) => buildAuthorityReport(ret, knowledge, byPeriod?.get(ret.authority.gss_code)));
  const counts = countBySeverity([...authorities.flatMap((a) => a.issues), ...result.issues]);
  return {
    request: {
      id: request.id,
      title: request.title,
      citation: request.citation,
      period: { start: request.period.start, end: request.period.end, label: request.period.label },
      measures: request.measures.map((m) => ({ id: m.id, label: m.label, optional: m.optional })),
      groups: request.groups.map((g) => ({ id: g.id, label: g.label })),
    },
    totals: {
      authorities: authorities.length,
      withReturn: authorities.filter((a) => a.files.length > 0).length,
      noReturn: authorities.filter((a) => a.status === "no_return").length,
      figuresOverride: authorities.reduce((n, a) => n + a.figures.override, 0),
      errors: counts.error,
      warnings: counts.warning,
      info: counts.info,
    },
    round: knowledge.round
      ? {
          requestSent: knowledge.round.requestSent,
          asOf: knowledge.round.asOf,
          longOverdueAfter: LONG_OVERDUE_WORKING_DAYS,
        }
      : null,
    authorities,
    unassignedFiles: buildUnassignedFiles(result),
    issues: sortIssues(result.issues),
  };
}

/**
 * Each authority's returns period by period, when the request asks about
 * several; null for one period, whose report stays as it always was.
 */
function indexPeriods(result: IngestResult, { request }: ReportKnowledge): Map<string, AuthorityPeriod[]> | null {
  if (!result.periods || result.periods.length < 2) return null;
  const labels = new Map(request.periods.map((p) => [p.id, p.label]));
  const index = new Map<string, AuthorityPeriod[]>();
  for (const { period, returns } of result.periods) {
    for (const ret of returns) {
      const values = buildValues(ret, request);
      const entry: AuthorityPeriod = {
        period,
        label: labels.get(period) ?? period,
        status: ret.status,
        figures: countFigures(values, request),
        values,
      };
      index.set(ret.authority.gss_code, [...(index.get(ret.authority.gss_code) ?? []), entry]);
    }
  }
  return index;
}

function buildValues(ret: Return, request: ReportKnowledge["request"]): ReportValue[] {
  const measures = new Map(request.measures.map((m) => [m.id, m]));
  return ret.values.map((v): ReportValue => {
    const def = measures.get(v.measure);
    return {
      measure: v.measure,
      measureLabel: def?.label ?? v.measure,
      optional: def?.optional ?? false,
      ...figureOf(v),
      label: v.label,
      override: v.override
        ? {
            reason: v.override.reason,
            source: v.override.source,
            date: v.override.date,
            previous: figureOf(v.override.previous),
          }
        : null,
    };
  });
}

function countFigures(values: readonly ReportValue[], request: ReportKnowledge["request"]): AuthorityReport["figures"] {
  const exact = values.filter((v) => EXACT_STATUSES.has(v.status)).length;
  const suppressed = values.filter((v) => v.status === "suppressed").length;
  return {
    requested: request.measures.length,
    exact,
    suppressed,
    override: values.filter((v) => v.status === "override").length,
    answered: exact + suppressed,
  };
}

function buildAuthorityReport(
  ret: Return,
  { request, round }: ReportKnowledge,
  periods: AuthorityPeriod[] | undefined,
): AuthorityReport {
  const a = ret.authority;
  const values = buildValues(ret, request);
  const issues = sortIssues(ret.issues);
  return {
    code: a.gss_code,
    name: a.name,
    nation: a.nation,
    regionCode: a.region_code,
    regionName: a.region_name,
    status: ret.status,
    page: ret.files.length > 0 ? `quality/${pageName(a.gss_code, a.name)}` : null,
    files: [...ret.files],
    sheetsUsed: ret.sheetsUsed.map((s) => ({ file: s.file, sheets: [...s.sheets] })),
    periods: ret.periods.map(
      (p): ReportPeriod => ({
        raw: p.raw,
        start: p.start,
        end: p.end,
        source: formatSource(p.source),
        matchesRequest:
          p.start === null || p.end === null
            ? "unknown"
            : p.start === request.period.start && p.end === request.period.end
              ? "yes"
              : "no",
      }),
    ),
    figures: countFigures(values, request),
    counts: countBySeverity(issues),
    values,
    ...(periods ? { byPeriod: periods } : {}),
    nationalities: ret.nationalities.map((n) => ({
      group: n.group,
      nationality: n.nationality,
      isoCode: n.iso,
      raw: n.raw,
      status: n.status,
      value: n.value,
      lower: n.lower,
      upper: n.upper,
      rawValue: n.rawValue,
      source: formatSource(n.source),
    })),
    issues,
    decisions: ret.decisions.map((d) => ({ ...d })),
    reply: ret.reply ? { ...ret.reply } : null,
    deadline: round ? computeDeadline(a.nation, ret.status, round.requestSent, round.asOf, round.holidays) : null,
  };
}

/** The figure fields shared by a value and the value it replaced. */
function figureOf(v: Omit<ValueRecord, "override">): ReportFigure {
  // Bounds are only meaningful for exact and bounded statuses; anything else
  // is shown without a figure even if a stage left numbers behind.
  const hasBounds = EXACT_STATUSES.has(v.status) || BOUNDED_STATUSES.has(v.status);
  return {
    status: v.status,
    value: EXACT_STATUSES.has(v.status) ? v.value : null,
    lower: hasBounds ? v.lower : null,
    upper: hasBounds ? v.upper : null,
    raw: v.raw,
    source: joinSources(v.sources),
  };
}

export function joinSources(sources: readonly Source[]): string {
  return sources.map(formatSource).join(";");
}

function buildUnassignedFiles(result: IngestResult): UnassignedFileReport[] {
  return result.files
    .filter((f) => f.authority === null)
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((f) => ({
      file: f.file,
      ingested: f.ingested,
      reason: f.reason ?? (f.ingested ? "read, but no authority could be identified" : "not ingested"),
      issues: sortIssues(result.issues.filter((i) => i.file === f.file)),
    }));
}

/**
 * `E09000023-lewisham.md`. The slug is the name folded to lower-case ASCII
 * (accents dropped, "&" as "and") with hyphens, so paths are portable and
 * readable; the GSS code in front keeps them unique.
 */
export function pageName(code: string, name: string): string {
  return `${code}-${slugifyName(name)}.md`;
}

export function slugifyName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
