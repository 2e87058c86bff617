import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

const grid = (notFoundRow: string) =>
  [
    "Leicester City Council,,",
    "Freedom of Information request FOI 18-1102: 1 January 2018 to 31 December 2018,,",
    "Question,Trafficked / modern slavery,UASC / separated",
    "1a Identified as trafficked or a victim of modern slavery,6,",
    "1b Suspected of trafficking / modern slavery (not in 1a),6,",
    "1c Identified as UASC or separated child,,58",
    "2 Went missing or absent,6,11",
    "3 Individual missing or absent incidents,14,19",
    notFoundRow,
  ].join("\n");

const read = (text: string) =>
  processFile(
    { file: "FOI 18-1102 response.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000016" },
    knowledge,
  );

/**
 * "4 Still missing or absent (trafficked and UASC)" with its one figure in
 * the trafficked column (Leicester, round 109; Kensington and Chelsea, round
 * 108): the row's own words name both groups, and the request asks that
 * count only of both groups together, so the column (there to hold the
 * figure) does not make it the trafficked children's count. Rows that name
 * one group, and counts the request asks of each group, keep the column's
 * group.
 */
describe("a row naming both groups, its figure in one group's column", () => {
  it("is the both-groups count the request asks for", async () => {
    const r = await read(grid("4 Still missing or absent (trafficked and UASC),1,"));
    const nf = r.facts.filter((f) => f.measure === "not_found");
    expect(nf.map((f) => f.value)).toEqual([1]);
    expect(r.facts.find((f) => f.measure === "trafficked_went_missing")?.value).toBe(6);
    expect(r.facts.find((f) => f.measure === "uasc_went_missing")?.value).toBe(11);
  });

  it("a count asked of each group keeps the column's group", async () => {
    const r = await read(grid("4 Still missing or absent (trafficked and UASC),1,"));
    expect(r.facts.find((f) => f.measure === "trafficked_missing_incidents")?.value).toBe(14);
    expect(r.facts.find((f) => f.measure === "uasc_missing_incidents")?.value).toBe(19);
  });

  /**
   * The negative case: figures in both group columns ("…,1,3") are each group's, so neither is the both-groups
   * count; made so, they would conflict as 1 and 3 and their range leave out 4, the two added. Each keeps its
   * column's group, and the two groups' shares together answer the both-groups count: their sum, derived.
   */
  it("is not the both-groups count when the row has a figure in the other group's column too", async () => {
    const r = await read(grid("4 Still missing or absent (trafficked and UASC),1,3"));
    const nf = r.facts.filter((f) => f.measure === "not_found" && f.status !== "not_answered");
    expect(nf.map((f) => `${f.status} ${f.value}`)).toEqual(["derived 4"]);
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
    expect(r.issues.some((i) => i.code === "value_summed" && i.measure === "not_found")).toBe(true);
  });

  // Kensington and Chelsea (round 108): the row's figures in each year's column of one group are that one
  // count over other periods, not figures of another group.
  it("stays the both-groups count when the row's other figures are under the same group in other years", async () => {
    const r = await read(
      [
        "Leicester City Council,,,,",
        "Freedom of Information request FOI 18-1102: 1 January 2018 to 31 December 2019,,,,",
        ",2018,2018,2019,2019",
        "Question,Trafficked / modern slavery,UASC / separated,Trafficked / modern slavery,UASC / separated",
        "1c Identified as UASC or separated child,,58,,40",
        "2 Went missing or absent,6,11,4,9",
        "4 Still missing or absent (trafficked and UASC),1,,2,",
      ].join("\n"),
    );
    const nf = r.facts.filter((f) => f.measure === "not_found" && f.status !== "not_answered");
    expect(nf.map((f) => f.value).sort()).toEqual([1, 2]);
  });
});
