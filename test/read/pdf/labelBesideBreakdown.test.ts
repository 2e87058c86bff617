import { describe, expect, it } from "vitest";
import { continuesLabelAbove } from "../../../src/read/pdf/continueLabelBesideBreakdown.js";

/**
 * "Q2a Trafficked (identified or | Total | 4 …" over "suspected) who went
 * missing or absent | of which male | 4 …": a question's label wrapped in
 * its cell beside the rows of its breakdown. Read row by row, the total kept
 * "identified" (another question's word) and the male row the rest.
 */
describe("continuesLabelAbove: a label wrapped beside its breakdown's rows", () => {
  it.each<[string[], string[]]>([
    [
      ["Q2a Trafficked (identified or", "Total", "4", "5"],
      ["suspected) who went missing or absent", "of which male", "4", "5"],
    ],
    [
      ["Q1c Unaccompanied asylum-", "Total", "57", "93"],
      ["seeking or separated children (UASC)", "of which male", "48", "78"],
    ],
    [
      ["Q3a Missing or absent incidents", "Total", "11", "16"],
      ["- trafficked", "of which male", "10", "14"],
    ],
    [
      ["Q4 Still missing or absent (incl.", "Total", "2", "0"],
      ["turned 18 without being found)", "of which male", "2", "0"],
    ],
  ])("%j goes on in the row below", (above, row) => {
    expect(continuesLabelAbove(above, row)).toBe(true);
  });

  it.each<[string[], string[]]>([
    // A row with no breakdown label is a row of the table, however it opens.
    [
      ["Identified as trafficked", "4", "5"],
      ["suspected of being trafficked", "2", "3"],
    ],
    // A label that ends its sentence does not go on.
    [
      ["Q1 Trafficked children.", "Total", "4"],
      ["of whom missing", "of which male", "3"],
    ],
    // A two-level header's second line is no label's rest.
    [
      ["Year", "Trafficked", "Trafficked"],
      ["year", "looked after", "missing"],
    ],
    // A row opening as a part of the row above is a subset counted apart, not the rest of its label.
    [
      ["Went missing", "Total", "12"],
      ["- of whom UASC", "of which male", "3"],
    ],
    // Answer markers in the second column are no breakdown's labels.
    [
      ["Went missing", "n/a", "12"],
      ["of children looked after", "n/a", "3"],
    ],
    // A new label opens in a capital.
    [
      ["Q1a Identified as trafficked", "Total", "11"],
      ["Q1b Suspected", "Total", "2"],
    ],
  ])("%j stays a row of its own", (above, row) => {
    expect(continuesLabelAbove(above, row)).toBe(false);
  });
});
