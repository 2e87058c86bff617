import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/**
 * Years merged over a pair of group columns ("2018" over "Trafficked | UASC"), and rows that are the
 * request's questions by number in words of the council's own: "NRM referral made (1a)" and "Concerns
 * but no referral (1b)" name only the trafficked group, and a dash fills each cell the row's question
 * does not ask of the column's group.
 */
async function read(rows: (string | number)[][]) {
  const span = (text: string) => ({ text, gridSpan: 2 });
  const bytes = await buildDocx({
    body: [
      para("Example Borough Council: response to your request"),
      table([
        ["", span("2018"), span("2019"), span("2020")],
        ["", "Trafficked", "UASC", "Trafficked", "UASC", "Trafficked", "UASC"],
        ...rows.map((row) => row.map(String)),
      ]),
    ].join(""),
  });
  const r = await processFile({ file: "Example response.docx", bytes, manifestCode: "E09000032" }, knowledge);
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${/\b20\d\d\b/u.exec(f.label)?.[0] ?? "no year"} ${f.value}`)
    .sort();
}

describe("a grid of group columns under merged years, its rows numbered by question", () => {
  it("takes each year from the merged header over its pair of columns", async () => {
    const facts = await read([["Went missing (2a / 2b)", 0, 3, 0, 4, 4, 11]]);
    expect(facts).toEqual([
      "trafficked_went_missing 2018 0",
      "trafficked_went_missing 2019 0",
      "trafficked_went_missing 2020 4",
      "uasc_went_missing 2018 3",
      "uasc_went_missing 2019 4",
      "uasc_went_missing 2020 11",
    ]);
  });

  it("reads a row that names only the whole group by its number's part, and sets the cross dashes aside", async () => {
    const facts = await read([
      ["NRM referral made (1a)", 0, "-", 2, "-", 1, "-"],
      ["Concerns but no referral (1b)", 0, "-", 1, "-", 5, "-"],
      ["Looked after (1c)", "-", 27, "-", 25, "-", 39],
    ]);
    const values = (measure: string) =>
      facts.filter((f) => f.startsWith(`${measure} `)).map((f) => Number(f.split(" ").at(-1)));
    expect(values("trafficked_identified").sort()).toEqual([0, 1, 2]);
    expect(values("trafficked_suspected").sort()).toEqual([0, 1, 5]);
    expect(values("uasc_looked_after").sort((a, b) => a - b)).toEqual([25, 27, 39]);
    expect(values("trafficked_looked_after")).toEqual([]);
  });
});
