import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Number of UASC who went missing | 10 | 11 | 12 | 4 | This counts episodes rather than children": a
 * remark in a row's Comments column speaks for every figure of its row, not only the one beside it
 * (review of session 41, /tmp/r41/notes2: only the last figure was warned, 2021–2023 stayed exact).
 */
const k = loadKnowledge({ request: "src/knowledge/request-until-harm-ends-2021-2024.json" });

async function warnedCells(heading: string, remark: string) {
  const csv = [
    `Question,2021,2022,2023,2024,${heading}`,
    `Number of UASC who went missing,10,11,12,4,${remark}`,
    "Number of trafficked children who went missing,3,5,6,2,",
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E10000016" },
    k,
  );
  return [
    ...new Set(r.issues.filter((i) => i.code === "label_outside_request").map((i) => `${i.measure} ${i.cell}`)),
  ].sort();
}

describe("a remark in a row's comments cell", () => {
  it.each(["Comments", "Notes", "Remarks", "Comment"])(
    "is warned on every figure of its row under '%s'",
    async (heading) => {
      expect(await warnedCells(heading, "This counts episodes rather than children")).toEqual([
        "uasc_went_missing B2",
        "uasc_went_missing C2",
        "uasc_went_missing D2",
        "uasc_went_missing E2",
      ]);
    },
  );

  it("leaves the other rows' figures alone", async () => {
    const cells = await warnedCells("Comments", "This counts episodes rather than children");
    expect(cells.some((c) => c.startsWith("trafficked"))).toBe(false);
  });
});
