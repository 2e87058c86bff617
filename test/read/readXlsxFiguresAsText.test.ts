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

  // A sheet whose figures are all typed as plain text ("12", no spaces): a sheet someone pasted as text, where
  // Excel's own sums skip every figure. A few text numbers among real ones (a "2019" heading, a stray "0") are not.
  const sheetWith = async (cells: (string | number)[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2019");
    cells.forEach((value, i) => {
      ws.getCell(`A${i + 1}`).value = `Q${i + 1}`;
      ws.getCell(`B${i + 1}`).value = value;
    });
    return (await readXlsx("Anytown.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()))).issues.filter(
      (i) => i.code === "value_stored_as_text",
    );
  };

  it.each<[string, (string | number)[], number]>([
    ["every figure typed as text", ["2019", "12", "3", "0", "41"], 1],
    ["most figures typed as text", ["12", "3", 5, "41"], 1],
    ["figures stored as numbers under a year typed as text", ["2019", 12, 3, 0, 41], 0],
    ["one text figure among numbers", [12, "3", 5, 41], 0],
    ["codes with leading zeros in a lookup sheet", ["01", "02", "03", "04"], 0],
  ])("%s", async (_what, cells, flagged) => {
    const typed = await sheetWith(cells);
    expect(typed).toHaveLength(flagged);
    if (flagged) expect(typed[0]?.message).toMatch(/figures are typed as text/);
  });
});
