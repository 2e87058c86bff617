import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "3, Number of initial visits completed within 7 working days, 17" where the
 * request asks the percentage of visits made within 7 working days: the
 * council gave a count, so the figure is not used, and the measure is flagged
 * (label_outside_request) rather than left as a silent blank. A label that
 * only names the visits is flagged too: the figure is set aside all the same,
 * and only the warning's words differ (it does not say a count was given).
 */
describe("a count given where a percentage was asked", () => {
  const k = knowledgeForRequest({
    id: "visits-pct-test",
    title: "Initial visits",
    citation: "our request about initial visits",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [{ id: "pf", label: "privately fostered", phrasings: ["\\bprivate(ly)? fost"] }],
    metrics: [
      { id: "notifications", label: "notifications received", counts: "episodes", phrasings: ["\\bnotifications?\\b"] },
      {
        id: "visit_pct",
        label: "percentage of initial visits made within 7 working days",
        kind: "percentage",
        phrasings: ["\\b(percent(age)?|per cent)\\b", "\\binitial visits?\\b", "\\b(7|seven) working days\\b"],
      },
    ],
    measures: [
      { id: "pf_notifications", group: "pf", metric: "notifications", label: "Notifications received" },
      { id: "pf_visit_pct", group: "pf", metric: "visit_pct", label: "Percentage of initial visits in 7 working days" },
    ],
    questions: [
      {
        number: "1",
        text: "How many private fostering notifications did you receive?",
        measures: ["pf_notifications"],
      },
      {
        number: "2",
        text: "What percentage of initial visits were made within 7 working days?",
        measures: ["pf_visit_pct"],
      },
    ],
  });
  const read = async (label: string) => {
    const text = [
      "Question,Measure,2022/23,2023/24",
      "1,Private fostering notifications received,23,35",
      `2,${label},17,18`,
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return {
      visits: r.facts.filter((f) => f.measure === "pf_visit_pct" && f.status === "reported").length,
      flagged: [...new Set(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure))],
    };
  };

  it.each<[string, string[]]>([
    ["Number of initial visits completed within 7 working days", ["pf_visit_pct"]],
    ["No. of initial visits within 7 working days", ["pf_visit_pct"]],
    // No word of a count: set aside all the same, and said on the measure, never a silent blank.
    ["Initial visits within 7 working days", ["pf_visit_pct"]],
  ])("%s", async (label, flagged) => {
    const r = await read(label);
    expect(r.visits).toBe(0);
    expect(r.flagged).toEqual(flagged);
  });
});
