import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  return out;
}

describe("a two-level header whose lower row only says Number / Notes", () => {
  const rows = (noteOn10: string) => [
    ["Kent County Council"],
    ["Freedom of Information Request: trafficked and unaccompanied asylum seeking children"],
    [],
    [
      "Q",
      "Question",
      "Trafficked (identified or suspected)",
      null,
      "Unaccompanied asylum seeking children (UASC)",
      null,
    ],
    [null, null, "Number", "Notes", "Number", "Notes"],
    ["1a", "Looked after - identified as trafficked", 4, "", null, "n/a"],
    ["1b", "Looked after - suspected of being trafficked", 5, "", null, "n/a"],
    ["1 / 5", "Looked after during the period (total)", 9, noteOn10, 6, ""],
    ["2 / 6", "Went missing at least once", 6, "", 1, ""],
  ];
  const merges = ["C4:D4", "E4:F4", "A4:A5", "B4:B5"];

  it("reads each figure under its group, and a note in the Notes column labels nothing", async () => {
    const bytes = await buildXlsx([{ name: "FOI", rows: rows("1a + 1b"), merges }]);
    const r = await run("Kent.xlsx", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_identified: "4@Kent.xlsx#FOI!C6",
      trafficked_suspected: "5@Kent.xlsx#FOI!C7",
      trafficked_looked_after: "9@Kent.xlsx#FOI!C8",
      trafficked_went_missing: "6@Kent.xlsx#FOI!C9",
      uasc_looked_after: "6@Kent.xlsx#FOI!E8",
      uasc_went_missing: "1@Kent.xlsx#FOI!E9",
    });
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual([]);
  });

  it("still reads a caveat in the Notes column as the remark of the figure to its left", async () => {
    const bytes = await buildXlsx([
      { name: "FOI", rows: rows("includes 2 young people who turned 18 and are now care leavers"), merges },
    ]);
    const r = await run("Kent.xlsx", bytes);
    expect(r.issues.some((i) => i.measure === "trafficked_looked_after" && i.severity !== "info")).toBe(true);
    expect(figures(r).uasc_looked_after).toBe("6@Kent.xlsx#FOI!E8");
  });
});
