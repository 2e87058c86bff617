import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/** A letter's numbered answers, each with its figure for every year in brackets after the label. */
async function read(lines: string[]) {
  const letter = [
    "Example Borough Council",
    "Thank you for your request for information about trafficked and unaccompanied",
    "children in our care for the calendar years 2018, 2019 and 2020, which we received on",
    "8 January 2021. Our answers are set out below, with each calendar year in brackets.",
    ...lines,
    "If you are dissatisfied with the handling of your request, you have the right to ask for",
    "an internal review. If you remain dissatisfied you may apply to the Information",
    "Commissioner's Office.",
    "Yours faithfully,",
  ].join("\n");
  const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E09000013" }, knowledge);
  return r.facts
    .filter((f) => f.measure === "uasc_looked_after" || f.measure === "uasc_went_missing")
    .map((f) => `${f.measure} ${f.status} ${f.raw}`);
}

describe("figures by year in brackets after a label", () => {
  it("reads the last year's figure without the bracket that closes the list", async () => {
    const facts = await read([
      "1c. Unaccompanied asylum seeking or separated children looked after (2018: 54; 2019: 57; 2020: 31)",
    ]);
    expect(facts).toEqual([
      "uasc_looked_after reported 54",
      "uasc_looked_after reported 57",
      "uasc_looked_after reported 31",
    ]);
  });

  it("joins a list broken after a year's colon onto the line with its figure", async () => {
    const facts = await read([
      "2b. Unaccompanied or separated children who went missing or absent (2018: 2; 2019:",
      "13; 2020: 1)",
    ]);
    expect(facts).toEqual([
      "uasc_went_missing reported 2",
      "uasc_went_missing reported 13",
      "uasc_went_missing reported 1",
    ]);
  });
});
