import type { Authority } from "../../src/domain/authority.js";
import type { Decision, PeriodFact } from "../../src/domain/facts.js";
import type { Issue } from "../../src/domain/issues.js";
import type { IngestResult, Return, ReturnStatus, ValueRecord } from "../../src/domain/returns.js";
import type { Source } from "../../src/domain/source.js";
import type { FileFormat } from "../../src/domain/workbook.js";
import { defaultAuthoritiesPath, loadAuthorities } from "../../src/knowledge/authorities.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { defaultRequestPath, loadRequest } from "../../src/knowledge/request.js";

/**
 * Hand-built returns for the report, overrides and follow-up tests, so each
 * test states exactly what a council sent. Uses the real request and
 * reference list so measure ids and authority codes are the real ones.
 */
export const knowledge = {
  request: loadRequest(defaultRequestPath(KNOWLEDGE_DIR)),
  authorities: loadAuthorities(defaultAuthoritiesPath(KNOWLEDGE_DIR)),
};

export const MEASURES = knowledge.request.measures.map((m) => m.id);

export function authority(code: string): Authority {
  const found = knowledge.authorities.find((a) => a.gss_code === code);
  if (!found) throw new Error(`test uses unknown authority ${code}`);
  return found;
}

export function cell(file: string, row: number, col: number, sheet?: string): Source {
  const format: FileFormat = file.endsWith(".xlsx") ? "xlsx" : file.endsWith(".txt") ? "txt" : "csv";
  return { file, format, sheet: sheet ?? (format === "xlsx" ? "Sheet1" : file), row, col };
}

export function reported(measure: string, value: number, source: Source, raw = String(value)): ValueRecord {
  return { measure, status: "reported", value, lower: value, upper: value, raw, sources: [source], label: measure };
}

export function suppressed(measure: string, raw: string, source: Source, lower = 1, upper = 4): ValueRecord {
  return { measure, status: "suppressed", value: null, lower, upper, raw, sources: [source], label: measure };
}

export function missing(measure: string, status: ValueRecord["status"] = "not_answered"): ValueRecord {
  return { measure, status, value: null, lower: null, upper: null, raw: "", sources: [], label: "" };
}

export interface ReturnSpec {
  status?: ReturnStatus;
  files?: string[];
  /** Measures not listed are reported as 0 from row i+2 of the first file. */
  values?: ValueRecord[];
  issues?: Issue[];
  decisions?: Decision[];
  periods?: PeriodFact[];
}

/** A return with a figure for every measure (0 unless given), as a clean council's would be. */
export function buildReturn(code: string, spec: ReturnSpec = {}): Return {
  const files = spec.files ?? [`${authority(code).name} return.csv`];
  const file = files[0] ?? "return.csv";
  const given = new Map((spec.values ?? []).map((v) => [v.measure, v]));
  return {
    authority: authority(code),
    status: spec.status ?? "answered",
    files,
    sheetsUsed: files.map((f) => ({ file: f, sheets: [f.endsWith(".xlsx") ? "Sheet1" : f] })),
    values: MEASURES.map((m, i) => given.get(m) ?? reported(m, 0, cell(file, i + 2, 2))),
    nationalities: [],
    periods: spec.periods ?? [],
    decisions: spec.decisions ?? [],
    issues: (spec.issues ?? []).map((issue) => ({ ...issue, authority: code })),
  };
}

/** An authority that sent nothing. */
export function noReturn(code: string): Return {
  return {
    authority: authority(code),
    status: "no_return",
    files: [],
    sheetsUsed: [],
    values: MEASURES.map((m) => missing(m, "no_return")),
    nationalities: [],
    periods: [],
    decisions: [],
    issues: [
      {
        code: "no_return",
        severity: "info",
        message: `No return received from ${authority(code).name}.`,
        authority: code,
      },
    ],
  };
}

export function ingestOf(returns: Return[], extra: Partial<Pick<IngestResult, "files" | "issues">> = {}): IngestResult {
  return {
    requestId: knowledge.request.id,
    returns,
    files: [
      ...returns.flatMap((r) => r.files.map((file) => ({ file, ingested: true, authority: r.authority.gss_code }))),
      ...(extra.files ?? []),
    ],
    issues: extra.issues ?? [],
  };
}
