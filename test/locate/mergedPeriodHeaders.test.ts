import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

/**
 * Two-row headers whose upper row merges a caption over the years
 * (round 128): "Calendar year" merged over 2021–2023 beside "1 January to
 * 30 April" over "2024" (Aberdeen); "Period" merged over all four years,
 * with "Ref" and "Description" merged down both rows (East Ayrshire).
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const read = async (rows: CellSpec[][], merges: string[]) => {
  const bytes = await buildXlsx([{ name: "Response", rows, merges }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, untilHarmEnds);
  return (
    r.facts
      .filter((f) => f.status === "reported" && f.measure === "uasc_looked_after")
      // The period is keyed later (assemble/keyPeriods) from the text the figure carries, as here.
      .map(
        (f) =>
          `${
            periodsNamed(f.periodText ?? "", untilHarmEnds.request.periods)
              .map((p) => p.id)
              .join("+") || f.periodText
          } ${f.value}`,
      )
      .sort()
  );
};

const UASC = "1c. Looked after children identified as UASC or a separated child";
const WANTED = ["2021 11", "2022 12", "2023 13", "2024-01-01_2024-04-30 14"];

describe("years under a merged caption", () => {
  it("reads the part-year's span over its year (Aberdeen)", async () => {
    const rows: CellSpec[][] = [
      ["Question", "Calendar year", null, null, "1 January to 30 April"],
      [null, 2021, 2022, 2023, 2024],
      [UASC, 11, 12, 13, 14],
    ];
    expect(await read(rows, ["B1:D1"])).toEqual(WANTED);
  });

  it("flags a span of days that is no requested period's, over its year", async () => {
    const rows: CellSpec[][] = [
      ["Question", "Calendar year", null, null, "1 January to 31 March"],
      [null, 2021, 2022, 2023, 2024],
      [UASC, 11, 12, 13, 14],
    ];
    expect(await read(rows, ["B1:D1"])).toEqual(WANTED.slice(0, 3));
  });

  // The council's own file also lost its years to the "N/R" row taken for a title over the rows below
  // (fixed in sameRemarkAcross); this workbook, written anew, does not reproduce that, so it only guards the rest.
  it("reads the years under a merged 'Period', beside captions merged down both rows (East Ayrshire)", async () => {
    const rows: CellSpec[][] = [
      ["East Ayrshire Council"],
      ["Health and Social Care Partnership - Children and Families"],
      ["FOI 4417"],
      [],
      // Each merged cell holding its master's text, as the council's file does.
      ["Ref", "Description", "Period", "Period", "Period", "Period"],
      ["Ref", "Description", 2021, 2022, 2023, "2024 (Jan-Apr)"],
      // A row answered "N/R" (not recorded) in every column, under its question's number: no title over the rows below.
      [
        "1b",
        "Looked after children suspected of being a victim of trafficking or modern slavery (not in 1a)",
        "N/R",
        "N/R",
        "N/R",
        "N/R",
      ],
      ["1c", UASC.slice(4), 11, 12, 13, 14],
      ["2a", "Trafficked children (identified or suspected) who went missing or absent", "<5", "<5", "<5", "<5"],
      [],
      ["Notes"],
      ["1. N/R = not recorded. Suspected trafficking is not recorded separately, so 1b is not held."],
    ];
    expect(await read(rows, ["C5:F5", "A5:A6", "B5:B6"])).toEqual(WANTED);
  });
});
