import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageOutcomesRequest } from "../support/ageOutcomesRequest.js";

const knowledge = ageOutcomesRequest();

const run = async (csv: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E08000026" },
    knowledge,
  );
  return {
    facts: r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.value}`)
      .sort(),
    notes: r.issues.filter((i) => i.code === "label_from_question_number"),
  };
};

describe("a table whose rows are labelled with question numbers alone", () => {
  it("reads each row as the request's question of its number, and says so once for the file", async () => {
    // Round 93 (Coventry): rows "Q1" … "Q8" were read by number with only a decision to show it.
    const { facts, notes } = await run(["Question,2021/22", "Q1,61", "Q2,30", "Q3,16"].join("\n"));
    expect(facts).toEqual(["assessments 61", "found_adult 30", "found_child 16"]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toContain("assessments, found_adult, found_child");
  });

  it("says nothing of rows whose words name what they count", async () => {
    const { notes } = await run(
      ["Question,2021/22", "Q1 Age assessments carried out,61", "Q2 Concluded adult,30"].join("\n"),
    );
    expect(notes).toEqual([]);
  });
});
