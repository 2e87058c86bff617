import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "2a. Trafficked children who went missing or absent: Nil (no trafficked
 * children were looked after in these years).": "these years" points back at
 * the years asked about and names no one of them, so the nil is the whole
 * span's, none in each year. Read as dated by the word "years", it was
 * counted for no period and the council's answer was lost.
 */
describe("a nil whose words point back at the years asked about", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  const keyed = async (answer: string) => {
    const letter = [
      "Dear Requester",
      "",
      "Thank you for your request about looked after children who were trafficked or unaccompanied.",
      "",
      `2a. Trafficked children who went missing or absent: ${answer}`,
      "",
      "Yours sincerely",
    ].join("\n");
    const result = await processFile(
      { file: "Northfield FOI 2021-219.txt", bytes: text(letter), manifestCode: null },
      k,
    );
    return keyPeriods([result], k.request, k.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts
          .filter((f) => f.measure === "trafficked_went_missing" && f.status === "reported")
          .map((f) => `${period.id} ${f.value}`),
      ),
    );
  };

  it("is none in each year", async () => {
    expect(await keyed("Nil (no trafficked children were looked after in these years).")).toEqual([
      "2018 0",
      "2019 0",
      "2020 0",
    ]);
  });
});
