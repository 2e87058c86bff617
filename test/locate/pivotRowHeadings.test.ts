import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A pivot table's row labels: each metric flush left on a row of its own,
 * the groups indented under it ("Went missing or absent" over "   UASC
 * Total | 17 | 16"). The indented rows name only their group, so they count
 * the metric of the heading above them. Read without it, every "UASC Total"
 * was taken for the looked-after count and the three blocks conflicted.
 */
describe("a pivot table's indented row labels under a metric", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
  const read = async (lines: string[], file = "pivot.csv") => {
    const r = await processFile(
      { file, bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: "E10000028" },
      k,
    );
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.periodText?.slice(-4) ?? "-"} ${f.measure} ${f.status} ${f.value ?? ""}`)
      .sort();
  };

  it("gives each indented group row the metric of the heading above it", async () => {
    const facts = await read([
      "Row Labels,2018,2019",
      "Looked after,,",
      "   Trafficked Total,5,11",
      "   UASC Total,49,50",
      "Went missing or absent,,",
      "   Trafficked Total,2,3",
      "   UASC Total,17,16",
      "Missing or absent incidents,,",
      "   Trafficked Total,12,6",
      "   UASC Total,31,17",
    ]);
    expect(facts).toEqual(
      [
        "2018 trafficked_looked_after reported 5",
        "2019 trafficked_looked_after reported 11",
        "2018 uasc_looked_after reported 49",
        "2019 uasc_looked_after reported 50",
        "2018 trafficked_went_missing reported 2",
        "2019 trafficked_went_missing reported 3",
        "2018 uasc_went_missing reported 17",
        "2019 uasc_went_missing reported 16",
        "2018 trafficked_missing_incidents reported 12",
        "2019 trafficked_missing_incidents reported 6",
        "2018 uasc_missing_incidents reported 31",
        "2019 uasc_missing_incidents reported 17",
      ].sort(),
    );
  });

  it("leaves a letter's numbered question over its indented lettered parts to the parts' own words", async () => {
    const facts = await read(
      [
        "Dear Requester,",
        "",
        "1. The total number of looked after children in the care of your authority that have been:",
        "a. Identified as having been trafficked or a victim of modern slavery:",
        "   2018: fewer than five; 2019: fewer than five; 2020: 0",
        "b. Suspected of having been a victim of trafficking or modern slavery, if not included in a:",
        "   2018: fewer than five; 2019: fewer than five; 2020: fewer than five",
        "c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child:",
        "   2018: 51*; 2019: 30; 2020: 40",
        "",
        "2. a. Identified or suspected as trafficked and have gone missing or absent:",
        "   2018: fewer than five; 2019: 0; 2020: fewer than five",
        "   b. Identified as UASC or separated and have gone missing or absent:",
        "   2018: 12; 2019: 14; 2020: 18",
        "",
        "3. Individual incidents of going missing or absent:",
        "   a. trafficked: 2018: fewer than five; 2019: 0; 2020: fewer than five",
        "   b. UASC/separated: 2018: 25; 2019: 21; 2020: 31",
        "",
        "4. Still missing or absent (including those who turned 18 without being found):",
      ],
      "reply.txt",
    );
    expect(facts.filter((f) => /trafficked_suspected/u.test(f))).toEqual([]);
    expect(facts).toEqual(expect.arrayContaining(["2018 uasc_missing_incidents reported 25"]));
  });
});
