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
    expect(got.uasc_looked_after).toBeUndefined();
  });
});

/**
 * "Year | Still missing | Also trafficked" under a UASC title: "also" may be
 * of the column before ("of those still missing, also trafficked"), not of
 * the children looked after. Beside no looked-after count the column is not
 * read, and the file says why.
 */
describe("an 'also' column beside no looked-after count", () => {
  it.each([
    [["Year,Still missing,Also trafficked", "2021,4,1", "2022,5,2"]],
    [["Year,Went missing,Also trafficked,Missing episodes", "2021,4,1,9", "2022,5,2,11"]],
  ])("%j is not read as the subset", async (table) => {
    const lines = ["Northfield Council - FOI 1412,,,", "Unaccompanied asylum seeking children,,,", ",,,", ...table];
    const r = await processFile(
      { file: "Northfield Council FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
      k,
    );
    const read = r.facts.filter((f) => f.status === "reported").map((f) => f.measure);
    expect(read).not.toContain("uasc_trafficked_looked_after");
    expect(read).not.toContain("trafficked_looked_after");
    expect(JSON.stringify([...r.issues, ...r.decisions])).toMatch(/also of another group, but beside no count/u);
  });
});
