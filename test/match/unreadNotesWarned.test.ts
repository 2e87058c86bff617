import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * A note under a reply's table that says what its figures count, in words no note reader knows: the figures
 * are kept as read, but the note is said (note_not_understood) with the measures it points at, or for the
 * whole return when it names none. Paraphrases of the notes first scores of rounds 100-129 passed over
 * (children placed by other councils, "missing" meaning reported to the police, episodes for children,
 * a financial year, ages beyond the request's). Benign notes (a date of extraction, data protection,
 * contact details) are not warned on.
 */
const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

async function warned(note: string, uasc: number | string = 13) {
  const bytes = await buildXlsx([
    {
      name: "Response",
      rows: [
        ["Torfaen County Borough Council - FOI 11872"],
        ["Calendar year 2017"],
        ["1a Identified", 3],
        ["1b Suspected (not in 1a)", 2],
        ["1c UASC or separated", uasc],
        ["2a Went missing or absent", 2],
        ["2b Went missing or absent", 6],
        [],
        [note],
      ],
    },
  ]);
  const r = await processFile({ file: "response.xlsx", bytes, manifestCode: "W06000020" }, k);
  return r.issues
    .filter((i) => i.code === "note_not_understood")
    .map((i) => ({ measures: [i.measure, ...(i.related ?? [])].filter(Boolean).sort(), cell: i.cell }));
}

describe("a note that qualifies what figures count, not understood, is warned on", () => {
  it.each([
    [
      "Figures for Q2 reflect placements made by partner authorities as well as our own.",
      ["trafficked_went_missing", "uasc_went_missing"],
    ],
    ["The answer to question 1c counts arrangements rather than individual young people.", ["uasc_looked_after"]],
    [
      "Note: questions 2a-2b relate to young people remanded to our care, counted per remand.",
      ["trafficked_went_missing", "uasc_went_missing"],
    ],
    ["Please note the data supplied covers the financial year April to March.", []],
    ["Young people up to the age of 21 are within these figures as well as children.", []],
    ["Figures are for the financial year 2017/18.", []],
    ["All figures relate to the period 1 April 2017 to 31 March 2018.", []],
  ])("%s", async (note, measures) => {
    const got = await warned(note);
    expect(got).toHaveLength(1);
    expect(got[0]?.measures).toEqual(measures);
    // A note naming no question speaks for the whole return: no measure, no cell.
    if (measures.length === 0) expect(got[0]?.cell).toBeUndefined();
  });
});

describe("a footnote not understood", () => {
  it("is warned on the figures marked with its symbol", async () => {
    const got = await warned("(b) counts every placement made in the year rather than each child.", "13 (b)");
    expect(got.map((g) => g.measures)).toEqual([["uasc_looked_after"]]);
  });
});

describe("a note that qualifies no figure is not warned on", () => {
  it.each([
    "Figures are correct at the time of the request and may be subject to change.",
    "Numbers under 5 have been suppressed to prevent identification of individuals, in line with data protection.",
    "If you have any queries about this response please contact foi@torfaen.gov.uk.",
    "Prepared by the Performance and Information Team",
    "Number of episodes",
    // The kind of year the request asks (calendar 2017) qualifies nothing.
    "All figures are for the calendar year (January to December).",
    // The council's own children placed elsewhere are still its looked-after children, as asked.
    "(a) includes children placed with other authorities",
    // The period the request asks, named with the words that point at it, qualifies nothing either.
    "All figures relate to the period 1 January 2017 to 31 December 2017.",
  ])("%s", async (note) => {
    expect(await warned(note)).toEqual([]);
  });
});
