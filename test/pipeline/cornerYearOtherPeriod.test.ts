import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/**
 * "2015 | Identified | Suspected" over "Children in care | 4 | 9": the year in the table's corner is the
 * table's period, as a "Year: 2015" line over it would be. Where it is not a requested year, the figures
 * are another year's: the year is stated as the file's period, so they do not stand as the requested year's
 * with no more than "period not stated".
 */
describe("a corner year that is not a requested period", () => {
  it("flags the table's figures as another period's", async () => {
    const bytes = await buildXlsx([
      {
        name: "Sheet1",
        rows: [
          ["2015", "Identified", "Suspected"],
          ["Children in care", 4, 9],
          ["Missing from care", 1, 2],
        ],
      },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E08000008" }, k);
    // The period check (check/rules, period_mismatch) weighs the periods the file states against the request's.
    expect(r.periods.map((p) => `${p.raw} ${p.start} ${p.end}`)).toContain("2015 2015-01-01 2015-12-31");
  });
});
