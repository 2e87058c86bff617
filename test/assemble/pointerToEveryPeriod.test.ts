import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * "4. … Response: 0 in each year." then "5. … Response: Not applicable - see answer to question 4.": the
 * pointer takes the answer it points at, and with it the words that say which periods that answer
 * covers. Taken without them, the 0 named no period and was counted for none.
 */
describe("an answer that points at another answer given for every period", () => {
  const kinship = kinshipRequest();
  const letter = (answer1: string) =>
    [
      "Dear Requester,",
      "",
      "1. How many children were placed with kinship carers in each year?",
      `Response: ${answer1}`,
      "",
      "2. How many kinship approvals were made?",
      "Response: Not applicable - see answer to question 1.",
      "",
      "Yours sincerely",
    ].join("\n");
  const keyed = async (answer1: string) => {
    const result = await processFile({ file: "reply.txt", bytes: text(letter(answer1)), manifestCode: null }, kinship);
    return keyPeriods([result], kinship.request, kinship.labels.everyPeriod).map((k) => [
      k.period.id,
      k.results[0]?.facts.filter((f) => f.measure === "kinship_approvals").map((f) => f.value),
    ]);
  };

  it("is that answer for every period", async () => {
    expect(await keyed("0 in each year.")).toEqual([
      ["2022-23", [0]],
      ["2023-24", [0]],
    ]);
  });

  it("an answer naming no period leaves the pointer naming none", async () => {
    expect(await keyed("None.")).toEqual([
      ["2022-23", []],
      ["2023-24", []],
    ]);
  });
});
