import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const read = (file: string, text: string) =>
  processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000038" }, knowledge());

/** A one-column table of the eight counts, with a Comments column; `uascNote` is beside the UASC looked-after row. */
function table(uascNote: string): string {
  return [
    "Measure,Number,Comments",
    "Trafficked children looked after,4,",
    "Trafficked children who went missing,1,",
    "Trafficked missing episodes,2,",
    "Trafficked children not found,0,",
    `UASC looked after,31,${uascNote}`,
    "UASC who went missing,5,",
    "UASC missing episodes,12,",
    "UASC not found,1,",
  ].join("\n");
}

/**
 * A date in a remark that says when the figures were checked or extracted
 * ("Checked against the missing register 14/06/2024", Hertfordshire, round
 * 122) is the day of the work, not the day the children were counted: the
 * figure stays the period's. A remark that dates the count itself is still
 * a count on one day.
 */
describe("a remark dating the check, not the count", () => {
  it.each([
    "Checked against the missing register 14/06/2015.",
    "Figures verified with the case system 01/10/2015",
    "Data extracted 14/06/2015",
    "Reconciled against SSDA903 return 30/06/2015",
  ])("%s: no period issue, figure kept", async (note) => {
    const r = await read("Council FOI 1234 response.csv", table(note));
    const codes = r.issues.filter((i) => i.measure === "uasc_looked_after").map((i) => i.code);
    expect(codes).not.toContain("period_approximate");
    expect(codes).not.toContain("figure_other_period");
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(31);
  });

  it.each([
    "Looked after 31/03/2015",
    "snapshot 31/03/2015, checked 14/06/2015",
    // The work word anywhere in the remark is not enough: here it is said of the count, after its date.
    "Looked after 31/03/2015 - validated",
    "Verified: looked after at 31 March 2015",
  ])("%s: still a count on one day", async (note) => {
    const r = await read("Council FOI 1234 response.csv", table(note));
    const codes = r.issues.filter((i) => i.measure === "uasc_looked_after").map((i) => i.code);
    expect(codes).toContain("period_approximate");
  });
});
