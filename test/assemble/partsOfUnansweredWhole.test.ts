import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";

/**
 * 1a and 1b (identified, suspected) are optional parts of the trafficked
 * total, so one left out beside a total the council gave is not chased. But
 * where the total is not answered either, nothing at all was read for the
 * group: a reply in prose the readers could not follow ("the council looked
 * after eleven children identified as trafficked and six further children
 * suspected …") left 1a and 1b unread with no word on either. Each part is
 * then told, on its own measure, as the total is.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function unansweredMeasures(header: string, rows: string[]) {
  const text = ["Dear Requester,", "", header, ...rows, "", "Yours sincerely,"].join("\n");
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000058" },
    severalYears,
  );
  const returns = settlePeriods([file], severalYears, null).returns.filter((x) => x.authority.gss_code === "E06000058");
  return new Set(returns.flatMap((r) => r.issues).flatMap((i) => (i.code === "value_not_answered" ? [i.measure] : [])));
}

describe("the optional parts of a total", () => {
  it("are told unanswered where the total is not answered either", async () => {
    const measures = await unansweredMeasures("Period                  1c  1d  2a  2b  3a  3b   4", [
      "2021                    10   4   3   7   6   2   1",
      "2022                     6   4   3   7   8   3   0",
      "2023                     7   1   3   1   3   4   0",
      "1 Jan – 30 Apr 2024      3   2   1   2   2   0   0",
    ]);
    expect(measures.has("trafficked_looked_after")).toBe(true);
    expect(measures.has("trafficked_identified")).toBe(true);
    expect(measures.has("trafficked_suspected")).toBe(true);
  });
});
