import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

function kindsOf(rows: string[][]): string[] {
  const sheet: Sheet = { name: "reply", rows, merges: [] };
  const env = createLocateEnv("reply.pdf", "pdf", knowledge());
  return buildGrid(sheet, env).rows[0]?.map((c) => `${c.text}:${c.kind}`) ?? [];
}

// "Nationality | No." over "Afghan | 7": the abbreviation of "number" heads
// the column of counts, though only one word stands beside it.
describe("'No.' heading a column of counts by nationality", () => {
  it("is a header over a row naming a nationality", () => {
    expect(
      kindsOf([
        ["Nationality", "No."],
        ["Afghan", "7"],
        ["Eritrean", "5"],
      ]),
    ).toEqual(["Nationality:text", "No.:text"]);
  });

  it("stays the answer 'no' beside a question, over a row that names no nationality", () => {
    expect(
      kindsOf([
        ["Are any children still missing?", "No."],
        ["How many went missing?", "7"],
      ]),
    ).toEqual(["Are any children still missing?:text", "No.:value"]);
  });
});
