import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageOutcomesRequest } from "../support/ageOutcomesRequest.js";

const knowledge = ageOutcomesRequest();

const run = async (file: string, text: string) => {
  const r = await processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "S12000049" }, knowledge);
  const facts = r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${(f.periodText ?? "").split(" | ")[0]} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
  return { facts, codes: r.issues.map((i) => `${i.code} ${i.measure ?? ""}`.trim()) };
};

describe("a restated question with a figure in its own words", () => {
  it("reads the lines under '… a child (under 18)?' and takes no bound from the question", async () => {
    // Round 93 (Glasgow, Croydon, Liverpool): "(under 18)" in the restated question was read as a
    // suppressed answer (1–17) for no period, and the year lines under it went unread.
    const { facts, codes } = await run(
      "reply.txt",
      [
        "Glasgow City Council",
        "",
        "3. Of the age assessments in question 1, how many concluded that the person was a child (under 18)?",
        "2021/22 – 5",
        "2022/23 – 13",
        "2023/24 – 12",
        "",
      ].join("\n"),
    );
    expect(facts).toEqual([
      "found_child 2021/22 reported 5",
      "found_child 2022/23 reported 13",
      "found_child 2023/24 reported 12",
    ]);
    expect(codes).not.toContain("value_suppressed found_child");
  });
});

describe("a run of period lines whose answers carry their unit of time", () => {
  it("reads '2021/22   45 days' lines, typed as a table, as the average in days", async () => {
    // Round 93 (Liverpool): lines typed in columns under the question became a table whose
    // "45 days" cells were no figures, so the average went unread.
    const { facts } = await run(
      "reply.txt",
      [
        "Glasgow City Council",
        "",
        "1) How many age assessments were carried out in each year?",
        "Response:",
        "  2021/22   14",
        "  2022/23   27",
        "  2023/24   14",
        "",
        "5) What was the average time, in days, to complete an assessment?",
        "Response:",
        "  2021/22   45 days",
        "  2022/23   44 days",
        "  2023/24   62 days",
        "",
      ].join("\n"),
    );
    expect(facts.filter((f) => f.startsWith("avg_days"))).toEqual([
      "avg_days 2021/22 reported 45",
      "avg_days 2022/23 reported 44",
      "avg_days 2023/24 reported 62",
    ]);
  });
});

describe("a nil said of questions by number, with others that do not apply", () => {
  it("answers only the questions the nil names, and says they were read by number", async () => {
    // Round 93 (Edinburgh): "questions 4, 7 and 8 do not apply" was read as nil too, so an average
    // time and a cost were reported as 0.
    const { facts, codes } = await run(
      "reply.txt",
      [
        "Glasgow City Council",
        "",
        "The council has not carried out any age assessments in 2021/22, 2022/23 or 2023/24. The answer to questions 1, 2 and 3 is therefore nil for each year, and questions 4 and 5 do not apply.",
        "",
      ].join("\n"),
    );
    expect(facts.filter((f) => f.startsWith("avg_days") || f.startsWith("pct_adult"))).toEqual([]);
    // One nil for every period: the statement names none, and assembling gives it to each.
    expect(facts.filter((f) => f.startsWith("found_child"))).toEqual(["found_child  reported 0"]);
    expect(codes).toContain("label_from_question_number");
  });
});
