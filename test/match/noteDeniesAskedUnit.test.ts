import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * "Question 6 is the average weekly amount per person, not per family", "Q1-2c count support episodes, not
 * households": a note naming a question that denies a word of that question's own text says its figures are
 * not what was asked, in words no note reader knows. Its figures are kept as read, but warned on as not the
 * request's (label_outside_request) on the measures of the questions it names, not only as a note not
 * understood. A denial of words the question does not use ("not available", "not looked after") is not one.
 */
const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

async function codes(note: string): Promise<Record<string, string[]>> {
  const bytes = await buildXlsx([
    {
      name: "Response",
      rows: [
        ["Torfaen County Borough Council - FOI 11872"],
        ["Calendar year 2017"],
        ["1a Identified", 3],
        ["1b Suspected (not in 1a)", 2],
        ["1c UASC or separated", 13],
        ["2a Went missing or absent", 2],
        ["2b Went missing or absent", 6],
        [],
        [note],
      ],
    },
  ]);
  const r = await processFile({ file: "response.xlsx", bytes, manifestCode: "W06000020" }, k);
  const out: Record<string, string[]> = {};
  for (const i of r.issues.filter(
    (x) =>
      (x.code === "label_outside_request" || x.code === "note_not_understood") && x.raw?.includes(note.slice(0, 20)),
  ))
    out[i.code] = [...(out[i.code] ?? []), i.measure ?? "", ...(i.related ?? [])].sort();
  return out;
}

describe("a note denying a word of the question it names", () => {
  it.each([
    ["Question 1a counts exploitation referrals, not modern slavery.", ["trafficked_identified"]],
    ["Note: question 1c counts arrangements for each household, not per child.", ["uasc_looked_after"]],
    [
      "Figures for questions 2a and 2b reflect police reports, not absent children.",
      ["trafficked_went_missing", "uasc_went_missing"],
    ],
  ])("%s warns that the figure is not the one asked", async (note, measures) => {
    expect(await codes(note)).toEqual({ label_outside_request: measures });
  });

  it.each([
    ["Note: question 1c counts arrangements, not estimated.", ["uasc_looked_after"]],
    [
      "Figures for 2a and 2b reflect placements made by partner authorities, not looked after by us.",
      ["trafficked_went_missing", "uasc_went_missing"],
    ],
  ])("%s stays a note not understood", async (note, measures) => {
    expect(await codes(note)).toEqual({ note_not_understood: measures });
  });
});
