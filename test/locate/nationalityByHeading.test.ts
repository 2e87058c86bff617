import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// "9 | UASC who went missing by nationality |" over "| Albanian | 5": the
// question names the list it heads with "by nationality" at its end.
describe("a list headed '… by nationality' in a question-and-answer table", () => {
  it.each([
    ["9", "UASC who went missing by nationality"],
    ["9", "Unaccompanied asylum seeking children who went missing, by nationality"],
    ["Q9", "Breakdown of UASC who went missing by nationality"],
  ])("%s %s", async (number, heading) => {
    const r = await processFile(
      {
        file: "Anytown FOI 2015-2190.csv",
        bytes: csv([
          ["Anytown Council FOI 2015-2190", "", ""],
          ["Question", "Description", "Number"],
          ["5", "How many UASC were looked after by your authority?", "62"],
          ["6", "Of the UASC in question 5, how many went missing at least once?", "9"],
          [number, heading, ""],
          ["", "Albanian", "5"],
          ["", "Iranian", "2"],
          ["", "Syrian", "1"],
        ]),
        manifestCode: null,
      },
      knowledge(),
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "uasc Albanian 5",
      "uasc Iranian 2",
      "uasc Syrian 1",
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain("label_unmatched");
    expect(r.facts.find((f) => f.measure === "uasc_went_missing")?.value).toBe(9);
  });
});
