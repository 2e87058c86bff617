import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter answering in sentences; the last sentence says what became of the children who went missing. */
const letter = (last: string) =>
  [
    "Devon County Council",
    "The council looked after 9 children who had been identified as, or were suspected of being, victims of trafficking.",
    "Three of these children went missing on at least one occasion, with a total of 8 missing episodes between them.",
    last,
  ].join("\n");

describe("'All three have since been found': none of the group is still missing", () => {
  it.each([
    ["All three have since been found.", 0],
    ["Both were located.", 0],
    ["All of them have been found.", 0],
    ["All 3 have since returned.", 0],
    // One found says nothing of the others.
    ["One has since been found.", null],
  ])("%s → trafficked_not_found %s", async (last, want) => {
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(letter(last)), manifestCode: "E10000008" },
      knowledge(),
    );
    const found = r.facts.find((f) => f.measure === "trafficked_not_found" && f.status === "reported");
    expect(found?.value ?? null).toBe(want);
    // Never read as a figure for both groups together.
    expect(r.facts.some((f) => f.measure === "not_found" && f.status === "reported")).toBe(false);
  });
});
