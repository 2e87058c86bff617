import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "1. Trafficked children looked after …" over its answer reads as a heading
 * for trafficked; "5. Unaccompanied asylum seeking children looked after"
 * names the other group itself, so the questions after it ("6. How many
 * went missing at least once") are about unaccompanied children.
 */
const letter = (q5: string) =>
  text(
    [
      "Anytown Borough Council",
      "Our Ref: FOI 2015-0493",
      "Dear Sir/Madam",
      "1. Trafficked children looked after between 1 October 2014 and 30 September 2015",
      "Two young people were looked after during the period who had been identified or suspected as having been trafficked.",
      "2. How many went missing at least once",
      "One.",
      "3. How many are still missing",
      "None.",
      q5,
      "Five.",
      "6. How many went missing at least once",
      "Three.",
      "7. How many are still missing",
      "None.",
      "Yours faithfully",
    ].join("\n"),
  );
const figures = (r: FileResult) =>
  Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));

describe("a numbered question naming the other group ends a heading's section", () => {
  it.each([
    ["5. Unaccompanied asylum seeking children looked after in the period"],
    ["Q5 UASC looked after in the period"],
  ])("%s", async (q5) => {
    const r = await processFile({ file: "Anytown reply.txt", bytes: letter(q5), manifestCode: null }, knowledge());
    expect(figures(r)).toMatchObject({
      trafficked_looked_after: 2,
      trafficked_went_missing: 1,
      trafficked_not_found: 0,
      uasc_looked_after: 5,
      uasc_went_missing: 3,
      uasc_not_found: 0,
    });
  });
});
