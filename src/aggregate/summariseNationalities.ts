import type { NationalityFact } from "../domain/facts.js";
import type { NationalityRow } from "../domain/outputs.js";
import type { Return } from "../domain/returns.js";

/**
 * Missing children by (group, canonical nationality) across all returns.
 * Spelling variants are already merged by the parse stage (fact.nationality
 * is canonical), and assembly has already de-duplicated repeated returns, so
 * this counts exactly what each Return carries.
 */
export function summariseNationalities(returns: readonly Return[]): NationalityRow[] {
  const rows = new Map<string, NationalityRow & { contributors: Set<string> }>();
  for (const ret of returns) {
    for (const fact of ret.nationalities) {
      const figure = readFigure(fact);
      // not held / refused / blank rows say nothing about how many children.
      if (!figure) continue;
      const key = `${fact.group}\u0000${fact.nationality}`;
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
  return [...rows.values()]
    .map(({ contributors, ...row }) => ({ ...row, authorities: contributors.size }))
    .sort(
      (a, b) =>
        a.group.localeCompare(b.group) ||
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
