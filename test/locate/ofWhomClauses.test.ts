import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "In 2021, 48 were unaccompanied … children, of whom 2 were also identified
 * or suspected as trafficked": the "of whom" clause counts a part of the
 * clause before it. Read on its own words it said "trafficked", and the 2
 * was counted as every trafficked child looked after that year, silently.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

describe("a clause opening 'of whom' in a sentence about one period", () => {
  it("reads its words after the clause it counts a part of", () => {
    expect(
      readPeriodSentences("In 2021, 48 were unaccompanied children, of whom 11 went missing.").map(
        (i) => `${i.label}|${i.period}|${i.raw}`,
      ),
    ).toEqual(["were unaccompanied children|2021|48", "were unaccompanied children of whom went missing|2021|11"]);
  });

  it.each([
    "In 2021, 48 were unaccompanied asylum-seeking or separated children, of whom 2 were also identified or suspected as trafficked.",
    "2021: 48 were unaccompanied asylum-seeking or separated children, of whom 2 were also identified or suspected as trafficked.",
  ])("counts the part as the group's subset, not the other group (%s)", async (line) => {
    expect(await readLetterFacts(severalYears, [line])).toEqual([
      "uasc_looked_after 2021 reported 48",
      "uasc_trafficked_looked_after 2021 reported 2",
    ]);
  });
});

// "In 2021, 11 looked after children went missing, none of whom had been
// identified as trafficked": the nil clause points back to the children who
// went missing. Read on its own words it said "identified as trafficked", and
// trafficked_identified was given 0 for a question the sentence never answers.
describe("a clause opening 'none of whom'", () => {
  it("counts none of the children the clause before it counts", async () => {
    const facts = await readLetterFacts(severalYears, [
      "In 2021, 11 looked after children went missing, none of whom had been identified as trafficked.",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified"))).toEqual([]);
  });
});

// "12 missing episodes involving unaccompanied children, none of which lasted
// more than 24 hours" says what the episodes were not: read as a nil count of
// the same episodes it set 0 against 12, and the right figure was lost.
describe("a clause opening 'none of which'", () => {
  it("is no count: the episodes before it stand", async () => {
    const facts = await readLetterFacts(severalYears, [
      "In 2022 there were 12 missing episodes involving unaccompanied children, none of which lasted more than 24 hours.",
    ]);
    expect(facts.filter((f) => f.startsWith("uasc_missing_incidents 2022"))).toEqual([
      "uasc_missing_incidents 2022 reported 12",
    ]);
  });
});
