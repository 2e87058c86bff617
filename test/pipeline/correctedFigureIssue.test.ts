import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A revised reply: "This response replaces our response of 20 November
 * 2015. In that response the answer to question 6 was given as 6 …; The
 * correct figure is 9." The corrected figure is used, and a reader of the
 * figure is told it replaces an earlier answer the folder may not hold
 * (override_applied, on that figure's measure). A reply that corrects
 * nothing says nothing of the kind.
 */
async function corrections(lines: string[]) {
  const r = await processFile(
    { file: "response (revised).txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "S12000015" },
    knowledge(),
  );
  return {
    issues: r.issues.filter((i) => i.code === "override_applied").map((i) => i.measure),
    value: r.facts.find((f) => f.measure === "uasc_went_missing")?.value,
  };
}

const answers = [
  "Q5 Unaccompanied asylum seeking children looked after: 18",
  "Q6 Went missing at least once: 9",
  "Q7 Missing episodes: 11",
];

describe("a figure a revised reply states as corrected", () => {
  it("is used, with a note on its measure that it corrects an earlier answer", async () => {
    const r = await corrections([
      "Fife Council",
      "This response replaces our response of 20 November 2015. In that response the answer to question 6 was given as 6; this was incorrect, as it counted only children placed within Fife. The correct figure is 9. All other answers are unchanged.",
      "",
      ...answers,
    ]);
    expect(r.value).toBe(9);
    expect(r.issues).toEqual(["uasc_went_missing"]);
  });

  it("a reply that corrects nothing has no such note", async () => {
    const r = await corrections(["Fife Council", "Please find our response below.", "", ...answers]);
    expect(r.value).toBe(9);
    expect(r.issues).toEqual([]);
  });
});
