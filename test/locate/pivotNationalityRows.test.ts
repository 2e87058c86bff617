import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * An Excel pivot table whose outer field is the group and inner field the
 * nationality, with the group's subtotals on its caption row (Excel's
 * "subtotals at top"): the caption row's figures are the group's, the
 * indented rows each a nationality's, and only the children who went missing
 * are the request's nationality breakdown.
 */
const stillInHarmsWay = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "pivot export.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E06000029",
    },
    stillInHarmsWay,
  );
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.value ?? f.status}`)
      .sort(),
    nats: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort(),
    issues: r.issues,
  };
};

describe("a pivot table of groups with nationalities under them", () => {
  it("reads the caption rows' figures as the groups' and the went-missing column by nationality", async () => {
    const { facts, nats, issues } = await read([
      "FOI 18-0611: children looked after, 1 January 2017 to 31 December 2017,,,",
      ",,,",
      "Row Labels,Count of Child ID,Sum of Went Missing (child),Sum of Missing Episodes",
      "UASC,11,4,9",
      "    Afghan,4,2,5",
      "    Eritrean,3,1,3",
      "    Iraqi,4,1,1",
      "UASC Total,11,4,9",
      "Trafficked / modern slavery,5,3,11",
      "    Albanian,3,2,8",
      "    British,2,1,3",
      "Trafficked / modern slavery Total,5,3,11",
      "Grand Total,16,7,20",
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "uasc_looked_after 11",
        "uasc_went_missing 4",
        "uasc_missing_incidents 9",
        "trafficked_looked_after 5",
        "trafficked_went_missing 3",
        "trafficked_missing_incidents 11",
      ]),
    );
    expect(nats).toEqual(
      ["uasc Afghan 2", "uasc Eritrean 1", "uasc Iraqi 1", "trafficked Albanian 2", "trafficked British 1"].sort(),
    );
    expect(issues.some((i) => i.code === "label_outside_request" && i.raw === "Grand Total")).toBe(true);
  });
});
