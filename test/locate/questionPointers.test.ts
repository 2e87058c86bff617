import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Kent County Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) {
    if (f.status === "not_answered") continue;
    out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  }
  return out;
}

// "Both were found and neither is still missing (question 8).": the digits
// of a bracketed pointer at a question must not keep a nil sentence unread.
describe("a nil sentence that points at its question in brackets", () => {
  it.each([
    ["Both were found and neither is still missing (question 8)."],
    ["Both were found and neither is still missing (Q8)."],
    ["Both were found and neither is still missing (see questions 4 and 8)."],
  ])("%s", async (line) => {
    const facts = await readLetterFacts(knowledge(), ["Unaccompanied asylum seeking children", line]);
    expect(facts).toContain("uasc_not_found  reported 0");
  });

  it("a sentence that reads as written keeps its reading", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "Two went missing at least once (question 6).",
    ]);
    expect(facts).toContain("uasc_went_missing  reported 2");
  });
});

// A PDF wraps "(question" / "3). One young person …": the "3)" closes the
// open bracket, so the lines are one sentence, not a list item "3)".
describe("a bracket closed at the start of the next line", () => {
  it("joins the lines and reads the sentence after it under its paragraph's group", async () => {
    const r = await readLetter([
      "Trafficked children. Two of these children went missing at least once (question 2), with six missing",
      "episodes between them, as recorded by the Council's children's services team in the period (question",
      "3). One young person remains missing as at the date of this response to your request (question 4).",
      "This is a short closing line of the letter so that the margin can be measured from the others here.",
    ]);
    expect(figures(r).trafficked_not_found).toBe("1@letter.txt#lines 3–5");
  });
});

// "Police Scotland recorded 3 … The Council's own records show 4 episodes":
// two counts of one thing in one answer are never read as the first alone.
describe("an answer that gives two counts of the same thing in two sentences", () => {
  it.each([
    [
      "Q7.  Number of missing episodes – Police Scotland recorded 3 missing person reports for these young people. The Council's own records show 4 episodes, as our figure includes one occasion where the young person's whereabouts were known to staff.",
    ],
    [
      "Q7.  Number of missing episodes – The police logged 5 missing episodes. Our own case records show 7 episodes, as they include one absence and one occasion when he returned late.",
    ],
  ])("%s", async (line) => {
    const lines = ["Unaccompanied asylum seeking children", line];
    const facts = await readLetterFacts(knowledge(), lines);
    expect(facts.filter((f) => f.startsWith("uasc_missing_incidents"))).toEqual([]);
    const r = await readLetter(lines);
    expect(r.issues.some((i) => i.code === "value_unparsed" && i.measure === "uasc_missing_incidents")).toBe(true);
  });

  it("a second sentence that reads as a figure of its own is left alone", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "Q6.  Went missing – 3 children went missing at least once. They were missing on 7 occasions in total.",
    ]);
    expect(facts).toContain("uasc_went_missing  reported 3");
  });
});
