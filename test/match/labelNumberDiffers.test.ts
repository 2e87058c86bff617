import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A label whose words read as one measure under a question number that, in
 * the request as sent, asks another: the words are taken, and the figure is
 * flagged naming both measures, never silently one of them.
 */
async function issuesOf(lines: string[]) {
  const text = ["Wakefield Council - response to your FOI request", ...lines].join("\n");
  const r = await processFile(
    { file: "Wakefield.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return {
    facts: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`),
    differs: r.issues.filter((i) => i.code === "label_number_differs").map((i) => [i.measure, i.related]),
  };
}

describe("a question number and the words beside it that name different measures", () => {
  it("keeps the words' measure and names both", async () => {
    // Question 7 of the 2015 request asks UASC missing episodes; these words read as UASC who went missing.
    const r = await issuesOf(["7. Number of UASC who went missing at least once: 6"]);
    expect(r.facts).toEqual(["uasc_went_missing 6"]);
    expect(r.differs).toEqual([["uasc_went_missing", ["uasc_missing_incidents"]]]);
  });

  it("says nothing when the number and the words agree", async () => {
    const r = await issuesOf(["6. Number of UASC who went missing at least once: 6"]);
    expect(r.facts).toEqual(["uasc_went_missing 6"]);
    expect(r.differs).toEqual([]);
  });
});
