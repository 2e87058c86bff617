import { describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { readReplyDetails } from "../../src/identify/readReplyDetails.js";

const letter = (lines: string[]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply", rows: lines.map((l) => [l]), merges: [] }],
});

/**
 * The body that holds the figures, named in a Northern Ireland council's
 * reply. Only a text with " Trust" in it is searched for one; the name is
 * the same as before wherever it stands in the letter.
 */
describe("the Trust a reply says holds the figures", () => {
  it.each([
    [
      ["This information is held by the Northern Health and Social Care Trust."],
      "the Northern Health and Social Care Trust",
    ],
    [["Please contact", "the South Eastern HSC Trust", "who hold these records."], "the South Eastern HSC Trust"],
    [["Dear requester,", "The council does not hold this information."], null],
    [["The five Trusts hold these records."], null],
    [["Our Trust fund figures are attached."], null],
  ])("%j → %s", (lines, want) => {
    expect(readReplyDetails(letter(lines)).heldBy).toBe(want);
  });
});
