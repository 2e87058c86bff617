import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(
    r.facts.filter((f) => f.status === "derived" || f.status === "reported").map((f) => [f.measure, f.value]),
  );
}

/**
 * A line ending in a colon that names one metric and no group ("Looked
 * after during the period:") introduces the group-only rows under it: they
 * count that metric, even on a sheet whose name names another one.
 */
describe("a metric line ending in a colon over rows that name only their group", () => {
  it.each([
    ["Looked after during the period:", "looked_after"],
    ["Number looked after at any time in the period:", "looked_after"],
    ["Went missing at least once:", "went_missing"],
  ])("gives %s to the rows under it", async (line, metric) => {
    const rows = [
      ["Wokingham Borough Council - Children's Social Care"],
      [],
      [line],
      ["Unaccompanied asylum seeking children", 27],
      ["Children identified or suspected as trafficked", 4],
    ];
    for (const [file, bytes] of [
      ["FOI 15-2207 Wokingham return.xlsx", await buildXlsx([{ name: "Missing by quarter", rows }])],
      ["FOI 15-2207 Wokingham return.csv", csv(rows)],
    ] as const) {
      const r = await run(file, bytes);
      expect(figures(r)).toMatchObject({ [`uasc_${metric}`]: 27, [`trafficked_${metric}`]: 4 });
    }
  });

  it("leaves a numbered question ending in a colon to be read by its number", async () => {
    const rows = [
      ["Wokingham Borough Council"],
      [],
      ["1. Looked after children who are:"],
      ["1a. Identified as trafficked", 7],
      ["1b. Suspected of having been trafficked", 4],
    ];
    const r = await run("FOI 15-2208 Wokingham return.xlsx", await buildXlsx([{ name: "Response", rows }]));
    expect(r.decisions.filter((d) => d.message.includes("section heading"))).toEqual([]);
    expect(figures(r)).toMatchObject({ trafficked_identified: 7, trafficked_suspected: 4 });
  });
});
