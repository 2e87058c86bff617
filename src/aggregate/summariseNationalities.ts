import type { NationalityFact } from "../domain/facts.js";
import type { NationalityRow } from "../domain/outputs.js";
import type { Request } from "../domain/request.js";
import type { Return } from "../domain/returns.js";

/**
 * Missing children by (group, canonical nationality) across all returns.
 * Spelling variants are already merged by the parse stage (fact.nationality
 * is canonical), and assembly has already de-duplicated repeated returns, so
 * this counts exactly what each Return carries.
 *
 * In a round of several periods each figure carries its period (see
 * assemble/keyPeriods), and the rows are per period too, in `periodOrder`
 * (the request's periods, then the whole span); a one-period round's rows
 * have no period.
 */
export function summariseNationalities(
  returns: readonly Return[],
  periodOrder: readonly string[] = [],
): NationalityRow[] {
  const rows = new Map<string, NationalityRow & { contributors: Set<string> }>();
  for (const ret of returns) {
    for (const fact of ret.nationalities) {
      const figure = readFigure(fact);
      // not held / refused / blank rows say nothing about how many children.
      if (!figure) continue;
      const key = `${fact.period ?? ""}\u0000${fact.group}\u0000${fact.nationality}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          group: fact.group,
          nationality: fact.nationality,
          iso_code: fact.iso,
          missing_children: 0,
          authorities: 0,
          lower: 0,
          upper: 0,
          ...(fact.period === undefined ? {} : { period: fact.period }),
          contributors: new Set(),
        };
        rows.set(key, row);
      }
      row.missing_children += figure.exact;
      row.lower += figure.lower;
      row.upper += figure.upper;
      row.contributors.add(ret.authority.gss_code);
    }
  }
  const rank = (period: string | undefined) => (period === undefined ? 0 : periodOrder.indexOf(period));
  return [...rows.values()]
    .map(({ contributors, ...row }) => ({ ...row, authorities: contributors.size }))
    .sort(
      (a, b) =>
        a.group.localeCompare(b.group) ||
        rank(a.period) - rank(b.period) ||
        b.missing_children - a.missing_children ||
        a.nationality.localeCompare(b.nationality),
    );
}

function readFigure(fact: NationalityFact): { exact: number; lower: number; upper: number } | null {
  if (fact.status === "reported" && fact.value !== null) {
    return { exact: fact.value, lower: fact.value, upper: fact.value };
  }
  if (fact.status === "suppressed" && fact.lower !== null && fact.upper !== null) {
    return { exact: 0, lower: fact.lower, upper: fact.upper };
  }
  return null;
}

/** The order of nationalities.csv's periods: the request's, then the whole span's (breakdowns given once for the round). */
export function listNationalityPeriods(request: Pick<Request, "periods" | "period">): string[] {
  return [...request.periods.map((p) => p.id), request.period.id];
}
