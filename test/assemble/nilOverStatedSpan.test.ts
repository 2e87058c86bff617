import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "No looked after child was identified as trafficked at any time between 1
 * January 2021 and 30 April 2024": a nil over a span the answer states,
 * covering every requested period, is none in each of them. It named no one
 * period, so it was counted for none and the council's answer was lost.
 */
describe("a nil over a stated span covering every requested period", () => {
  const severalYears = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const keyed = async (answer: string) => {
    const letter = [
      "Dear Requester",
      "",
      "Thank you for your request about looked after children who were trafficked or unaccompanied.",
      "",
      `1a, 1b and 1d. ${answer}`,
      "",
      "Yours sincerely",
    ].join("\n");
    const result = await processFile(
      { file: "Northfield FOI 2024-219.txt", bytes: text(letter), manifestCode: null },
      severalYears,
    );
    return keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts
          .filter((f) => f.measure === "trafficked_identified" && f.status === "reported")
          .map((f) => `${period.id} ${f.value}`),
      ),
    );
  };

  it("is none in each period", async () => {
    expect(
      await keyed(
        "No looked after child was identified or suspected as trafficked or as a victim of modern slavery at any time between 1 January 2021 and 30 April 2024.",
      ),
    ).toEqual(["2021 0", "2022 0", "2023 0", "2024-01-01_2024-04-30 0"]);
  });

  it("a count over the span is a total, not each period's", async () => {
    expect(
      await keyed(
        "3 looked after children were identified as trafficked or as victims of modern slavery between 1 January 2021 and 30 April 2024.",
      ),
    ).toEqual([]);
  });

  it("a nil over a span that leaves a requested period out is not that period's", async () => {
    expect(
      await keyed(
        "No looked after child was identified or suspected as trafficked or as a victim of modern slavery at any time between 1 January 2022 and 30 April 2024.",
      ),
    ).toEqual([]);
  });
});
