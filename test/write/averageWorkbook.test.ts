import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderWorkbook } from "../../src/write/renderWorkbook.js";
import { buildReturn, cell, ingestOf, knowledge, reported } from "../report/build-returns.js";

/**
 * A measure the request declares an average: the workbook shows 17.4, never
 * "17" through the whole-number format of counts, and its summary rows give
 * no total but the spread of the councils' figures.
 */
const averaged = {
  ...knowledge,
  request: {
    ...knowledge.request,
    metrics: knowledge.request.metrics.map((m) => (m.id === "looked_after" ? { ...m, kind: "average" as const } : m)),
  },
};
const result = ingestOf([
  buildReturn("E06000001", { values: [reported("uasc_looked_after", 17.4, cell("Hartlepool.csv", 2, 2))] }),
  buildReturn("E06000002", { values: [reported("uasc_looked_after", 20, cell("Middlesbrough.csv", 2, 2))] }),
]);
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderWorkbook(result, averaged)) as unknown as ArrayBuffer);
});

/** The cells of the first row whose cells include `text`, as [value, number format]. */
function rowWith(sheet: string, ...texts: string[]): [ExcelJS.CellValue, string][] {
  const ws = workbook.getWorksheet(sheet);
  let found: [ExcelJS.CellValue, string][] = [];
  ws?.eachRow((row) => {
    const cells: [ExcelJS.CellValue, string][] = [];
    row.eachCell((c) => {
      cells.push([c.value, c.numFmt ?? ""]);
    });
    if (found.length === 0 && texts.every((t) => cells.some(([v]) => v === t))) found = cells;
  });
  return found;
}

describe("foi-agg.xlsx with an average", () => {
  it("keeps an average's decimals out of the count format", () => {
    const row = rowWith("Values", "Hartlepool", "uasc_looked_after");
    expect(row.filter(([v]) => v === 17.4).map(([, fmt]) => fmt)).not.toContain("#,##0");
    expect(row.some(([v]) => v === 17.4)).toBe(true);
  });

  it("gives the UK row of an average the councils' spread, never a total", () => {
    const row = rowWith("UK and nations", "United Kingdom", "uasc_looked_after");
    expect(row.map(([v]) => v)).toContain("median 18.7 (lowest 17.4, highest 20; 2 councils)");
  });
});
