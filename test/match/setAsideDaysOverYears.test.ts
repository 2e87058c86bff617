import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1 April to 31 March" over each of "2021 | 2022 | 2023" in a request for
 * calendar years: every column is a financial year. The first was set aside
 * because "the file gives this measure without that qualification
 * elsewhere", naming the other two columns, which carry the same days. A
 * figure whose own period text gives a span that is none of the requested
 * periods is no unqualified twin: each such figure is flagged as what it is.
 */
const untilHarmEnds = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const read = (lines: readonly string[]) =>
  processFile(
    {
      file: "days over years.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E10000016",
    },
    untilHarmEnds,
  );

describe("a header of days over each year", () => {
  it("sets no column aside for another column carrying the same days", async () => {
    const r = await read([
      ",1 April to 31 March,1 April to 31 March,1 April to 31 March",
      "Question,2021,2022,2023",
      "Number of UASC who went missing,10,11,12",
    ]);
    expect(r.issues.some((i) => i.code === "figure_set_aside")).toBe(false);
    expect(r.issues.some((i) => i.message.includes("without that qualification"))).toBe(false);
    const flagged = r.issues.filter((i) => i.code === "figure_other_period").map((i) => i.cell);
    expect(flagged).toContain("B3");
  });

  it("still sets aside a financial year's figure beside the calendar year's", async () => {
    const r = await read([",1 April to 31 March,", "Question,2021,2021", "Number of UASC who went missing,10,11"]);
    expect(r.issues.find((i) => i.code === "figure_set_aside")?.cell).toBe("B3");
  });
});
