import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "None of the children who went missing in 2018 or 2020 is still missing.":
 * a nil given to a list of some of the requested years is none in each of
 * them. It named several periods, so it was counted for none and the
 * council's answer for those years was lost.
 */
describe("a nil given to a list of some requested years", () => {
  const threeYears = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  const keyed = async (answer: string) => {
    const letter = [
      "Dear Requester",
      "",
      "Thank you for your request about looked after children for the calendar years 2018, 2019 and 2020.",
      "",
      `Question 4. ${answer}`,
      "",
      "Yours sincerely",
    ].join("\n");
    const result = await processFile(
      { file: "Northfield FOI 2021-219.txt", bytes: text(letter), manifestCode: null },
      threeYears,
    );
    return keyPeriods([result], threeYears.request, threeYears.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts
          .filter((f) => f.measure === "not_found" && f.status === "reported")
          .map((f) => `${period.id} ${f.value}`),
      ),
    );
  };

  it("is none in each year listed", async () => {
    expect(
      await keyed(
        "None of the children who went missing in 2018 or 2020 is still missing. One child who went missing in 2019 has not been found.",
      ),
    ).toEqual(["2018 0", "2019 1", "2020 0"]);
  });

  it("a count given to a list of years is a total, not each year's", async () => {
    expect(await keyed("2 of the children who went missing in 2018 or 2020 are still missing.")).toEqual([]);
  });

  it("a nil over a span of years is not read as a list", async () => {
    expect(await keyed("None of the children who went missing between 2018 and 2019 is still missing.")).toEqual([]);
  });
});
