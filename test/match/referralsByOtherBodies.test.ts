import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

// Round 114's request: NRM referrals the council itself made for children.
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout114/request.json", import.meta.url).pathname,
});

/** The measures a note under a table of referrals widens (label_outside_request, a warning on the measure). */
async function widened(note: string): Promise<string[]> {
  const text = [
    "FOI 24-2207",
    "Year,Q1a Number of children referred,Q1b Number of referrals*",
    "2021/22 (Apr-Mar),23,26",
    "2022/23 (Apr-Mar),30,31",
    "",
    `"${note}"`,
  ].join("\n");
  const r = await processFile(
    { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000033" },
    knowledge,
  );
  return [
    ...new Set(
      r.issues
        .filter((i) => i.code === "label_outside_request" && i.measure && i.severity !== "info")
        .map((i) => i.measure as string),
    ),
  ].sort();
}

// Round 114 (a metropolitan borough's csv): "* Q1b and Q2 include NRM
// referrals made by West Yorkshire Police for Calderdale children …". The
// request asks for the referrals the council made as a first responder; the
// note says the figures count another body's referrals too, so they are a
// wider count than asked for, not a remark to check by hand.
describe("a note that the referrals include those made by another body", () => {
  it.each([
    "* Q1b includes NRM referrals made by West Yorkshire Police for our children where children's social care was notified.",
    "* The number of referrals includes referrals made by the police and other agencies.",
    "* Includes referrals submitted by partner agencies.",
  ])("%s: widens the marked figures", async (note) => {
    expect(await widened(note)).toEqual(["nrm_referrals"]);
  });

  it.each([
    "* Q1b does not include referrals made by the police.",
    "* These figures don't include referrals made by the police.",
    "* The figures never include referrals made by other agencies.",
    "* Includes referrals made by our own social workers and the early help team.",
  ])("%s: widens nothing", async (note) => {
    expect(await widened(note)).toEqual([]);
  });
});
