import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * Questions across the top, one row of answers: the nationality question is
 * answered in one cell of the row of figures, and that cell is read as the
 * list it is, naming its own groups or taking its header's.
 */
const run = (header: string, answer: string): Promise<FileResult> =>
  processFile(
    {
      file: "Anytown Borough Council FOI 3319.csv",
      bytes: csv([
        ["Anytown Borough Council - FOI 3319 - data for 1 October 2014 to 30 September 2015"],
        [],
        [
          "",
          "Q1 Trafficked/suspected trafficked LAC",
          "Q2 Went missing",
          "Q5 UASC looked after",
          "Q6 Went missing",
          header,
        ],
        ["Anytown", "7", "2", "35", "6", answer],
      ]),
      manifestCode: null,
    },
    knowledge(),
  );
const natsOf = (r: FileResult) => r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

describe("a nationality answer in a row of figures under questions across the top", () => {
  it("reads a cell whose list names its groups", async () => {
    const r = await run(
      "Q9 Nationalities of those who went missing",
      "Trafficked: Vietnamese 1, Albanian 1. UASC: Afghan 3, Eritrean 2, Iraqi 1",
    );
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 1",
      "trafficked Vietnamese 1",
      "uasc Afghan 3",
      "uasc Eritrean 2",
      "uasc Iraqi 1",
    ]);
    expect(r.facts.map((f) => `${f.measure}=${f.value}`).sort()).toEqual([
      "trafficked_looked_after=7",
      "trafficked_went_missing=2",
      "uasc_looked_after=35",
      "uasc_went_missing=6",
    ]);
  });

  it("reads a cell under a header that names the group", async () => {
    const r = await run("Q9 Nationality of UASC who went missing", "Afghan 3, Eritrean 2, Iraqi 1");
    expect(natsOf(r)).toEqual(["uasc Afghan 3", "uasc Eritrean 2", "uasc Iraqi 1"]);
  });
});

describe("a nationality answer in each group's row, under questions numbered for both groups", () => {
  it("reads each row's list as its row label's group", async () => {
    const r = await processFile(
      {
        file: "Anytown Borough Council FOI 3320.csv",
        bytes: csv([
          ["Anytown Borough Council - FOI 3320 - data for 1 October 2014 to 30 September 2015"],
          [],
          [
            "Group",
            "Q1 / Q5 Looked after",
            "Q2 / Q6 Went missing at least once",
            "Q9 Nationality of those who went missing",
          ],
          ["Trafficked (identified or suspected)", "5", "2", "Albanian x1, Vietnamese x1"],
          ["Unaccompanied asylum seeking children", "17", "4", "Eritrean x2, Afghan x1, Sudanese x1"],
        ]),
        manifestCode: null,
      },
      knowledge(),
    );
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 1",
      "trafficked Vietnamese 1",
      "uasc Afghan 1",
      "uasc Eritrean 2",
      "uasc Sudanese 1",
    ]);
  });
});
