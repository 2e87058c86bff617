import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Excel's pivot table with the years as its column field and the group,
 * then the nationality, as its row fields, laid out with the group's
 * subtotals at the bottom: each caption row ("UASC | | |") carries no
 * figure, its nationalities are the indented rows under it and
 * "UASC Total" closes them. That Total row adds up the nationality rows
 * (the children the pivot's records are), never the group's looked-after
 * children, so it is read as no measure.
 */
const whenHarmRemains = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "pivot export.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E08000004",
    },
    whenHarmRemains,
  );
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.value ?? f.status}`)
      .sort(),
    nats: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} ${n.periodText?.split(" | ")[0]}`).sort(),
    issues: r.issues,
  };
};

const BODY = [
  "Count of Child ID,Column Labels,,,",
  "Row Labels,2018,2019,2020,Grand Total",
  "Trafficked / MS,,,,",
  "   Albanian,,1,1,2",
  "   Vietnamese,2,,1,3",
  "Trafficked / MS Total,2,1,2,5",
  "UASC,,,,",
  "   (blank),,1,,1",
  "   Afghan,2,1,1,4",
  "UASC Total,2,2,1,5",
];

describe("group captions with no figures over a pivot's nationality rows", () => {
  it.each([
    ["under a page filter naming the children", ["Cohort,Went missing,,,", ",,,,", ...BODY, "Grand Total,4,3,3,10"]],
    ["with no Grand Total row", ["Cohort,Went missing,,,", ",,,,", ...BODY]],
  ])("%s", async (_, lines) => {
    const { facts, nats, issues } = await read(lines);
    // "Trafficked / MS Total" and "UASC Total" add up nationality rows: no group's looked-after children.
    expect(facts).toEqual([]);
    expect(nats).toEqual([
      "trafficked Albanian 1 2019",
      "trafficked Albanian 1 2020",
      "trafficked Vietnamese 1 2020",
      "trafficked Vietnamese 2 2018",
      "uasc Afghan 1 2019",
      "uasc Afghan 1 2020",
      "uasc Afghan 2 2018",
      "uasc Other/unknown 1 2019",
    ]);
    // Excel's "(blank)" is an item with no nationality recorded: kept as Other/unknown, and said so.
    expect(issues.filter((i) => i.code === "nationality_unknown").map((i) => i.raw)).toEqual(["(blank)"]);
  });
});
