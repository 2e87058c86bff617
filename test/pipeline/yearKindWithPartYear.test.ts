import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A request of academic years and a part-year (round 34: 2022/23, 2023/24
 * and 1 September 2024 to 31 January 2025) still asks for academic years:
 * a file that says its figures are by financial year gives its "2022/23"
 * the financial year's dates, so the return is not taken as the one asked.
 */
const k = loadKnowledge({ request: "fixtures/holdout34/request.json" });

describe("the kind of year a file states, against a request with a part-year", () => {
  it("reads '2022/23' as a financial year where the file says so", async () => {
    const text = [
      "Dear Requester,",
      "",
      "Our figures are reported by financial year (April to March) rather than by academic year.",
      "",
      "Children known to be electively home educated",
      "2022/23: 1097",
      "2023/24: 1269",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000060" },
      k,
    );
    const pair = r.periods.find((p) => p.raw === "2022/23");
    expect(pair).toMatchObject({ start: "2022-04-01", end: "2023-03-31", datesStated: true });
  });
});
