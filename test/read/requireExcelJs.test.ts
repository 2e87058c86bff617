import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * read/requireExcelJs.ts puts a stand-in for exceljs's csv module in the
 * module cache, so loading the workbook does not load fast-csv. Each case
 * runs in a fresh Node process (the module cache is per process), against
 * the built module from the global setup's build.
 */
const MODULE = fileURLToPath(new URL("../../dist/read/requireExcelJs.js", import.meta.url));

function probe(first: "foi-agg" | "exceljs index"): {
  workbookLoaded: boolean;
  before: boolean;
  after: boolean;
  csv: string;
  same: boolean;
} {
  const script = `
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
${first === "exceljs index" ? 'require("exceljs");' : ""}
const { requireWorkbook } = await import(${JSON.stringify(MODULE)});
const fastCsvLoaded = () => Object.keys(require.cache).some((k) => k.includes("fast-csv"));
const workbookLoaded = Object.keys(require.cache).some((k) => k.endsWith("exceljs/lib/doc/workbook.js"));
const ExcelWorkbook = requireWorkbook();
const before = fastCsvLoaded();
const workbook = new ExcelWorkbook();
workbook.addWorksheet("s").addRow([1, "a,b", "c\\"d"]);
const csv = (await workbook.csv.writeBuffer()).toString();
process.stdout.write(JSON.stringify({ workbookLoaded, before, after: fastCsvLoaded(), csv, same: workbook.csv === workbook.csv }));
`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe("exceljs's csv module is loaded on first use", () => {
  it.each([
    ["foi-agg", false],
    ["exceljs index", true],
  ] as const)("loaded first: %s; fast-csv loaded with the workbook: %s", (first, loadedWithWorkbook) => {
    const { workbookLoaded, before, after, csv, same } = probe(first);
    // Importing the module loads no workbook: a folder with no spreadsheet never loads exceljs.
    expect(workbookLoaded).toBe(first === "exceljs index");
    expect(before).toBe(loadedWithWorkbook);
    // workbook.csv is exceljs's own either way: it loads fast-csv and writes the same text.
    expect(after).toBe(true);
    expect(csv).toBe('1,"a,b","c""d"');
    expect(same).toBe(true);
  });
});
