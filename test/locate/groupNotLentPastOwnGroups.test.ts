import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

/**
 * "Year | … | Trafficked missing episodes | UASC missing episodes | Still
 * missing" (Slough Children First, round 167): every column before "Still
 * missing" names its own group, so none is a heading over the columns after
 * it. Lent the UASC of the column to its left, "Still missing" (asked of
 * both groups together) read as UASC children still missing, which the
 * request does not ask, and every not-found figure went unread.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function read(header: CellSpec[], rows: CellSpec[][]) {
  const bytes = await buildXlsx([
    { name: "FOI 2024-117", rows: [["Eastbridge Borough Council"], [], header, ...rows] },
  ]);
  const r = await processFile({ file: "Eastbridge FOI 2024-117.xlsx", bytes, manifestCode: null }, severalYears);
  return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.label.slice(0, 4)} ${f.value}`);
}

describe("a column after columns that each name their own group", () => {
  it("keeps 'Still missing' a count of both groups together", async () => {
    const got = await read(
      ["Year", "Trafficked missing episodes", "UASC missing episodes", "Still missing"],
      [
        ["2021", 2, 7, 0],
        ["2022", 5, 11, 1],
      ],
    );
    expect(got).toContain("not_found 2021 0");
    expect(got).toContain("not_found 2022 1");
    expect(got).toContain("uasc_missing_incidents 2022 11");
  });

  it("still lends a group named once over the columns after it", async () => {
    const got = await read(
      ["Year", "UASC looked after", "Went missing", "Missing episodes"],
      [
        ["2021", 20, 3, 7],
        ["2022", 31, 5, 11],
      ],
    );
    expect(got).toContain("uasc_went_missing 2022 5");
    expect(got).toContain("uasc_missing_incidents 2022 11");
  });
});
