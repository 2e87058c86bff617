import { describe, expect, it } from "vitest";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";
import { knowledge } from "../support/knowledge.js";

const FILE = "Anytown Council FOI reply.csv";
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

/** The kind foi-agg gives the cell holding `text` on row `row`. */
async function kindOf(lines: string[], row: number, text: string): Promise<string | undefined> {
  const read = await readWorkbook(FILE, bytes(lines));
  const sheet = read.workbook?.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const env = createLocateEnv(FILE, read.workbook?.format ?? "csv", knowledge());
  return buildGrid(sheet, env).rows[row - 1]?.find((c) => c.text.trim() === text)?.kind;
}

describe("an abbreviation of 'number' heading a column", () => {
  it.each(["No.", "No", "Nos", "NO."])("%s over figures is a header, and the table under it is read", async (head) => {
    const lines = [
      "Nationality of the children who went missing",
      `Group,Nationality,${head}`,
      "Trafficked,Albanian,3",
      "UASC,Sudanese,2",
      "UASC,Iranian,1",
    ];
    expect(await kindOf(lines, 2, head)).toBe("text");
    const r = await processFile({ file: FILE, bytes: bytes(lines), manifestCode: null }, knowledge());
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "trafficked Albanian 3",
      "uasc Iranian 1",
      "uasc Sudanese 2",
    ]);
  });

  it.each([
    [
      "an answer beside its question",
      ["Were any trafficked children looked after?,No", "How many UASC went missing?,3"],
      1,
      "No",
    ],
    ["no figures under it", ["Group,Nationality,No.", "", "Some words here,and more"], 1, "No."],
  ])("%s stays a value", async (_, lines, row, text) => {
    expect(await kindOf(lines, row, text)).toBe("value");
  });
});
