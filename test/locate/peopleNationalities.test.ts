import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function readText(file: string, lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(lines.join("\n"));
  return processFile({ file, bytes, manifestCode: "E06000038" }, knowledge());
}

/** The nationality_people issues raised, as "raw severity". */
function peoples(r: FileResult): string[] {
  return r.issues.filter((i) => i.code === "nationality_people").map((i) => `${i.raw} ${i.severity}`);
}

/**
 * "Kurdish" names a people of several states, not a state. Its count is kept
 * as Other/unknown, and because breakdowns disagree whether such a row is an
 * unknown nationality, one of its own or no nationality row, the council's
 * Other/unknown figure is warned as uncertain, never left silently.
 */
describe("a nationality row that names a people", () => {
  it.each<[string]>([["Kurdish"], ["Kurd"], ["Kurdistan"]])("a csv row %j is kept and warned", async (written) => {
    const r = await readText("Reading FOI 1234.csv", [
      "Group,Nationality,Children who went missing",
      "UASC,Afghan,3",
      `UASC,${written},2`,
      "UASC,Other,1",
    ]);
    expect(r.nationalities.filter((n) => n.nationality === "Other/unknown").map((n) => `${n.raw} ${n.value}`)).toEqual([
      `${written} 2`,
      "Other 1",
    ]);
    expect(peoples(r)).toEqual([`${written} warning`]);
  });

  it("a zero row counts no child and is not warned", async () => {
    const r = await readText("Reading FOI 1234.csv", [
      "Group,Nationality,Children who went missing",
      "UASC,Afghan,3",
      "UASC,Kurdish,0",
    ]);
    expect(peoples(r)).toEqual([]);
  });

  it("a people with its state named is that state's nationality, not warned", async () => {
    const r = await readText("Reading FOI 1234.csv", [
      "Group,Nationality,Children who went missing",
      "UASC,Afghan,3",
      "UASC,Kurdish (Iraqi),2",
    ]);
    expect(r.nationalities.map((n) => n.nationality)).toEqual(["Afghan", "Iraqi"]);
    expect(peoples(r)).toEqual([]);
  });
});
