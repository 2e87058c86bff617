import { describe, expect, it } from "vitest";
import type { IngestResult } from "../../src/domain/returns.js";
import { buildQualityReport } from "../../src/quality/buildQualityReport.js";
import { renderQualityReport } from "../../src/report/renderQualityReport.js";
import { renderCsvOutputs } from "../../src/write/renderCsvOutputs.js";
import { renderWorkbook } from "../../src/write/renderWorkbook.js";
import { tabulateOutputs } from "../../src/write/tabulateOutputs.js";
import { buildReturn, cell, ingestOf, knowledge, missing, reported, suppressed } from "../report/build-returns.js";
import { fixtureIngest } from "../report/fixture-ingest.js";

/**
 * The tables and the quality report are built once per run and handed to
 * every renderer. Frozen, a renderer that sorted or changed a shared row in
 * place would throw here (ES modules are strict), and one that read
 * something else than its own tables would write different bytes.
 */
function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freezeDeep(inner);
  }
  return value;
}

const withRefusalAndSuppression = (): IngestResult => {
  const base = fixtureIngest();
  return ingestOf(
    [
      ...base.returns,
      buildReturn("E08000025", { status: "refused", values: [{ ...missing("uasc_looked_after", "refused") }] }),
      buildReturn("E06000001", {
        values: [
          reported("uasc_looked_after", 3, cell("Hartlepool.csv", 2, 2)),
          suppressed("uasc_went_missing", "<5", cell("Hartlepool.csv", 3, 2)),
        ],
      }),
    ],
    { files: base.files, issues: base.issues },
  );
};

describe("outputs drawn from tables built once", () => {
  it.each([
    ["the report fixtures", fixtureIngest],
    ["with a refusal and a suppressed figure", withRefusalAndSuppression],
  ])("%s: CSVs, workbook and quality pages are the same from shared, frozen tables", async (_name, make) => {
    const result = make();
    const tables = freezeDeep(tabulateOutputs(result, knowledge));
    const report = freezeDeep(buildQualityReport(result, knowledge));
    expect(tables.values.length).toBeGreaterThan(0);
    expect(renderCsvOutputs(result, knowledge, tables)).toEqual(renderCsvOutputs(result, knowledge));
    expect(renderQualityReport(result, knowledge, report)).toEqual(renderQualityReport(result, knowledge));
    const shared = Buffer.from(await renderWorkbook(result, knowledge, tables));
    expect(shared.equals(Buffer.from(await renderWorkbook(result, knowledge)))).toBe(true);
  });
});
