import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(corner: string): Promise<string[]> {
  const body = [
    para("Questions 1a, 1b, 2a and 3a - trafficked children"),
    table([
      [corner, "Identified", "Suspected", "Total"],
      ["Looked after children", "5", "7", "12"],
      ["Went missing or absent", "1", "3", "4"],
    ]),
  ].join("");
  const bytes = await buildDocx({ body });
  const r = await processFile({ file: "reply.docx", bytes, manifestCode: "E08000008" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * "2017 | Identified | Suspected | Total" over "Looked after children | 5 |
 * 7 | 12": a table for the round's one year writes the year in its top-left
 * corner, over the row labels. Read as a figure, the year made the row a
 * row of figures, not the header: the columns lost their titles, 5 and 7
 * were taken as unnamed parts of 12, and the identified and suspected
 * children were missed with no warning. The year is the corner's title.
 */
describe("a year in a table's corner, over the row labels", () => {
  it.each(["2017", "2017*", ""])("reads the columns' titles under the corner %j", async (corner) => {
    expect(await facts(corner)).toEqual([
      "trafficked_identified reported 5",
      "trafficked_looked_after reported 12",
      "trafficked_suspected reported 7",
      "trafficked_went_missing reported 4",
    ]);
  });
});
