import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function factsOf(lines: string[]): Promise<string[]> {
  const body = ["Dear Requester", "", "Please find our answers below.", "", ...lines, "", "Yours faithfully"].join(
    "\n",
  );
  const r = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge());
  return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`);
}

describe("a letter's line numbered without a stop, with its answer at the end", () => {
  it.each<[string, string[], string[]]>([
    [
      "trafficked, then a question naming no group",
      ["1 Looked after children identified or suspected as trafficked 6", "2 How many went missing 2"],
      ["trafficked_looked_after=6", "trafficked_went_missing=2"],
    ],
    [
      "an abbreviation for the group",
      ["5 UASC looked after 27", "6 How many went missing 4"],
      ["uasc_looked_after=27", "uasc_went_missing=4"],
    ],
    [
      "a lettered question number",
      ["1a Unaccompanied asylum seeking children looked after 31", "1b Number of missing episodes 9"],
      ["uasc_looked_after=31", "uasc_missing_incidents=9"],
    ],
  ])("reads the number as the question's and the last figure as its answer (%s)", async (_, lines, expected) => {
    expect((await factsOf(lines)).sort()).toEqual(expected);
  });

  it("a line that starts with its count in lower case is not numbered: that figure is its count", async () => {
    expect(await factsOf(["3 looked after children were identified or suspected as trafficked."])).toEqual([
      "trafficked_looked_after=3",
    ]);
  });
});

describe("a letter answering under the question's number alone ('Question 6: Nil')", () => {
  it.each<[string, string[], string[]]>([
    [
      "'Question N:' and a word for nil",
      ["Question 5: Nil. The Council did not look after any such children.", "Question 6: Nil", "Question 7: None"],
      ["uasc_looked_after=0", "uasc_went_missing=0", "uasc_missing_incidents=0"],
    ],
    ["'Q6:' and a figure", ["Q6: 3", "Q7: 11"], ["uasc_went_missing=3", "uasc_missing_incidents=11"]],
    ["a lettered part", ["Question 1a: 2", "Question 1b: 0"], ["trafficked_identified=2", "trafficked_suspected=0"]],
  ])("reads the number as the question as sent (%s)", async (_, lines, expected) => {
    expect((await factsOf(lines)).sort()).toEqual(expected.sort());
  });

  it("a number the request does not ask, or a section of an Act, is no question", async () => {
    expect(await factsOf(["Question 14: 3", "Section 12: 600"])).toEqual([]);
  });
});

describe("a letter answering 'Question N:' in sentences that name what they count", () => {
  it("keeps the group of the sentence before for a sentence naming none ('They were missing on 3 occasions')", async () => {
    const lines = [
      "Question 1: 7 looked after children were identified or suspected as trafficked.",
      "Question 2: 2 of these children went missing.",
      "Question 3: They were missing on 3 occasions.",
    ];
    expect((await factsOf(lines)).sort()).toEqual([
      "trafficked_looked_after=7",
      "trafficked_missing_incidents=3",
      "trafficked_went_missing=2",
    ]);
  });

  it("reads a sentence answer under the question's number ('Question 8: All 5 have since been found; none remains missing')", async () => {
    const lines = [
      "Question 6: 5 of these children went missing at least once.",
      "Question 8: All 5 have since been found; none remains missing.",
    ];
    expect((await factsOf(lines)).sort()).toEqual(["uasc_not_found=0", "uasc_went_missing=5"]);
  });
});
