import type { ReferenceAuthority } from "../domain/authorityReference.js";
import { makeIssue } from "../domain/issues.js";
import type { PeriodDef } from "../domain/request.js";
import type { Return } from "../domain/returns.js";
import { EXACT_STATUSES } from "../domain/values.js";

/**
 * A council created by a reorganisation that changed areas (Cumbria split
 * into Cumberland and Westmorland and Furness; Bournemouth, Poole and part
 * of Dorset merged into BCP) has no records of its own before it began: a
 * figure it gives for a period that started earlier comes from its
 * predecessors', which served other children too. Councils say so in notes
 * foi-agg may not understand ("figures before April 2023 relate to the whole
 * of the former county"), or not at all, so the warning rests on the
 * reference's dates and links alone and names every such figure. A change
 * of code or of kind with the same area (Fife's new code, North Yorkshire's
 * county becoming a unitary council) is one predecessor with one successor:
 * the same children, no warning. A change of kind is still a new council
 * whose figures for such a period are its predecessor's records (a reply
 * "for 2021-22 … the former North Yorkshire County Council"): said once,
 * as information (authority_predecessor_same_area), so a reader comparing
 * years knows whose records they are. A new code alone (the same kind of
 * council) is no new council and is not mentioned.
 */
export function warnPredecessorArea(
  returns: readonly Return[],
  period: Pick<PeriodDef, "start" | "label">,
  reference: readonly ReferenceAuthority[],
): Return[] {
  const changed = areaChangedSince(reference);
  const renewed = kindChangedSince(reference);
  return returns.map((ret) => {
    const figures = ret.values.filter((v) => EXACT_STATUSES.has(v.status)).map((v) => v.measure);
    const [first, ...rest] = figures;
    if (first === undefined) return ret;
    const same = renewed.get(ret.authority.gss_code);
    if (same !== undefined && period.start < same.start) {
      const note = makeIssue("authority_predecessor_same_area", {
        authority: ret.authority.gss_code,
        message:
          `${period.label}: ${ret.authority.name} began on ${same.start}, after this period started; ` +
          `its figures for the period come from the records of the former ${same.predecessor}, which served the same area`,
      });
      return { ...ret, issues: [...ret.issues, note] };
    }
    const began = changed.get(ret.authority.gss_code);
    if (began === undefined || period.start >= began.start) return ret;
    const issue = makeIssue("authority_predecessor_area", {
      authority: ret.authority.gss_code,
      measure: first,
      related: rest,
      message:
        `${period.label}: ${ret.authority.name} began on ${began.start}, after this period started; ` +
        `its figures come from ${began.predecessors.join(" and ")}, whose area was not the same ` +
        "(the figures may count children of the whole former area)",
    });
    return { ...ret, issues: [...ret.issues, issue] };
  });
}

/** Authorities whose area differs from their predecessors': each one's start date and predecessors' names. */
function areaChangedSince(
  reference: readonly ReferenceAuthority[],
): Map<string, { start: string; predecessors: string[] }> {
  const out = new Map<string, { start: string; predecessors: string[] }>();
  for (const a of reference) {
    if (a.start_date === null) continue;
    const before = reference.filter((p) => p.successors.includes(a.gss_code));
    const sameArea = before.length === 1 && before[0]?.successors.length === 1;
    if (before.length === 0 || sameArea) continue;
    out.set(a.gss_code, { start: a.start_date, predecessors: before.map((p) => p.name) });
  }
  return out;
}

/**
 * Authorities that took over one predecessor's whole area as another kind of
 * council (a county become a unitary council): each one's start date and its
 * predecessor's name as councils write it ("North Yorkshire County Council").
 */
function kindChangedSince(
  reference: readonly ReferenceAuthority[],
): Map<string, { start: string; predecessor: string }> {
  const out = new Map<string, { start: string; predecessor: string }>();
  for (const a of reference) {
    if (a.start_date === null) continue;
    const before = reference.filter((p) => p.successors.includes(a.gss_code));
    const [only] = before;
    if (before.length !== 1 || only === undefined || only.successors.length !== 1) continue;
    if (only.authority_type === a.authority_type) continue;
    out.set(a.gss_code, { start: a.start_date, predecessor: only.alt_names[0] ?? only.name });
  }
  return out;
}
