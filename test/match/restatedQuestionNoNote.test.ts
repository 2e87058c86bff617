import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { restatesQuestion } from "../../src/match/requestAsksSo.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const Q4 =
  "4. The total number of looked after children in the care of your authority that are still missing or absent (including those that subsequently turned 18 without being found) that were identified or suspected as having been trafficked or identified as an UASC or separated child.";

/**
 * A letter restates question 4 on a line of its own over its answer (round
 * 83). Its words "including those that subsequently turned 18" are the
 * request's definition of still missing, not a note that widens the other
 * questions' figures: read as a note, every looked-after and went-missing
 * figure of the reply was flagged as counting a wider group.
 */
describe("a restated question is no note on the figures", () => {
  it.each<[string, boolean]>([
    [Q4, true],
    [Q4.replace(/^4\. /u, "Q4: "), true],
    ["UASC figures include those who turned 18 during the year.", false],
    ["including those that subsequently turned 18", false],
  ])("%s → %s", (sentence, want) => {
    expect(restatesQuestion(sentence, severalYears.request.questions)).toBe(want);
  });

  it("flags no other figure as counting a wider group", async () => {
    const text = [
      "Dear Requester",
      "",
      "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.",
      "2021: 38; 2022: 38; 2023: 30",
      "",
      "2b. Identified as an UASC or separated child and that have gone missing or absent.",
      "2021: 5; 2022: 12; 2023: 6",
      "",
      Q4,
      "Across the whole period 1 January 2021 to 30 April 2024, 9 young people remain missing.",
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    expect(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure)).toEqual([]);
  });
});
