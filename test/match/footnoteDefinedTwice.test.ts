import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Q2a - 9*" with "* Please note that this is the number of missing
 * episodes, not children." and, under "Notes", "1) * not held for 2024": the
 * mark is defined twice, so which note the figure's mark points to is not
 * told. Either may be the figure's; one says it counts episodes where
 * children were asked, so the figure is not used (never kept as a plain
 * count because its note was dropped as ambiguous).
 */
describe("a footnote mark defined twice", () => {
  it("sets the marked figure aside when either note says it counts another unit", async () => {
    const text = [
      "Bury Council",
      "Freedom of Information request - response",
      "",
      "All figures are for 1 January 2021 to 31 December 2021.",
      "Q2a - 9*",
      "Q2b - 4",
      "* Please note that this is the number of missing episodes, not children.",
      "",
      "Notes",
      "1) * not held for 2024",
    ].join("\n");
    const r = await processFile(
      { file: "Bury FOI 1 response.txt", bytes: new TextEncoder().encode(text), manifestCode: "E08000002" },
      k,
    );
    const nine = r.facts.filter((f) => f.value === 9 && f.status === "reported");
    expect(nine.map((f) => f.measure)).toEqual([]);
    expect(r.issues.some((i) => i.code === "label_ambiguous" && i.raw?.includes("9*"))).toBe(true);
    expect(r.facts.some((f) => f.value === 4 && f.status === "reported")).toBe(true);
  });
});
