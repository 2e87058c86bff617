import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/** A reply's opening lines, so that its title is not on the first rows. */
const OPENING: CellSpec[][] = [
  ["Children's Services"],
  ["Our reference: 4471"],
  ["12 November 2015"],
  ["Dear Requester"],
];

async function factsOf(rows: CellSpec[][]): Promise<string[]> {
  const bytes = await buildXlsx([{ name: "Response", rows: [...OPENING, ...rows] }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
  return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`);
}

describe("a title naming both groups, whose first figure names one group of its own", () => {
  it.each([
    ["capitals", "REQUEST FOR INFORMATION – TRAFFICKED AND UNACCOMPANIED CHILDREN MISSING FROM CARE"],
    ["sentence case", "Trafficked and unaccompanied asylum seeking children who go missing"],
  ])("heads no section: unnamed rows continue the group above them (%s)", async (_, title) => {
    const facts = await factsOf([
      [title],
      ["Looked after children identified or suspected as trafficked", 9],
      ["Of these, number who went missing", 3],
      ["Number of missing episodes", 7],
      ["Number still missing", 1],
      ["Unaccompanied asylum seeking children looked after", 40],
      ["Of these, number who went missing", 6],
      ["Number of missing episodes", 15],
      ["Number still missing", 2],
    ]);
    expect(facts.sort()).toEqual([
      "trafficked_looked_after=9",
      "trafficked_missing_incidents=7",
      "trafficked_not_found=1",
      "trafficked_went_missing=3",
      "uasc_looked_after=40",
      "uasc_missing_incidents=15",
      "uasc_not_found=2",
      "uasc_went_missing=6",
    ]);
  });

  it("a heading for both over figures that name no group still counts both together", async () => {
    const facts = await factsOf([
      ["Trafficked and unaccompanied asylum seeking children"],
      ["Number still missing", 2],
    ]);
    expect(facts).toEqual(["not_found=2"]);
  });
});
