import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge();

/**
 * A sheet named "Missing episodes" whose rows name only their group ("UASC | 2 | 1 | …" by month): the
 * name's words read as two metrics (went missing, and its episodes), and episodes refine "missing", as
 * they do in a label. The sheet counts missing episodes, so its rows are not the looked-after children's
 * count that a group-only row is otherwise taken for.
 */
async function read(sheetName: string) {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet("Summary");
  summary.addRow(["Example Borough Council"]);
  summary.addRow(["1", "Looked after children identified or suspected as trafficked", 8]);
  summary.addRow(["5", "How many UASC were looked after", 36]);
  const episodes = wb.addWorksheet(sheetName);
  episodes.addRow(["Group", "Oct-14", "Nov-14"]);
  episodes.addRow(["Trafficked", 1, 2]);
  episodes.addRow(["UASC", 2, 1]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const r = await processFile({ file: "Example response.xlsx", bytes, manifestCode: "E09000032" }, knowledge);
  return r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.status} ${f.value}`);
}

describe("a sheet named for a metric that refines another", () => {
  it.each(["Missing episodes", "Missing incidents"])("%s gives its rows the episodes count", async (name) => {
    const facts = await read(name);
    expect(facts).toContain("trafficked_looked_after reported 8");
    expect(facts).toContain("uasc_looked_after reported 36");
    expect(facts.filter((f) => f.startsWith("uasc_missing_incidents "))).toEqual(["uasc_missing_incidents derived 3"]);
  });
});
