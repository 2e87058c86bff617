import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * The 2015 request defines not_found as trafficked_not_found (question 4)
 * plus uasc_not_found (question 8). A row "Total not found (Q4 + Q8)" states
 * that sum: it is read as not_found, so a total that disagrees with its parts
 * is seen, not dropped while the parts' sum is used in its place.
 */
describe("a total of two questions the request defines a measure as the sum of", () => {
  const knowledge = loadKnowledge();
  const read = async (total: string) => {
    const rows = [
      "Question,Trafficked children (identified or suspected),Unaccompanied asylum seeking children",
      "Looked after in the period,5,11",
      "Went missing at least once,3,4",
      "Number of missing episodes,21,7",
      "Not found / still missing,1,2",
      `${total},4,`,
    ];
    const r = await processFile(
      { file: "Sunderland reply.csv", bytes: text(rows.join("\n")), manifestCode: null },
      knowledge,
    );
    return r;
  };

  it.each(["Total not found (Q4 + Q8)", "Total (4 + 8)", "Q4 and Q8 together"])(
    "%s is read as not_found",
    async (label) => {
      const r = await read(label);
      const notFound = r.facts.filter((f) => f.measure === "not_found" && f.status !== "not_answered");
      expect(notFound.map((f) => f.value)).toEqual([4]);
      expect(r.issues.filter((i) => i.code === "label_ambiguous")).toEqual([]);
    },
  );

  it("two questions no measure is the sum of are still left unread", async () => {
    const r = await read("Total (Q2 + Q8)");
    expect(r.facts.filter((f) => f.measure === "not_found" && f.status !== "not_answered")).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("label_ambiguous");
  });
});
