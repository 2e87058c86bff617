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

  it("a year named outside the list is another answer's: the nil is not each listed year's", async () => {
    expect(
      await keyed(
        "No child who went missing in 2019 remains missing; the numbers for 2018 and 2020 are set out in the enclosed table.",
      ),
    ).toEqual([]);
    expect(
      await keyed("No child who went missing in 2018 or 2020 remains missing; 2019 is still being checked."),
    ).toEqual([]);
  });

  it("a list in another clause than the nil is not the nil's", async () => {
    expect(await keyed("No child who went missing in 2019 remains missing, unlike 2018 and 2020.")).toEqual([]);
    expect(await keyed("No child remains missing (please see our earlier response for 2018 and 2020).")).toEqual([]);
  });

  it("a bracket holding only the list is the nil's own", async () => {
    expect(await keyed("None of the children who went missing is still missing (2018 and 2020).")).toEqual([
      "2018 0",
      "2020 0",
    ]);
    expect(await keyed("None of the children who went missing is still missing (see 2018 and 2020).")).toEqual([]);
  });
});
