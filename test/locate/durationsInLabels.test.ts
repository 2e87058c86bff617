import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A question that names a span of time ("completed within 72 hours",
 * "repaired within 28 days", "missing for over 24 hours") holds a number
 * that is part of what is asked, never a count: it must neither be read as
 * the question's answer nor stop the lines or sentences that answer it.
 */
describe("a number of hours or days inside a question or a sentence is not a figure", () => {
  const k = knowledgeForRequest({
    id: "repairs-test",
    title: "Housing repairs",
    citation: "our request about housing repairs",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" },
      { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" },
    ],
    groups: [{ id: "repairs", label: "repairs", phrasings: ["\\brepairs?\\b"] }],
    metrics: [
      {
        id: "done",
        label: "repairs completed",
        counts: "episodes",
        phrasings: ["^(?!.*\\b(28|24)\\b).*\\bcomplet\\w*\\b"],
      },
      { id: "on_time", label: "repairs completed within 28 days", counts: "episodes", phrasings: ["\\b28\\b"] },
    ],
    rules: [{ kind: "atMost", metric: "on_time", of: "done" }],
    measures: [
      { id: "repairs_done", group: "repairs", metric: "done", label: "Repairs completed" },
      { id: "repairs_on_time", group: "repairs", metric: "on_time", label: "Repairs completed within 28 days" },
    ],
    questions: [
      { number: "1", text: "How many repairs were completed in each year?", measures: ["repairs_done"] },
      { number: "2", text: "How many repairs were completed within 28 days?", measures: ["repairs_on_time"] },
    ],
  });
  const read = async (lines: string[]) => {
    const text = ["Dear Requester,", "", ...lines, ""].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return (
      r.facts
        .filter((f) => f.status !== "not_answered")
        // The year the figure's own line or sentence names (assemble keys it to the period).
        .map(
          (f) =>
            `${f.measure} ${/\b20\d\d\b/u.exec(`${f.label ?? ""} ${f.periodText ?? ""}`)?.[0]} ${f.status} ${f.raw}`,
        )
        .sort()
    );
  };

  it.each<[string, string[], string[]]>([
    [
      "period lines under a question naming 28 days",
      [
        "1) How many repairs were completed in each year?",
        "2021 – 325",
        "2022 – 112",
        "",
        "2) How many repairs were completed within 28 days of being reported?",
        "2021 – 166",
        "2022 – 44",
      ],
      [
        "repairs_done 2021 reported 325",
        "repairs_done 2022 reported 112",
        "repairs_on_time 2021 reported 166",
        "repairs_on_time 2022 reported 44",
      ],
    ],
    [
      "sentences naming the period, the figure and 28 days",
      [
        "2. How many repairs were completed within 28 days?",
        "In 2021, 78 repairs were completed within 28 days of being reported. In 2022, 57 repairs were completed within 28 days of being reported.",
      ],
      ["repairs_on_time 2021 reported 78", "repairs_on_time 2022 reported 57"],
    ],
  ])("%s", async (_, lines, expected) => {
    expect(await read(lines)).toEqual(expected);
  });

  it("a question with only a span of time in it gives no figure of its own", async () => {
    const facts = await read(["2) How many repairs were completed within 28 working days of being reported?"]);
    expect(facts.filter((f) => f.includes(" 28"))).toEqual([]);
  });
});
