import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { type LabelMatch, matchLabel } from "../../src/match/matchLabel.js";
import { subsetByWording } from "../../src/match/subsetWording.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const oneYear = loadKnowledge({
  request: new URL("../../src/knowledge/request-heading-back-to-harm-2015.json", import.meta.url).pathname,
});

async function measures(rows: CellSpec[][], knowledge = severalYears) {
  const bytes = await buildXlsx([{ name: "FOI 1187", rows: [["Northfield Council - FOI 1187"], ...rows] }]);
  const r = await processFile({ file: "Northfield FOI 1187.xlsx", bytes, manifestCode: null }, knowledge);
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
}

/**
 * A row worded as a part of the UASC row above it by the trafficked group's
 * words ("of which: modern slavery concerns"), or a label naming UASC "with"
 * a trafficking referral (round 77). Both count unaccompanied children who
 * were also trafficked: the request's 1d, never all trafficked children
 * (the "of which" row's figures were read as 1a + 1b) nor both groups.
 */
describe("a label worded as the trafficked part of the UASC count", () => {
  it("reads an 'of which' row under the UASC row as 1d, in every year's column", async () => {
    const got = await measures([
      ["Question", "2021", "2022"],
      ["1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child", 22, 20],
      ["of which: modern slavery concerns", 4, 1],
    ]);
    expect(got).toEqual([
      "uasc_looked_after 20",
      "uasc_looked_after 22",
      "uasc_trafficked_looked_after 1",
      "uasc_trafficked_looked_after 4",
    ]);
  });

  it("reads 'UASC with NRM referral' as 1d", async () => {
    const got = await measures([
      ["Question", "2021", "2022"],
      ["UASC with NRM referral", 7, 3],
    ]);
    expect(got).toEqual(["uasc_trafficked_looked_after 3", "uasc_trafficked_looked_after 7"]);
  });

  it("leaves 'of which identified' beside its own row's group to that group (round 74)", async () => {
    const got = await measures(
      [
        ["Cohort", "Looked after in period", "Of which identified", "Of which suspected"],
        ["UASC", 86, "", ""],
        ["Trafficked", 6, 4, 2],
      ],
      oneYear,
    );
    expect(got).toEqual([
      "trafficked_identified 4",
      "trafficked_looked_after 6",
      "trafficked_suspected 2",
      "uasc_looked_after 86",
    ]);
  });

  it("reads neither as the trafficked count when the request asks no such subset", async () => {
    const got = await measures(
      [
        ["Question", "Number"],
        ["Unaccompanied asylum seeking children looked after", 22],
        ["of which: modern slavery concerns", 4],
      ],
      oneYear,
    );
    expect(got).toEqual(["uasc_looked_after 22"]);
  });
});

/**
 * The cues are tried as written on a normalised label (lower-case ASCII), and
 * case-blind on any other text: both must find the same subset.
 */
describe("subset cues on normalised and raw label text", () => {
  const { labels } = severalYears;
  const label = (text: string, normalised: string, groups: string[]) =>
    ({ ...matchLabel(text, labels), normalised, groups }) as LabelMatch;
  const groupsIn = (text: string) => matchLabel(text, labels).groups;
  it.each([
    ["uasc with nrm referral", "uasc_trafficked"],
    ["UASC WITH NRM REFERRAL", "uasc_trafficked"],
    ["UASC Having an NRM referral", "uasc_trafficked"],
    ["uasc who were also trafficked", "uasc_trafficked"],
    ["uasc and trafficked", null],
  ])("%s → %s", (normalised, want) => {
    expect(subsetByWording([label(normalised, normalised, ["uasc"])], null, labels, groupsIn)).toBe(want);
  });
});
