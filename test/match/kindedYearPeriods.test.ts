import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { kindedYearPeriods } from "../../src/match/kindedYearPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";

describe("kindedYearPeriods", () => {
  it.each<[string, string[]]>([
    ["Went missing or absent, academic year 2017/18", ["2017-09-01 2018-08-31"]],
    ["school year 2017-18", ["2017-09-01 2018-08-31"]],
    ["2017/18 (Sept-Aug)", ["2017-09-01 2018-08-31"]],
    ["financial year 2017/18", ["2017-04-01 2018-03-31"]],
    // No kind named, or two: the file's other words must say which.
    ["Went missing, 2017/18", []],
    ["academic year 2017/18 and financial year 2017/18", []],
    // A year group, not a period.
    ["school year 7", []],
  ])("%j", (text, want) => {
    expect(kindedYearPeriods(text).map((p) => `${p.start} ${p.end}`)).toEqual(want);
  });
});

// Round 90 (Cumbria): the missing rows of a calendar-year table are labelled
// "academic year 2017/18"; their figures are another period's, not 2017's.
describe("a row label naming an academic year", () => {
  it("marks its figures as another period's", async () => {
    const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
    const csv = [
      "Question,Trafficked,UASC",
      '"Looked after, 1 Jan - 31 Dec 2017",20,30',
      '"Went missing or absent, academic year 2017/18",1,10',
    ].join("\n");
    const r = await processFile(
      { file: "FOI 611 response.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E10000006" },
      k,
    );
    const flagged = r.issues.filter((i) => i.code === "figure_other_period").map((i) => i.measure);
    expect(flagged.sort()).toEqual(["trafficked_went_missing", "uasc_went_missing"]);
    expect(r.issues.filter((i) => i.code === "figure_other_period" && i.measure === "uasc_looked_after")).toEqual([]);
  });
});
