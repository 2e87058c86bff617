import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1a: 9 1b: 5 Total: 14" in the trafficked column of a table's looked-after
 * row: the parts, named by their questions' numbers, and their total. Its
 * colons made it read as a label, taken for the heading of the column beside
 * it, and the row's trafficked figures were lost.
 */
const harm2017 = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

async function readTable(cell: string): Promise<string[]> {
  const text = [
    ",Trafficked or suspected trafficked,UASC or separated",
    `Q1 Looked after in 2017,${cell},91`,
    "Q2 Children who went missing or absent,7,17",
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    harm2017,
  );
  return r.facts
    .filter((f) => f.status === "reported" && !f.measure.includes("missing"))
    .map((f) => `${f.measure} ${f.value} | ${f.label}`)
    .sort();
}

describe("a table cell of parts named by their questions' numbers", () => {
  it.each(['"1a: 9 1b: 5 Total: 14"', '"1a: 9; 1b: 5; Total: 14"', '"Q1a: 9, Q1b: 5, total 14"'])(
    "reads each part and the total, and the next column keeps its own heading (%s)",
    async (cell) => {
      expect(await readTable(cell)).toEqual([
        "trafficked_identified 9 | Q1 Looked after in 2017 × Trafficked or suspected trafficked",
        "trafficked_looked_after 14 | Q1 Looked after in 2017 × Trafficked or suspected trafficked",
        "trafficked_suspected 5 | Q1 Looked after in 2017 × Trafficked or suspected trafficked",
        "uasc_looked_after 91 | Q1 Looked after in 2017 × UASC or separated",
      ]);
    },
  );

  it("reads nothing from parts that do not make their total", async () => {
    expect(await readTable('"1a: 9 1b: 5 Total: 15"')).toEqual([
      "uasc_looked_after 91 | Q1 Looked after in 2017 × UASC or separated",
    ]);
  });
});
