import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

const read = async (file: string, text: string) => {
  const r = await processFile(
    { file, bytes: new TextEncoder().encode(text), manifestCode: "E08000012" },
    ageAssessmentRequest(),
  );
  const facts = r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.raw}`)
    .sort();
  return { facts, issues: r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.raw) };
};

describe("a table given for context under the answers", () => {
  it("answers none of the request's questions, and says so", async () => {
    // Round 80 (Liverpool): a National Transfer Scheme table under the answers, whose "UASC arrivals"
    // and "Of whom age disputed … by the Home Office" rows conflicted with the answers to Q1 and Q3.
    const { facts, issues } = await read(
      "reply.csv",
      [
        ",2021,2022",
        "1. Age assessments carried out,30,43",
        "2. Found to be an adult,8,11",
        "",
        "For context: unaccompanied children received through the National Transfer Scheme",
        ",2021,2022",
        "UASC arrivals via NTS,19,47",
        "Of whom age assessed as adult on arrival,3,9",
      ].join("\n"),
    );
    expect(facts).toEqual(["assessments 30", "assessments 43", "found_adult 11", "found_adult 8"]);
    expect(issues).toEqual(["For context: unaccompanied children received through the National Transfer Scheme"]);
  });

  it("ends at the next numbered question", async () => {
    const { facts } = await read(
      "reply.csv",
      [",2021,2022", "For comparison: arrivals", "UASC arrivals,19,47", "2. Found to be an adult,8,11"].join("\n"),
    );
    expect(facts).toEqual(["found_adult 11", "found_adult 8"]);
  });

  it("is never a sentence in a cell", async () => {
    const { facts, issues } = await read(
      "reply.csv",
      [
        "For comparison we have repeated the figures we gave you last year.",
        ",2021,2022",
        "Age assessments carried out,30,43",
      ].join("\n"),
    );
    expect(facts).toEqual(["assessments 30", "assessments 43"]);
    expect(issues).toEqual([]);
  });

  it("is never a sentence of a letter", async () => {
    const { facts, issues } = await read(
      "reply.txt",
      [
        "Liverpool City Council",
        "",
        "For context, the figures below are from our case management system.",
        "",
        "Age assessments carried out: 2021: 30, 2022: 43",
      ].join("\n"),
    );
    expect(facts).toEqual(["assessments 30", "assessments 43"]);
    expect(issues).toEqual([]);
  });
});
