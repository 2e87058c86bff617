import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1d UASC (NRM referred)" as a column heading: question 1d asks only about
 * UASC who were also identified or suspected as trafficked, and a referral
 * to the National Referral Mechanism is a trafficking one. The number says
 * which children the figure counts, so it is 1d's, not trafficked and
 * unaccompanied children together (round 87: the column was set aside).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function measuresOf(heading: string): Promise<string[]> {
  const lines = [`Year,1c UASC,${heading}`, "2021,32,6", "2022,36,1"];
  const r = await processFile(
    { file: "Northfield Council FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
    severalYears,
  );
  return [...new Set(r.facts.filter((f) => f.status === "reported").map((f) => f.measure))].sort();
}

describe("a heading opening with a subset question's number", () => {
  it.each(["1d UASC (NRM referred)", "1d UASC - trafficked"])("%s is that question's measure", async (heading) => {
    expect(await measuresOf(heading)).toEqual(["uasc_looked_after", "uasc_trafficked_looked_after"]);
  });

  it("without the number, UASC and trafficked words together stay both groups, not used", async () => {
    expect(await measuresOf("UASC (NRM referred)")).toEqual(["uasc_looked_after"]);
  });
});
