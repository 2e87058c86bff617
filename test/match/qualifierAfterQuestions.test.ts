import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildPdf } from "../read/pdf/buildPdf.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const row = (y: number, label: string, figures: string[]): [number, number, string][] => [
  [72, y, label],
  ...figures.map((f, i): [number, number, string] => [400 + i * 40, y, f]),
];

/**
 * The questions restated in full (the last about trafficked children), then
 * one table whose rows name the trafficked children's parts by their
 * qualifier words alone: "Looked after – confirmed (positive conclusive
 * grounds)", "Looked after – suspected", "Looked after – confirmed or
 * suspected, total", under a note defining "confirmed" by the National
 * Referral Mechanism (round 91, West Sussex). The first was read as the
 * trafficked children as a whole (so 12 confirmed children stood for all
 * 20), and the total as both groups together.
 */
describe("qualifier words naming a part, after a question about its whole", () => {
  it("reads each row as the part, or the whole, its words name", async () => {
    const bytes = buildPdf([
      [
        [72, 780, "West Sussex County Council"],
        [72, 760, "2a. Identified or suspected as having been trafficked and that have gone missing."],
        [72, 740, "Our response is in the table below. Confirmed means a positive conclusive grounds decision"],
        [72, 728, "under the National Referral Mechanism."],
        [400, 720, "2021"],
        [440, 720, "2022"],
        [480, 720, "2023"],
        [520, 720, "2024"],
        ...row(705, "Looked after - confirmed (positive conclusive grounds)", ["12", "9", "13", "5"]),
        ...row(690, "Looked after - suspected", ["8", "20", "14", "6"]),
        ...row(675, "Looked after - confirmed or suspected, total", ["20", "29", "27", "11"]),
        ...row(660, "Went missing - trafficked", ["7", "12", "10", "5"]),
        [72, 620, "Yours sincerely"],
      ],
    ]);
    const r = await processFile({ file: "reply.pdf", bytes, manifestCode: "E10000032" }, severalYears);
    const got = Object.fromEntries(
      r.facts.filter((f) => f.status === "reported" && f.periodText === "2021").map((f) => [f.measure, f.value]),
    );
    expect(got).toEqual({
      trafficked_identified: 12,
      trafficked_suspected: 8,
      trafficked_looked_after: 20,
      trafficked_went_missing: 7,
    });
  });
});
