import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function read(heading: string, trafficked = 2) {
  const letter = [
    "Dear Requester",
    "",
    `2. Trafficked children who went missing: ${trafficked}`,
    "6. UASC who went missing: 7",
    heading,
    "Afghan 4, Eritrean 3, Vietnamese 2.",
    "",
    "Yours sincerely",
  ].join("\n");
  const r = await processFile(
    { file: "Northfield FOI 8831.txt", bytes: new TextEncoder().encode(letter), manifestCode: "E10000009" },
    knowledge(),
  );
  return { counted: r.nationalities.map((n) => `${n.group} ${n.nationality}`), codes: r.issues.map((i) => i.code) };
}

/**
 * "9. Nationalities of the trafficked and unaccompanied children who went
 * missing (both groups together):" over "Afghan 4, Eritrean 3, Vietnamese 2."
 * (round 105): the list was said to name no group, when its heading says it
 * is both groups' at once, and no split of it between them is told.
 */
describe("a nationality list headed as both groups together", () => {
  it("is not counted, and says the list is both groups'", async () => {
    const r = await read(
      "9. Nationalities of the trafficked and unaccompanied children who went missing (both groups together):",
    );
    expect(r.counted).toEqual([]);
    expect(r.codes).toContain("label_ambiguous");
  });

  it("a list whose heading names no group is not said to be both groups'", async () => {
    const r = await read("9. Nationalities of the children who went missing:");
    expect(r.codes).not.toContain("label_ambiguous");
  });

  it("a list under the request's own question naming both groups is left for the figures to name its group", async () => {
    const r = await read(
      "9. What are the nationalities of the trafficked and unaccompanied children who went missing?",
      0,
    );
    expect(r.codes).not.toContain("label_ambiguous");
  });
});
