import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

const run = async (rows: CellSpec[][]): Promise<FileResult> =>
  processFile(
    {
      file: "Anyborough FOI 21-0417 Response.xlsx",
      bytes: await buildXlsx([{ name: "Q5 Nationality", rows }]),
      manifestCode: null,
    },
    knowledge,
  );

const natsOf = (r: FileResult) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText ?? ""}]`).sort();

/**
 * "Trafficked / modern slavery (Q2a) | 2018 | 2019 | 2020 | Total" over
 * "ALB | 1 | 2 | 0 | 3" (round 163, Ealing): a nationality table whose rows
 * name each nationality by its ISO 3166 alpha-3 code, as the council's case
 * system records it, with "Other" and "Not recorded" rows in words.
 */
describe("a nationality table whose rows are ISO country codes", () => {
  const table: CellSpec[][] = [
    ["Q5. Nationality of children who went missing (ISO 3166 alpha-3 code)"],
    [],
    ["Trafficked / modern slavery (Q2a)", "2018", "2019", "2020", "Total"],
    ["ALB", 1, 2, 0, 3],
    ["VNM", 1, 1, 2, 4],
    ["Other", 0, 1, 0, 1],
    ["Not recorded", 0, 0, 1, 1],
    ["Total", 2, 4, 3, 9],
    [],
    ["UASC / separated (Q2b)", "2018", "2019", "2020", "Total"],
    ["AFG", 3, 4, 3, 10],
    ["ERI", 2, 3, 2, 7],
    ["SDN", 1, 1, 0, 2],
    ["Total", 6, 8, 5, 19],
  ];

  it("reads each code as its nationality, per year, under the group each table's corner names", async () => {
    const r = await run(table);
    const read = natsOf(r).filter((n) => !/ 0 \[/u.test(n));
    expect(read).toEqual([
      "trafficked Albanian 1 [2018]",
      "trafficked Albanian 2 [2019]",
      "trafficked Other/unknown 1 [2019]",
      "trafficked Other/unknown 1 [2020]",
      "trafficked Vietnamese 1 [2018]",
      "trafficked Vietnamese 1 [2019]",
      "trafficked Vietnamese 2 [2020]",
      "uasc Afghan 3 [2018]",
      "uasc Afghan 3 [2020]",
      "uasc Afghan 4 [2019]",
      "uasc Eritrean 2 [2018]",
      "uasc Eritrean 2 [2020]",
      "uasc Eritrean 3 [2019]",
      "uasc Sudanese 1 [2018]",
      "uasc Sudanese 1 [2019]",
    ]);
    // Only the rows in words that name no nationality are said to be unnamed; every code was read.
    const unnamed = new Set(r.issues.filter((i) => i.code === "nationality_unknown").map((i) => i.raw));
    expect([...unnamed].sort()).toEqual(["Not recorded", "Other"]);
  });

  it("never reads a lone code among rows of other words as a nationality table", async () => {
    // "SEN" is Senegal's code and special educational needs: one code among other labels makes no code column.
    const r = await run([
      ["Looked after children", "2018", "2019", "2020"],
      ["SEN", 4, 5, 6],
      ["CIN", 7, 8, 9],
      ["LAC", 10, 11, 12],
    ]);
    expect(r.nationalities).toEqual([]);
  });
});
