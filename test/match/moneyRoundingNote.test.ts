import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageOutcomesRequest } from "../support/ageOutcomesRequest.js";

const knowledge = ageOutcomesRequest();

const run = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E09000018" },
    knowledge,
  );
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.status} ${f.value ?? `${f.lower}–${f.upper}`}`)
      .sort(),
    codes: r.issues.map((i) => `${i.code} ${i.measure ?? ""}`.trim()),
  };
};

describe("a note that the file's sums of money are rounded", () => {
  it("reads each sum as the range it stands for, with a warning, and leaves the counts exact", async () => {
    // Round 93 (Hounslow): "Costs rounded to the nearest pound" under "£266,157" kept the cost as exact.
    const { facts, codes } = await run(
      [
        "Financial year,Age assessments carried out,Cost £",
        '2021/22,67,"£266,157"',
        "Costs rounded to the nearest pound.",
      ].join("\n"),
    );
    expect(facts).toEqual(["assessments reported 67", "cost suppressed 266156.5–266157.5"]);
    expect(codes).toContain("value_rounded cost");
  });

  it("leaves sums of money exact where no note says they are rounded, and counts under a count's note alone", async () => {
    const { facts, codes } = await run(
      ["Financial year,Age assessments carried out,Cost £", '2021/22,67,"£266,157.40"'].join("\n"),
    );
    expect(facts).toEqual(["assessments reported 67", "cost reported 266157.4"]);
    expect(codes).not.toContain("value_rounded cost");
  });
});
