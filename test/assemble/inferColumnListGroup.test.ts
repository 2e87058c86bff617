import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

/**
 * Round 125's Staffordshire: a pivot export whose nationality table, "Count
 * of Child (went missing)", has a column per year and a "Grand Total" row,
 * and never says which group it counts. The figures above give, each year,
 * the UASC who went missing (17, 16, 14) and "<5" trafficked children. A
 * year's column whose total row is that year's UASC count, and holds more
 * children than the trafficked "<5" could, is the UASC children's; a column
 * whose total fits neither, or both, stays unread with its warning.
 */
describe("a nationality column of one year, naming no group, with a total row", () => {
  const read = async (trafficked: string, uasc: [string, string, string], grandTotal: [string, string, string]) => {
    const csv = [
      "Staffordshire County Council - FOI 0312-21,,,",
      ",2018,2019,2020",
      "Trafficked - went missing or absent,<5,<5,<5",
      `UASC - went missing or absent,${uasc.join(",")}`,
      "<5: value between 1 and 4 suppressed,,,",
      ",,,",
      "Count of Child (went missing),,,",
      "Nationality,2018,2019,2020",
      "Vietnamese,11,,",
      "Iraqi,6,,",
      "Afghan,,7,<5",
      "Sudanese,,6,6",
      "Albanian,,<5,",
      "Syrian,,,5",
      `Grand Total,${grandTotal.join(",")}`,
    ].join("\n");
    const r = await processFile(
      {
        file: `SCC FOI 0312-21 response ${trafficked}.csv`,
        bytes: new TextEncoder().encode(csv.replaceAll("<5,<5,<5", `${trafficked},${trafficked},${trafficked}`)),
        manifestCode: "E10000028",
      },
      severalYears,
    );
    return {
      lists: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.rawValue}`).sort(),
      unread: r.issues.filter((i) => i.code === "layout_unknown" && /nationality column/u.test(i.message)).length,
    };
  };

  it("reads each year's column as the UASC children's when its total is their count and the trafficked '<5' is too few", async () => {
    const { lists, unread } = await read("<5", ["17", "16", "14"], ["17", "16", "14"]);
    expect(lists).toEqual([
      "uasc Afghan 7",
      "uasc Afghan <5",
      "uasc Albanian <5",
      "uasc Iraqi 6",
      "uasc Sudanese 6",
      "uasc Sudanese 6",
      "uasc Syrian 5",
      "uasc Vietnamese 11",
    ]);
    expect(unread).toBe(0);
  });

  it.each([
    { what: "the total is no group's count", uasc: ["17", "16", "14"], total: ["17", "18", "14"], unread: 1 },
    { what: "the items cannot add up to the total", uasc: ["17", "30", "14"], total: ["17", "30", "14"], unread: 1 },
  ] as const)("leaves a year's column unread when $what", async ({ uasc, total, unread }) => {
    const got = await read("<5", [...uasc], [...total]);
    expect(got.unread).toBe(unread);
    expect(got.lists.filter((l) => l.includes("Afghan 7"))).toEqual([]);
  });

  it("leaves every column unread when the trafficked count could hold the list", async () => {
    const got = await read("<20", ["17", "16", "14"], ["17", "16", "14"]);
    expect(got.lists).toEqual([]);
    expect(got.unread).toBe(3);
  });
});
