import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * A workbook with its figures on one sheet per group and a "Notes" sheet
 * that names questions: "Questions 1a and 1b include … care leavers" is
 * said of the trafficked parts and of the "Total (1a+1b)" column beside
 * them, which adds both in; "Question 1c counts unaccompanied children
 * together with former UASC care leavers" is said of 1c on its own sheet.
 */
const knowledge = loadKnowledge({ request: "fixtures/holdout108/request.json" });

async function flagged(notes: string[]): Promise<string[]> {
  const bytes = await buildXlsx([
    {
      name: "Trafficked",
      rows: [
        ["Trafficked children (Questions 1a, 1b, 2a)"],
        [],
        ["Period", "Q1a Identified as trafficked", "Q1b Suspected trafficked (not in 1a)", "Total (1a+1b)"],
        ["1 Jan - 31 Dec 2021", 1, 6, 7],
        ["1 Jan - 31 Dec 2022", 1, 6, 7],
      ],
    },
    {
      name: "UASC",
      rows: [
        ["Unaccompanied or separated children (Question 1c)"],
        [],
        ["Period", "Q1c UASC or separated child looked after"],
        ["1 Jan - 31 Dec 2021", 33],
        ["1 Jan - 31 Dec 2022", 41],
      ],
    },
    { name: "Notes", rows: [["Notes"], ...notes.map((n) => [n])] },
  ]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E10000007" }, knowledge);
  return [
    ...new Set(r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure as string)),
  ].sort();
}

describe("a notes sheet naming questions covers their figures on other sheets", () => {
  it("a wider group in every part of a whole is in the whole's total too", async () => {
    expect(
      await flagged(["Questions 1a and 1b include young people supported as care leavers (aged 18 to 21)."]),
    ).toEqual(["trafficked_identified", "trafficked_looked_after", "trafficked_suspected"]);
  });

  it("a wider group in one part leaves the whole unflagged: the note does not say how many", async () => {
    expect(await flagged(["Question 1a includes young people supported as care leavers (aged 18 to 21)."])).toEqual([
      "trafficked_identified",
    ]);
  });

  it("'together with' care leavers widens the count it names", async () => {
    expect(
      await flagged([
        "1. Question 1c counts unaccompanied children looked after together with former UASC care leavers aged 18-21 supported by the Leaving Care service.",
      ]),
    ).toEqual(["uasc_looked_after"]);
  });

  it("a note that widens nothing flags nothing", async () => {
    expect(await flagged(["2. A child can be counted in more than one year."])).toEqual([]);
  });
});
