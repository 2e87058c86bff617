import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, csv: string): Promise<FileResult> =>
  processFile({ file, bytes: new TextEncoder().encode(csv), manifestCode: null }, knowledge());

const sheet = (listRows: string[]) =>
  [
    "Anytown Borough Council - FOI 24-0517",
    "Question,Description,2021,2022",
    "1c,Unaccompanied asylum-seeking child (UASC),19,16",
    "2b,UASC who went missing or absent,7,2",
    "",
    "Q5 Nationality of UASC who went missing or absent,,2021,2022",
    ...listRows,
  ].join("\n");

describe("a nationality list written on in a sheet of question rows", () => {
  it("takes the names from the column beside the question's number repeated on every row", async () => {
    const r = await run(
      "Anytown FOI 24-0517 response.csv",
      sheet(["5,Iranian,3,0", "5,Sudanese,2,1", "5,Albanian,1,1"]),
    );
    const read = r.nationalities
      .filter((n) => n.value !== 0)
      .map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText}]`)
      .sort();
    expect(read).toEqual([
      "uasc Albanian 1 [2021]",
      "uasc Albanian 1 [2022]",
      "uasc Iranian 3 [2021]",
      "uasc Sudanese 1 [2022]",
      "uasc Sudanese 2 [2021]",
    ]);
  });

  it("keeps the header's column when the numbers differ from row to row (a column of figures, not a question)", async () => {
    const r = await run("Anytown FOI 24-0518 response.csv", sheet(["5,Iranian,3,0", "6,Sudanese,2,1"]));
    expect(r.nationalities.some((n) => n.nationality === "Iranian")).toBe(false);
  });
});
