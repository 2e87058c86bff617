import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/** The measures flagged label_outside_request when a note stands under a groups × questions table. */
async function flagged(note: string): Promise<string[]> {
  const text = [
    "Group,Q1a identified,Q1b suspected,Q1c looked after,Q2 went missing,Q3 missing incidents",
    "Trafficked,7,5,,3,5",
    "UASC,,,21,9,142",
    "",
    note,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000013" },
    k,
  );
  const measures = r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure);
  return [...new Set(measures)].sort() as string[];
}

describe("a note that a group's figure is for all looked-after children", () => {
  it.each([
    "Q3 UASC: the figure given is the number of missing episodes for all looked after children in 2017.",
    "Question 3 UASC - this is the count of episodes across all of our looked after children.",
  ])("flags the figure for the question named: %s", async (note) => {
    expect(await flagged(note)).toContain("uasc_missing_incidents");
  });

  it.each([
    "Nationality is not recorded for all looked after children.",
    "Q3: missing episodes are recorded for every child.",
  ])("leaves the figures alone: %s", async (note) => {
    expect(await flagged(note)).toEqual([]);
  });
});
