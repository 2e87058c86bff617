import { describe, expect, it, vi } from "vitest";
import { compilePatterns } from "../../src/knowledge/compilePatterns.js";
import { warnOverlappingGroups } from "../../src/match/groupsOverlap.js";
import { splitByContext } from "../../src/match/readCorrection.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A reply that says its groups count some of the same children: each
 * group's figures stay as given, but the total the request makes by adding
 * them (trafficked + UASC not found) would count a child twice, so it is
 * warned on.
 */
async function warnedTotals(cover: string, q8: string): Promise<string[]> {
  const text = [
    "Dear Sir/Madam",
    "",
    cover,
    "",
    "Q1  Trafficked or suspected trafficked, looked after: 3",
    "Q2  Went missing at least once: 1",
    "Q3  Missing episodes: 2",
    "Q4  Still missing: 1",
    "Q5  UASC looked after: 14",
    "Q6  Went missing at least once: 4",
    "Q7  Missing episodes: 10",
    `Q8  Still missing: ${q8}`,
    "",
    "Kind regards",
  ].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000040" },
    knowledge(),
  );
  return r.issues
    .filter((i) => i.code === "check_not_found_total" && i.severity === "warning")
    .map((i) => i.measure ?? "")
    .sort();
}

describe("a note that the groups overlap", () => {
  it.each([
    [
      "Please be aware that the trafficked figure is included in the UASC figure, so the two groups should not be added together.",
      "1",
    ],
    ["Please note that trafficked children are also counted in the UASC numbers.", "1"],
    ["Please find our response below.", "1 (this is the same young person as in Q4)"],
  ])("%s / Q8 %s: the not-found total is warned on", async (cover, q8) => {
    expect(await warnedTotals(cover, q8)).toEqual(["not_found"]);
  });

  it.each([
    ["Please find our response below.", "1"],
    ["The trafficked figure is not included in the UASC figure.", "1"],
    ["Please find our response below.", "1 (this is the same young person as last year)"],
  ])("%s / Q8 %s: nothing is warned on", async (cover, q8) => {
    expect(await warnedTotals(cover, q8)).toEqual([]);
  });
});

describe("a letter that says nothing of overlapping groups", () => {
  it("is not searched line by line with the patterns that match wherever they stand", () => {
    const vocab = knowledge().labels;
    const patterns = compilePatterns(vocab.groupsOverlapNotes, "iu");
    const { free } = splitByContext(patterns);
    const spies = free.map((re) => vi.spyOn(re, "test"));
    const lines = ["Dear Sir/Madam", "Please find our response below.", "Kind regards"].map((text, i) => ({
      text,
      source: { file: "reply.txt", format: "txt" as const, sheet: "", row: i + 1, col: 1 },
    }));
    warnOverlappingGroups(lines, [], knowledge().request, vocab);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });
});
