import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

/**
 * A heading naming some questions ("Questions 1(a) and 1(b) – trafficked children") over a paragraph whose
 * first sentence names no question: the paragraph answers the heading, unless a later sentence names another
 * question and gives its figure ("For question 2(a), 4 trafficked children went missing in 2017"), which must
 * not be lost to the heading (session 45's review).
 */
describe("a paragraph under a heading naming questions", () => {
  const read = async (paragraph: string) => {
    const letter = ["Questions 1(a) and 1(b) – trafficked children", paragraph, "Question 3", "Nil."].join("\n");
    const r = await processFile(
      { file: "Kent County Council reply.txt", bytes: new TextEncoder().encode(letter), manifestCode: null },
      k,
    );
    return r.facts.find((f) => f.measure === "trafficked_went_missing" && f.status === "reported")?.value ?? null;
  };

  it("keeps a later sentence's figure for another question", async () => {
    expect(
      await read(
        "The Council does not hold this information. For question 2(a), 4 trafficked children went missing in 2017.",
      ),
    ).toBe(4);
  });

  it("stays the heading's where a later sentence names another question with no figure", async () => {
    expect(
      await read(
        "The Council does not hold this information. For the same reason we cannot answer question 4 for both groups.",
      ),
    ).toBeNull();
  });
});
