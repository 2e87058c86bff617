import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { normaliseLabel } from "../../src/match/normaliseLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1c¹" in a table's question column, with the footnote "¹ Includes young
 * people … now care leavers aged 18 to 21": the raised digit is the note's
 * mark, not part of the label. Decomposed as it was, "1c¹" read "1c1", no
 * question of the request, and the row's figures went unread (round 61).
 */
describe("a footnote's raised digit after a label", () => {
  it.each([
    ["1c¹", "1c"],
    ["Identified as UASC²", "identified as uasc"],
    ["(b)³ Suspected", "b suspected"],
  ])("%s reads as %s", (text, plain) => {
    expect(normaliseLabel(text)).toBe(plain);
  });

  it("keeps a digit written on the line", () => {
    expect(normaliseLabel("Q1c1")).toBe("q1c1");
  });
});

describe("a question number marked with a footnote in a table", () => {
  const severalYears = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  it("reads the row's figures, warned on with the note", async () => {
    const lines = [
      "Question,2022,2023",
      "1a,3,4",
      "1c¹,24,11",
      "",
      "¹ Counted from the placements system, not the case records.",
    ];
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000063" },
      severalYears,
    );
    expect(
      r.facts.filter((f) => f.measure === "uasc_looked_after" && f.status === "reported").map((f) => f.value),
    ).toEqual([24, 11]);
    expect(r.issues.filter((i) => i.measure === "uasc_looked_after").map((i) => i.code)).toContain("value_annotated");
  });
});
