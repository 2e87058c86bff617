import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    {
      file: "Anytown Council FOI nationality export.csv",
      bytes: new TextEncoder().encode(lines.join("\n")),
      manifestCode: null,
    },
    knowledge(),
  );
}

const figures = (r: Awaited<ReturnType<typeof run>>) =>
  r.facts
    .filter((f) => f.status === "reported" || f.status === "suppressed")
    .map((f) => `${f.measure} ${f.value ?? `${f.lower}-${f.upper}`}`)
    .sort();

const nationalities = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? `${n.lower}-${n.upper}`}`).sort();

/**
 * A case system's nationality export, one row per group and nationality, with
 * an "All" (or "Total") row closing each group's block: that row is the
 * group's own figure for every measure its columns name, which the reply
 * gives nowhere else. Its nationality rows stay the breakdown.
 */
describe("a nationality export's total rows give each group's figures", () => {
  it.each([["All"], ["Total"], ["All nationalities"]])("reads the %s rows as the group's figures", async (total) => {
    const r = await run([
      "Cohort,Nationality,Looked After,Went Missing,Missing Incidents",
      "Trafficked,Vietnamese,3,1,2",
      "Trafficked,Albanian,4,0,0",
      `Trafficked,${total},7,1,2`,
      "UASC,Afghan,9,2,5",
      "UASC,Iranian,8,*,*",
      `UASC,${total},17,3,7`,
    ]);
    expect(figures(r)).toEqual([
      "trafficked_looked_after 7",
      "trafficked_missing_incidents 2",
      "trafficked_went_missing 1",
      "uasc_looked_after 17",
      "uasc_missing_incidents 7",
      "uasc_went_missing 3",
    ]);
    expect(nationalities(r)).toEqual([
      "trafficked Albanian 0",
      "trafficked Vietnamese 1",
      "uasc Afghan 2",
      "uasc Iranian 1-4",
    ]);
  });

  it("leaves a total under a column that names no measure unread", async () => {
    // "Number" under a nationality table counts the children who went
    // missing by nationality, not the group's looked-after children: read as
    // the group's base count it would be a wrong figure.
    const r = await run(["Cohort,Nationality,Number", "UASC,Afghan,9", "UASC,Iranian,8", "UASC,Total,17"]);
    expect(figures(r)).toEqual([]);
    expect(nationalities(r)).toEqual(["uasc Afghan 9", "uasc Iranian 8"]);
  });
});
