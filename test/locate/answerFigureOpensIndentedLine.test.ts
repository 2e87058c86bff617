import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge();

/**
 * "1. Looked after children identified … trafficked:" / "   3. Our records do not distinguish …": a letter
 * that answers a numbered question on the indented line below it, opening with the figure and a full stop.
 * The "3." is the answer's figure, not question 3: it is indented under question 1 and is not the number
 * that comes next in the list.
 */
async function read(answer: string[]) {
  const text = [
    "Example Borough Council",
    "",
    "Trafficked and unaccompanied children in our care between 1 October 2014 and 30 September 2015.",
    "",
    "1. Looked after children identified as having been trafficked, or suspected of having been trafficked:",
    ...answer,
    "",
    "2. Of these, how many went missing at least once: 2.",
    "",
    "3. Missing episodes: 6.",
    "",
  ].join("\n");
  const r = await processFile(
    { file: "Example response.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000032" },
    knowledge,
  );
  const facts = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
  const heldNot = r.issues.filter((i) => i.code === "value_not_held").map((i) => i.measure);
  return { facts, heldNot };
}

describe("a numbered question answered on the indented line below it, the answer opening with its figure", () => {
  it("reads the figure as the question's answer, not as the next question", async () => {
    const { facts, heldNot } = await read([
      "   3. Our records do not distinguish children identified as trafficked from children suspected of",
      "   having been trafficked, so we do not hold the split asked for at 1(a) and 1(b).",
    ]);
    expect(facts).toContain("trafficked_looked_after 3");
    expect(facts).toContain("trafficked_missing_incidents 6");
    expect(heldNot).not.toContain("trafficked_missing_incidents");
  });

  it("leaves a list nested under the question (its items 1, 2, …) unread as a figure", async () => {
    const { facts } = await read(["   1. Children placed by us", "   2. Children placed by other councils"]);
    expect(facts).not.toContain("trafficked_looked_after 1");
  });
});
