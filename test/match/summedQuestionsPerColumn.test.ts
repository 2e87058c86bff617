import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/**
 * Round 90 (Rochdale): a row "Total looked after (1a+1b / 1c)" across the
 * columns "Trafficked / modern slavery | UASC" numbers each column's
 * question. The sum of 1a and 1b is the trafficked column's; the UASC
 * column's figure is 1c. Both were read as the trafficked total, in conflict,
 * and 1c was lost.
 */
describe("a row naming a sum of two questions for one column and another question for the next", () => {
  it("reads the other column's figure by its heading", async () => {
    const csv = [
      "Question,Trafficked / modern slavery,UASC",
      "Identified (1a),4,",
      '"Suspected, not identified (1b)",11,',
      "Total looked after (1a+1b / 1c),15,35",
    ].join("\n");
    const r = await processFile(
      { file: "FOI 962 response.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E08000005" },
      k,
    );
    const got = Object.fromEntries(r.facts.map((f) => [f.measure, `${f.status} ${f.value ?? ""}`.trim()]));
    expect(got).toMatchObject({ trafficked_looked_after: "reported 15", uasc_looked_after: "reported 35" });
  });
});
