import type { Authority } from "../../src/domain/authority.js";
import type { NationalityFact } from "../../src/domain/facts.js";
import type { Issue } from "../../src/domain/issues.js";
import type { Request } from "../../src/domain/request.js";
import type { Return, ValueRecord } from "../../src/domain/returns.js";
import type { Source } from "../../src/domain/source.js";
import { loadAuthorities } from "../../src/knowledge/authorities.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadRequest } from "../../src/knowledge/request.js";

/**
 * Hand-built returns for the aggregate and write tests. They use the real
 * reference list and request, so area roll-ups are tested on real codes.
 */
export const authorities: Authority[] = loadAuthorities(`${KNOWLEDGE_DIR}authorities-2015.csv`);
export const request: Request = loadRequest(`${KNOWLEDGE_DIR}request-heading-back-to-harm-2015.json`);
export const knowledge = { authorities, request };

export function authority(code: string): Authority {
  const found = authorities.find((a) => a.gss_code === code);
  if (!found) throw new Error(`no authority ${code} in the reference list`);
  return found;
}

/** A figure: a bare number is reported; otherwise any part of a ValueRecord. */
export type Figure = number | (Partial<ValueRecord> & Pick<ValueRecord, "status">);

export function source(file: string, row: number, col: number): Source {
  return {
    file,
    format: file.endsWith(".xlsx") ? "xlsx" : "csv",
    sheet: file.endsWith(".xlsx") ? "Sheet1" : file,
    row,
    col,
  };
}

export function record(measure: string, figure: Figure | undefined, answered: boolean): ValueRecord {
  if (figure === undefined) {
    const status = answered ? "not_answered" : "no_return";
    return { measure, status, value: null, lower: null, upper: null, raw: "", sources: [], label: "" };
  }
  if (typeof figure === "number") {
    return {
      measure,
      status: "reported",
      value: figure,
      lower: figure,
      upper: figure,
      raw: String(figure),
      sources: [source("return.csv", 2, 2)],
      label: measure,
    };
  }
  return { measure, value: null, lower: null, upper: null, raw: "", sources: [], label: "", ...figure };
}

export function fakeReturn(
  code: string,
  figures: Record<string, Figure> = {},
  extra: Partial<Pick<Return, "status" | "files" | "nationalities" | "issues">> = {},
): Return {
  const answered = Object.keys(figures).length > 0 || (extra.status !== undefined && extra.status !== "no_return");
  return {
    authority: authority(code),
    status: extra.status ?? (answered ? "answered" : "no_return"),
    files: extra.files ?? (answered ? [`${code}.csv`] : []),
    sheetsUsed: [],
    values: request.measures.map((m) => record(m.id, figures[m.id], answered)),
    nationalities: extra.nationalities ?? [],
    periods: [],
    decisions: [],
    issues: extra.issues ?? [],
  };
}

/** One Return per reference authority: the given ones, and no_return for the rest. */
export function allReturns(given: Return[]): Return[] {
  const byCode = new Map(given.map((r) => [r.authority.gss_code, r]));
  return authorities.map((a) => byCode.get(a.gss_code) ?? fakeReturn(a.gss_code));
}

export function nationality(
  group: NationalityFact["group"],
  name: string,
  iso: string,
  figure: number | { status: NationalityFact["status"]; lower?: number; upper?: number },
): NationalityFact {
  const base = { group, raw: name, nationality: name, iso, rawValue: "", source: source("n.csv", 3, 2) };
  if (typeof figure === "number") {
    return { ...base, status: "reported", value: figure, lower: figure, upper: figure, rawValue: String(figure) };
  }
  return { ...base, status: figure.status, value: null, lower: figure.lower ?? null, upper: figure.upper ?? null };
}

export function issue(init: Partial<Issue> & Pick<Issue, "code" | "severity">): Issue {
  return { message: `${init.code} here`, ...init };
}
