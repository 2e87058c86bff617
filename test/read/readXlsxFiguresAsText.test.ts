import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/read/readXlsx.js";

describe("readXlsx: figures typed as text with spaces", () => {
  it("reads '106 ' as shown and says so once per sheet (info), with the first cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Response");
    ws.getCell("A1").value = "Q5 UASC looked after";
    ws.getCell("B1").value = "106 ";
    ws.getCell("A2").value = "Q6 UASC who went missing";
    ws.getCell("B2").value = " 13";
    ws.getCell("A3").value = "Q7 Missing episodes";
    ws.getCell("B3").value = 47;
    ws.getCell("A4").value = "Q8 Still missing";
    ws.getCell("B4").value = "0";
    const { workbook, issues } = await readXlsx("Anytown.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(workbook?.sheets[0]?.rows.map((r) => r[1])).toEqual(["106 ", " 13", "47", "0"]);
    const typed = issues.filter((i) => i.code === "value_stored_as_text");
    expect(typed).toHaveLength(1);
    expect(typed[0]?.severity).toBe("info");
    expect(typed[0]?.cell).toBe("B1");
    expect(typed[0]?.message).toContain("2 figures");
  });
});
