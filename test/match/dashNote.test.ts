import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function annotated(note: CellSpec[]) {
  const bytes = await buildXlsx([
    {
      name: "Response",
      rows: [
        ["Northfield Council - FOISA request 1412"],
        ["", "2021", "2022"],
        ["1a. Identified as having been trafficked or a victim of modern slavery (including NRM)", 4, "-"],
        ["1b. Suspected of having been a victim of trafficking or modern slavery, if not included in a", "-", 1],
        note,
      ],
    },
  ]);
  const r = await processFile({ file: "Northfield FOISA 1412.xlsx", bytes, manifestCode: null }, severalYears);
  return r.issues.filter((i) => i.code === "value_annotated").map((i) => i.message);
}

/**
 * '"-" = nil (no children recorded).' under a table with dashes in it
 * (round 77): the council says what its dash means, and the dashes read as
 * 0 say so, naming their cells and the note.
 */
describe("dashes a note says mean nil", () => {
  it("notes the dashes read as 0 by the council's note", async () => {
    const got = await annotated(['"-" = nil (no children recorded).']);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("C3, B4");
    expect(got[0]).toContain('"-" = nil');
  });

  it("says nothing without such a note", async () => {
    expect(await annotated(["Figures are for calendar years."])).toEqual([]);
  });
});
