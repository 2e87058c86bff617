import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { WORKBOOK_SHEETS } from "../../src/write/renderWorkbook.js";
import { need, openReport, type PageLog, tryLaunchChromium } from "../support/browser.js";

/**
 * The fixture round's report.html in a real Chromium with the network
 * blocked: one ingest and one browser for the whole file.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = join(ROOT, "fixtures", "returns");
const EXPECTED = join(ROOT, "fixtures", "expected", "heading-back-to-harm.json");

let scratch: string;
let out: string;
let report: string;
let browser: Browser | Error;
let opened: { page: Page; log: PageLog } | Error;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-report-"));
  out = join(scratch, "out");
  await runIngest({ folder: FIXTURES, out, strict: false, expected: EXPECTED });
  report = join(out, "report.html");
  browser = await tryLaunchChromium();
  opened = browser instanceof Error ? browser : await openReport(browser, report);
});

afterAll(async () => {
  if (!(browser instanceof Error)) await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The open report page; fails the test (never skips it) when Chromium is missing. */
const page = new Proxy({} as Page, { get: (_, key) => Reflect.get(need(opened).page, key, need(opened).page) });
const log = new Proxy({} as PageLog, { get: (_, key) => Reflect.get(need(opened).log, key) });

const csv = async (name: string) =>
  parse(await readFile(join(out, name), "utf8"), { columns: true }) as Record<string, string>[];

describe("report.html on the fixture round", () => {
  it("is one file under 3 MB that loads with no console message, no error and no request", async () => {
    expect((await stat(report)).size).toBeLessThan(3 * 1024 * 1024);
    expect(log.requests).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.console).toEqual([]);
    expect(log.dialogs).toEqual([]);
  });

  it("shows the UK figures of summary-national.csv, with bounds where suppression leaves a range", async () => {
    const uk = (await csv("summary-national.csv")).filter((r) => r.area_code === "K02000001");
    expect(uk.length).toBeGreaterThan(0);
    const shown = await page.$$eval("#uk-figures td[data-measure]", (cells) =>
      cells.map((c) => ({
        measure: c.getAttribute("data-measure"),
        lower: c.getAttribute("data-lower"),
        upper: c.getAttribute("data-upper"),
        text: c.querySelector(".fig")?.textContent ?? "",
      })),
    );
    expect(shown.map((s) => s.measure)).toEqual(uk.map((r) => r.measure));
    for (const row of uk) {
      const cell = shown.find((s) => s.measure === row.measure);
      expect([cell?.lower, cell?.upper]).toEqual([row.lower, row.upper]);
      const lower = Number(row.lower).toLocaleString("en-GB");
      const upper = Number(row.upper).toLocaleString("en-GB");
      // A range is shown as a range, never as the exact part alone.
      expect(cell?.text).toBe(row.lower === row.upper ? lower : `${lower}–${upper}`);
    }
    expect(uk.some((r) => r.lower !== r.upper)).toBe(true);
  });

  it("shows the published figures beside the computed ones", async () => {
    const rows = await page.$$eval("#published-figures tbody tr", (trs) => trs.length);
    const expected = JSON.parse(await readFile(EXPECTED, "utf8")) as { figures: unknown[] };
    expect(rows).toBe(expected.figures.length);
  });

  it("has one council row and one map tile per authority", async () => {
    const authorities = (await csv("authorities.csv")).map((r) => r.authority_code).sort();
    expect(authorities).toHaveLength(217);
    const rows = await page.$$eval("#council-table tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-code")));
    const tiles = await page.$$eval("#hexmap a.tile", (as) => as.map((a) => a.getAttribute("data-code")));
    expect([...rows].sort()).toEqual(authorities);
    expect([...tiles].sort()).toEqual(authorities);
  });

  it("sorts the council table by a measure and by name", async () => {
    const measure = "uasc_looked_after";
    await page.click(`#council-table thead button[data-key="m:${measure}"]`);
    const keys = await page.$$eval("#council-table thead button", (bs) => bs.map((b) => b.getAttribute("data-key")));
    const col = keys.indexOf(`m:${measure}`);
    expect(col).toBeGreaterThan(0);
    const lows = await page.$$eval(
      "#council-table tbody tr",
      (trs, c) => trs.map((tr) => tr.children[c]?.getAttribute("data-lo") ?? ""),
      col,
    );
    const figures = lows.filter((l) => l !== "").map(Number);
    // Largest first, authorities without a figure last.
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    expect(lows.slice(figures.length).every((l) => l === "")).toBe(true);
    await page.click('#council-table thead button[data-key="name"]');
    const names = await page.$$eval("#council-table tbody tr", (trs) =>
      trs.map((tr) => tr.getAttribute("data-name") ?? ""),
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("filters the council table by name, region, status and measure", async () => {
    const visible = () =>
      page.$$eval("#council-table tbody tr:not([hidden])", (trs) => trs.map((tr) => tr.getAttribute("data-name")));
    await page.fill("#f-name", "lewis");
    expect(await visible()).toEqual(["Lewisham"]);
    await page.fill("#f-name", "");
    await page.selectOption("#f-region", "Wales");
    const welsh = (await csv("authorities.csv")).filter((r) => r.region_name === "Wales");
    expect(await visible()).toHaveLength(welsh.length);
    await page.selectOption("#f-region", "");
    await page.selectOption("#f-status", "not_held");
    const notHeld = (await csv("authorities.csv")).filter((r) => r.return_status === "not_held");
    expect(await visible()).toHaveLength(notHeld.length);
    await page.selectOption("#f-status", "");
    await page.selectOption("#f-measure", "uasc_looked_after");
    await page.selectOption("#f-measure-is", "bounded");
    const bounded = (await csv("values.csv")).filter(
      (r) => r.measure === "uasc_looked_after" && r.status === "suppressed",
    );
    expect(await visible()).toHaveLength(bounded.length);
    expect(await page.textContent("#council-count")).toBe(`${bounded.length} of 217 authorities shown`);
    await page.selectOption("#f-measure", "");
    expect(await visible()).toHaveLength(217);
  });

  it("shows an authority's figures when a map tile has focus, and colours tiles by a measure", async () => {
    await page.focus('#hexmap a.tile[data-code="E09000023"]');
    expect(await page.isVisible("#tip")).toBe(true);
    expect(await page.textContent("#tip h4")).toBe("Lewisham");
    await page.selectOption("#map-measure", "uasc_looked_after");
    const classes = await page.$$eval("#hexmap .hex", (hexes) => hexes.map((h) => h.getAttribute("class") ?? ""));
    expect(classes.every((c) => /\bm(?:[0-4]|range|none)\b/.test(c))).toBe(true);
    const suppressed = (await csv("values.csv")).filter(
      (r) => r.measure === "uasc_looked_after" && r.status === "suppressed",
    );
    // A suppressed figure is drawn as a range, never binned as a number.
    expect(classes.filter((c) => c.includes("mrange"))).toHaveLength(suppressed.length);
  });

  it("drills down to a council and shows the source cell of each figure", async () => {
    const values = (await csv("values.csv")).filter((r) => r.authority_name === "Lewisham" && r.source !== "");
    expect(values.length).toBeGreaterThan(0);
    await page.click('#council-table a[href="#c-E09000023"]');
    await page.waitForSelector("#council:not([hidden]) h2");
    expect(await page.textContent("#council h2")).toBe("Lewisham");
    expect(await page.isVisible("#councils")).toBe(false);
    const row = values[0] as Record<string, string>;
    const where = await page.textContent(`#council tr[data-measure="${row.measure}"] td.source`);
    // values.csv says file:row:column for a csv; the page says it in words.
    const [, r, c] = /:(\d+):(\d+)$/.exec(row.source ?? "") ?? [];
    expect(where).toContain(`row ${r}, column ${String.fromCharCode(64 + Number(c))}`);
    await page.click("#council .back a");
    // The page changes on the hash change, after the click returns: wait for it (a bounded wait, then the check).
    await page.waitForSelector("#councils", { state: "visible", timeout: 10_000 }).catch(() => undefined);
    expect(await page.isVisible("#councils")).toBe(true);
  });

  it("takes a screenshot a reader can look at", async () => {
    await page.goto(`file://${report}#national`);
    const shot = join(scratch, "report.png");
    await page.screenshot({ path: shot });
    expect((await stat(shot)).size).toBeGreaterThan(10_000);
  });

  it("writes foi-agg.xlsx beside it, with every sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, "foi-agg.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...WORKBOOK_SHEETS]);
    expect(workbook.getWorksheet("Authorities")?.rowCount).toBe(218);
    expect(existsSync(join(out, "report.html"))).toBe(true);
  });
});
