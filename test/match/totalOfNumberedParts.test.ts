import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { checkReturns } from "../../src/check/checkReturns.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

/**
 * "Total of 1a and 1b - 2018: 4; 2019: 6; 2020: 5" under the answers to 1a and
 * 1b: the council's own total of the two numbered parts, said with "of" after
 * "Total". Unread ("matches none of the request's questions"), the parts were
 * summed instead, so a total that disagrees with its parts went unseen and
 * the parts were kept exact with no warning.
 */
const reply = (total: string) =>
  [
    "Dear Requester,",
    "Our answers for the calendar years 2018, 2019 and 2020 are below.",
    "1a. Looked after children identified as having been trafficked.",
    "   2018: 3; 2019: 4; 2020: 2",
    "1b. Looked after children suspected of having been trafficked, if not included in a.",
    "   2018: 1; 2019: 2; 2020: 3",
    `   ${total} - 2018: 4; 2019: 7; 2020: 5`,
    "1c. Looked after children identified as unaccompanied asylum seeking children.",
    "   2018: 20; 2019: 25; 2020: 18",
    "",
    "Yours sincerely,",
  ].join("\n");

async function run(total: string) {
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(reply(total)), manifestCode: "E10000008" },
    k,
  );
  const ret = checkReturns(assembleReturns([r], k).returns, k.request).find(
    (x) => x.authority.gss_code === "E10000008",
  );
  return { r, issues: ret?.issues ?? [] };
}

describe("'Total of 1a and 1b': the council's own total of two numbered parts", () => {
  it.each(["Total of 1a and 1b", "Total of questions 1a and 1b"])("%s is read as the whole", async (total) => {
    const { r, issues } = await run(total);
    const wholes = r.facts
      .filter((f) => f.measure === "trafficked_looked_after" && f.status === "reported")
      .map((f) => f.value)
      .sort();
    expect(wholes).toEqual([4, 5, 7]);
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
    // 2019: 4 + 2 is not 7, and that total is flagged on its measure.
    const flagged = issues.filter((i) => i.code === "check_parts_sum" && i.measure === "trafficked_looked_after");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.raw).toContain("7");
  });
});
