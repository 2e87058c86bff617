import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/** A letter with one paragraph that gives two questions' lists of yearly figures, sentence after sentence. */
async function read(lines: string[]) {
  const letter = [
    "Example Borough Council",
    "Thank you for your request dated 25 January 2021. Please find the information below.",
    "Question 1a and 1b – trafficked children",
    ...lines,
    "If you are unhappy with the way your request has been handled you may ask for an internal review.",
    "Yours sincerely",
  ].join("\n");
  const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E08000001" }, knowledge);
  return {
    facts: r.facts
      .filter((f) => f.measure === "trafficked_identified" || f.measure === "trafficked_suspected")
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText} ${f.raw}`),
    issues: r.issues.filter((i) => i.severity !== "info").map((i) => `${i.code} ${i.measure ?? ""}`),
  };
}

describe("a paragraph of period lists, one sentence each", () => {
  it.each([
    [
      "two sentences, then a remark naming the questions",
      "Identified as trafficked or a victim of modern slavery (1a): 2018 – 5, 2019 – 4, 2020 – 6. Suspected, not included in 1a (1b): 2018 – 4, 2019 – 4, 2020 – 0. The trafficked column in the table below is the total of 1a and 1b.",
    ],
    [
      "two sentences with colons",
      "Children identified as trafficked: 2018: 5; 2019: 4; 2020: 6. Children suspected of having been trafficked: 2018: 4; 2019: 4; 2020: 0.",
    ],
  ])("reads each sentence's list with its own label: %s", async (_, line) => {
    const { facts } = await read([line]);
    expect([...facts].sort()).toEqual(
      [
        "trafficked_identified 2018 5",
        "trafficked_identified 2019 4",
        "trafficked_identified 2020 6",
        "trafficked_suspected 2018 4",
        "trafficked_suspected 2019 4",
        "trafficked_suspected 2020 0",
      ].sort(),
    );
  });

  it("leaves a paragraph whose second list follows a sentence with a figure of its own unread", async () => {
    const { facts } = await read([
      "Identified as trafficked: 2018 – 5, 2019 – 4, 2020 – 6. Of the 12 others, suspected: 2018 – 4, 2019 – 4, 2020 – 0.",
    ]);
    expect(facts).toEqual([]);
  });
});

describe("a line of sentences each led by its year", () => {
  it.each([
    ["In 2018: 5. In 2019: 4. In 2020: 6.", ["2018 5", "2019 4", "2020 6"]],
    ["In 2018: nil. In 2019: 4. In 2020: 6.", ["2018 nil", "2019 4", "2020 6"]],
    ["During 2018: 5; during 2019: 4; during 2020: 6.", ["2018 5", "2019 4", "2020 6"]],
  ])("%s answers the question above it", async (line, expected) => {
    const letter = [
      "Example Council",
      "The total number of looked after children in the care of your authority that have been:",
      "a. Identified as having been trafficked or a victim of modern slavery.",
      line,
      "Yours sincerely",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E08000001" }, knowledge);
    const facts = r.facts.filter((f) => f.measure === "trafficked_identified").map((f) => `${f.periodText} ${f.raw}`);
    expect(facts).toEqual(expected);
  });
});
