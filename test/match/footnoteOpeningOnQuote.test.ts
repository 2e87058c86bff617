import { describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { footnotesOf } from "../../src/match/remarkCountsOther.js";

/**
 * "0*" beside "Looked after children suspected of being trafficked", and under
 * the table '* "suspected" trafficking has only been recorded on our system
 * since June 2015': a note may open on the quoted word it is about, and it is
 * still the note on its mark (so the marked figure is warned on, not read as
 * a plain 0 with its mark ignored).
 */
const book = (lines: string[]): Workbook => ({
  file: "reply.xlsx",
  format: "xlsx",
  sheets: [{ name: "FOI", rows: lines.map((l) => [l]), merges: [] }],
});

describe("a footnote opening on a quoted word", () => {
  it.each([
    ['* "suspected" trafficking has only been recorded on our system since June 2015.', "*"],
    ["* “Suspected” cases are recorded from June 2015 only.", "*"],
    ["† 'Missing' here excludes absences under 24 hours.", "†"],
  ])("%s", (line, mark) => {
    expect(footnotesOf(book(["Suspected | 0*", line])).get(mark)).toBe(line.slice(2));
  });

  it("still needs a word after the quote", () => {
    expect(footnotesOf(book(['* "5"'])).size).toBe(0);
  });
});
