import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge();

/**
 * Rows that name only whose children they count and the request's question they answer ("UASC (Q8)"
 * under "Table 3: children still missing"): the words name the group, the number the count. The
 * request calls the group "unaccompanied children" in question 8 and "UASC" only in question 5, so the
 * number must be read by the words the request uses for that group anywhere, not in question 8 alone.
 */
async function read(lines: string[]) {
  const bytes = new TextEncoder().encode(["Example Borough Council", ...lines].join("\n"));
  const r = await processFile({ file: "Example response.csv", bytes, manifestCode: "E09000032" }, knowledge);
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
}

describe("a row naming only its group, numbered by the request's question", () => {
  it.each([
    ["UASC (Q8),1", "uasc_not_found 1"],
    ["Unaccompanied asylum seeking children (Q8),1", "uasc_not_found 1"],
    ["UASC (Q6),4", "uasc_went_missing 4"],
    ["Trafficked (Q4),2", "trafficked_not_found 2"],
    ["UASC (Q5),29", "uasc_looked_after 29"],
  ])("%s reads as %s", async (line, fact) => {
    expect(await read([line])).toEqual([fact]);
  });

  it("never lets the number overrule the group the words name", async () => {
    // Question 8 asks of the unaccompanied children: a trafficked row numbered 8 keeps its own group.
    expect(await read(["Trafficked (Q8),3"])).not.toContain("uasc_not_found 3");
  });

  it("keeps the words' reading when they say more than whose children (a word no question of the group uses)", async () => {
    expect(await read(["UASC placed out of area (Q8),3"])).not.toContain("uasc_not_found 3");
  });
});
