import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { fakeReturn } from "../aggregate/fakeReturns.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * Financial years asked for (kinshipRequest: 2022/23 and 2023/24); a reply
 * whose pairs of years are, by its own words, another kind of year gives
 * figures for other dates, and must be flagged wherever the words sit.
 */
describe("pairs of years of another kind than the request's", () => {
  const k = kinshipRequest();
  const periodIssues = async (lines: string[]) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000038" },
      k,
    );
    const ret = { ...fakeReturn("E06000038", {}, { status: "answered" }), periods: r.periods };
    const [checked] = checkReturns([ret], k.request);
    return (checked?.issues ?? []).map((i) => i.code).filter((c) => c.startsWith("period_"));
  };

  // [what, the file's lines, period issues raised]
  it.each<[string, string[], string[]]>([
    ["bare pairs of years", ["Year,Kinship children", "2022/23,41", "2023/24,47"], []],
    ["financial years said so", ["Financial year,Kinship children", "2022/23,41", "2023/24,47"], []],
    [
      "the kind in the column header",
      ["School year,Kinship children", "2022/23,41", "2023/24,47"],
      ["period_mismatch"],
    ],
    [
      "the kind beside each year",
      ["Year,Kinship children", "2022-23 (Sep to Aug),41", "2023-24 (Sep to Aug),47"],
      ["period_mismatch"],
    ],
    [
      "the kind in a note below the table",
      [
        "Year,Kinship children",
        "2022/23,41",
        "2023/24,47",
        "",
        "These counts are recorded per school year rather than financial year.",
      ],
      ["period_mismatch"],
    ],
    [
      "the kind in a title above",
      ["Kinship placements by academic year", "Year,Kinship children", "2022/23,41", "2023/24,47"],
      ["period_mismatch"],
    ],
    [
      "a note that sets the other kind aside",
      ["Year,Kinship children", "2022/23,41", "2023/24,47", "", "Counts are by financial year, not by academic year."],
      [],
    ],
  ])("%s", async (_what, lines, want) => {
    expect(await periodIssues(lines)).toEqual(want);
  });
});
