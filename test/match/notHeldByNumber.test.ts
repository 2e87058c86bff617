import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "2. We do not categorise our assessments in this way." under "1. Age assessments carried out": the
 * statement's words name the count (assessments) but no group of their own, so the group came from the
 * question before it. Its number says which question it answers (2, the full assessments): the "not
 * held" is that question's, not question 1's, whose figures stand.
 */
const assessments = knowledgeForRequest({
  id: "not-held-by-number-test",
  title: "Age assessments",
  citation: "our request about age assessments",
  authorities: { list: "uk-local-authorities", asAt: "2024-05-01" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "disputed", label: "age-disputed", phrasings: ["\\bage assess"] },
    { id: "full", label: "full assessments", phrasings: ["\\bfull (age )?assessments?\\b"] },
  ],
  metrics: [{ id: "assessments", label: "assessments", counts: "episodes", phrasings: ["\\bassessments?\\b"] }],
  relations: [{ kind: "subset", group: "full", of: "disputed" }],
  measures: [
    { id: "disputed_assessments", group: "disputed", metric: "assessments", label: "Age assessments" },
    { id: "full_assessments", group: "full", metric: "assessments", label: "Full assessments" },
  ],
  questions: [
    { number: "1", text: "How many age assessments did you carry out?", measures: ["disputed_assessments"] },
    { number: "2", text: "Of those, how many were full assessments?", measures: ["full_assessments"] },
  ],
});

const letter = (answer2: string, note: readonly string[] = []) =>
  [
    "Derby City Council",
    "",
    "Our response:",
    "",
    "1. Age assessments carried out:",
    "   2022/23 - 24",
    "   2023/24 - 35",
    ...note,
    "",
    answer2,
    "",
    "Yours sincerely",
  ].join("\n");

describe("a 'not held' numbered as another question than the one before it", () => {
  it("answers its own question", async () => {
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: text(letter("2. We do not categorise our assessments in this way.")),
        manifestCode: null,
      },
      assessments,
    );
    const held = r.facts.filter((f) => f.status === "not_held").map((f) => f.measure);
    expect([...new Set(held)]).toEqual(["full_assessments"]);
    expect(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value])).toEqual([
      ["disputed_assessments", 24],
      ["disputed_assessments", 35],
    ]);
  });

  // A line under answer 1 that opens with a count of its own ("12 of these …") ends answer 1's body, so "2."
  // is not read as the next of a run of numbered answers: only the statement's words and number are left.
  it("a statement naming its group keeps it", async () => {
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: text(
          letter("2. We do not record age assessments by type.", ["   12 of these were for other councils."]),
        ),
        manifestCode: null,
      },
      assessments,
    );
    const held = r.facts.filter((f) => f.status === "not_held").map((f) => f.measure);
    expect([...new Set(held)]).toEqual(["disputed_assessments"]);
  });

  // Answer 1 over lines of its own, then "2.": the two are a run of answers numbered as the request is, and the
  // number says which question the statement answers, whatever group its words name.
  it("a statement in a run of numbered answers answers its number", async () => {
    const r = await processFile(
      { file: "reply.txt", bytes: text(letter("2. We do not record age assessments by type.")), manifestCode: null },
      assessments,
    );
    const held = r.facts.filter((f) => f.status === "not_held").map((f) => f.measure);
    expect([...new Set(held)]).toEqual(["full_assessments"]);
  });
});
