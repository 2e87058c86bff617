import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const read = (file: string, text: string) =>
  processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000038" }, knowledge());

async function flagged(text: string): Promise<string[]> {
  const r = await read("reply.csv", text);
  const codes = ["period_approximate", "period_part", "figure_other_period"];
  return [
    ...new Set(r.issues.filter((i) => codes.includes(i.code) && i.measure).map((i) => `${i.code} ${i.measure}`)),
  ].sort();
}

describe("warnNotedPeriods: a note's period reaches the figures its symbol marks", () => {
  const period = knowledge().request.periods?.[0];
  it("has a one-period request to test against", () => {
    expect(knowledge().request.periods?.length).toBe(1);
  });
  const year = Number(period?.end.slice(0, 4));
  const table = (note: string) =>
    [
      "Measure,Trafficked,UASC (a)",
      "Looked after,5,27",
      "Went missing,1,4",
      "Missing episodes,1,9",
      "",
      `"${note}"`,
    ].join("\n");

  it("a nearby year named in the note of a column's symbol warns on that column's figures only", async () => {
    const got = await flagged(
      table(
        `(a) UASC column: figures are for the calendar year ${year} (1 January ${year} – 31 December ${year}). The trafficked column covers ${period?.label}.`,
      ),
    );
    expect(got).toEqual([
      "period_approximate uasc_looked_after",
      "period_approximate uasc_missing_incidents",
      "period_approximate uasc_went_missing",
    ]);
  });

  it("a part of the requested period is named as such", async () => {
    const got = await flagged(
      table(`(a) UASC column: these cover ${period?.label.replace(/ to .*/u, "")} to 31 March ${year} only.`),
    );
    expect(got).toEqual([
      "period_part uasc_looked_after",
      "period_part uasc_missing_incidents",
      "period_part uasc_went_missing",
    ]);
  });

  it("a note whose symbol marks no figure reaches none", async () => {
    const text = table(`(b) figures are for the calendar year ${year}.`);
    expect(await flagged(text)).toEqual([]);
  });

  it("a note that names the requested period says nothing against the figures", async () => {
    expect(await flagged(table(`(a) UASC column: figures are for ${period?.label}.`))).toEqual([]);
  });
});
