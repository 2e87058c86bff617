import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { NO_CONTEXT, resolveMeasure } from "../../src/match/resolveMeasure.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A round of one's own about kinship foster carers, whose metric phrasings
 * were written for the metric's own words ("number of approvals") and whose
 * base metric excludes them, as a round writer following the README does.
 */
function kinshipRequest() {
  const request = {
    id: "kinship-carers-test",
    title: "Kinship foster carers",
    citation: "our request about kinship foster carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-30" },
    periods: [{ id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" }],
    groups: [
      { id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b", "\\bconnected persons?\\b"] },
      { id: "kinship_emergency", label: "emergency kinship", phrasings: ["\\bemergency\\b", "\\bregulation 24\\b"] },
    ],
    metrics: [
      {
        id: "households",
        label: "households",
        counts: "children",
        phrasings: ["^(?!.*\\bnumber of approvals\\b).*\\b(households?|carers?)\\b"],
      },
      {
        id: "approvals",
        label: "approvals",
        counts: "episodes",
        phrasings: ["\\bnumber of approvals\\b", "\\bapprovals made\\b"],
      },
    ],
    relations: [{ kind: "subset", group: "kinship_emergency", of: "kinship" }],
    measures: [
      { id: "kinship_households", group: "kinship", metric: "households", label: "Kinship households" },
      { id: "kinship_approvals", group: "kinship", metric: "approvals", label: "Kinship approvals" },
      { id: "kinship_emergency_households", group: "kinship_emergency", metric: "households", label: "Emergency" },
    ],
    questions: [{ number: "1", text: "How many kinship households did you have?", measures: ["kinship_households"] }],
  };
  return knowledgeForRequest(request);
}

describe("a metric phrasing split by the group's own words", () => {
  const k = kinshipRequest();
  const resolve = (label: string) => {
    const r = resolveMeasure([matchLabel(label, k.labels)], NO_CONTEXT, k.request, k.labels);
    return r.kind === "measure" ? r.measure.id : r.kind;
  };

  it.each([
    // The group's words sit inside the metric's phrase: read without them, it is the metric.
    ["Number of kinship approvals", "kinship_approvals"],
    ["Number of connected persons approvals", "kinship_approvals"],
    ["Kinship approvals made", "kinship_approvals"],
    // Unchanged: the metric's phrase whole, and the base metric named outright.
    ["Number of approvals of kinship carers", "kinship_approvals"],
    ["Number of kinship households", "kinship_households"],
    ["Connected persons carers", "kinship_households"],
    // The subset's words taken out leave the base metric, as before.
    ["Households approved under regulation 24 (kinship)", "kinship_emergency_households"],
    // Read as written it names carers, read without the group it names
    // approvals: two readings, never a choice.
    ["Number of kinship approvals for carers", "ambiguous"],
  ])("%s → %s", (label, expected) => {
    expect(resolve(label)).toBe(expected);
  });

  it("says which phrase the metric was read from", () => {
    expect(matchLabel("Number of kinship approvals", k.labels).phrases).toEqual(["kinship", "number of approvals"]);
  });
});
