import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { loadXlsx } from "../../src/read/loadXlsx.js";

/**
 * loadXlsx re-does exceljs 4.4.0's `xlsx.load` with node:zlib in place of
 * JSZip. It is only right while exceljs builds the same model from it, so
 * these tests compare the two loaders' models on workbooks built here and
 * on every xlsx fixture.
 */
const FIXTURES = fileURLToPath(new URL("../../fixtures/returns/", import.meta.url));

async function writeXlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function loadBoth(bytes: Uint8Array): Promise<{ ours: unknown; theirs: unknown }> {
  const ours = await loadXlsx(new ExcelJS.Workbook(), bytes);
  const theirs = await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as never);
  return { ours: ours.model, theirs: theirs.model };
}

const built: [string, (wb: ExcelJS.Workbook) => void][] = [
  [
    "shared strings, numbers, a merge and a date",
    (wb) => {
      const ws = wb.addWorksheet("FOI 2015");
      ws.getCell("A1").value = "Surrey CC – FOI response";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = "Went missing";
      ws.getCell("B2").value = 12;
      ws.getCell("C2").value = new Date(Date.UTC(2015, 2, 31));
    },
  ],
  [
    "rich text, a hyperlink, a formula with its result, and an error",
    (wb) => {
      const ws = wb.addWorksheet("Answers");
      ws.getCell("A1").value = { richText: [{ text: "Missing " }, { font: { bold: true }, text: "children" }] };
      ws.getCell("A2").value = { text: "gov.uk", hyperlink: "https://www.gov.uk" };
      ws.getCell("B1").value = { formula: "1+2", result: 3 };
      ws.getCell("B2").value = { error: "#N/A" };
    },
  ],
  [
    "a hidden sheet beside a visible one, and a note",
    (wb) => {
      wb.addWorksheet("Lookup", { state: "hidden" }).getCell("A1").value = "workings";
      const ws = wb.addWorksheet("Return");
      ws.getCell("A1").value = "Total";
      ws.getCell("A1").note = "checked by the FOI team";
      ws.getCell("B1").value = 40;
    },
  ],
  [
    "text longer than one 16 K chunk, with characters outside the BMP",
    (wb) => {
      wb.addWorksheet("Long").getCell("A1").value = `${"a".repeat(16 * 1024 - 1)}😀${"é".repeat(20_000)}`;
    },
  ],
];

describe("loadXlsx", () => {
  it.each(built)("builds the model exceljs's own load builds: %s", async (_name, build) => {
    const { ours, theirs } = await loadBoth(await writeXlsx(build));
    expect(ours).toEqual(theirs);
  });

  const fixtures = readdirSync(FIXTURES).filter((name) => name.toLowerCase().endsWith(".xlsx"));

  it("has xlsx fixtures to compare", () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  it.each(fixtures)("builds the same model as exceljs for fixture %s", async (name) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    const ours = await loadXlsx(new ExcelJS.Workbook(), bytes).then(
      (wb) => ({ model: wb.model as unknown }),
      (err: Error) => ({ error: err.message }),
    );
    const theirs = await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as never).then(
      (wb) => ({ model: wb.model as unknown }),
      (err: Error) => ({ error: err.message }),
    );
    expect(ours).toEqual(theirs);
  });

  it("does not go through exceljs's own load for a sound workbook", async () => {
    const excel = new ExcelJS.Workbook();
    const own = vi.spyOn(excel.xlsx, "load");
    await loadXlsx(
      excel,
      await writeXlsx((wb) => {
        wb.addWorksheet("S").getCell("A1").value = 1;
      }),
    );
    expect(own).not.toHaveBeenCalled();
    expect(excel.worksheets[0]?.getCell("A1").value).toBe(1);
  });

  it.each([
    ["cut short", (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ["not a zip at all", () => new TextEncoder().encode("Authority,Missing\nSurrey,4\n")],
  ])("leaves a workbook that is %s to exceljs, so it fails in exceljs's words", async (_name, damage) => {
    const bytes = damage(
      await writeXlsx((wb) => {
        wb.addWorksheet("S").getCell("A1").value = "x".repeat(5000);
      }),
    );
    const theirs = await new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as never).catch((err: Error) => err);
    const ours = await loadXlsx(new ExcelJS.Workbook(), bytes).catch((err: Error) => err);
    expect(theirs).toBeInstanceOf(Error);
    expect((ours as Error).message).toBe((theirs as Error).message);
  });
});
