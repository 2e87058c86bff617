import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isPercentFormat, readXlsx } from "../../src/read/readXlsx.js";

describe("readXlsx: numbers under a percent format", () => {
  it("reads 0.104 formatted 0.0% as the 10.4% the sheet shows, and leaves other cells as stored", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("FOI");
    ws.getCell("A1").value = "Proportion with 3+ placements";
    ws.getCell("B1").value = 0.104;
    ws.getCell("B1").numFmt = "0.0%";
    ws.getCell("C1").value = { formula: "B1/2", result: 0.052 };
    ws.getCell("C1").numFmt = "0%";
    ws.getCell("D1").value = 0.104;
    ws.getCell("E1").value = "n/a";
    ws.getCell("E1").numFmt = "0%";
    // A "%" inside quoted text is a literal, not a percent format.
    ws.getCell("F1").value = 12;
    ws.getCell("F1").numFmt = '0" (%)"';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { workbook } = await readXlsx("Kirklees.xlsx", bytes);
    expect(workbook?.sheets[0]?.rows[0]).toEqual([
      "Proportion with 3+ placements",
      "10.4%",
      "5.2%",
      "0.104",
      "n/a",
      "12",
    ]);
  });

  it("tells a percent format from a literal or escaped %", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat("0%;[Red]-0%")).toBe(true);
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(isPercentFormat("0\\%")).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});
