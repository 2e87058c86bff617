import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

const table = (pointer: string) => [
  ["Kent County Council"],
  [],
  ["", "Trafficked", "UASC"],
  ["Q1 / Q5 Looked after", 5, 71],
  ["Q2 / Q6 Went missing at least once", 15, pointer],
  ["Q4 / Q8 Not found", 1, 1],
];

describe("a cell that sends one group's question to another group's column", () => {
  it("takes the figure there as both groups' and flags both measures", async () => {
    const r = await run("Kent.xlsx", await buildXlsx([{ name: "Response", rows: table("see Trafficked") }]));
    const measures = r.facts.filter((f) => f.status === "reported").map((f) => f.measure);
    expect(measures).not.toContain("trafficked_went_missing");
    expect(measures).toEqual(expect.arrayContaining(["trafficked_looked_after", "uasc_looked_after"]));
    const flagged = r.issues.filter((i) => i.code === "label_ambiguous").map((i) => i.measure);
    expect(flagged.sort()).toEqual(["trafficked_went_missing", "uasc_went_missing"]);
  });

  it("leaves a pointer to a note alone", async () => {
    const r = await run("Kent.xlsx", await buildXlsx([{ name: "Response", rows: table("see note 2") }]));
    expect(r.facts.find((f) => f.measure === "trafficked_went_missing")?.value).toBe(15);
    expect(r.issues.filter((i) => i.code === "label_ambiguous")).toEqual([]);
  });
});
