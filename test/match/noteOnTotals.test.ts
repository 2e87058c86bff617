import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { schoolTransportRequest } from "../support/requestKnowledge.js";

/**
 * "* The ALN figures, and therefore the totals, include post-16 learners":
 * a footnote on a part's row that says the whole's figures add the same
 * wider group in. The whole's row carries no mark, but its figure is as
 * wide as the part's.
 */
async function flagged(note: string): Promise<string[]> {
  const text = [
    "Category,2023/24",
    "Pupils given free transport,629",
    "Eligible on distance,443",
    "Eligible because of SEND *,186",
    `"${note}"`,
  ].join("\n");
  const r = await processFile(
    { file: "transport.csv", bytes: new TextEncoder().encode(text), manifestCode: "W06000005" },
    schoolTransportRequest(),
  );
  return [
    ...new Set(r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure as string)),
  ].sort();
}

describe("a note on a part's figures that names the totals too", () => {
  it.each([
    "* The SEND figures, and therefore the totals, include post-16 learners aged 16 to 19.",
    "* The SEND figures and the totals include post-16 learners.",
  ])("%s: covers the part's marked figure and the whole's", async (note) => {
    expect(await flagged(note)).toEqual(["send_pupils", "transported_pupils"]);
  });

  it.each([
    "* The SEND figures include post-16 learners aged 16 to 19.",
    "* The SEND figures include post-16 learners, but not the totals.",
  ])("%s: covers the marked figure only", async (note) => {
    expect(await flagged(note)).toEqual(["send_pupils"]);
  });
});
