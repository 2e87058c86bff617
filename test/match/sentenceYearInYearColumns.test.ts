import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A table of several requested years whose cells are count sentences naming their own year: "4 children looked
 * after at any point in 2016" under "2018" counts 2016, and "… in 2020" under "2019" counts 2020. Each was kept
 * as the column's exact figure with only an info note, since the check of a sentence's year was made for
 * one-period requests alone (found on reading the session's change once more).
 */
describe("a count sentence naming a year other than its column's, in a request of several years", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  it("is set aside with a warning on its measure; the sentence naming its own column's year is read", async () => {
    const csv = [
      "Question,2018,2019,2020",
      "1c UASC looked after,4 children looked after at any point in 2016,5 children looked after at any point in 2020,6 children looked after at any point in 2020",
      "2b UASC went missing,2,3,1",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E08000035" },
      k,
    );
    const exact = r.facts.filter((f) => f.measure === "uasc_looked_after" && f.status === "reported").map((f) => f.raw);
    expect(exact).toEqual(["6 children looked after at any point in 2020"]);
    const warned = r.issues.filter((i) => i.measure === "uasc_looked_after" && i.severity !== "info");
    expect(warned.map((i) => i.code)).toContain("figure_set_aside");
  });
});
