import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/** A round asking about calendar 2018, 2019 and 2020, whose lists give each row's year. */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

const HEADER = [
  "Reporting year",
  "Child ref",
  "Nationality",
  "Went missing in year",
  "No. of missing episodes in year",
];
const ROWS: (string | number)[][] = [
  [2019, "HC1", "Eritrean", "Y", 2],
  [2019, "HC2", "Sudanese", "N", 0],
  [2019, "HC3", "Sudanese", "Y", 1],
  [2020, "HC4", "Afghan", "Y", 3],
  [2020, "HC5", "Afghan", "N", 0],
];

async function run(note: string) {
  const bytes = await buildXlsx([
    { name: "Cover", rows: [["Anytown Council - FOI 123"], [note]] },
    { name: "Data", rows: [HEADER, ...ROWS] },
  ]);
  return processFile({ file: "Anytown Council FOI 123.xlsx", bytes, manifestCode: null }, knowledge);
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

describe("a list of children whose group only a cover sheet's note gives, naming the list's sheet", () => {
  it("counts the list as that group's, nationalities of the children who went missing included", async () => {
    const r = await run(
      "Questions 1c, 2b and 3b: the Data sheet lists every unaccompanied asylum seeking child looked after in each year (one row per child per year).",
    );
    expect(read(r)).toEqual(["uasc Afghan 1", "uasc Eritrean 1", "uasc Sudanese 1"]);
  });

  it.each([
    "The Data sheet lists every trafficked or unaccompanied child looked after in each year.",
    "The attached list gives every unaccompanied asylum seeking child looked after in each year.",
    // The group named is left out of the list, or counted beside the rest.
    "Questions 2 and 3: the Data sheet lists the looked after children who went missing in each year; it does not include unaccompanied asylum seeking children, whose records are held by another team.",
    "The Data sheet lists every looked after child who went missing in each year, including unaccompanied asylum seeking children.",
  ])("takes no group from a note naming both groups, leaving one out, or not naming the sheet: %s", async (note) => {
    const r = await run(note);
    expect(read(r)).toEqual([]);
  });
});
