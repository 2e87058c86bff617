import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * A letter's sentence whose figures each close with the number of the
 * question they answer, in brackets: "one was identified as having been
 * trafficked (question 1a) and three were suspected … (question 1b)". Read
 * clause by clause on their words alone, the two parts of one group left
 * the whole sentence unread.
 */
const heading2015 = loadKnowledge();
const harm2017 = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

describe("figures each followed by their question's number", () => {
  it.each([
    {
      knowledge: heading2015,
      line: "During the period the Council looked after a total of four children who were identified or suspected of having been trafficked: one was identified as having been trafficked (question 1a) and three were suspected of having been trafficked (question 1b).",
      read: ["trafficked_identified  reported 1", "trafficked_suspected  reported 3"],
    },
    {
      knowledge: harm2017,
      line: "Answer: In 2017 the Council looked after 15 children who had been identified as trafficked or as victims of modern slavery (1a) and a further 11 children who were suspected of having been trafficked (1b), a total of 26; 99 unaccompanied asylum seeking or separated children (1c) were looked after during the year.",
      read: [
        "trafficked_identified  reported 15",
        "trafficked_suspected  reported 11",
        "uasc_looked_after  reported 99",
      ],
    },
    {
      // What the clauses count is said once, after the last of them.
      knowledge: harm2017,
      line: "Answer: 9 of the trafficked children (2a) and 21 of the unaccompanied children (2b) went missing or were absent at least once.",
      read: ["trafficked_went_missing  reported 9", "uasc_went_missing  reported 21"],
    },
  ])("reads each figure as its question's ($line)", async ({ knowledge, line, read }) => {
    expect(await readLetterFacts(knowledge, [line])).toEqual(read);
  });

  it.each([
    // A figure no reference names: which question it answers is not said.
    "Answer: 9 of the trafficked children (2a) and 21 of the unaccompanied children (2b) went missing, 4 of them twice.",
    // One question named twice.
    "Answer: 9 of the trafficked children (2a) and 21 of the unaccompanied children (2a) went missing.",
    // A question the request does not ask.
    "Answer: 9 of the trafficked children (2a) and 21 of the unaccompanied children (7c) went missing.",
  ])("leaves the sentence unread when the references do not settle every figure (%s)", async (line) => {
    expect(await readLetterFacts(harm2017, [line])).toEqual([]);
  });

  it("leaves a line opening with its answer's own figure to the readers of a whole and its parts", async () => {
    const line =
      "A1. 11. Of these, 6 were identified as having been trafficked (Q1a) and 5 were suspected of having been trafficked (Q1b).";
    const question =
      "Q1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?";
    expect(await readLetterFacts(heading2015, [question, line])).toEqual([
      "trafficked_identified  reported 6",
      "trafficked_looked_after  reported 11",
      "trafficked_suspected  reported 5",
    ]);
  });
});

// "a total of 30 children …: 15 were identified (1a) and 11 were suspected
// (1b)": the total the sentence states is not the sum of its numbered parts.
// Which figure is wrong cannot be told, so none is read and the parts are
// flagged (check_parts_sum), as a labelled list whose parts disagree is.
describe("numbered parts beside a stated total they do not add up to", () => {
  const line =
    "In 2017 the Council looked after a total of 30 children who had been identified or suspected as trafficked: 15 were identified as trafficked (1a) and 11 were suspected of having been trafficked (1b).";

  it("reads neither part", async () => {
    expect(await readLetterFacts(harm2017, [line])).toEqual([]);
  });

  it("flags the parts against the total", async () => {
    const text = ["Dear Requester,", "", line, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      harm2017,
    );
    const flagged = r.issues.filter((i) => i.code === "check_parts_sum").map((i) => i.measure);
    expect(flagged.sort()).toEqual(["trafficked_identified", "trafficked_suspected"]);
  });
});
