import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Question 1" / the question quoted in full / a small table of
 * "2023 | 2024 (to 30 April)" over "41 | 47": a letter answering each question with
 * a table whose only header names the requested periods and whose row of
 * figures has no label of its own. The quoted question labels the figures,
 * the period over each column is its period. A table whose row has a label,
 * or whose header is not periods, is read as before.
 */
// Calendar years, the last one part-year, headed "2023" and "2024 (to 30 April)" as a letter heads them.
const k = knowledgeForRequest({
  id: "kinship-calendar-test",
  title: "Kinship foster carers",
  citation: "our request about kinship foster carers",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
    { id: "2024-01-01_2024-04-30", start: "2024-01-01", end: "2024-04-30", label: "2024 (to 30 April)" },
  ],
  groups: [{ id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b"] }],
  metrics: [{ id: "children", label: "children", counts: "children", phrasings: ["\\bchild(ren)?\\b"] }],
  measures: [{ id: "kinship_children", group: "kinship", metric: "children", label: "Children with kinship carers" }],
  questions: [
    {
      number: "1",
      text: "How many children were placed with kinship carers in each year?",
      measures: ["kinship_children"],
    },
  ],
});

const read = async (rows: string[][], question = "How many children were placed with kinship carers in each year?") => {
  const bytes = await buildDocx({
    body: [
      para("Dear Requester,"),
      para("Question 1"),
      para(question),
      table(rows),
      para(""),
      para("Kind regards,"),
    ].join(""),
  });
  const r = await processFile({ file: "reply.docx", bytes, manifestCode: "E06000038" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
};

describe("a table of periods over one unlabelled row, under the question it answers", () => {
  it.each<[string, string[][], string[]]>([
    [
      "calendar years over the figures",
      [
        ["2023", "2024 (to 30 April)"],
        ["41", "47"],
      ],
      ["kinship_children 2023 reported 41", "kinship_children 2024 (to 30 April) reported 47"],
    ],
    [
      "a suppressed figure among them",
      [
        ["2023", "2024 (to 30 April)"],
        ["<5", "47"],
      ],
      ["kinship_children 2023 suppressed", "kinship_children 2024 (to 30 April) reported 47"],
    ],
    // A header that is not periods says nothing of when: left unread, not guessed.
    [
      "a header of words",
      [
        ["Boys", "Girls"],
        ["41", "47"],
      ],
      [],
    ],
  ])("%s", async (_name, rows, expected) => {
    expect(await read(rows)).toEqual(expected);
  });

  it("leaves a question that names no measure unread", async () => {
    expect(
      await read(
        [
          ["2023", "2024 (to 30 April)"],
          ["41", "47"],
        ],
        "Please see the figures below.",
      ),
    ).toEqual([]);
  });
});
