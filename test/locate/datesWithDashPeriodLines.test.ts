import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const read = async (lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000013" },
    severalYears,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} | ${f.periodText ?? ""} | ${f.status} ${f.value ?? ""}`.trim())
    .sort();
};

/**
 * "2021: 48" / "2022: 66" / "2023: 64" / "1 January 2024 – 30 April 2024: 19"
 * (round 91, Hammersmith and Fulham): the part-year written as its dates
 * joined by a dash. The three years' lines were joined as a list without
 * it, and its line, cut at its own dash, was no period and its figure.
 */
describe("a part-year written as its dates with a dash, one line a period", () => {
  it("reads its figure with the years'", async () => {
    const got = await read([
      "Question 1c",
      "Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.",
      "2021: 48",
      "2022: 66",
      "2023: 64",
      "1 January 2024 – 30 April 2024: 19",
    ]);
    expect(got.filter((g) => g.startsWith("uasc_looked_after"))).toHaveLength(4);
    expect(got).toContain("uasc_looked_after | 1 January 2024 – 30 April 2024 | reported 19");
  });

  it("reads a run broken by a line no list takes, line by line", async () => {
    const got = await read([
      "Question 4",
      "The number of looked after children that are still missing or absent.",
      "2021: fewer than 5",
      "2022: Redacted – s.40(2)",
      "2023: fewer than 5",
      "1 January 2024 – 30 April 2024: fewer than 5",
    ]);
    expect(got.filter((g) => g.startsWith("not_found"))).toHaveLength(4);
    expect(got).toContain("not_found | 1 January 2024 – 30 April 2024 | suppressed");
  });
});

/**
 * "Question 2: children who went missing or absent – trafficked 3, 3, 2, 1;
 * unaccompanied or separated 2, 2, 2, 1." under a letter that listed the
 * periods once (round 91, Bridgend): the second list names a group and no
 * count, so it counts what the first does; read alone it was a count of
 * unaccompanied children looked after, in conflict with the real one.
 */
describe("lists of one count a period after the letter lists its periods", () => {
  it("gives a later list naming no count the first list's", async () => {
    const got = await read([
      "Question 1: in 2021, 2022, 2023 and 1 January to 30 April 2024, the number of unaccompanied or separated children looked after was 18, 21, 24, 6.",
      "",
      "Question 2: children who went missing or absent – trafficked 3, 3, 2, 1; unaccompanied or separated 2, 2, 2, 1.",
    ]);
    expect(got).toContain("uasc_looked_after | 2021 | reported 18");
    expect(got).toContain("trafficked_went_missing | 2022 | reported 3");
    expect(got).toContain("uasc_went_missing | 1 January to 30 April 2024 | reported 1");
    expect(got.filter((g) => g.startsWith("uasc_looked_after"))).toHaveLength(4);
  });
});
