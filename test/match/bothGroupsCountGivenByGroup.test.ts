import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "4. Still missing - trafficked | 0 | 0" and "4. Still missing - UASC | 2 |
 * 0": a question the request asks of both groups together (not_found),
 * answered once per group. Together the groups are both, so for each period
 * where every group's count is given once, their sum answers the question
 * (derived, said so); a group left out leaves it unanswered, and a group's
 * count above that group's own went-missing count is said on the measure.
 */
const whenHarmRemains = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "FOI response.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E08000010",
    },
    whenHarmRemains,
  );
  return {
    notFound: r.facts
      .filter((f) => f.measure === "not_found" && f.status !== "not_answered")
      .map((f) => `${f.status} ${f.value ?? `${f.lower}-${f.upper}`} ${f.periodText ?? ""}`)
      .sort(),
    issues: r.issues,
  };
};

const GRID = [
  ",2018,2019,2020",
  "2a. Identified or suspected trafficked looked after children who went missing,3,3,2",
  "2b. UASC or separated looked after children who went missing,7,10,3",
];

describe("a count asked of both groups together, given once per group", () => {
  it.each([
    [
      "every group given for every year",
      ["4. Still missing - trafficked,0,1,1", "4. Still missing - UASC,2,0,1"],
      ["derived 1 2019", "derived 2 2018", "derived 2 2020"],
    ],
    [
      "a group's count suppressed",
      ["4. Still missing - trafficked,<5,0,0", "4. Still missing - UASC,2,0,1"],
      ["derived 0 2019", "derived 1 2020", "suppressed 3-6 2018"],
    ],
    ["one group only", ["4. Still missing - UASC,2,0,1"], []],
  ])("%s", async (_, rows, expected) => {
    const { notFound } = await read([...GRID, ...rows]);
    expect(notFound).toEqual(expected);
  });

  it("a group's still-missing count above its own went-missing count is said on the measure", async () => {
    const { notFound, issues } = await read([
      ...GRID,
      "4. Still missing - trafficked,0,0,3",
      "4. Still missing - UASC,2,0,1",
    ]);
    expect(notFound).toContain("derived 4 2020");
    // The group's went-missing figure gets its own break too (asideAgainstRules); this test is not_found's.
    const exceeds = issues.filter((i) => i.code === "check_not_found_exceeds_missing" && i.measure === "not_found");
    expect(exceeds.map((i) => `${i.measure} ${i.cell} ${i.raw}`)).toEqual(["not_found D4 3"]);
  });
});

describe("a count asked of both groups together, given per group on a sheet per year", () => {
  it("keys each sheet's parts to the year its name says", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [year, trafficked, uasc] of [
      ["2018", 0, 0],
      ["2019", 1, 2],
    ] as const) {
      const ws = wb.addWorksheet(year);
      ws.addRow(["Question", "Trafficked / modern slavery", "UASC / separated"]);
      ws.addRow(["Q2 Went missing or absent", 3, 16]);
      ws.addRow(["Q4 Still missing", trafficked, uasc]);
    }
    const r = await processFile(
      { file: "FOI reply.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()), manifestCode: "E10000018" },
      whenHarmRemains,
    );
    const notFound = r.facts
      .filter((f) => f.measure === "not_found" && f.status !== "not_answered")
      .map((f) => `${f.status} ${f.value} ${f.sources[0]?.sheet}`)
      .sort();
    expect(notFound).toEqual(["derived 0 2018", "derived 3 2019"]);
  });
});
