import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function read(header: CellSpec[], rows: CellSpec[][]) {
  const bytes = await buildXlsx([{ name: "Data", rows: [header, ...rows] }]);
  const r = await processFile({ file: "Northfield FOI 0871.xlsx", bytes, manifestCode: null }, severalYears);
  return r.facts
    .filter((f) => f.status === "reported")
    .map(
      (f) =>
        `${f.measure} ${f.periodText?.match(/\b20\d\d\b/u)?.[0] ?? f.label.match(/\b20\d\d\b/u)?.[0] ?? ""} ${f.value}`,
    )
    .sort();
}

/**
 * "Year | 1a/1b Trafficked or MS | 1c UASC | 2a | 2b | 3a | 3b | 4" (round
 * 77): the questions in short, the first few in words after their number and
 * the rest by number alone. The closing bare "4" read as a figure, so the row
 * was no header and every figure under it went unread.
 */
describe("a header mixing worded questions and bare question numbers", () => {
  it("reads the worded columns by their words and the bare numbers as their questions", async () => {
    const got = await read(
      ["Year", "1a/1b Trafficked or MS (identified or suspected)", "1c UASC", "2a", "2b", "3b", 4],
      [
        ["2021", 10, 18, 4, 1, 2, 1],
        ["2022", 6, 16, 3, 4, 6, 3],
      ],
    );
    expect(got).toEqual([
      "not_found 2021 1",
      "not_found 2022 3",
      "trafficked_looked_after 2021 10",
      "trafficked_looked_after 2022 6",
      "trafficked_went_missing 2021 4",
      "trafficked_went_missing 2022 3",
      "uasc_looked_after 2021 18",
      "uasc_looked_after 2022 16",
      "uasc_missing_incidents 2021 2",
      "uasc_missing_incidents 2022 6",
      "uasc_went_missing 2021 1",
      "uasc_went_missing 2022 4",
    ]);
  });

  it("leaves a row whose other cells are not numbered questions as it was", async () => {
    const got = await read(
      ["Year", "Children looked after", "2a", "2b", 4],
      [
        ["2021", 10, 4, 1, 1],
        ["2022", 6, 3, 4, 3],
      ],
    );
    expect(got.some((g) => g.startsWith("not_found"))).toBe(false);
  });
});
