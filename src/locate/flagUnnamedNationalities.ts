import type { NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { OTHER_NATIONALITY } from "../knowledge/nationalities.js";

/**
 * "Other 1", "Not recorded 2", "Unknown": a nationality figure that names no
 * nationality is kept (it counts children who went missing) as Other/unknown,
 * and every layout says so in quality.csv. The per-child and episode readers
 * already raise nationality_unknown for each such row; a table row, a list in
 * a letter or a sentence did not, because "Other" is a spelling foi-agg
 * knows. A researcher comparing nationalities across councils needs to see
 * which councils left children's nationality unnamed, whatever the layout.
 * One issue per figure, unless a reader already raised one for it (same file,
 * and the same cell or the same words).
 */
export function flagUnnamedNationalities(
  nationalities: readonly NationalityFact[],
  raised: readonly Issue[],
  file: string,
): Issue[] {
  const already = raised.filter((i) => i.code === "nationality_unknown" && i.file === file);
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const n of nationalities) {
    // "Not recorded | 0": no child's nationality went unrecorded, so the breakdown is whole.
    if (n.nationality !== OTHER_NATIONALITY || (n.status === "reported" && n.upper === 0)) continue;
    const at = issueLocation(n.source);
    const raw = n.raw.trim();
    const key = `${at.sheet ?? ""}|${at.cell}|${raw.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (
      already.some(
        (i) =>
          (i.cell === at.cell && (i.sheet ?? "") === (at.sheet ?? "")) ||
          (i.raw ?? "").trim().toLowerCase() === raw.toLowerCase(),
      )
    )
      continue;
    const count = n.rawValue.trim() === "" ? "" : ` (${n.rawValue.trim()})`;
    const words = raw === "" ? "A blank nationality" : `"${raw}"`;
    out.push(
      makeIssue("nationality_unknown", {
        message: `${words} in ${describeSource(n.source)} names no nationality; its ${n.group} count${count} is kept as ${OTHER_NATIONALITY}, so this council's nationality breakdown leaves those children's nationality unnamed.`,
        ...at,
        raw: raw === "" ? n.rawValue : raw,
      }),
    );
  }
  return out;
}
