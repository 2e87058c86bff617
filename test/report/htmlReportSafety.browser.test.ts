import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { WORKBOOK_SHEETS } from "../../src/write/renderWorkbook.js";
import { need, openReport, tryLaunchChromium } from "../support/browser.js";

/**
 * A return written to attack whoever opens the report or the workbook:
 * script and image tags, a javascript: link and spreadsheet formulas, in
 * its file name, its labels and its answers. Nothing may run, load or
 * become a formula; all of it must still be shown, as text.
 */
const SCRIPT = "<script>window.__pwned=1;alert(1)</script>";
const LINK = "[click](javascript:alert(2))";
const IMAGE = '<img src=x onerror="window.__pwned=3;alert(3)">';
const FORMULA = '=HYPERLINK("http://evil.example/","click")';
const HOSTILE_NAME = "Lewisham <svg onload=alert(4)>.csv";

let scratch: string;
let out: string;
let browser: Browser | Error;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-hostile-"));
  const returns = join(scratch, "returns");
  out = join(scratch, "out");
  await mkdir(returns);
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  await writeFile(
    join(returns, HOSTILE_NAME),
    [
      "London Borough of Lewisham - Freedom of Information response",
      "Period: 1 October 2014 to 30 September 2015",
      "",
      "Question,Answer",
      `Number of looked after children identified or suspected as trafficked,${quote(SCRIPT)}`,
      `Number of those trafficked children who went missing,${quote(LINK)}`,
      `Number of missing episodes of trafficked children,${quote(FORMULA)}`,
      `${quote(`${IMAGE} unaccompanied asylum seeking children looked after`)},12`,
      `Number of unaccompanied asylum seeking children who went missing,${quote("+cmd|' /C calc'!A0")}`,
      `Number of missing episodes of unaccompanied children,${quote("@SUM(1+1)*cmd|' /C calc'!A0")}`,
      "",
    ].join("\n"),
  );
  await writeFile(join(returns, `${IMAGE}.csv`), `Question,Answer\n${quote(SCRIPT)},1\n`);
  await runIngest({ folder: returns, out, strict: false, jobs: 1 });
  browser = await tryLaunchChromium();
});

afterAll(async () => {
  if (!(browser instanceof Error)) await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("a hostile return", () => {
  it("runs, loads and opens nothing in report.html, overview or drill-down", async () => {
    for (const hash of ["", "#c-E09000023"]) {
      const { page, log } = await openReport(need(browser), join(out, "report.html"), hash);
      expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(log).toEqual({ console: [], errors: [], requests: [], dialogs: [] });
      await page.close();
    }
  });

  it("is still shown, as text", async () => {
    const { page } = await openReport(need(browser), join(out, "report.html"), "#c-E09000023");
    const text = (await page.textContent("#council")) ?? "";
    expect(text).toContain(SCRIPT);
    expect(text).toContain(LINK);
    expect(text).toContain(HOSTILE_NAME);
    // No element but the page's own came from the return.
    expect(
      await page.$$eval("#council script, #council img, #council svg, #council a[href^='javascript']", (e) => e.length),
    ).toBe(0);
    // The file that named no authority is listed, name and all.
    expect(await page.textContent("#unassigned")).toContain(`${IMAGE}.csv`);
    await page.close();
  });

  it("becomes string cells in foi-agg.xlsx, never formulas", async () => {
    const bytes = await readFile(join(out, "foi-agg.xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...WORKBOOK_SHEETS]);
    const texts: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      );
    }
    for (const hostile of [SCRIPT, LINK, FORMULA, "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"]) {
      expect(texts).toContain(hostile);
    }
    // The file itself holds no formula element at all.
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((name) => name.startsWith("xl/worksheets/sheet"));
    expect(sheets).toHaveLength(WORKBOOK_SHEETS.length);
    for (const name of sheets) expect(await zip.file(name)?.async("string")).not.toMatch(/<f[\s>]/);
  });
});
