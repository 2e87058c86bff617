import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "All were male. For trafficked children, all were British nationals;
 * numbers by year are as at 2a." (round 83): the group is named before the
 * comma, so the sentence points back to nothing ("All were male" is no
 * narrower group of these children), and it names no period, so each
 * period's went-missing figure for the group is that period's count of the
 * nationality (a period whose figure is 0 has no child to count).
 */
describe("all of a named group one nationality, in a reply of several periods", () => {
  const read = async (sentence: string, figures = ["2021: 3", "2022: 7", "2023: 0"]) => {
    const text = [
      "Dear Requester,",
      "",
      "2a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      figures.join("; "),
      "",
      "5. Breakdown by gender and nationality",
      `All were male. ${sentence}`,
      "",
      "Yours sincerely,",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? n.status} ${n.periodText ?? ""}`);
  };

  it("counts each period's figure", async () => {
    expect(await read("For trafficked children, all were British nationals; numbers by year are as at 2a.")).toEqual([
      "trafficked British 3 2021",
      "trafficked British 7 2022",
    ]);
  });

  it("leaves a sentence that names its own period to that period", async () => {
    expect(await read("For trafficked children in 2021, all were British nationals.")).toEqual([]);
  });
});
