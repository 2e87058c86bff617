import type { NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { type NationalityTable, normaliseNationalityText, OTHER_NATIONALITY } from "../knowledge/nationalities.js";

/**
 * "UASC | Kurdish | 1": a row that names a people of several states (the
 * table's peoples) instead of a nationality. Its count is kept as
 * Other/unknown, as every unnamed nationality is, but whether such a row is
 * an unknown nationality, a nationality of its own, or no nationality row at
 * all is a judgement breakdowns make differently, so the council's
 * Other/unknown figure is raised as uncertain (nationality_people, a
 * warning) for a reader to decide. One issue per cell or words; a zero row
 * ("Kurdish | 0") counts no child and is not raised.
 */
export function flagPeopleNationalities(nationalities: readonly NationalityFact[], table: NationalityTable): Issue[] {
  const peoples = new Set(table.peoples.spellings.map(normaliseNationalityText));
  if (peoples.size === 0) return [];
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const n of nationalities) {
    if (n.nationality !== OTHER_NATIONALITY || (n.status === "reported" && n.upper === 0)) continue;
    const raw = n.raw.trim();
    if (!peoples.has(normaliseNationalityText(raw))) continue;
    const at = issueLocation(n.source);
    const key = `${at.sheet ?? ""}|${at.cell}|${raw.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = n.rawValue.trim() === "" ? "" : ` (${n.rawValue.trim()})`;
    out.push(
      makeIssue("nationality_people", {
        message: `"${raw}" in ${describeSource(n.source)} names a people, not a state; its ${n.group} count${count} is kept as ${OTHER_NATIONALITY}, though other breakdowns count such children under a nationality of their own or leave them out, so this council's ${OTHER_NATIONALITY} figure is uncertain.`,
        ...at,
        raw,
      }),
    );
  }
  return out;
}
