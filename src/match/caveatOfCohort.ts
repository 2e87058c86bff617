import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";

/**
 * "1a. … In 2017, 1 looked after children were referred to the NRM … This is
 * a count of referrals and not of children whose status was confirmed." and
 * then "2a. Of the children referred to the NRM, 7 went missing or absent.":
 * the 7 is counted from among the children of the first figure, which a note
 * (or its label) already says are not the children the request asked about.
 * Whatever is wrong with who the first figure counts is wrong with the
 * second too, so the second carries the same warning instead of passing as
 * exact. Read only when the later figure's label opens with the cohort it
 * is taken from ("Of these, …", "Of the children referred to the NRM, …"),
 * and that cohort is the flagged looked-after figure of the same group (or
 * of a part of it): by pointing back ("these", "those", "whom"), the
 * nearest such figure above it; by naming the children, the one whose label
 * holds every word of the name. Pure.
 */
export function carryCaveatToCohort(
  facts: readonly Fact[],
  issues: readonly Issue[],
  request: Pick<Request, "measures" | "relations">,
): Issue[] {
  const out: Issue[] = [];
  const measureOf = new Map(request.measures.map((m) => [m.id, m]));
  const partsOf = (group: string): string[] =>
    request.relations.flatMap((r) => (r.kind === "parts" && r.whole === group ? r.parts : []));
  // The looked-after figures a warning says count someone other than the request asked about.
  const flagged = facts.filter((f) => {
    const m = measureOf.get(f.measure);
    const at = f.sources[0];
    return (
      m?.metric === "looked_after" &&
      at !== undefined &&
      (f.status === "reported" || f.status === "suppressed") &&
      issues.some(
        (i) =>
          i.code === "label_outside_request" && i.severity !== "info" && i.measure === f.measure && i.file === at.file,
      )
    );
  });
  if (flagged.length === 0) return out;
  for (const f of facts) {
    const m = measureOf.get(f.measure);
    const at = f.sources[0];
    if (!m || m.metric === "looked_after" || at === undefined) continue;
    if (f.status !== "reported" && f.status !== "suppressed") continue;
    const opening = COHORT_OPENING.exec(labelWithoutNumber(f.label));
    if (!opening) continue;
    const family = new Set([m.group, ...partsOf(m.group)]);
    const candidates = flagged.filter((g) => {
      const gm = measureOf.get(g.measure);
      const gAt = g.sources[0];
      return (
        gm !== undefined &&
        family.has(gm.group) &&
        gAt?.file === at.file &&
        gAt.sheet === at.sheet &&
        rowOf(gAt) < rowOf(at)
      );
    });
    const named = opening[1];
    const source =
      named === undefined
        ? candidates.sort((a, b) => rowOf(b.sources[0]) - rowOf(a.sources[0]))[0]
        : candidates.find((g) => wordsOf(named).every((w) => wordsOf(g.label).includes(w)));
    if (!source) continue;
    out.push(
      makeIssue("label_outside_request", {
        message: `"${f.raw}" in ${describeSource(at)} (${f.measure}) is counted "${opening[0].trim().replace(/,$/u, "")}", from among the children of ${source.measure} (${describeSource(source.sources[0] ?? at)}), whose figure the file says does not count the children the request asked about; so this figure may not either.`,
        ...issueLocation(at),
        measure: f.measure,
        raw: f.raw,
        related: [source.measure],
      }),
    );
  }
  return out;
}

/**
 * "Of these, …", "Of those children …", "Of whom …" (pointing back: no group
 * 1) or "Of the children referred to the NRM, …" (group 1: the children's
 * name, up to the comma). Bounded, so linear.
 */
const COHORT_OPENING =
  /^of\s+(?:these|those|them|whom)\b|^of\s+the\s+(?:children|young people|child)\s+((?:[\p{L}'’-]+\s+){0,8}?[\p{L}'’-]+)\s*,/iu;

/** A label without the question number it opens with ("2a. ", "Q3 "). */
function labelWithoutNumber(label: string): string {
  return label.replace(/^\s*(?:q(?:uestion)?\.?\s?)?\d{1,2}[a-z]?[.):]?\s+/iu, "").trim();
}

/** The words of a name, lower case, for comparing two phrasings. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
}
const STOP_WORDS = new Set(["the", "a", "an", "to", "of", "as", "by", "in", "were", "was", "who", "that"]);

function rowOf(s: { row?: number } | undefined): number {
  return s?.row ?? 0;
}
