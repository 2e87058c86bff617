import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Question 2b (of these, children who went missing or absent)" after a
 * heading on the trafficked questions (round 102's Shetland): the label
 * names the count its number asks but no group, so its group came from the
 * context alone; the number names the question asking that count of the
 * unaccompanied children, and says which group it is.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

const letter = (second: string) =>
  [
    "Dear Sir/Madam",
    "",
    "Questions 1a, 1b and 2a (trafficked children)",
    "2018: 3",
    "2019: 2",
    "2020: 1",
    "",
    second,
    "2018: 4",
    "2019: 0",
    "2020: 2",
    "",
    "Yours faithfully",
  ].join("\n");

const read = (text: string) =>
  processFile({ file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000027" }, knowledge);

describe("a numbered answer whose words name the count but no group", () => {
  it("is read as the question its number names", async () => {
    const r = await read(letter("Question 2b (of these, children who went missing or absent)"));
    const missing = r.facts.filter((f) => f.measure === "uasc_went_missing" && f.status === "reported");
    expect(missing.map((f) => f.value)).toEqual([4, 0, 2]);
    expect(r.facts.some((f) => f.measure === "trafficked_went_missing" && f.value === 4)).toBe(false);
  });
  it("keeps its words when they name a group", async () => {
    const r = await read(letter("Question 2b (trafficked children who went missing or absent)"));
    const missing = r.facts.filter((f) => f.measure === "trafficked_went_missing" && f.status === "reported");
    expect(missing.map((f) => f.value)).toEqual([4, 0, 2]);
    expect(r.issues.some((i) => i.code === "label_number_differs")).toBe(true);
  });
});
