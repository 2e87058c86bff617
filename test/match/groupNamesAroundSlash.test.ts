import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function measuresOf(label: string): Promise<string[]> {
  const csv = ["Northfield Council FOI 1412,,", "Question,2021,2022", `${label},14,35`].join("\n");
  const r = await processFile(
    { file: "Northfield FOI 1412.csv", bytes: new TextEncoder().encode(csv), manifestCode: null },
    severalYears,
  );
  return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
}

/**
 * "3b Number of missing/absent incidents - UASC / separated LAC" (round 108,
 * in six councils' replies): the spaced slash between "UASC" and "separated",
 * two names of one group, split the label into three readings (went missing,
 * incidents, looked after), and the figures were set aside as ambiguous.
 */
describe("a spaced slash between two names of one group", () => {
  it.each([
    ["3b Number of missing/absent incidents - UASC / separated LAC", "uasc_missing_incidents"],
    ["Missing/absent incidents - UASC / separated children", "uasc_missing_incidents"],
  ])("%s reads as %s", async (label, measure) => {
    expect(await measuresOf(label)).toEqual([`${measure} 14`, `${measure} 35`]);
  });

  // "3a. Incidents - trafficked / suspected children missing or absent" (round 131): "trafficked" and
  // "suspected" name the trafficked group and its suspected part, one family, so the slash joins them.
  it.each([
    ["3a. Incidents - trafficked / suspected children missing or absent", "trafficked_missing_incidents"],
    ["Missing incidents - identified / suspected trafficked children", "trafficked_missing_incidents"],
    ["Missing / absent incidents - trafficked / suspected", "trafficked_missing_incidents"],
    ["Missing / absent incidents - UASC / separated", "uasc_missing_incidents"],
  ])("%s, a group and its part around the slash, reads as %s", async (label, measure) => {
    expect(await measuresOf(label)).toEqual([`${measure} 14`, `${measure} 35`]);
  });

  // "… identified or suspected as having been trafficked / victim of modern slavery that have gone missing"
  // (round 160): the group's second name is several words long ("victim of modern slavery"), so the one
  // word after the slash named no group, and the label's sides (looked after, went missing) were read as
  // alternatives; the figure was set aside as ambiguous.
  it.each([
    [
      "Looked after children known or suspected to be trafficked / a victim of modern slavery who have gone missing",
      "trafficked_went_missing",
    ],
    ["Children in care who are victims of modern slavery / trafficked and went missing", "trafficked_went_missing"],
  ])("%s, a group's name of several words beside the slash, reads as %s", async (label, measure) => {
    expect(await measuresOf(label)).toEqual([`${measure} 14`, `${measure} 35`]);
  });

  it("a slash between two things is still read as offering both", async () => {
    expect(await measuresOf("UASC went missing / missing episodes")).toEqual([]);
  });
});
