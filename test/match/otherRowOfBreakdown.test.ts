import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "2d Other / not recorded" as the last row of referrals by type of
 * exploitation (round 114): "Other" and "Not recorded" are the catch-all of
 * a nationality list, so the row was taken for a nationality's and its
 * figures went unread, though the request asks for no nationalities. There
 * the words are the breakdown's own last part, placed by the question's
 * number; in a request that asks for nationalities they still say the row
 * is a nationality list's.
 */
const noNationalities = loadKnowledge({
  request: new URL("../../fixtures/holdout114/request.json", import.meta.url).pathname,
});
const withNationalities = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const GRID = [
  "Q,Measure,2021/22,2022/23,2023/24",
  "2c,Labour exploitation,2,0,3",
  "2d,Other / not recorded,7,10,6",
].join("\n");

describe("the catch-all row of a breakdown in a request with no nationalities", () => {
  it("reads it as the part its question number names", async () => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(GRID), manifestCode: "E09000007" },
      noNationalities,
    );
    const got = r.facts
      .filter((f) => f.measure === "other_type_referrals" && f.status === "reported")
      .map((f) => f.value)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(got).toEqual([6, 7, 10]);
  });

  it("still takes a bare 'Other' for a nationality list's in a request that asks for nationalities", async () => {
    const r = await processFile(
      {
        file: "reply.csv",
        bytes: new TextEncoder().encode(["Nationality,2021,2022,2023", "Other,7,10,6"].join("\n")),
        manifestCode: "E09000007",
      },
      withNationalities,
    );
    expect(r.facts.filter((f) => f.status === "reported" && f.value === 10)).toEqual([]);
  });
});
