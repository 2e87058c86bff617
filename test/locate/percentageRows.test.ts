import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { homeEducationRequest } from "../support/requestKnowledge.js";

describe("a row of percentages between rows of counts", () => {
  it("is a row of rates, not the title over the counts below it", async () => {
    const csv = [
      ",2022/23,2023/24",
      "Q1 Number of children home educated,412,455",
      "Q4 % of children with SEN support who were home educated,0.9%,1.1%",
      "Q5 Still home educated at 31 March,288,301",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
      homeEducationRequest(),
    );
    const facts = r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${(f.periodText ?? "").split(" | ")[0]} ${f.status} ${f.value ?? ""}`.trim())
      .sort();
    expect(facts).toEqual([
      "ehe_children 2022/23 reported 412",
      "ehe_children 2023/24 reported 455",
      "ehe_open 2022/23 reported 288",
      "ehe_open 2023/24 reported 301",
    ]);
    // The question answered with a percentage is named, not only left unanswered.
    const named = r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure);
    expect([...new Set(named)]).toEqual(["ehe_sen_children"]);
  });

  it("a column of percentages between columns of counts is not the label of the count after it", async () => {
    // Round 36 (Rutland): "61%" under "Percentage of young carers assessed" was read as the row label of the
    // next column's count, which was then dropped as a percentage with no word on its measure.
    const csv = [
      "Period,Number of children home educated,% of children with SEN support who were home educated,Still home educated at 31 March",
      "2022/23,412,0.9%,288",
      "2023/24,455,1.1%,301",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
      homeEducationRequest(),
    );
    const facts = r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.label} ${f.value ?? ""}`)
      .sort();
    expect(facts).toEqual([
      "ehe_children 2022/23 × Number of children home educated 412",
      "ehe_children 2023/24 × Number of children home educated 455",
      "ehe_open 2022/23 × Still home educated at 31 March 288",
      "ehe_open 2023/24 × Still home educated at 31 March 301",
    ]);
    const named = r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure);
    expect([...new Set(named)]).toEqual(["ehe_sen_children"]);
  });
});
