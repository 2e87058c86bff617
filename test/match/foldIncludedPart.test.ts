import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
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

/**
 * "Year | Q1a Identified | Q1b Suspected | Q1c UASC" over "2018 | 4 |
 * Included in 1a | 9": the questions across the page and a row per year,
 * each year's 1b naming the part it is counted in (round 143). Every year's
 * 1a is then the trafficked whole, and not the identified alone.
 */
describe("a part 'Included in 1a' beside the part it names", () => {
  const reqKnowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });
  const runYears = (rows: string[][]) =>
    processFile({ file: "Anytown FOI 12.csv", bytes: csv(rows), manifestCode: null }, reqKnowledge);
  const head = ["Year", "Q1a Identified trafficked", "Q1b Suspected", "Q1c UASC"];
  it.each([["Included in 1a"], ["Counted within Q1a"], ["included in question 1(a)"]])(
    "%s: every year's 1a is the whole",
    async (words) => {
      const r = await runYears([
        head,
        ["2018", "4", words, "9"],
        ["2019", "2", words, "9"],
        ["2020", "2", words, "10"],
      ]);
      const measures = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
      expect(measures.filter((m) => m.startsWith("trafficked"))).toEqual([
        "trafficked_looked_after 4",
        "trafficked_looked_after 2",
        "trafficked_looked_after 2",
      ]);
    },
  );
  it("does not fold a part that names another question", async () => {
    const r = await runYears([head, ["2018", "4", "Included in 1c", "9"]]);
    expect(r.facts.find((f) => f.status === "reported" && f.value === 4)?.measure).toBe("trafficked_identified");
  });
});
