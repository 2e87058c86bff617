import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Period | Trafficked / modern slavery | … " over " | Identified (1a) |
 * Suspected (1b) | UASC (1c)" (round 83): a table with a two-row header whose
 * "Period" heading spans both rows, so the header's lower half leaves the
 * period column blank. The years under it are still the rows' periods; read
 * as counts, every figure of the table said no period.
 */
describe("a period column under a two-row header", () => {
  it("takes each row's year as its period", async () => {
    const csv = [
      "Period,Trafficked / modern slavery,,Unaccompanied asylum seeking children",
      ",Identified (1a),Suspected (1b),UASC (1c)",
      "2021,6,6,23",
      "2022,8,1,37",
      "2024 (1 Jan – 30 Apr),2,2,3",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI 24-0812.csv", bytes: Buffer.from(csv), manifestCode: "E06000056" },
      severalYears,
    );
    const got = r.facts
      .filter((f) => f.measure === "uasc_looked_after" && f.status === "reported")
      .map((f) => `${f.label.split(" × ")[0]} ${f.value}`)
      .sort();
    expect(got).toEqual(["2021 23", "2022 37", "2024 (1 Jan – 30 Apr) 3"]);
  });
});
