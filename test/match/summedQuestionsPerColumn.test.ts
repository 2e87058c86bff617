import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/**
 * Round 90 (Rochdale): a row "Total looked after (1a+1b / 1c)" across the
 * columns "Trafficked / modern slavery | UASC" numbers each column's
 * question. The sum of 1a and 1b is the trafficked column's; the UASC
 * column's figure is 1c. Both were read as the trafficked total, in conflict,
 * and 1c was lost.
 */
describe("a row naming a sum of two questions for one column and another question for the next", () => {
  it("reads the other column's figure by its heading", async () => {
    const csv = [
      "Question,Trafficked / modern slavery,UASC",
      "Identified (1a),4,",
      '"Suspected, not identified (1b)",11,',
      "Total looked after (1a+1b / 1c),15,35",
    ].join("\n");
    const r = await processFile(
      { file: "FOI 962 response.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E08000005" },
      k,
    );
    const got = Object.fromEntries(r.facts.map((f) => [f.measure, `${f.status} ${f.value ?? ""}`.trim()]));
    expect(got).toMatchObject({ trafficked_looked_after: "reported 15", uasc_looked_after: "reported 35" });
  });

  it("reads a group's figure by the banner merged over its year columns", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Response");
    ws.addRow(["", "Trafficked / modern slavery (Q1a-b, 2a, 3a)", "", "", "UASC / separated (Q1c, 2b, 3b)", "", ""]);
    ws.addRow(["", "2018", "2019", "2020", "2018", "2019", "2020"]);
    ws.addRow(["Identified (1a)", 9, 8, 7]);
    ws.addRow(["Suspected, not in 1a (1b)", 5, 5, 2]);
    ws.addRow(["Looked after in the year (1a+1b / 1c)", 14, 13, 9, 67, 51, 52]);
    ws.mergeCells("B1:D1");
    ws.mergeCells("E1:G1");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await processFile(
      { file: "FOI response.xlsx", bytes, manifestCode: "E09000010" },
      loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") }),
    );
    const got = r.facts
      .filter((f) => f.measure.endsWith("looked_after"))
      .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0]} ${f.status} ${f.value ?? ""}`.trim())
      .sort();
    expect(got).toEqual([
      "trafficked_looked_after 2018 reported 14",
      "trafficked_looked_after 2019 reported 13",
      "trafficked_looked_after 2020 reported 9",
      "uasc_looked_after 2018 reported 67",
      "uasc_looked_after 2019 reported 51",
      "uasc_looked_after 2020 reported 52",
    ]);
  });
});
