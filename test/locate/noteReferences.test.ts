import { describe, expect, it } from "vitest";
import type { Workbook } from "../../src/domain/workbook.js";
import { readNoteReferences } from "../../src/locate/noteReferences.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const REPLY = [
  "Question,Answer,Note",
  "1. Looked after children identified or suspected as trafficked,2,",
  "1a. Identified,N/A,2",
  "1b. Suspected,N/A,2",
  '"2. Of these, number who went missing at least once",1,',
  "3. Number of missing episodes,1,1",
  "4. Number still missing,0,",
  "5. UASC looked after,9,",
  "6. UASC who went missing at least once,2,",
  "7. Number of missing episodes (UASC),5,1",
  "8. UASC still missing,0,",
  "",
  "Notes",
  "1,Episodes counted from 1 April 2015 only. Missing episodes were recorded on paper before the new module went live.",
  "2,We do not separate identified from suspected trafficking; the figure at question 1 is all children with a trafficking concern.",
];

/** A "Note" column whose numbers point to numbered notes under the table. */
describe("numbers in a Note column that point to numbered notes", () => {
  it("are no figures: no second answer, and nothing beside N/A", async () => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(REPLY.join("\n")), manifestCode: "E06000038" },
      knowledge(),
    );
    const reported = r.facts.filter((f) => f.status === "reported");
    expect(reported.every((f) => f.sources.every((s) => s.col === 2))).toBe(true);
    expect(reported.map((f) => f.measure)).not.toContain("trafficked_identified");
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });

  it("carry their note to the row's figure: episodes counted from a day inside the period cover part of it", async () => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(REPLY.join("\n")), manifestCode: "E06000038" },
      knowledge(),
    );
    expect(
      r.issues
        .filter((i) => i.code === "period_part")
        .map((i) => i.measure)
        .sort(),
    ).toEqual(["trafficked_missing_incidents", "uasc_missing_incidents"]);
  });

  const sheet = (rows: string[][]): Workbook => ({
    file: "r.csv",
    format: "csv",
    sheets: [{ name: "r.csv", rows, merges: [] }],
  });

  it("leaves a Note column alone when no numbered note is under the table", () => {
    const wb = sheet([["Question", "Answer", "Note"], ["1. UASC looked after", "9", "1"], [""], ["Thank you"]]);
    expect(readNoteReferences(wb).workbook).toBe(wb);
  });

  it("leaves a number that names no note as it is", () => {
    const wb = sheet([
      ["Question", "Answer", "Notes"],
      ["1. UASC looked after", "9", "1"],
      ["2. UASC who went missing", "3", "4"],
      [""],
      ["1", "Includes children who turned 18 during the year."],
    ]);
    const rows = readNoteReferences(wb).workbook.sheets[0]?.rows;
    expect(rows?.[1]).toEqual(["1. UASC looked after¹", "9", ""]);
    expect(rows?.[2]).toEqual(["2. UASC who went missing", "3", "4"]);
    expect(rows?.[4]).toEqual(["¹ Includes children who turned 18 during the year."]);
  });

  it("does not take the table's own numbered rows for notes", () => {
    const wb = sheet([
      ["Question", "Answer", "Note"],
      ["1. Looked after children in the year", "9", "2"],
      ["2. Of these, how many went missing", "3", ""],
    ]);
    expect(readNoteReferences(wb).workbook).toBe(wb);
  });
});
