import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(
    r.facts.filter((f) => f.status === "derived" || f.status === "reported").map((f) => [f.measure, f.value]),
  );
}

const letter = (line: string) =>
  new TextEncoder().encode(["Wigan Council", "", "Dear Requester,", "", line, "", "Yours sincerely"].join("\n"));

/**
 * "Still missing at 30/09/2015: UASC 1, trafficked 0.": what is counted
 * before the colon, one count per group after it. Each count is its group's,
 * never the first one taken for both groups together.
 */
describe("a line of one count per group after a colon", () => {
  it.each([
    ["Still missing at 30/09/2015: UASC 2, trafficked 1.", { uasc_not_found: 2, trafficked_not_found: 1 }],
    [
      "Cohort totals looked after in period: UASC = 58; Trafficked/Suspected = 9",
      { uasc_looked_after: 58, trafficked_looked_after: 9 },
    ],
    ["Went missing at least once: trafficked 3 and UASC 7", { trafficked_went_missing: 3, uasc_went_missing: 7 }],
  ])("%s", async (line, want) => {
    for (const [file, bytes] of [
      ["Wigan FOI 1.txt", letter(line)],
      ["Wigan FOI 1.xlsx", await buildXlsx([{ name: "Response", rows: [["Wigan Council"], [], [line]] }])],
    ] as const) {
      const r = await run(file, bytes);
      expect(figures(r)).toEqual(want);
    }
  });

  it("leaves a list that names no group to the other readers", async () => {
    const r = await run("Wigan FOI 2.txt", letter("Nationality of those still missing: Afghan 2, Eritrean 1."));
    expect(figures(r)).toEqual({});
  });
});
