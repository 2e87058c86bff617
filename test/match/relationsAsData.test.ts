import { describe, expect, it } from "vitest";
import { type Group, RequestSchema } from "../../src/domain/request.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadLabels, withRequestPhrasings } from "../../src/knowledge/labels.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { type LabelContext, NO_CONTEXT, resolveMeasure, wholeGroupOf } from "../../src/match/resolveMeasure.js";

/**
 * A round whose groups are not the 2015 ones: pupils excluded (a whole of
 * two parts, fixed-term and permanent), pupils in care (a plain group),
 * pupils in care also excluded (a subset) and both groups together. The
 * parts, wholes and the combined group come from the request's relations,
 * never from the 2015 ids.
 */
const request = RequestSchema.parse({
  id: "exclusions",
  title: "Exclusions",
  citation: "FOI request on exclusions",
  period: { start: "2022-09-01", end: "2023-08-31", label: "2022/23" },
  groups: [
    { id: "excluded", label: "excluded", phrasings: ["\\bexclu(?:ded|sions?)\\b"] },
    { id: "excluded_fixed", label: "fixed-term", phrasings: ["\\bfixed[ -]term\\b", "\\bsuspen(?:ded|sions?)\\b"] },
    { id: "excluded_permanent", label: "permanent", phrasings: ["\\bpermanent(?:ly)?\\b"] },
    { id: "in_care", label: "in care", phrasings: ["\\bin care\\b", "\\bcared for\\b"] },
    { id: "in_care_excluded", label: "in care and excluded", phrasings: ["\\bin care and excluded\\b"] },
    { id: "all", label: "all", phrasings: ["\\bboth groups\\b"] },
  ],
  metrics: [
    { id: "pupils", label: "pupils", counts: "children", phrasings: ["\\bpupils?\\b"] },
    { id: "missing", label: "missing education", counts: "children", phrasings: ["\\bmissing education\\b"] },
  ],
  relations: [
    { kind: "parts", whole: "excluded", parts: ["excluded_fixed", "excluded_permanent"] },
    { kind: "subset", group: "in_care_excluded", of: "in_care" },
  ],
  measures: [
    { id: "excluded_pupils", group: "excluded", metric: "pupils", label: "Excluded pupils" },
    { id: "fixed_pupils", group: "excluded_fixed", metric: "pupils", label: "Fixed-term" },
    { id: "permanent_pupils", group: "excluded_permanent", metric: "pupils", label: "Permanent" },
    { id: "in_care_pupils", group: "in_care", metric: "pupils", label: "In care" },
    { id: "in_care_excluded_pupils", group: "in_care_excluded", metric: "pupils", label: "In care, excluded" },
    { id: "all_pupils", group: "all", metric: "pupils", label: "Both" },
    { id: "excluded_missing", group: "excluded", metric: "missing", label: "Excluded, missing education" },
  ],
});
const labels = withRequestPhrasings(loadLabels(KNOWLEDGE_DIR), request);

function resolve(texts: string[], context: LabelContext = NO_CONTEXT): string {
  const r = resolveMeasure(
    texts.map((t) => matchLabel(t, labels)),
    context,
    request,
    labels,
  );
  return r.kind === "measure" ? r.measure.id : r.kind;
}

const following = (previousGroup: Group): LabelContext => ({ group: null, groupFrom: "", previousGroup });

describe("groups resolved from the request's relations", () => {
  it.each([
    [["Number of fixed-term excluded pupils"], "fixed_pupils"],
    [["Permanently excluded pupils"], "permanent_pupils"],
    [["Excluded pupils"], "excluded_pupils"],
    // Both parts of one whole named: the whole.
    [["Pupils on a fixed term or permanent exclusion"], "excluded_pupils"],
    [["Pupils in care"], "in_care_pupils"],
    // The subset named with the group it is a subset of.
    [["Pupils in care and excluded"], "in_care_excluded_pupils"],
    // A whole and a plain group named together: both groups, as the request has a combined group.
    [["Pupils in care or excluded"], "all_pupils"],
    // A part under its whole's column: the part, the more specific.
    [["Excluded pupils", "of which permanent"], "permanent_pupils"],
  ])("%j → %s", (texts, expected) => {
    expect(resolve(texts)).toBe(expected);
  });

  it.each([
    // "Of these" after a question about a part refers to the whole.
    [["Of these, how many were missing education?"], following("excluded_fixed"), "excluded_missing"],
    [["Of these, how many were missing education?"], following("excluded"), "excluded_missing"],
  ])("%j after a question about %j → %s", (texts, context, expected) => {
    expect(resolve(texts, context)).toBe(expected);
  });

  it.each([
    ["excluded_fixed", "excluded"],
    ["excluded_permanent", "excluded"],
    ["excluded", "excluded"],
    ["in_care", "in_care"],
    ["in_care_excluded", "in_care_excluded"],
  ])("the whole of %s is %s", (group, whole) => {
    expect(wholeGroupOf(group, labels)).toBe(whole);
  });
});
