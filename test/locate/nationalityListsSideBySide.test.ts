import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

const letter = (lists: string[]) =>
  new TextEncoder().encode(
    [
      "Anytown Borough Council",
      "Reference: FOI 2015-77",
      "Dear Requester",
      "1. Trafficked children looked after: 6",
      "2. Trafficked children who went missing: 4",
      "5. UASC looked after: 30",
      "6. UASC who went missing: 9",
      "",
      "9. Nationalities of the children who went missing",
      "",
      ...lists,
      "",
      "Yours sincerely",
      "Information Officer",
    ].join("\n"),
  );

describe("nationality lists side by side under a line naming their groups", () => {
  it("a text letter whose right-hand list runs on alone", async () => {
    const r = await run(
      "Anytown FOI 2015-77 reply.txt",
      letter([
        "Trafficked           UASC",
        "Vietnamese  2        Afghan      4",
        "Albanian    2        Eritrean    3",
        "                     Sudanese    2",
      ]),
    );
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 2",
      "trafficked Vietnamese 2",
      "uasc Afghan 4",
      "uasc Eritrean 3",
      "uasc Sudanese 2",
    ]);
  });

  it('a PDF-like grid whose cells cut inside the lists ("6 Albanian"), the left list longer', async () => {
    const rows = [
      ["Anytown Council - FOI 77", "", ""],
      ["Question", "Trafficked", "UASC"],
      ["Went missing at least once", "4", "9"],
      ["Question 9 - nationalities of the children who went missing", "", ""],
      ["UASC", "Trafficked", ""],
      ["Afghan", "4 Albanian", "3"],
      ["Eritrean", "3 British", "1"],
      ["Syrian", "2", ""],
    ];
    const r = await run("Anytown FOI 77.csv", csv(rows));
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 3",
      "trafficked British 1",
      "uasc Afghan 4",
      "uasc Eritrean 3",
      "uasc Syrian 2",
    ]);
  });

  it("a short line that lines up under neither list is reported and nothing is guessed", async () => {
    const r = await run(
      "Anytown FOI 2015-77 reply.txt",
      letter([
        "Trafficked           UASC",
        "Vietnamese  2        Afghan      4",
        "Albanian    2        Eritrean    3",
        "          Sudanese    2",
      ]),
    );
    expect(natsOf(r)).toEqual([]);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /Sudanese 2/u.test(i.message))).toBe(true);
  });
});
