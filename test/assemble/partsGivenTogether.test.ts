import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Year | 1a/1b Trafficked or MS (identified or suspected) | 1c UASC" (round
 * 77): the council gives questions 1a and 1b only as one figure. The parts
 * are optional, so their absence was said nothing of; the header says they
 * were left out on purpose, and each part is flagged so.
 */
describe("a figure labelled with two parts' question numbers together", () => {
  const flagged = async (header: string) => {
    const bytes = Buffer.from(
      [`Year,${header},1c UASC`, "2021,10,18", "2022,6,16", "Rutland County Council FOI 0871,,"].join("\n"),
    );
    const result = await processFile({ file: "Rutland FOI 0871.csv", bytes, manifestCode: null }, severalYears);
    const withAuthority = { ...result, authority: result.authority ?? null };
    const [first] = keyPeriods([withAuthority], severalYears.request, severalYears.labels.everyPeriod);
    const { returns } = assembleReturns(first?.results ?? [], severalYears);
    return returns
      .flatMap((r) => r.issues)
      .filter((i) => i.code === "value_not_answered" && i.measure?.startsWith("trafficked_"))
      .map((i) => i.measure)
      .filter((m) => m === "trafficked_identified" || m === "trafficked_suspected")
      .sort();
  };

  it("flags both parts as not given apart", async () => {
    expect(await flagged("1a/1b Trafficked or MS (identified or suspected)")).toEqual([
      "trafficked_identified",
      "trafficked_suspected",
    ]);
  });

  it("says nothing of optional parts when the total is labelled in words only", async () => {
    expect(await flagged("Trafficked or MS (identified or suspected)")).toEqual([]);
  });
});
