import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A letter that restates each question heads its answer "Response:", then
 * gives one line a period ("2022/23 - 61"), or names the kind of year after
 * the pair ("2022/23 academic year: 349"). Round 34 (elective home
 * education, academic years and a part-year to 31 January 2025).
 */
const k = loadKnowledge({ request: "fixtures/holdout34/request.json" });
const Q1 =
  "Q1. During each of the academic years 2022/23 and 2023/24, and from 1 September 2024 to 31 January 2025, how many children were known to be electively home educated at any point in the period (the cumulative total)?";

const run = async (lines: string[]) => {
  const text = ["Dear Requester,", "", "You asked:", "", ...lines, "", "Yours sincerely"].join("\n");
  return processFile({ file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000017" }, k);
};
const read = async (lines: string[]) =>
  (await run(lines)).facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`)
    .sort();

describe("period lines under a restated question", () => {
  it("reads the lines past a 'Response:' heading", async () => {
    expect(await read([Q1, "", "Response:", "2022/23 - 61", "2023/24 - 70"])).toEqual([
      "ehe_known 2022/23 reported 61",
      "ehe_known 2023/24 reported 70",
    ]);
  });

  it("reads 'Answer:' the same way, with blank lines between the lines", async () => {
    expect(await read([Q1, "", "Answer:", "", "2022/23 - 61", "", "2023/24 - 70"])).toEqual([
      "ehe_known 2022/23 reported 61",
      "ehe_known 2023/24 reported 70",
    ]);
  });

  it("reads the kind of year after the pair as part of the period", async () => {
    expect(
      await read([
        Q1,
        "",
        "2022/23 academic year: 349",
        "2023/24 academic year: 393",
        "1 September 2024 to 31 January 2025: 322",
      ]),
    ).toEqual([
      "ehe_known 1 September 2024 to 31 January 2025 reported 322",
      "ehe_known 2022/23 academic year reported 349",
      "ehe_known 2023/24 academic year reported 393",
    ]);
  });

  it("takes a pair cut short at the requested part-year's end as that part-year", async () => {
    expect(
      await read([Q1, "", "Response:", "2022/23 - 61", "2023/24 - 70", "2024/25 (to 31 January 2025) - 58"]),
    ).toEqual([
      "ehe_known 2022/23 reported 61",
      "ehe_known 2023/24 reported 70",
      "ehe_known 2024/25 (to 31 January 2025) reported 58",
    ]);
  });

  it("a mark the request's own question uses ('the cumulative total') marks no figure as another period's", async () => {
    const r = await run([Q1, "", "Response:", "2022/23 - 61", "2023/24 - 70"]);
    expect(r.issues.filter((i) => i.code === "figure_other_period")).toEqual([]);
  });
  // Round 124 (Angus): every period line opens with the marker, not only a heading above the run.
  it.each([
    ["Response:", "Response: 2022/23 - 61", "Response: 2023/24 - 70"],
    ["Answer -", "Answer - 2022/23: 61", "Answer - 2023/24: 70"],
  ])("reads lines that each open with '%s'", async (_marker, first, second) => {
    expect(await read([Q1, first, second])).toEqual(["ehe_known 2022/23 reported 61", "ehe_known 2023/24 reported 70"]);
  });

  it("reads dated spans after the marker ('Response: 1 January 2021 to 31 December 2021 - 0')", async () => {
    const k124 = loadKnowledge({ request: "fixtures/holdout124/request.json" });
    const text = [
      "Question 2b: The total number of looked after children in the care of your authority:",
      "b. Identified as an UASC or separated child and that have gone missing or absent.",
      "Response: 1 January 2021 to 31 December 2021 - 4",
      "Response: 1 January 2022 to 31 December 2022 - 0",
      "Response: 1 January 2023 to 31 December 2023 - fewer than 5",
      "Response: 1 January 2024 to 30 April 2024 - 1",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000041" },
      k124,
    );
    expect(
      r.facts
        .filter((f) => f.status !== "not_answered")
        .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`)
        .sort(),
    ).toEqual([
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 4",
      "uasc_went_missing 1 January 2022 to 31 December 2022 reported 0",
      "uasc_went_missing 1 January 2023 to 31 December 2023 suppressed ",
      "uasc_went_missing 1 January 2024 to 30 April 2024 reported 1",
    ]);
  });
});
