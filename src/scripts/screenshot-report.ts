import { resolve } from "node:path";
import { launchSystemChromium, openOffline } from "./benchReport.js";

/**
 * `node dist/scripts/screenshot-report.js [report.html] [out.png]`: the
 * picture of the report in the README (fixtures/report-screenshot.png),
 * taken offline in headless Chromium, top of the page.
 */
async function screenshotMain(): Promise<void> {
  const file = resolve(process.argv[2] ?? "out/report.html");
  const png = resolve(process.argv[3] ?? "fixtures/report-screenshot.png");
  const browser = await launchSystemChromium();
  if (!browser) throw new Error("Chromium is not installed: apt-get install chromium");
  try {
    const { page } = await openOffline(browser, file, 1280);
    await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 1280, height: 900 } });
    process.stdout.write(`wrote ${png}\n`);
  } finally {
    await browser.close();
  }
}

screenshotMain().catch((err: unknown) => {
  process.stderr.write(`screenshot: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
