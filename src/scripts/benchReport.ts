import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, as .ci/run installs it; FOI_AGG_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.FOI_AGG_CHROMIUM ?? "/usr/bin/chromium";

export async function launchSystemChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) return null;
  return chromium.launch({ executablePath: CHROMIUM });
}

/**
 * Open report.html with every request but the file itself refused, and
 * wait until the page script has run (it marks <html data-ready>). Returns
 * the requests that were refused, which should be none.
 */
export async function openOffline(
  browser: Browser,
  file: string,
  width = 1400,
): Promise<{ page: Page; refused: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const url = `file://${file}`;
  const refused: string[] = [];
  await page.route("**/*", (route) => {
    if (route.request().url().split("#")[0] === url) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  await page.waitForSelector("html[data-ready]");
  return { page, refused };
}

/**
 * The report's size and how long headless Chromium takes from asking for
 * the file to the page script having run (figures drawn, table sortable,
 * map live), in a fresh page each run. The goal is under 3 MB and 2 s.
 */
export async function benchReport(file: string, runs: number): Promise<string> {
  const size = (await stat(file)).size;
  const browser = await launchSystemChromium();
  if (!browser)
    return `report.html: ${(size / 1024 / 1024).toFixed(2)} MB; not opened: Chromium is not installed at ${CHROMIUM}\n`;
  try {
    const wall: number[] = [];
    const inPage: number[] = [];
    let refused: string[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const opened = await openOffline(browser, file);
      wall.push(performance.now() - started);
      // The page script runs at the end of the body, so DOMContentLoaded ends once it has run.
      inPage.push(
        (await opened.page.evaluate(
          "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
        )) as number,
      );
      refused = refused.concat(opened.refused);
      await opened.page.close();
    }
    const line = (what: string, ms: number[]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      const s = (n: number | undefined) => `${((n ?? 0) / 1000).toFixed(2)} s`;
      return `${what}, ${runs} runs: median ${s(sorted[Math.floor(sorted.length / 2)])}, min ${s(sorted[0])}, max ${s(sorted.at(-1))}`;
    };
    return [
      `report.html: ${(size / 1024 / 1024).toFixed(2)} MB (goal: under 3 MB)`,
      `${line("navigation start to interactive (page script run), in headless Chromium", inPage)} (goal: under 2 s)`,
      line("the same with opening a new tab and waiting for it", wall),
      `requests other than the file: ${refused.length}`,
      "",
    ].join("\n");
  } finally {
    await browser.close();
  }
}
