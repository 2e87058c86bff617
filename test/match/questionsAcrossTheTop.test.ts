import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function read(csv: string) {
  const r = await processFile(
    { file: "Staffordshire FOI.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E10000028" },
    k,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure}=${f.value ?? f.status}`)
    .sort();
}

// Questions across the top, one row of figures under them.
describe("columns numbered each by its own question", () => {
  it("'Q4 Still missing' after 'Q3b Incidents - UASC' is question 4, not UASC's", async () => {
    const csv = ["Q1c UASC or separated child,Q3b Incidents - UASC,Q4 Still missing or absent", "52,49,2"].join("\n");
    expect(await read(csv)).toContain("not_found=2");
  });
  it("'Q1a/1b Trafficked (identified or suspected)' is the trafficked count, not 1a's", async () => {
    const csv = [
      "Q1a/1b Trafficked or victim of modern slavery (identified or suspected),Q1c UASC or separated child",
      "14,52",
    ].join("\n");
    const facts = await read(csv);
    expect(facts).toContain("trafficked_looked_after=14");
    expect(facts.filter((f) => f.startsWith("trafficked_identified") || f.startsWith("trafficked_suspected"))).toEqual(
      [],
    );
  });
});
