import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A note that the figures count another unit than the one asked ("the number of individual approved
 * foster carers, not households": a couple counts twice) qualifies the measures whose metric counts that
 * unit, with a warning on each; the same words about a unit the question does not count only confirm it.
 */
const fostering = knowledgeForRequest({
  id: "fostering-test",
  title: "Fostering households",
  citation: "our request about fostering households",
  authorities: { list: "uk-local-authorities", asAt: "2024-10-14" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "fostering", label: "fostering", phrasings: ["\\bfoster\\w*\\b"] },
    { id: "mainstream", label: "mainstream", phrasings: ["\\bmainstream\\b"] },
  ],
  metrics: [
    {
      id: "households",
      label: "approved households",
      counts: "children",
      phrasings: ["\\bapproved (foster )?(households?|carers?)\\b"],
    },
    { id: "approvals", label: "newly approved households", counts: "episodes", phrasings: ["\\bnewly approved\\b"] },
  ],
  measures: [
    { id: "fostering_households", group: "fostering", metric: "households", label: "approved households" },
    { id: "mainstream_households", group: "mainstream", metric: "households", label: "mainstream households" },
    { id: "fostering_approvals", group: "fostering", metric: "approvals", label: "households newly approved" },
  ],
  questions: [
    { number: "1", text: "How many approved fostering households?", measures: ["fostering_households"] },
    { number: "1a", text: "Of which mainstream?", measures: ["mainstream_households"] },
    { number: "2", text: "How many newly approved?", measures: ["fostering_approvals"] },
  ],
});

const TABLE = [
  "Question,2022/23,2023/24",
  "1. Approved foster households,101,106",
  "1a. Mainstream,81,84",
  "2. Foster households newly approved,10,13",
];

async function warned(note: string): Promise<string[]> {
  const body = [...TABLE, "", `"${note.replaceAll('"', '""')}"`].join("\n");
  const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "W06000024" }, fostering);
  return [
    ...new Set(
      r.issues
        .filter((i) => i.code === "label_outside_request" && i.measure && i.severity !== "info")
        .map((i) => i.measure as string),
    ),
  ].sort();
}

describe("a note that a figure counts another unit than the question's", () => {
  it.each([
    "Note 1: The figures at question 1 are the number of individual approved foster carers, not households: a household approved as a couple is counted as two carers.",
    "Question 1 counts foster carers rather than households.",
    "The figures at question 1 relate to individual carers and not households.",
  ])("%s", async (note) => {
    // Question 1's lettered part breaks down its count, in the same unit.
    expect(await warned(note)).toEqual(["fostering_households", "mainstream_households"]);
  });

  it.each([
    // The unit denied is not the one counted: the note confirms the count.
    "The figures at question 1 are the number of households, not individual carers.",
    "Question 1 counts households rather than the number of carers.",
    // A verb's form after "not" denies no unit.
    "The figures at question 1 are the number of foster carers who are not approved yet.",
  ])("not: %s", async (note) => {
    expect(await warned(note)).toEqual([]);
  });
});

describe("a shared service's note that names one count still covers every figure of the reply", () => {
  it.each([
    "The figures below are for all AfC fostering households across both boroughs (Kingston and Richmond combined).",
    "Our records do not identify which borough a fostering household is approved by.",
  ])("%s", async (note) => {
    expect(await warned(note)).toEqual(["fostering_approvals", "fostering_households", "mainstream_households"]);
  });
});

describe("a note that one question's figures count other councils' children too", () => {
  it.each([
    "Please note: the figures at question 2 are the number of households approved by our regional agency, and include children placed by other local authorities.",
    "Question 2 figures include young people referred by neighbouring councils.",
    // The place they were placed in, between "placed" and "by".
    "Question 2 figures include children placed in Kingston by other local authorities.",
    // Work done for another council (an assessment, an approval) is that council's case, not this one's.
    "Note: question 2 figures include approvals undertaken by the fostering team on behalf of other local authorities.",
  ])("%s", async (note) => {
    expect(await warned(note)).toEqual(["fostering_approvals"]);
  });

  it.each([
    "The figures at question 2 do not include children placed by other local authorities.",
    "Question 2 includes children we placed with other local authorities.",
    "Question 2 figures do not include approvals undertaken on behalf of other local authorities.",
  ])("not: %s", async (note) => {
    expect(await warned(note)).toEqual([]);
  });
});
