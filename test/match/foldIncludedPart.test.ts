import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (rows: string[][]): Promise<FileResult> =>
  processFile({ file: "Anytown FOI 12.csv", bytes: csv(rows), manifestCode: null }, knowledge());

const exact = (r: FileResult) =>
  Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));

describe("a part 'Included in above': the row above counts both parts", () => {
  it("reads the part above as the whole, and neither part alone", async () => {
    const r = await run([
      ["Measure", "Value"],
      ["CLA identified as trafficked", "5"],
      ["CLA suspected of being trafficked", "Included in above"],
      ["UASC looked after", "23"],
    ]);
    expect(exact(r)).toEqual({ trafficked_looked_after: 5, uasc_looked_after: 23 });
    expect(r.issues.find((i) => i.code === "value_annotated")?.measure).toBe("trafficked_looked_after");
  });

  it("leaves both parts as given when the council also gives the whole", async () => {
    const r = await run([
      ["Measure", "Value"],
      ["Trafficked children looked after (identified or suspected)", "5"],
      ["CLA identified as trafficked", "5"],
      ["CLA suspected of being trafficked", "Included in above"],
    ]);
    expect(exact(r)).toMatchObject({ trafficked_looked_after: 5, trafficked_identified: 5 });
  });

  it("does not fold a part whose row above is another question", async () => {
    const r = await run([
      ["Measure", "Value"],
      ["CLA identified as trafficked", "5"],
      ["UASC looked after", "23"],
      ["CLA suspected of being trafficked", "Included in above"],
    ]);
    expect(exact(r)).toEqual({ trafficked_identified: 5, uasc_looked_after: 23 });
  });
});
