import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const read = (file: string, text: string) =>
  processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000038" }, knowledge());

/** A one-column table of the eight counts, with a Notes column; `uascNote` qualifies the UASC looked-after row. */
function table(uascLabel: string, uascNote: string): string {
  return [
    "Measure,Number,Notes",
    "Trafficked children looked after,4,",
    "Trafficked children who went missing,1,",
    "Trafficked missing episodes,2,",
    "Trafficked children not found,0,",
    `${uascLabel},31,${uascNote}`,
    "UASC who went missing,5,",
    "UASC missing episodes,12,",
    "UASC not found,1,",
  ].join("\n");
}

describe("a count on one day given alone is a figure for a nearby period", () => {
  it.each([
    ["a Notes column", "UASC looked after", "as at 31 March 2015 (SSDA903)"],
    ["the label", "UASC looked after as at 31 March 2015", ""],
    ["a Notes column, another date form", "UASC looked after", "snapshot on 31/03/2015"],
  ])("marked in %s: the figure is kept and flagged period_approximate", async (_where, label, note) => {
    const r = await read("Council FOI 1234 response.csv", table(label, note));
    const uasc = r.facts.find((f) => f.measure === "uasc_looked_after");
    expect(uasc?.value).toBe(31);
    const codes = r.issues.filter((i) => i.measure === "uasc_looked_after").map((i) => i.code);
    expect(codes).toContain("period_approximate");
    expect(codes).not.toContain("figure_other_period");
    expect(uasc && "oneDay" in uasc).toBe(false);
  });

  it.each([
    ["a count over the period", "UASC looked after", "1 October 2014 to 30 September 2015"],
    ["no remark", "UASC looked after", ""],
  ])("%s raises no period issue", async (_what, label, note) => {
    const r = await read("Council FOI 1234 response.csv", table(label, note));
    const codes = r.issues.filter((i) => i.measure === "uasc_looked_after").map((i) => i.code);
    expect(codes).not.toContain("period_approximate");
    expect(codes).not.toContain("figure_other_period");
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(31);
  });

  it("a mark of another kind (last year, for comparison) stays a figure that may be another period's", async () => {
    const r = await read(
      "Council FOI 1234 response.csv",
      table("UASC looked after (previous year, for comparison)", ""),
    );
    const codes = r.issues.filter((i) => i.measure === "uasc_looked_after").map((i) => i.code);
    expect(codes).toContain("figure_other_period");
    expect(codes).not.toContain("period_approximate");
  });
});
