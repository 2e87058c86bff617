import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Question 2: … the longest arrangement in each year?" over "The longest
 * arrangement across the three years 2021/22 to 2023/24 lasted 1357 days.":
 * one figure for several requested periods together, on the line under the
 * question. It is no one period's, so the question is flagged
 * (figure_period_not_stated) rather than left as a silent blank; a line of
 * one answer per period under a question is read as before.
 */
describe("one figure for several periods on the line under a question", () => {
  const k = knowledgeForRequest({
    id: "longest-test",
    title: "Arrangements",
    citation: "our request about arrangements",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22" },
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [{ id: "pf", label: "privately fostered", phrasings: ["\\bprivate(ly)? fost"] }],
    metrics: [
      { id: "notifications", label: "notifications received", counts: "episodes", phrasings: ["\\bnotifications?\\b"] },
      { id: "longest", label: "longest arrangement (days)", kind: "maximum", phrasings: ["\\blongest\\b"] },
    ],
    measures: [
      { id: "pf_notifications", group: "pf", metric: "notifications", label: "Notifications received" },
      { id: "pf_longest", group: "pf", metric: "longest", label: "Longest arrangement (days)" },
    ],
    questions: [
      {
        number: "1",
        text: "How many private fostering notifications did you receive?",
        measures: ["pf_notifications"],
      },
      {
        number: "2",
        text: "What was the length in days of the longest private fostering arrangement in each year?",
        measures: ["pf_longest"],
      },
    ],
  });
  const read = async (answer: string) => {
    const text = [
      "Dear Requester,",
      "",
      "Question 1: How many private fostering notifications did you receive in each year?",
      "2021/22: 26, 2022/23: 21, 2023/24: 38",
      "",
      "Question 2: What was the length in days of the longest private fostering arrangement in each year?",
      answer,
      "",
      "Regards",
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.issues
      .filter((i) => i.code === "figure_period_not_stated")
      .map((i) => i.measure)
      .sort();
  };

  it.each<[string, string[]]>([
    [
      "The longest private fostering arrangement across the three years 2021/22 to 2023/24 lasted 1357 days.",
      ["pf_longest"],
    ],
    // One answer per period: read as such, nothing flagged.
    ["2021/22: 1563, 2022/23: 1420, 2023/24: 831", []],
    // The next question, naming two periods and a number: it answers nothing.
    ["Question 3: How many of the 2021/22 and 2022/23 arrangements involved 2 or more children?", []],
    ["Q3 Of the 2021/22 and 2022/23 arrangements, how many involved 2 or more children", []],
    ["How many of the 2021/22 and 2022/23 arrangements involved 2 or more children?", []],
  ])("%s", async (answer, flagged) => {
    expect(await read(answer)).toEqual(flagged);
  });
});
