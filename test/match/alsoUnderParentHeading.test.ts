import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Also trafficked" as a column of a table (or a sheet) titled "Unaccompanied
 * asylum-seeking / separated children": the title's children who are also
 * trafficked, the subset uasc_trafficked, never all trafficked children
 * looked after (round 149: a UASC sheet's "1d Also trafficked" column was
 * read as the trafficked total, beside the trafficked sheet's own parts).
 */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function measuresOf(title: string, heading: string): Promise<Record<string, number | null>> {
  const lines = [
    "Northfield Council - FOI 1412,,,",
    `${title},,,`,
    ",,,",
    `Year,Looked after,${heading},Went missing`,
    "2021,14,3,2",
    "2022,17,0,5",
  ];
  const r = await processFile(
    { file: "Northfield Council FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
    k,
  );
  // The first row's figures: 2021's.
  const first: Record<string, number | null> = {};
  for (const f of r.facts) if (f.status === "reported" && !(f.measure in first)) first[f.measure] = f.value;
  return first;
}

describe("an 'also' column under a title naming the parent group", () => {
  it.each([
    ["Unaccompanied asylum-seeking / separated children", "Also trafficked"],
    ["Separated or unaccompanied children", "Also victims of modern slavery"],
    ["Unaccompanied asylum seeking / separated", "Q1d Also trafficked"],
  ])("%s × %s is the subset", async (title, heading) => {
    const got = await measuresOf(title, heading);
    expect(got.uasc_trafficked_looked_after).toBe(3);
    expect(got.trafficked_looked_after).toBeUndefined();
    expect(got.uasc_looked_after).toBe(14);
  });

  it("under a title naming no group the column is not the subset", async () => {
    const got = await measuresOf("Children looked after", "Also trafficked");
    expect(got.uasc_trafficked_looked_after).toBeUndefined();
  });
});
