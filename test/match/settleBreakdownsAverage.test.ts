import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { type FactLabels, settleBreakdowns } from "../../src/match/settleBreakdowns.js";

/**
 * One average per team ("Team A | 19.6", "Team B | 11.8"): a count given so
 * is added up (value_summed), but an average is not, since the teams'
 * averages make no council-wide one without each team's size.
 */
const fact = (label: string, value: number, row: number): Fact => ({
  measure: "caseload",
  status: "reported",
  value,
  lower: value,
  upper: value,
  raw: String(value),
  sources: [{ file: "teams.xlsx", format: "xlsx", sheet: "Sheet1", row, col: 2 }],
  label,
});
const labels = (text: string, total = false): FactLabels => ({
  total,
  totalCount: total ? 1 : 0,
  periodFit: null,
  slice: total ? null : { text, kind: "partition" },
  countsEpisodes: false,
  partOfGroup: !total,
  periodKey: "",
  sliceWithinPeriod: false,
});
const teams = [fact("Team A", 19.6, 2), fact("Team B", 11.8, 3)];
const teamLabels = [labels("Team A"), labels("Team B")];

describe("settleBreakdowns: parts of an average", () => {
  it("adds up the parts of a count (the way it always has)", () => {
    const out = settleBreakdowns([fact("Team A", 19, 2), fact("Team B", 12, 3)], teamLabels);
    expect(out.facts.map((f) => [f.status, f.value])).toEqual([["derived", 31]]);
  });

  it("never adds up the parts of an average: they are left to disagree", () => {
    const out = settleBreakdowns(teams, teamLabels, () => false);
    expect(out.facts.map((f) => f.value)).toEqual([19.6, 11.8]);
    expect(out.issues.filter((i) => i.code === "value_summed")).toEqual([]);
  });

  it("takes the overall figure beside the parts of an average", () => {
    const out = settleBreakdowns(
      [...teams, fact("All teams", 16.2, 4)],
      [...teamLabels, labels("All teams", true)],
      () => false,
    );
    expect(out.facts.map((f) => f.value)).toEqual([16.2]);
    expect(out.decisions[0]?.message).toMatch(/is the overall figure; .*never added up/u);
  });
});
