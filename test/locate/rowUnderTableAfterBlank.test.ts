import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * "Q4 Still missing … | 0 | 1 | 3 | 3" a blank row under a table of years, its figures in the table's year
 * columns and nowhere else: the last question, set apart, still answered per year. The figures take the
 * years over their columns (only the years: the table's other headings name its own group).
 */
describe("a row of figures one blank row under a table of periods", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });
  const read = async (rows: string[][]) => {
    const r = await processFile({ file: "Anytown FOI response.csv", bytes: csv(rows), manifestCode: "E09000024" }, k);
    return r.facts.filter((f) => f.measure === "not_found").map((f) => `${f.periodText ?? "-"} ${f.status} ${f.value}`);
  };
  it("takes the periods over its columns", async () => {
    const got = await read([
      ["Trafficked / modern slavery", "2021", "2022", "2023", "1 Jan - 30 Apr 2024"],
      ["Identified as trafficked", "4", "4", "3", "1"],
      ["Went missing (children)", "4", "4", "4", "0"],
      ["", "", "", "", ""],
      ["Q4 Still missing / not found (trafficked or UASC)", "0", "1", "3", "3"],
    ]);
    expect(got.filter((g) => !g.startsWith("-")).sort()).toEqual([
      "1 Jan - 30 Apr 2024 reported 3",
      "2021 reported 0",
      "2022 reported 1",
      "2023 reported 3",
    ]);
  });
  it("not when its figures stand in columns the table's periods do not head", async () => {
    const got = await read([
      ["Trafficked / modern slavery", "2021", "2022", "2023", "1 Jan - 30 Apr 2024"],
      ["Identified as trafficked", "4", "4", "3", "1"],
      ["", "", "", "", ""],
      ["Q4 Still missing / not found (trafficked or UASC)", "0", "1", "3", "3", "7"],
    ]);
    expect(got.filter((g) => !g.startsWith("-"))).toEqual([]);
  });
});
