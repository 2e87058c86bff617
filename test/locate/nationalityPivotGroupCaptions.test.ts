import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Excel's pivot table with the years as its column field and the group,
 * then the nationality, as its row fields: each group's caption row carries
 * its subtotals ("UASC | 8 | 17 | 15 | 40"), its nationalities are the rows
 * under it, and some exports close each group with "UASC Total". The
 * caption names the group of the rows under it; it is no nationality.
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
    nats: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} ${n.periodText?.split(" | ")[0]}`).sort(),
    issues: r.issues,
  };
};

const HEAD = ["Count of Child ID,Column Labels,,,", "Row Labels,2018,2019,2020,Grand Total"];

describe("group caption rows with subtotals over a pivot's nationality rows", () => {
  it.each([
    [
      "captions closed by their own Total rows",
      [
        "Trafficked (NRM or suspected),3,1,,4",
        "    Albanian,1,,,1",
        "    Vietnamese,2,1,,3",
        "Trafficked (NRM or suspected) Total,3,1,,4",
        "UASC,1,2,1,4",
        "    Afghan,,2,1,3",
        "    Eritrean,1,,,1",
        "UASC Total,1,2,1,4",
        "Grand Total,4,3,1,8",
      ],
    ],
    [
      "captions naming the measure, no Total rows",
      [
        "Trafficked/MS - went missing,3,1,,4",
        "    Albanian,1,,,1",
        "    Vietnamese,2,1,,3",
        "UASC - went missing,1,2,1,4",
        "    Afghan,,2,1,3",
        "    Eritrean,1,,,1",
        "Grand Total,4,3,1,8",
      ],
    ],
  ])("%s", async (_, rows) => {
    const { nats, issues } = await read([...HEAD, ...rows]);
    expect(nats).toEqual([
      "trafficked Albanian 1 2018",
      "trafficked Vietnamese 1 2019",
      "trafficked Vietnamese 2 2018",
      "uasc Afghan 1 2020",
      "uasc Afghan 2 2019",
      "uasc Eritrean 1 2018",
    ]);
    expect(issues.filter((i) => i.code === "nationality_unknown")).toEqual([]);
  });

  it("a group caption whose figures its rows do not add up to is said so", async () => {
    const { issues } = await read([
      ...HEAD,
      "UASC,1,3,1,5",
      "    Afghan,,2,1,3",
      "    Eritrean,1,,,1",
      "Grand Total,1,3,1,5",
    ]);
    const sums = issues.filter((i) => i.code === "check_nationality_sum").map((i) => `${i.cell} ${i.raw}`);
    expect(sums).toEqual(["C3 3"]);
  });
});
