import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A bare row-per-child extract has no title; its file or sheet name ("LAC
 * extract", "Looked after children") says it lists the looked-after cohort,
 * so its children who never went missing count towards the looked-after
 * figures (and its identified/suspected categories towards the parts). A
 * name that says the list is of missing children, or says nothing, gives no
 * looked-after figure.
 */
const ROWS: CellSpec[][] = [
  ["ChildId", "UASC", "TraffickingConcern", "Episodes", "StillMissing"],
  ["K1", "Y", "", 2, "N"],
  ["K2", "Y", "", 0, "N"],
  ["K3", "Y", "", 1, "Y"],
  ["K4", "N", "Identified", 3, "N"],
  ["K5", "N", "Suspected", 0, "N"],
  ["K6", "N", "Identified", 0, "N"],
];

async function read(file: string, sheet: string) {
  const bytes = file.endsWith(".csv")
    ? csv(ROWS as (string | number)[][])
    : await buildXlsx([{ name: sheet, rows: ROWS }]);
  const r = await processFile({ file, bytes, manifestCode: null }, knowledge());
  const derived = (m: string) => r.facts.find((f) => f.measure === m && f.status === "derived")?.value ?? null;
  return {
    uasc: derived("uasc_looked_after"),
    trafficked: derived("trafficked_looked_after"),
    identified: derived("trafficked_identified"),
    missing: derived("uasc_went_missing"),
  };
}

describe("a list's file or sheet name says it is the looked-after cohort", () => {
  it.each([
    { file: "Kent_KCC_FOI_1234_LAC_extract.csv", sheet: "", cohort: true },
    { file: "Kent FOI 1234 children looked after.csv", sheet: "", cohort: true },
    { file: "Kent FOI 1234.xlsx", sheet: "Looked after children", cohort: true },
    { file: "Kent FOI 1234 missing children.csv", sheet: "", cohort: false },
    { file: "Kent FOI 1234 extract.csv", sheet: "", cohort: false },
    { file: "Kent FOI 1234.xlsx", sheet: "Sheet1", cohort: false },
  ])("$file $sheet → cohort $cohort", async ({ file, sheet, cohort }) => {
    expect(await read(file, sheet || "Sheet1")).toEqual({
      uasc: cohort ? 3 : null,
      trafficked: cohort ? 3 : null,
      identified: cohort ? 2 : null,
      missing: 2,
    });
  });
});
