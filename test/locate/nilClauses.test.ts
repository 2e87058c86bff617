import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A plain-text letter: a count, then the sentence under test, as a council writes them. */
async function readLetter(lines: string[]): Promise<{ figures: Record<string, number | null>; codes: string[] }> {
  const text = [
    "Dear Requester",
    "Thank you for your request about children in our care between 1 October 2014 and 30 September 2015.",
    ...lines,
    "Yours sincerely",
  ].join("\n");
  const r = await processFile(
    { file: "Barnsley FOI 7781 reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return {
    figures: Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value])),
    codes: r.issues.map((i) => i.code),
  };
}

describe("one sentence denying several measures, clause by clause", () => {
  it.each([
    [
      "three denials referring back with 'of them'",
      [
        "We looked after 3 trafficked children.",
        "None of them went missing, so there were no missing episodes and none remain missing.",
      ],
      {
        trafficked_looked_after: 3,
        trafficked_went_missing: 0,
        trafficked_missing_incidents: 0,
        trafficked_not_found: 0,
      },
    ],
    [
      "two denials naming their group, split by a semicolon",
      ["No unaccompanied asylum seeking children went missing; there were no missing episodes."],
      { uasc_went_missing: 0, uasc_missing_incidents: 0 },
    ],
    [
      "a clause naming no measure between the denials",
      [
        "We looked after 6 unaccompanied asylum seeking children.",
        "None of these children went missing during the period, and therefore nobody is still missing.",
      ],
      { uasc_looked_after: 6, uasc_went_missing: 0, uasc_not_found: 0 },
    ],
  ])("%s", async (_, lines, expected) => {
    const { figures, codes } = await readLetter(lines);
    expect(figures).toEqual(expected);
    expect(codes).not.toContain("label_ambiguous");
  });

  it.each([
    [
      "two denials of the same measure",
      [
        "We looked after 3 trafficked children.",
        "None of them went missing and none of them went missing from placements.",
      ],
    ],
  ])("leaves %s to the whole-sentence reading", async (_, lines) => {
    const { figures } = await readLetter(lines);
    expect(Object.keys(figures).filter((m) => m.endsWith("_not_found") || m.endsWith("_missing_incidents"))).toEqual(
      [],
    );
  });
});

describe("one sentence denying a measure of each of two groups, each clause naming its own", () => {
  it.each([
    [
      "went missing, then still missing",
      "No trafficked children went missing and no unaccompanied asylum seeking children were still missing.",
      { trafficked_went_missing: 0, uasc_not_found: 0 },
    ],
    [
      "the same measure of both groups, with the period's dates in the sentence",
      "We can confirm that during the period 1 October 2014 to 30 September 2015 there were no looked after children identified or suspected as having been trafficked, and no unaccompanied asylum seeking children were looked after by the Council.",
      { trafficked_looked_after: 0, uasc_looked_after: 0 },
    ],
  ])("%s: each clause's 0 for its own group", async (_, sentence, want) => {
    const { figures } = await readLetter([sentence]);
    expect(figures).toEqual(want);
  });

  it("leaves a clause that names both groups to the whole-sentence reading", async () => {
    const { figures } = await readLetter([
      "No trafficked or unaccompanied children went missing, and none of the unaccompanied children were still missing.",
    ]);
    expect(figures.uasc_not_found).toBeUndefined();
  });
});

describe("a clause denying the information, not the events", () => {
  // "no information is held on missing episodes" is not a count of 0: read
  // clause by clause it was one, with nothing to say so.
  it.each([
    ["the information is not held", "None of them went missing, and no information is held on missing episodes."],
    ["no record is kept", "None of them went missing, and we hold no record of missing episodes."],
    ["no data is recorded", "None of them went missing; no data on missing episodes is recorded."],
  ])("%s: episodes never an unflagged 0", async (_, sentence) => {
    const { figures, codes } = await readLetter(["We looked after 3 trafficked children.", sentence]);
    expect(figures.trafficked_looked_after).toBe(3);
    if (figures.trafficked_missing_incidents === 0) expect(codes).toContain("value_annotated");
  });
});

describe("a clause answering several questions by number", () => {
  it.each([
    [
      "nil for the questions after the clause that answers one in words",
      [
        "We looked after 4 trafficked children.",
        "None of these children went missing during the period, so the answers to your questions 2, 3 and 4 are 0.",
      ],
      {
        trafficked_looked_after: 4,
        trafficked_went_missing: 0,
        trafficked_missing_incidents: 0,
        trafficked_not_found: 0,
      },
    ],
    [
      "nil after a semicolon, in words",
      ["We looked after 12 unaccompanied asylum seeking children; the answer to questions 6 to 8 is nil."],
      { uasc_looked_after: 12, uasc_went_missing: 0, uasc_missing_incidents: 0, uasc_not_found: 0 },
    ],
  ])("%s", async (_, lines, expected) => {
    expect((await readLetter(lines)).figures).toEqual(expected);
  });

  it("never gives one count to several questions", async () => {
    const { figures } = await readLetter([
      "We looked after 4 trafficked children; the answers to questions 2 and 3 are 4.",
    ]);
    expect(figures.trafficked_went_missing).toBeUndefined();
    expect(figures.trafficked_missing_incidents).toBeUndefined();
  });
});
