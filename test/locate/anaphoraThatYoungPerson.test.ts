import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "(c) Missing episodes for that young person: three." under "(a) Looked
 * after children identified or suspected as trafficked: one.": the label
 * refers back to the child of the answer above it (round 53), so it takes
 * that answer's group, as "Of these" does.
 */
describe("a label that refers back to 'that young person'", () => {
  it.each(["that young person", "this child"])("takes the group of the question above (%s)", async (words) => {
    const text = [
      "Dear Requester,",
      "",
      "(a) Looked after children identified or suspected as trafficked: one.",
      "",
      "(b) Of these, how many went missing at least once: one.",
      "",
      `(c) Missing episodes for ${words}: three.`,
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "Midlothian reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000019" },
      knowledge(),
    );
    const figures = Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
    expect(figures).toMatchObject({
      trafficked_looked_after: 1,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 3,
    });
  });
});
