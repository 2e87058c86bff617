import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1b Suspected … | Not recorded | Not recorded | Not recorded" in a table
 * of questions by year: "Not recorded" is also how a nationality list says
 * "unknown", so the row was read as the header of a nationality table
 * across, and every question below it as a group's nationality counts
 * (round 64). A header across names at least one nationality.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

describe("a row of 'Not recorded' answers under year columns", () => {
  it("is a not-held answer, and the rows below stay questions", async () => {
    const lines = [
      "Question,2018,2019,2020",
      "1a Identified as having been trafficked or a victim of modern slavery,*,*,*",
      '"1b Suspected of having been a victim of trafficking or modern slavery, if not included in a.",Not recorded,Not recorded,Not recorded',
      "2b Identified as UASC or separated child and have gone missing or absent,0,0,0",
      "3a Incidents of missing or absent - trafficked/modern slavery,9,0,*",
    ];
    const r = await processFile(
      { file: "Northfield Council FOI 1.csv", bytes: bytes(lines), manifestCode: "S12000017" },
      knowledge,
    );
    expect(r.nationalities).toEqual([]);
    const got = (m: string) =>
      r.facts
        .filter((f) => f.measure === m)
        .map((f) => `${f.status}:${f.value}`)
        .sort();
    expect(got("trafficked_suspected")).toEqual(["not_held:null", "not_held:null", "not_held:null"]);
    expect(got("uasc_went_missing")).toEqual(["reported:0", "reported:0", "reported:0"]);
    expect(got("trafficked_missing_incidents")).toContain("reported:9");
  });
});
