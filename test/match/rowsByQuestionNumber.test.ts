import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
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

describe("a long table naming each row's year, then its question, then the answer", () => {
  const when = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  const read = async (csv: string) => {
    const r = await processFile(
      { file: "Moray reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "S12000020" },
      when,
    );
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.label} ${f.value}`)
      .sort();
  };

  it("reads a bare question number after the year as the question, never as a figure", async () => {
    // Round 168 (Moray): "2020,4,Nil" was read as a figure 4 labelled "2020", and Q4 went unanswered.
    const facts = await read(
      [
        "year,question,response",
        "2018,2b,Nil",
        "2018,4,Nil",
        "2019,2b,1",
        "2019,4,Nil",
        "2020,2b,1",
        "2020,4,Nil",
      ].join("\n"),
    );
    expect(facts.filter((f) => f.startsWith("not_found"))).toEqual([
      "not_found 2018 × 4 0",
      "not_found 2019 × 4 0",
      "not_found 2020 × 4 0",
    ]);
  });

  it("leaves a number in a column after one that names no year as it was", async () => {
    const facts = await read(["area,question,response", "Moray,4,2"].join("\n"));
    expect(facts.filter((f) => f.startsWith("not_found"))).toEqual([]);
  });
});
