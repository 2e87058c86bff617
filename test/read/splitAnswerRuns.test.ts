import { describe, expect, it } from "vitest";
import { buildDocumentSheet } from "../../src/read/buildDocumentSheet.js";
import { splitAnswerRuns } from "../../src/read/splitAnswerRuns.js";

/**
 * "Question 2a: 2021 – 4; … – 2. Question 2b: 2021 – 1; …" (round 101,
 * Denbighshire): two questions answered in one paragraph. Read as one line,
 * each period came twice and neither answer was read.
 */
describe("two questions answered in one paragraph", () => {
  it.each([
    [
      "Question 2a: 2021 – 4; 2022 – Nil. Question 2b: 2021 – 1; 2022 – 4.",
      ["Question 2a: 2021 – 4; 2022 – Nil.", "Question 2b: 2021 – 1; 2022 – 4."],
    ],
    ["Q3a – 10 in 2021. Q3b – 2 in 2021.", ["Q3a – 10 in 2021.", "Q3b – 2 in 2021."]],
    // A sentence that mentions a question, or a paragraph that opens with none, stays whole.
    [
      "Question 1c: 10 children. This is counted as in question 2b: see above.",
      ["Question 1c: 10 children. This is counted as in question 2b: see above."],
    ],
    ["We hold this. Question 2b: 4 children.", ["We hold this. Question 2b: 4 children."]],
  ])("%s", (text, want) => {
    expect(splitAnswerRuns(text)).toEqual(want);
  });

  it("gives each answer a line of its own in the document's sheet", () => {
    const sheet = buildDocumentSheet("reply.odt", [
      { kind: "prose", place: "para 8", lines: ["Question 2a: 2021 – 4; 2022 – 4. Question 2b: 2021 – 1; 2022 – 4."] },
    ]);
    expect(sheet.rows).toEqual([["Question 2a: 2021 – 4; 2022 – 4."], ["Question 2b: 2021 – 1; 2022 – 4."]]);
    expect(sheet.lines?.map((l) => l.place)).toEqual(["para 8 line 1", "para 8 line 2"]);
  });
});
