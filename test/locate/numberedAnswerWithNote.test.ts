import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const uascRest = ["uasc_missing_incidents  reported 0", "uasc_not_found  reported 0", "uasc_went_missing  reported 0"];

// "Q5 - 3. Please note this is the number … on 31 March 2015 …": in a run of
// bare numbered answers, a figure followed by a long note is still an answer
// (not a question restated), so the answers after it are read, and the
// figure is not taken without its note.
describe("a bare numbered answer whose figure carries a long note", () => {
  it.each([
    [
      "Q5 - 3. Please note this is the number of unaccompanied asylum seeking children looked after on 31 March 2015, the date of our annual looked after children return, and not the number looked after at any time during the period you asked about.",
    ],
    [
      "5. 12. This figure is taken from our SSDA903 return for 2014-15 and covers the whole financial year to 31 March.",
    ],
  ])("%s", async (q5) => {
    const lines = ["Q1 - 0", "Q2 - 0", "Q3 - 0", "Q4 - 0", q5, "Q6 - 0", "Q7 - 0", "Q8 - 0"];
    const facts = await readLetterFacts(knowledge(), lines);
    expect(facts.filter((f) => f.startsWith("uasc_"))).toEqual(uascRest);
    const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      knowledge(),
    );
    expect(r.issues.some((i) => i.code === "value_unparsed" && i.measure === "uasc_looked_after")).toBe(true);
  });

  it("a numbered line that is a question restated still blocks the bare run", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Q5 - How many unaccompanied asylum seeking children were looked after?",
      "Q6 - 0",
    ]);
    expect(facts).not.toContain("uasc_went_missing  reported 0");
  });
});

// "Q1. Looked after children identified … trafficked – nil.": a nil word set
// off by a dash at the end of a labelled line is its answer, as a digit is.
describe("a labelled line ending in a dash and a nil word", () => {
  it.each([
    [
      "Q1.  Looked after children identified as having been trafficked, or suspected of having been trafficked – nil.",
      "trafficked_looked_after  reported 0",
    ],
    ["Q5.  Unaccompanied asylum seeking children looked after - none", "uasc_looked_after  reported 0"],
    ["Number of unaccompanied children who went missing — Nil.", "uasc_went_missing  reported 0"],
  ])("%s", async (line, fact) => {
    expect(await readLetterFacts(knowledge(), [line])).toContain(fact);
  });

  it("a nil word that is not set off by a dash is left to the other readers", async () => {
    const facts = await readLetterFacts(knowledge(), ["Unaccompanied asylum seeking children looked after none were"]);
    expect(facts).not.toContain("uasc_looked_after  reported 0");
  });
});
