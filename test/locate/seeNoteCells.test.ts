import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1b | Suspected … | See note | See note | See note": a row whose cells
 * point to a note in the letter sits inside a question-by-year table. Read
 * as text, it was taken for a new header, and every row below it lost its
 * year columns (figure_period_not_stated). Read as "not answered here", the
 * table goes on (round 64, a Word table under a two-row header).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});
const FILE = "Northfield Borough Council FOI 21-1.csv";
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

describe("a row of 'See note' cells inside a table", () => {
  it("keeps the year columns for the rows below it", async () => {
    const lines = [
      "Question,,Calendar year,,",
      ",,2018,2019,2020",
      "1a,Identified as having been trafficked or a victim of modern slavery,1,2,0",
      '1b,"Suspected of having been a victim of trafficking or modern slavery, if not included in a.",See note,See note,See note',
      "1c,Identified as an unaccompanied asylum seeking child (UASC) or a separated child,47,31,52",
    ];
    const r = await processFile({ file: FILE, bytes: bytes(lines), manifestCode: null }, knowledge);
    const uasc = r.facts
      .filter((f) => f.status === "reported" && f.measure === "uasc_looked_after")
      .map((f) => `${f.periodText ?? ""} ${f.value}`)
      .sort();
    expect(uasc.map((s) => s.replace(/^.*(\d{4}) /u, "$1 "))).toEqual(["2018 47", "2019 31", "2020 52"]);
    expect(r.issues.filter((i) => i.code === "figure_period_not_stated")).toEqual([]);
  });
});
