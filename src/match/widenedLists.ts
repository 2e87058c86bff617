import type { NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { FileNote } from "./applyFileNotes.js";

/**
 * "2. The trafficked figures include young people aged 18 to 21 supported by
 * the Leaving Care Service …" under the table, and a nationality sheet
 * headed "Trafficked (see note 2)": a wider-group note said of a group's
 * figures as a set speaks for every figure of that group in the file, and a
 * nationality list of that group's missing children breaks down the widened
 * went-missing count. Its counts go straight into the national nationality
 * totals, where a warning beside the return no longer shows, so the list is
 * set aside (figure_set_aside on the group's went-missing measure) and
 * counted in no total, as a list of another period's children is. A note on
 * one count of the group ("the looked after figure includes …"), or in
 * another file, leaves the lists alone. Pure.
 */
export function setAsideWidenedLists(
  nationalities: readonly NationalityFact[],
  notes: readonly FileNote[],
  request: Request,
): { nationalities: NationalityFact[]; issues: Issue[] } {
  const widening = (n: NationalityFact) =>
    notes.find(
      (note) =>
        note.kind === "cohort" &&
        note.code !== "value_approximate" &&
        note.source.file === n.source.file &&
        (note.groups ?? []).includes(n.group),
    );
  const kept: NationalityFact[] = [];
  const setAside = new Map<string, { facts: NationalityFact[]; note: FileNote }>();
  for (const n of nationalities) {
    const note = widening(n);
    if (!note) {
      kept.push(n);
      continue;
    }
    const entry = setAside.get(n.group) ?? { facts: [], note };
    entry.facts.push(n);
    setAside.set(n.group, entry);
  }
  const issues = [...setAside.values()].map(({ facts, note }) => {
    const first = facts[0] as NationalityFact;
    const measure = findMeasure(request, first.group, "went_missing")?.id;
    const listed = facts.map((f) => `${f.raw} ${f.rawValue}`.trim()).join(", ");
    return makeIssue("figure_set_aside", {
      message: `The ${first.group} nationalities listed in ${describeSource(first.source)} (${listed}) count the wider group a note in the file (${describeSource(note.source)}) gives for every ${first.group} figure ("${note.raw}": ${note.message}): the list was set aside and is not counted in the nationality totals.`,
      ...issueLocation(first.source),
      ...(measure === undefined ? {} : { measure }),
      raw: listed,
    });
  });
  return { nationalities: kept, issues };
}
