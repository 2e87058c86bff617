import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A letter answering the request by its numbers alone ("1. 8", "2. 3"), with
 * a note under question 1 on its lettered parts in the council's own voice
 * ("1a/1b. … so we can only give the combined figure above for 1a and 1b.").
 * The note was taken as question 1a restated, which turned every bare line
 * after it into an answer to a question the letter had not restated; and "1. 8"
 * had no numbered neighbour, the note standing between it and "2. 3".
 */
describe("bare numbered answers with a note on question 1's parts", () => {
  it("reads every numbered answer, question 1's included", async () => {
    const letter = [
      "Dear Requester",
      "",
      "1. 8",
      "   1a/1b. Our recording does not distinguish between children identified as trafficked and those where trafficking is suspected: both are recorded under a single flag, so we can only give the combined figure above for 1a and 1b.",
      "2. 3",
      "3. 10",
      "4. 0",
      "5. 28",
      "6. 0",
      "",
      "Yours sincerely",
      "Nottinghamshire County Council",
    ].join("\n");
    const r = await processFile(
      { file: "FOI 23761 response.txt", bytes: text(letter), manifestCode: null },
      knowledge(),
    );
    const got = Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.measure, f.value]));
    expect(got).toMatchObject({
      trafficked_looked_after: 8,
      trafficked_went_missing: 3,
      trafficked_missing_incidents: 10,
      trafficked_not_found: 0,
      uasc_looked_after: 28,
      uasc_went_missing: 0,
    });
    expect(got.trafficked_identified).toBeUndefined();
    // The note gives no figure for either part: each is said to be unanswered, not passed over.
    const unanswered = r.issues.filter((i) => i.code === "value_not_answered").map((i) => i.measure);
    expect(unanswered.sort()).toEqual(["trafficked_identified", "trafficked_suspected"]);
  });
});

/**
 * "5. 17 (this figure includes 4 former unaccompanied young people supported
 * as care leavers)": a bare numbered answer with a long remark in brackets is
 * still the question's answer, read with its remark (which flags it), and the
 * lines after it are still read as answers.
 */
describe("a bare numbered answer with a long bracketed remark", () => {
  it("is read with its remark, and the answers after it are read", async () => {
    const letter = [
      "Newport City Council",
      "",
      "4. None",
      "5. 17 (this figure includes 4 former unaccompanied young people supported as care leavers)",
      "6. 2",
      "7. 6",
      "8. 2",
    ].join("\n");
    const r = await processFile(
      { file: "FOI 15-2012 response.txt", bytes: text(letter), manifestCode: null },
      knowledge(),
    );
    const got = Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.measure, f.value]));
    expect(got).toMatchObject({
      uasc_looked_after: 17,
      uasc_went_missing: 2,
      uasc_missing_incidents: 6,
      uasc_not_found: 2,
    });
    const warned = r.issues
      .filter((i) => i.severity !== "info" && i.measure === "uasc_looked_after")
      .map((i) => i.code);
    expect(warned).toContain("label_outside_request");
  });
});
