import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { shareCellStyles } from "../../src/write/renderWorkbook.js";

type Cell = string | number | null;

/** A workbook shaped like foi-agg.xlsx's sheets: a bold header, a thousands column, text and blanks. */
function buildWorkbook(rows: Cell[][]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const ws = workbook.addWorksheet("Figures");
  ws.columns = [{ width: 20 }, { width: 10, style: { numFmt: "#,##0" } }, { width: 30 }];
  ws.getRow(1).values = ["area", "total", "note"];
  ws.getRow(1).font = { bold: true };
  rows.forEach((cells, i) => {
    ws.getRow(i + 2).values = cells;
  });
  const readme = workbook.addWorksheet("README");
  readme.getRow(1).values = ["About"];
  readme.getRow(1).font = { bold: true, size: 14 };
  readme.getRow(2).values = ["text", 3];
  return workbook;
}

/** Every part of the written workbook, as text. */
async function partsOf(workbook: ExcelJS.Workbook): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) parts[name] = (await zip.file(name)?.async("string")) ?? "";
  return parts;
}

describe("shareCellStyles", () => {
  it.each<[string, Cell[][]]>([
    [
      "numbers and text",
      [
        ["Kent", 1200, "exact"],
        ["Surrey", 7, "suppressed"],
      ],
    ],
    [
      "text where a number is formatted",
      [
        ["Kent", "1–4", null],
        ["Surrey", 3, ""],
      ],
    ],
    [
      "numbers in a text column and blanks",
      [
        ["Kent", null, 5],
        [null, 12_345, "x"],
        ["Surrey", 0, 0],
      ],
    ],
  ])("%s: the workbook's parts are the same with styles shared", async (_what, rows) => {
    const shared = buildWorkbook(rows);
    shareCellStyles(shared);
    expect(await partsOf(shared)).toEqual(await partsOf(buildWorkbook(rows)));
  });

  it("gives cells of one type and style one object, and cells that differ their own", () => {
    const workbook = buildWorkbook([
      ["Kent", 1, "a"],
      ["Surrey", 2, "b"],
    ]);
    shareCellStyles(workbook);
    const ws = workbook.getWorksheet("Figures") as ExcelJS.Worksheet;
    const style = (row: number, col: number) => ws.getRow(row).getCell(col).style;
    expect(style(2, 2)).toBe(style(3, 2)); // numbers in the thousands column
    expect(style(2, 1)).toBe(style(3, 3)); // plain text
    expect(style(1, 1)).not.toBe(style(2, 1)); // bold header against plain text
    expect(style(2, 2)).not.toBe(style(2, 1)); // formatted number against text
  });
});
