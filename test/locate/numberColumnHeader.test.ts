import { describe, expect, it } from "vitest";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { knowledge } from "../support/knowledge.js";

const FILE = "Anytown Council FOI reply.csv";
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

async function kindOf(lines: string[], row: number, text: string): Promise<string | undefined> {
  const read = await readWorkbook(FILE, bytes(lines));
  const sheet = read.workbook?.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const env = createLocateEnv(FILE, read.workbook?.format ?? "csv", knowledge());
  return buildGrid(sheet, env).rows[row - 1]?.find((c) => c.text.trim() === text)?.kind;
}

/**
 * "No. | Question | 2018 | 2019 | 2020" over a column of question numbers:
 * "No." heads the numbers, and is no nil answer, so the row is the table's
 * header and its years are the columns' periods.
 */
describe("'No.' heading a table's column of question numbers", () => {
  const table = (head: string) => [
    `${head},Question,2021,2022,2023`,
    "1a,The number of looked after children identified as having been trafficked,5,0,6",
    "1c,The number of looked after children identified as an unaccompanied asylum seeking child,50,42,29",
  ];

  // "C / Q" (Cwestiwn / Question) in a Welsh council's bilingual table, and a lone "C" or "X": short letters
  // that read as a suppression marker alone, heading the same column.
  it.each(["No.", "No", "Nos", "C / Q", "C", "X", "Q / C"])(
    "%s is a header, and each figure is its column's year",
    async (head) => {
      expect(await kindOf(table(head), 1, head)).toBe("text");
      const r = await processFile({ file: FILE, bytes: bytes(table(head)), manifestCode: null }, knowledge());
      const uasc = r.facts.filter((f) => f.measure === "uasc_looked_after");
      expect(uasc.map((f) => `${f.value} ${f.periodText}`)).toEqual(["50 2021", "42 2022", "29 2023"]);
    },
  );

  it.each([
    ["an answer after its question", ["Do you hold figures on trafficked children?,No", "1a,5"], 1, "No"],
    ["first in its row over no question number", ["No.,Question,2021", "Trafficked,5"], 1, "No."],
    ["a marker first in its row over no question number", ["C,Trafficked,2021", "Trafficked,5"], 1, "C"],
  ])("%s stays a value", async (_, lines, row, text) => {
    expect(await kindOf(lines, row, text)).toBe("value");
  });
});
