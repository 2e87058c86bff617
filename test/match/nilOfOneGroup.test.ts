import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "fixtures/holdout155/request.json" });

/**
 * "None of the unaccompanied children went missing": a nil that names one group answers that group's
 * question only. Under a question asked of both groups (question 4, children still missing of either group)
 * or of the other group (2a, trafficked children), it must not become that figure as an exact 0: the
 * trafficked children who are still missing may be many.
 */
describe("a nil naming one group", () => {
  const read = async (lines: string[]) =>
    (
      await processFile(
        { file: "response.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "W06000010" },
        k,
      )
    ).facts;

  it.each([
    [
      "under the both-groups question",
      ["Question 4", "None of the unaccompanied children are still missing."],
      "not_found",
    ],
    [
      "under the other group's question",
      ["Question 2a", "None of the unaccompanied children went missing in any of the years."],
      "trafficked_went_missing",
    ],
  ])("%s is not that question's exact 0", async (_, lines, measure) => {
    const facts = await read(lines);
    expect(facts.filter((f) => f.measure === measure && f.value === 0 && f.status === "reported")).toEqual([]);
  });

  it("under its own group's question is that question's 0", async () => {
    const facts = await read(["Question 2b", "None of the unaccompanied children went missing in any of the years."]);
    expect(facts.filter((f) => f.measure === "uasc_went_missing").map((f) => f.value)).toContain(0);
  });
});
