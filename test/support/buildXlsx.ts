import ExcelJS from "exceljs";

export type CellSpec = string | number | null | { formula: string; result: number } | undefined;

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  hidden?: boolean;
}

/** Build an xlsx in memory so layout tests show the workbook they read. */
export async function buildXlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date("2015-10-15T00:00:00Z");
  wb.modified = new Date("2015-10-15T00:00:00Z");
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: "hidden" } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      });
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A csv as a spreadsheet saves one: a cell holding the delimiter, a quote or a line break is quoted. */
export function csv(rows: (string | number)[][], delimiter = ","): Uint8Array {
  const quote = (cell: string | number) => {
    const t = String(cell);
    return t.includes(delimiter) || /["\r\n]/u.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
  };
  return new TextEncoder().encode(`${rows.map((r) => r.map(quote).join(delimiter)).join("\n")}\n`);
}

export function text(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
