import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "  2024 (1 January - 30 April, provisional): 1" under "  2023: 4" (round
 * 77): the part-year's line says its figure is not yet validated inside the
 * brackets that name its months. It is still a period and its figure, one of
 * the question's lines; read as something else it ended the list, and the
 * part-year's figure went unread without a word.
 */
describe("a part-year's line marked provisional inside its brackets", () => {
  it("is read as the part-year's figure, with the years above it", async () => {
    const text = [
      "Dear Sir/Madam",
      "",
      "1a. Identified as having been trafficked or a victim of modern slavery (including NRM):",
      "  2021: 1",
      "  2022: 4",
      "  2023: 4",
      "  2024 (1 January - 30 April, provisional): 3",
      "",
      "Please note that figures for 2024 are provisional.",
    ].join("\n");
    const r = await processFile(
      { file: "Northfield FOI 24-0412 reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    const got = r.facts
      .filter((f) => f.measure === "trafficked_identified" && f.status === "reported")
      .map((f) => `${f.periodText} ${f.value}`);
    expect(got).toEqual(["2021 1", "2022 4", "2023 4", "2024 (1 January - 30 April, provisional) 3"]);
  });
});
