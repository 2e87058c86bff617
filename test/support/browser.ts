import type { Browser, Page } from "playwright-core";
import { CHROMIUM, launchSystemChromium } from "../../src/scripts/benchReport.js";

/**
 * The system Chromium, never a downloaded one. A missing browser fails the
 * test with what to do, rather than skipping it: a skipped browser test
 * would let the report break unseen.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await launchSystemChromium();
  if (!browser) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The report's browser tests need it: install it with "apt-get install chromium" (or set FOI_AGG_CHROMIUM to a Chromium binary).`,
    );
  }
  return browser;
}

/**
 * For beforeAll: the browser, or why there is none. Each test then calls
 * `need` and fails with that reason, so a missing Chromium shows as failed
 * tests (never as skipped ones, which a failing beforeAll would give).
 */
export async function tryLaunchChromium(): Promise<Browser | Error> {
  return launchChromium().catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
}

export function need<T>(value: T | Error | undefined): T {
  if (value instanceof Error) throw value;
  if (value === undefined) throw new Error("the browser was not started (see the first failure)");
  return value;
}

/** What a page did while it was open: console messages, page errors, requests, dialogs. */
export interface PageLog {
  console: string[];
  errors: string[];
  /** Every request other than the report file itself; each one was refused. */
  requests: string[];
  dialogs: string[];
}

/**
 * Open a report file with the network blocked: every request except the
 * file itself is aborted and recorded, so a test can require that none was
 * made at all.
 */
export async function openReport(browser: Browser, file: string, hash = ""): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const log: PageLog = { console: [], errors: [], requests: [], dialogs: [] };
  const url = `file://${file}`;
  page.on("console", (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested.split("#")[0] === url) return route.continue();
    log.requests.push(requested);
    return route.abort();
  });
  await page.goto(url + hash);
  await page.waitForSelector("html[data-ready]");
  return { page, log };
}
