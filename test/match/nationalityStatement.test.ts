import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function totalOf(statement: string): Promise<string[]> {
  const text = [
    "Northfield Council FOI 1412",
    "",
    "Q1a Identified as trafficked / victim of modern slavery",
    "2021 – 12",
    "2022 – 8",
    "Q1b Suspected of being trafficked (if not in 1a)",
    "2021 – 2",
    "2022 – 1",
    "Q5 Gender and nationality",
    `Unaccompanied children who went missing, by nationality - 2021: Afghan 4, Sudanese 2. ${statement}`,
  ].join("\n");
  const r = await processFile(
    { file: "Northfield FOI 1412.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    severalYears,
  );
  return r.facts
    .filter((f) => f.measure === "trafficked_looked_after" && f.status !== "not_answered")
    .map((f) => `${f.status} ${f.value ?? ""}`.trim());
}

// "Trafficked children: nationality not held in a reportable format.": the
// statement is about the children's nationality, which the request's counts
// do not ask, so it is no status of the count of trafficked children, which
// the reply gives as its two parts.
describe("a not-held statement about nationality under a group's label", () => {
  it.each([["Trafficked children: nationality not held in a reportable format."]])("%s", async (statement) => {
    // Given as its two parts only, the total is left to be added up from them: a "not held" would stop that.
    expect(await totalOf(statement)).toEqual([]);
  });

  it("a not-held statement about the children themselves is still read", async () => {
    expect(await totalOf("Trafficked children: not held.")).toContain("not_held");
  });
});
