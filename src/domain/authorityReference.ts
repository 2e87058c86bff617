import { z } from "zod";
import { type Authority, AuthoritySchema } from "./authority.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const gssCode = z.string().regex(/^[ENSW]\d{8}$/, "expected a GSS code such as E09000017");

/**
 * One row of the UK reference of authorities past and present
 * (knowledge/uk-local-authorities.csv): an authority under one GSS code, in
 * operation from `start_date` to `end_date` (both inclusive; blank means
 * "before any round foi-agg knows" and "still in operation"). A code change
 * with no change of body (Fife's S12000015 → S12000047 in 2018) is one row
 * ending and its successor starting, so a 2015 figure lines up with 2024's.
 */
export const ReferenceAuthoritySchema = AuthoritySchema.extend({
  start_date: isoDate.nullable(),
  end_date: isoDate.nullable(),
  /** The authorities that took over its children's services when it ended. */
  successors: z.array(gssCode),
});
export type ReferenceAuthority = z.infer<typeof ReferenceAuthoritySchema>;

/** The date the 2015 round's list is taken at, used when a request names none. */
export const DEFAULT_AUTHORITIES_AS_AT = "2015-09-30";

function inOperation(a: ReferenceAuthority, date: string): boolean {
  return (a.start_date === null || a.start_date <= date) && (a.end_date === null || a.end_date >= date);
}

/** A round's list: the authorities in operation on `date`, in the reference's order, as plain Authority rows. */
export function authoritiesAsAt(reference: readonly ReferenceAuthority[], date: string): Authority[] {
  return reference
    .filter((a) => inOperation(a, date))
    .map(({ start_date: _s, end_date: _e, successors: _n, ...authority }) => authority);
}

/** The authorities that took over from `code` (none while it is still in operation). */
export function successorsOf(code: string, reference: readonly ReferenceAuthority[]): ReferenceAuthority[] {
  const byCode = new Map(reference.map((a) => [a.gss_code, a]));
  return (byCode.get(code)?.successors ?? []).flatMap((c) => byCode.get(c) ?? []);
}

/** The authorities that `code` took over from. */
export function predecessorsOf(code: string, reference: readonly ReferenceAuthority[]): ReferenceAuthority[] {
  return reference.filter((a) => a.successors.includes(code));
}

/**
 * The authorities in operation on `date` that cover what `code` covered,
 * following successor links forward (Northamptonshire 2015 → North and West
 * Northamptonshire 2024) or predecessor links back (BCP 2024 → Bournemouth,
 * Poole and Dorset 2015). An authority in operation on `date` maps to itself.
 */
export function counterpartsAsAt(code: string, reference: readonly ReferenceAuthority[], date: string): string[] {
  const byCode = new Map(reference.map((a) => [a.gss_code, a]));
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (c: string): void => {
    if (seen.has(c)) return;
    seen.add(c);
    const a = byCode.get(c);
    if (!a) return;
    if (inOperation(a, date)) {
      found.add(c);
      return;
    }
    const forward = a.end_date !== null && a.end_date < date;
    const next = forward ? a.successors : predecessorsOf(c, reference).map((p) => p.gss_code);
    for (const n of next) visit(n);
  };
  visit(code);
  return [...found].sort();
}

/**
 * Cross-row rules of the reference, one message each: codes are unique, a
 * successor exists and starts the day after its predecessor ends, and no
 * authority ends without a successor (else a later round loses its area).
 */
export function checkAuthorityReference(reference: readonly ReferenceAuthority[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, ReferenceAuthority>();
  for (const a of reference) {
    if (byCode.has(a.gss_code)) problems.push(`${a.gss_code} is listed twice`);
    byCode.set(a.gss_code, a);
  }
  for (const a of reference) {
    if (a.start_date !== null && a.end_date !== null && a.end_date < a.start_date)
      problems.push(`${a.gss_code} ends (${a.end_date}) before it starts (${a.start_date})`);
    if (a.end_date === null && a.successors.length > 0) problems.push(`${a.gss_code} has successors but no end date`);
    if (a.end_date !== null && a.successors.length === 0)
      problems.push(`${a.gss_code} ends on ${a.end_date} but names no successor`);
    for (const s of a.successors) {
      const next = byCode.get(s);
      if (!next) {
        problems.push(`${a.gss_code} names successor ${s}, which is not in the reference`);
        continue;
      }
      if (a.end_date !== null && next.start_date !== dayAfter(a.end_date))
        problems.push(
          `${s} starts on ${next.start_date ?? "(blank)"}, not the day after ${a.gss_code} ends (${a.end_date})`,
        );
    }
  }
  return problems;
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
