import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(rows: (string | number)[][]): Promise<string[]> {
  const bytes = await buildXlsx([{ name: "Response", rows }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E09000029" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * "Looked after (calendar years; 2016 shown for comparison)" over "| 2016 |
 * 2017", in a request for 2017: the title's "for comparison" is about the
 * 2016 column. The 2017 column's own title is nearer and says its figures
 * are the requested year's; they were flagged as another period's too, so
 * both columns were kept and every measure was a conflict.
 */
describe("a column titled with the requested year under a title saying another is for comparison", () => {
  it("keeps the requested year's figures and sets the other year's aside", async () => {
    expect(
      await facts([
        ["Trafficked children looked after (calendar years; 2016 shown for comparison)"],
        [],
        ["", 2016, 2017],
        ["Identified", 5, 9],
        ["Suspected", 3, 4],
        ["Went missing", 4, 6],
        ["Missing incidents", 10, 15],
      ]),
    ).toEqual([
      "trafficked_identified reported 9",
      "trafficked_missing_incidents reported 15",
      "trafficked_suspected reported 4",
      "trafficked_went_missing reported 6",
    ]);
  });

  // A title line that states a period of its own is still read: the bare year is not enough to overrule it,
  // so the figure, the only one for its measure, is kept with a warning naming it.
  it("still flags a figure under a title line that names a period of its own", async () => {
    const bytes = await buildXlsx([
      {
        name: "Response",
        rows: [["Trafficked children looked after, 2016/17 (for comparison)"], [], ["", 2017], ["Identified", 9]],
      },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E09000029" }, k);
    expect(r.issues.filter((i) => i.measure === "trafficked_identified").map((i) => i.code)).toContain(
      "figure_other_period",
    );
  });
});
