import { describe, expect, it } from "vitest";
import { summariseAreas } from "../../src/aggregate/summariseAreas.js";
import { loadHexLayout } from "../../src/knowledge/hexLayout.js";
import { renderHtmlReport } from "../../src/report/html/renderHtmlReport.js";
import { buildReturn, cell, ingestOf, knowledge, reported } from "./build-returns.js";

/**
 * A measure the request declares an average has no national total: the
 * report's tables give the spread of the councils' figures and say it is
 * not added up, and no chart of totals is drawn for it.
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
const html = renderHtmlReport({
  result,
  knowledge: averaged,
  summaries: summariseAreas(result.returns, averaged),
  hexLayout: loadHexLayout(),
});

describe("the report with an average", () => {
  it("shows the UK's spread of an average, never a total", () => {
    const cellHtml =
      /<td class="num spread" data-area="K02000001" data-measure="uasc_looked_after"[^>]*>(.*?)<\/td>/u.exec(html)?.[1];
    expect(cellHtml).toContain("median 18.7 (lowest 17.4, highest 20; 2 councils)");
    expect(cellHtml).toContain("not added up");
    expect(html).not.toContain('data-area="K02000001" data-measure="uasc_looked_after" data-lower');
  });

  it("draws no chart of totals for it", () => {
    expect(html).toMatch(/uasc_looked_after[\s\S]*?is an average or a percentage: it is never added up/u);
  });
});
