import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

/**
 * A table turned on its side: periods as rows, the questions in short as
 * columns ("Period | 1a Identified trafficked | … | 3b Incidents - UASC").
 * A question numbered without a letter ("3 Incidents", "4 Still missing")
 * reads like a figure with a remark; taken so, the header row held a figure,
 * was no header, and every figure under it went unread (round 52).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function read(header: CellSpec[], rows: CellSpec[][]) {
  const bytes = await buildXlsx([
    { name: "Q1-Q4", rows: [["Northfield Borough Council - FOI 5120"], [], header, ...rows] },
  ]);
  const r = await processFile({ file: "Northfield FOI 5120.xlsx", bytes, manifestCode: null }, severalYears);
  return r.facts
    .filter((f) => f.status === "reported")
    .map(
      (f) =>
        `${f.measure} ${f.periodText?.match(/\b20\d\d\b/u)?.[0] ?? f.label.match(/\b20\d\d\b/u)?.[0] ?? ""} ${f.value}`,
    )
    .sort();
}

describe("a header of numbered questions over rows of periods", () => {
  it("reads every column when a question numbered without a letter closes the header", async () => {
    const got = await read(
      ["Period", "1a Identified trafficked", "1c UASC / separated", "2b UASC went missing", "3 Incidents - UASC"],
      [
        ["2021", 2, 14, 3, 8],
        ["2022", 3, 23, 5, 12],
      ],
    );
    expect(got).toEqual([
      "trafficked_identified 2021 2",
      "trafficked_identified 2022 3",
      "uasc_looked_after 2021 14",
      "uasc_looked_after 2022 23",
      "uasc_missing_incidents 2021 8",
      "uasc_missing_incidents 2022 12",
      "uasc_went_missing 2021 3",
      "uasc_went_missing 2022 5",
    ]);
  });

  it("reads every column when it stands in the middle of the header", async () => {
    const got = await read(
      ["Year", "1c UASC / separated", "2 UASC who went missing", "3b Incidents - UASC"],
      [
        ["2021", 14, 3, 8],
        ["2022", 23, 5, 12],
      ],
    );
    expect(got).toContain("uasc_looked_after 2021 14");
    expect(got).toContain("uasc_missing_incidents 2022 12");
  });
});
