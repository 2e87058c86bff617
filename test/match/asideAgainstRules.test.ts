import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

/**
 * "4. Still missing - trafficked | 0 | 0 | 3" beside "2a. … went missing |
 * 3 | 3 | 2": the request asks the children still missing of both groups
 * together, so the one group's row is set aside, but 3 still missing of 2
 * who went missing in 2020 means one of the two is wrong, and the counted
 * one (went missing) is flagged on its own measure.
 */
describe("a group's figure set aside, still checked against the group's counted figures", () => {
  const read = async (trafficked: string, uasc: string) => {
    const csv = [
      ",2018,2019,2020",
      "2a. Identified or suspected trafficked looked after children who went missing or absent,3,3,2",
      "2b. UASC or separated looked after children who went missing or absent,7,10,3",
      `4. Still missing - trafficked,${trafficked}`,
      `4. Still missing - UASC,${uasc}`,
    ].join("\n");
    return processFile(
      { file: "Northfield FOI 0456.csv", bytes: new TextEncoder().encode(csv), manifestCode: null },
      severalYears,
    );
  };
  const broken = (issues: { code: string; measure?: string; severity: string; cell?: string }[]) =>
    issues
      // The summed not_found's own break is bothGroupsCountGivenByGroup's to test.
      .filter((i) => i.code === "check_not_found_exceeds_missing" && i.measure !== "not_found")
      .map((i) => `${i.measure} ${i.cell} ${i.severity}`);

  it.each([
    ["0,0,3", "2,0,1", ["trafficked_went_missing D2 error"]],
    ["0,0,1", "2,0,4", ["uasc_went_missing D3 error"]],
    ["0,0,<5", "2,0,1", ["trafficked_went_missing D2 warning"]],
    ["0,0,2", "2,0,1", []],
  ])("still missing %s (trafficked) and %s (UASC)", async (trafficked, uasc, expected) => {
    const r = await read(trafficked, uasc);
    expect(broken(r.issues)).toEqual(expected);
    // The group's rows are never counted as the request's together figure.
    expect(r.facts.filter((f) => f.measure === "not_found" && f.status === "reported")).toEqual([]);
  });
});
