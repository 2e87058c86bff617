import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A number under a label that names no count ("LA code", "Our ref") is not a
 * figure, but it does not leave the file without a word: a decision on its
 * cell says where it went.
 */
describe("a number under a label foi-agg ignores", () => {
  it("is not used, and a decision on its cell says why", async () => {
    const csv = ["Question,Answer", "LA code,886", "Looked after UASC,12"].join("\n");
    const r = await processFile(
      { file: "Kent.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E10000016" },
      knowledge(),
    );
    expect(r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`)).toEqual([
      "uasc_looked_after 12",
    ]);
    expect(r.decisions.filter((d) => d.cell === "B2").map((d) => d.message)).toEqual([
      expect.stringMatching(/"886" is under "LA code", a label that names no count/u),
    ]);
  });
});
