import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Figures are for the financial year 1 April 2014 to 31 March 2015" above
 * a table whose question 5 restates "between 1 October 2014 and 30 September
 * 2015?": the question's period is the request's words, marked so the period
 * check does not take it for the council's own statement.
 */
describe("a period named inside a restated question", () => {
  it("is marked as the question's, and the council's note is not", async () => {
    const csv = [
      "Figures are for the financial year 1 April 2014 to 31 March 2015 (2014/15).",
      "Question,Description,Figure",
      "5,How many unaccompanied asylum seeking children (UASC) were looked after between 1 October 2014 and 30 September 2015?,30",
      "6,Of these how many went missing at least once?,8",
    ].join("\n");
    const r = await processFile(
      { file: "Northamptonshire data.csv", bytes: text(csv), manifestCode: null },
      loadKnowledge(),
    );
    const stated = r.periods.map((p) => `${p.start}/${p.end}${p.inQuestion ? " in question" : ""}`).sort();
    expect(stated).toEqual(["2014-04-01/2015-03-31", "2014-10-01/2015-09-30 in question"]);
  });
});
