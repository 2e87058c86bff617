import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "2021: 5; 2022: 6; 2023: <5; Jan–Apr 2024: <5" (round 83): a letter's
 * answer line lists the whole years, then the part-year named by its months
 * and its year. The last item was no period of the list's, so the whole line
 * went unread.
 */
describe("a part-year named by its months in a line of periods", () => {
  it.each<[string, string[]]>([
    ["2021: 5; 2022: 6; 2023: <5; Jan–Apr 2024: <5", ["2021 5", "2022 6", "2023 <5", "Jan–Apr 2024 <5"]],
    [
      "2021: 38, 2022: 38, 2023: 30, January to April 2024: 6",
      ["2021 38", "2022 38", "2023 30", "January to April 2024 6"],
    ],
    // Round 122: each month with its day, the dash unspaced; the year alone was read as the item and the line dropped.
    ["2021: 25; 2022: 21; 2023: 22; 1 Jan-30 Apr 2024: 19", ["2021 25", "2022 21", "2023 22", "1 Jan-30 Apr 2024 19"]],
    [
      "2021: 25, 2022: 21, 2023: 22, 1st January to 30th April 2024: 19",
      ["2021 25", "2022 21", "2023 22", "1st January to 30th April 2024 19"],
    ],
  ])("%s", async (line, want) => {
    const text = [
      "Dear Requester",
      "",
      "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.",
      line,
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    const got = r.facts
      .filter((f) => f.measure === "uasc_looked_after" && f.status !== "not_answered")
      .map((f) => `${f.periodText} ${f.raw}`);
    expect(got).toEqual(want);
  });
});

/**
 * "2021 - 6" / "2022 - 4" / "2023 - 0" / "Jan-Apr 2024 - 2" (round 83, an
 * e-mail): one period a line, the part-year named by its months. Its line
 * was no period line, so the whole years were read as a list without it and
 * the part-year's figure went unread.
 */
describe("a part-year named by its months on a line of its own", () => {
  it("is read with the years above it", async () => {
    const text = [
      "Dear Requester,",
      "",
      "1a. Identified as trafficked / victim of modern slavery",
      "2021 - 6",
      "2022 - 4",
      "2023 - 0",
      "Jan-Apr 2024 - 2",
      "",
      "Kind regards",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    const got = r.facts
      .filter((f) => f.measure === "trafficked_identified" && f.status !== "not_answered")
      .map((f) => `${f.periodText} ${f.raw}`);
    expect(got).toEqual(["2021 6", "2022 4", "2023 0", "Jan-Apr 2024 2"]);
  });
});
