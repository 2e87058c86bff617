import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "45¹" with the footnote "¹ The answers to questions 5 and 7 are rounded to
 * the nearest 5.": the mark stands on one figure, but the note's words name
 * the questions it covers, so question 7's unmarked 30 is rounded too. Read
 * as a note on marked figures only, the 30 was kept exact with no warning.
 */
async function statuses(answer5: string, note: string): Promise<Record<string, string>> {
  const lines = [
    "Question,Response",
    `5. How many unaccompanied asylum seeking children were looked after?,${answer5}`,
    "6. Of these how many went missing?,10",
    "7. How many missing episodes did they have?,30",
    "8. How many are still missing?,0",
    "",
    `"${note}"`,
  ];
  const r = await processFile(
    { file: "Southvale FOI 2231.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: "E06000038" },
    knowledge(),
  );
  return Object.fromEntries(r.facts.map((f) => [f.measure, f.status]));
}

describe("a marked rounding note whose words name the questions it covers", () => {
  it.each([
    ["55¹", "¹ The answers to questions 5 and 7 are rounded to the nearest 5."],
    ["55*", "* Figures at questions 5 and 7 have been rounded to the nearest 5."],
    ["55", "Please note, figures at questions 5, 7 have been rounded to the nearest 5."],
  ])("%s with %j", async (answer5, note) => {
    expect(await statuses(answer5, note)).toMatchObject({
      uasc_looked_after: "suppressed",
      uasc_went_missing: "reported",
      uasc_missing_incidents: "suppressed",
      uasc_not_found: "reported",
    });
  });

  it.each([
    ["55¹", "¹ This figure and those at question 7 have been rounded to the nearest 5."],
    ["55*", "* This figure and the figure at question 7 are rounded to the nearest 5."],
  ])("%s with %j covers the marked figure and the named question's", async (answer5, note) => {
    expect(await statuses(answer5, note)).toMatchObject({
      uasc_looked_after: "suppressed",
      uasc_went_missing: "reported",
      uasc_missing_incidents: "suppressed",
      uasc_not_found: "reported",
    });
  });

  it("a marked note naming no question covers the marked figure only", async () => {
    expect(await statuses("55¹", "¹ This figure has been rounded to the nearest 5.")).toMatchObject({
      uasc_looked_after: "suppressed",
      uasc_went_missing: "reported",
      uasc_missing_incidents: "reported",
    });
  });
});
