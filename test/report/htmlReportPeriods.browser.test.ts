import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summariseAreas } from "../../src/aggregate/summariseAreas.js";
import { loadHexLayout } from "../../src/knowledge/hexLayout.js";
import { renderHtmlReport } from "../../src/report/html/renderHtmlReport.js";
import { need, openReport, type PageLog, tryLaunchChromium } from "../support/browser.js";
import { knowledge } from "./build-returns.js";
import { fixtureIngest } from "./fixture-ingest.js";

/**
 * report.html for a round of two periods, built in memory from the report
 * fixtures: Lewisham answered for 2019 and held nothing for 2020. Its
 * drill-down must show both years, each with its own figures and status.
 */
const twoYears = {
  ...knowledge,
  request: {
    ...knowledge.request,
    periods: [
      { id: "2019", start: "2019-01-01", end: "2019-12-31", label: "1 January to 31 December 2019" },
      { id: "2020", start: "2020-01-01", end: "2020-12-31", label: "1 January to 31 December 2020" },
    ],
  },
};
const first = fixtureIngest();
const second = fixtureIngest().returns.map((r) =>
  r.authority.gss_code === "E09000023"
    ? {
        ...r,
        status: "not_held" as const,
        values: r.values.map((v) => ({ ...v, status: "not_held" as const, value: null, lower: null, upper: null })),
      }
    : r,
);
const result = {
  ...first,
  periods: [
    { period: "2019", returns: first.returns },
    { period: "2020", returns: second },
  ],
};

let scratch: string;
let browser: Browser | Error;
let opened: { page: Page; log: PageLog } | Error;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-periods-"));
  const file = join(scratch, "report.html");
  const html = renderHtmlReport({
    result,
    knowledge: twoYears,
    summaries: summariseAreas(result.returns, twoYears),
    hexLayout: loadHexLayout(),
  });
  await writeFile(file, html);
  browser = await tryLaunchChromium();
  opened = browser instanceof Error ? browser : await openReport(browser, file);
});

afterAll(async () => {
  if (!(browser instanceof Error)) await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("report.html for a round of several periods", () => {
  it("draws the national tables for each period, and says the map and council table are the first period's", async () => {
    const { page } = need(opened);
    expect(await page.textContent("#national .period-note")).toContain(
      "The map and the council table show 1 January to 31 December 2019, the first;",
    );
    expect(await page.textContent("#uk-figures-2020 caption")).toBe("United Kingdom, 1 January to 31 December 2020");
  });

  it("shows a council's figures period by period, each with its own return status", async () => {
    const { page, log } = need(opened);
    await page.click('#council-table a[href="#c-E09000023"]');
    await page.waitForSelector("#council:not([hidden]) h2");
    const headings = await page.$$eval("#council h3", (hs) => hs.map((h) => h.textContent));
    expect(headings.filter((h) => h?.startsWith("Figures"))).toEqual([
      "Figures: 1 January to 31 December 2019",
      "Figures: 1 January to 31 December 2020",
    ]);
    const statuses = await page.$$eval("#council table.figures", (tables) =>
      tables.map((t) => t.querySelector('tr[data-measure="uasc_went_missing"] td:nth-of-type(2)')?.textContent ?? ""),
    );
    expect(statuses).toEqual(["suppressed", "not held"]);
    expect(await page.textContent("#council")).toContain("Return for this period: not held");
    expect(log.errors).toEqual([]);
  });
});
