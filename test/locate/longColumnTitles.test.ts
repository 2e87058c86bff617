import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Periods as rows and the questions across the top, each column titled with
 * its question in short: a title can run past fourteen words ("Q4c Children
 * placed out of area more than 20 miles from home who went missing"), and a
 * title opening with a bare question number ("1 Looked after children who
 * went missing") reads like a figure with a remark. Neither makes the row a
 * row of answers: every column under it is read.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout117/request.json", import.meta.url).pathname,
});

const read = async (lines: string[]) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000061" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
};

describe("a row of question titles over rows of periods", () => {
  it("reads a column whose title is a question in short of more than fourteen words", async () => {
    const got = await read([
      "Period,Q1 Looked after children who went missing,Q4c Children placed out of area more than 20 miles from home who went missing",
      "2022/23,96,24",
      "2023/24,82,13",
    ]);
    expect(got).toEqual(
      ["cla_went_missing 96", "cla_went_missing 82", "distant_went_missing 24", "distant_went_missing 13"].sort(),
    );
  });

  it("reads titles opening with bare question numbers in rising order", async () => {
    const got = await read([
      "Period,1 Looked after children who went missing,2 Missing episodes (looked after children),5 Return home interviews offered",
      "2022/23,96,350,248",
      "2023/24,82,227,190",
    ]);
    expect(got).toEqual(
      [
        "cla_missing_incidents 350",
        "cla_missing_incidents 227",
        "cla_rhi_offered 248",
        "cla_rhi_offered 190",
        "cla_went_missing 96",
        "cla_went_missing 82",
      ].sort(),
    );
  });
});
