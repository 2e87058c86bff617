import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

/** The figures a letter reports, as "measure period value", sorted. */
async function reportedFigures(body: string, manifestCode: string): Promise<string[]> {
  const r = await processFile({ file: "reply.txt", bytes: new TextEncoder().encode(body), manifestCode }, knowledge);
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0]} ${f.value}`)
    .sort();
}

/**
 * "2. a. Identified or suspected as trafficked and that have gone missing":
 * a question's number, its list stop, then its first part's letter is
 * question 2a, not question 2 with "a." as an answer marker ("A: …").
 */
describe("a question number followed by a part letter", () => {
  it.each([
    ["2. a. Identified or suspected as trafficked and that have gone missing", "2a"],
    ["3. (b) Number of missing incidents – UASC", "3b"],
    ["2a) Appeals", "2a"],
    // The label alone, its figures after it on the line: "2. a) 2018 - 1, 2019 - 1".
    ["2. a)", "2a"],
    ["3. b.", "3b"],
    // A sentence after a list number is no part letter.
    ["1. A total of five children", "1"],
  ])("%s is question %s", (text, number) => {
    expect(matchLabel(text, knowledge.labels).questionNumber).toBe(number);
  });

  it("a letter's '2. a.' question takes the period lines under it, and 'b.' under it the next ones", async () => {
    const body = [
      "Dear Requester,",
      "",
      "1. c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
      "   2018 – 19",
      "   2019 – 21",
      "   2020 – 38",
      "",
      "2. a. Identified or suspected as trafficked and that have gone missing or absent.",
      "   2018 – 2",
      "   2019 – 2",
      "   2020 – 5",
      "   b. UASC or separated child and that have gone missing or absent.",
      "   2018 – 4",
      "   2019 – 6",
      "   2020 – 11",
      "",
      "Yours sincerely,",
    ].join("\n");
    const got = await reportedFigures(body, "E06000058");
    expect(got).toEqual([
      "trafficked_went_missing 2018 2",
      "trafficked_went_missing 2019 2",
      "trafficked_went_missing 2020 5",
      "uasc_looked_after 2018 19",
      "uasc_looked_after 2019 21",
      "uasc_looked_after 2020 38",
      "uasc_went_missing 2018 4",
      "uasc_went_missing 2019 6",
      "uasc_went_missing 2020 11",
    ]);
  });

  it("a line opening '2. a)' with its figures numbers the lone 'b)' line under it 2b", async () => {
    const body = [
      "Dear Sir/Madam,",
      "",
      "2. a) 2018 - 1, 2019 - 1, 2020 - 1",
      "   b) 2018 - 5, 2019 - 3, 2020 - 2",
      "",
      "3. a) 2018 - 2, 2019 - 2, 2020 - 2",
      "   b) 2018 - 6, 2019 - 3, 2020 - 6",
      "",
      "Yours faithfully",
    ].join("\n");
    const got = await reportedFigures(body, "E06000003");
    expect(got).toEqual([
      "trafficked_missing_incidents 2018 2",
      "trafficked_missing_incidents 2019 2",
      "trafficked_missing_incidents 2020 2",
      "trafficked_went_missing 2018 1",
      "trafficked_went_missing 2019 1",
      "trafficked_went_missing 2020 1",
      "uasc_missing_incidents 2018 6",
      "uasc_missing_incidents 2019 3",
      "uasc_missing_incidents 2020 6",
      "uasc_went_missing 2018 5",
      "uasc_went_missing 2019 3",
      "uasc_went_missing 2020 2",
    ]);
  });
});
