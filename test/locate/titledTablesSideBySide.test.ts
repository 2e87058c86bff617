import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { titledHeadersSideBySide } from "../../src/locate/titledHeadersSideBySide.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const figures = (r: FileResult) =>
  Object.fromEntries(r.facts.filter((f) => f.value !== null).map((f) => [f.measure, f.value]));

describe("tables side by side, each header row titled with its group", () => {
  it("reads the right-hand table as its own group, rows in another order, and says so", async () => {
    const bytes = await buildXlsx([
      {
        name: "Sheet1",
        rows: [
          ["Anytown Borough Council - FOI 812 - 1 October 2014 to 30 September 2015"],
          ["Trafficked children", "Number", null, null, "Unaccompanied asylum seeking children", "Number"],
          ["Identified as trafficked", 2, null, null, "Looked after", 61],
          ["Suspected of being trafficked", 3, null, null, "Went missing at least once", 9],
          ["Went missing at least once", 1, null, null, "Missing episodes", 20],
          ["Missing episodes", 4, null, null, "Not found", 1],
          ["Not found", 0],
        ],
      },
    ]);
    const r = await run("Anytown FOI 812.xlsx", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_identified: 2,
      trafficked_suspected: 3,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 4,
      trafficked_not_found: 0,
      uasc_looked_after: 61,
      uasc_went_missing: 9,
      uasc_missing_incidents: 20,
      uasc_not_found: 1,
    });
    expect(r.facts.find((f) => f.measure === "trafficked_looked_after")?.value ?? null).not.toBe(61);
    expect(r.issues.map((i) => i.code)).toContain("layout_tables_side_by_side");
  });
});

describe("titledHeadersSideBySide", () => {
  const groupOf = (c: { text: string }) => (/trafficked|uasc/iu.test(c.text) ? c.text : null);
  const cells = (...t: string[]) => t.map((text) => ({ text }));

  it("takes titles each followed by the same column headers", () => {
    expect(
      titledHeadersSideBySide(cells("Trafficked", "Number", "UASC", "Number"), groupOf)?.map((c) => c.text),
    ).toEqual(["Trafficked", "UASC"]);
  });

  it("refuses a grid header, different column headers, or one title", () => {
    expect(titledHeadersSideBySide(cells("Measure", "Trafficked", "UASC"), groupOf)).toBeNull();
    expect(titledHeadersSideBySide(cells("Trafficked", "Number", "UASC", "Children"), groupOf)).toBeNull();
    expect(titledHeadersSideBySide(cells("Trafficked", "UASC"), groupOf)).toBeNull();
    expect(titledHeadersSideBySide(cells("Trafficked", "Number"), groupOf)).toBeNull();
  });
});
