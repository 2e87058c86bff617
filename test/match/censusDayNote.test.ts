import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A round that asks its counts at 31 March (in care, placed outside the
 * area), and a reply whose paragraph says "Looked after children figures in
 * Scotland are counted at 31 July": the reply's census day dates every count
 * asked at a period's end, so the outside-area counts are flagged too, not
 * only the in-care count the words name. The paragraph's own not-held
 * sentence does not make it a row of figures.
 */
const knowledge = loadKnowledge({ request: "fixtures/holdout75/request.json" });

async function flagged(note: string): Promise<string[]> {
  const text = [
    "Dundee City Council",
    ",2021/22,2022/23,2023/24",
    "Looked after children,422,428,438",
    "Placed outside the Dundee City Council area,180,155,182",
    "",
    `"The Council does not hold information on the distance of placements from the child's home. In terms of section 17 of the Act, this information is not held. ${note}"`,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000042" },
    knowledge,
  );
  return [
    ...new Set(r.issues.filter((i) => i.code === "period_approximate" && i.measure).map((i) => i.measure as string)),
  ].sort();
}

describe("a note naming the reply's own census day", () => {
  it("dates every count the request asks at a period's end", async () => {
    expect(
      await flagged("Looked after children figures in Scotland are counted at 31 July, as in the national statistics."),
    ).toEqual(["cla_in_care", "cla_outside_area"]);
  });

  it("a note naming no day dates nothing", async () => {
    expect(await flagged("Looked after children figures are as in the national statistics.")).toEqual([]);
  });
});
