import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { type CellSpec, csv } from "../support/buildXlsx.js";

/**
 * A nationality table headed with its question's number ("Q5 Nationality of
 * children who went missing | 2021 | 2022", "5. Nationality …") over rows
 * naming group and nationality ("UASC - Afghan"): a nationality table like
 * any other. Unseen, its rows were read as the group's looked-after count
 * ("Trafficked - British" as trafficked children looked after), and its
 * nationalities were lost (round 52).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const rows = (heading: string): CellSpec[][] => [
  ["Northfield Borough Council - FOI 5120"],
  [],
  ["Question", "2021", "2022"],
  ["1a Identified as trafficked / victim of modern slavery", 1, 2],
  ["1b Suspected victim of trafficking / modern slavery (not in 1a)", 2, 1],
  ["1c Unaccompanied asylum seeking child (UASC) or separated child", 31, 42],
  ["2b UASC / separated child who went missing or absent", 6, 8],
  [],
  [heading, "2021", "2022"],
  ["UASC - Afghan", 3, 4],
  ["UASC - Eritrean", 1, 2],
  ["Trafficked - British", 1, 1],
];

async function read(heading: string) {
  const bytes = csv(rows(heading).map((r) => r.map((c) => (typeof c === "number" || typeof c === "string" ? c : ""))));
  const r = await processFile({ file: "Northfield FOI 5120.csv", bytes, manifestCode: null }, severalYears);
  return {
    nationalities: r.nationalities
      .map((n) => `${n.group} ${n.nationality} ${n.periodText?.match(/\b20\d\d\b/u)?.[0] ?? ""} ${n.value}`)
      .sort(),
    lookedAfter: r.facts.filter((f) => f.measure === "trafficked_looked_after" || f.measure === "uasc_looked_after"),
  };
}

describe("a nationality table headed with its question's number", () => {
  it.each([
    "Q5 Nationality of children who went missing",
    "5. Nationality of children who went missing",
    "Question 5 - Nationality",
  ])("%s", async (heading) => {
    const { nationalities, lookedAfter } = await read(heading);
    expect(nationalities).toEqual([
      "trafficked British 2021 1",
      "trafficked British 2022 1",
      "uasc Afghan 2021 3",
      "uasc Afghan 2022 4",
      "uasc Eritrean 2021 1",
      "uasc Eritrean 2022 2",
    ]);
    // The nationality rows are no group's looked-after count: only question 1c's figures are.
    expect(lookedAfter.map((f) => `${f.measure} ${f.value}`).sort()).toEqual([
      "uasc_looked_after 31",
      "uasc_looked_after 42",
    ]);
  });
});
