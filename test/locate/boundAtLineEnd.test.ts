import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

describe("a line that ends with a bounded figure ('… was fewer than 5')", () => {
  it.each<[string, string, number, number]>([
    ["a sentence", "The number of these children who went missing was fewer than 5.", 1, 4],
    ["a label and its answer", "Trafficked children who went missing less than 5", 1, 4],
    [
      "a sentence followed by another",
      "The number who went missing was fewer than 10. We do not give exact figures below that.",
      1,
      9,
    ],
  ])("reads the bound with the figure, never the bare number (%s)", async (_, line, lower, upper) => {
    const body = ["Dear Requester", "", "Trafficked children", "", line, "", "Yours faithfully"].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge());
    const missing = r.facts.filter((f) => f.measure === "trafficked_went_missing");
    expect(missing.map((f) => [f.status, f.lower, f.upper])).toEqual([["suppressed", lower, upper]]);
  });
});
