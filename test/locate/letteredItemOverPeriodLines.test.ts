import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * A letter numbered as a Word list (round 124, East Sussex): "2. Looked
 * after children who have gone missing or absent:", then "(a) Identified or
 * suspected as trafficked (children)" naming only the group, then one line
 * a period. The lettered item is part a of the numbered question above it
 * (the request's 2a), not a heading over "looked after" figures.
 */
const k = loadKnowledge({ request: "fixtures/holdout124/request.json" });
const periods = (a: string, b: string, c: string, d: string) => [
  `1 January 2021 to 31 December 2021: ${a}`,
  `1 January 2022 to 31 December 2022: ${b}`,
  `1 January 2023 to 31 December 2023: ${c}`,
  `1 January 2024 to 30 April 2024: ${d}`,
];

describe("a lettered item over period lines, under a numbered question", () => {
  it("reads each item as its part of the question above", async () => {
    const facts = await readLetterFacts(k, [
      "2. Looked after children who have gone missing or absent:",
      "(a) Identified or suspected as trafficked (children)",
      ...periods("8", "1", "0", "2"),
      "(b) Identified as UASC or separated child",
      ...periods("5", "4", "3", "2"),
      "3. Individual incidents of going missing or absent:",
      "(a) Trafficked children",
      ...periods("18", "2", "0", "6"),
      "(b) UASC or separated children",
      ...periods("20", "9", "7", "6"),
    ]);
    expect(facts.filter((f) => f.includes(" 2021 to 31 December 2021 "))).toEqual([
      "trafficked_missing_incidents 1 January 2021 to 31 December 2021 reported 18",
      "trafficked_went_missing 1 January 2021 to 31 December 2021 reported 8",
      "uasc_missing_incidents 1 January 2021 to 31 December 2021 reported 20",
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 5",
    ]);
    expect(facts).toHaveLength(16);
  });

  it("reads the same with a blank line after each period line (an e-mail's spacing)", async () => {
    const spaced = (a: string, b: string, c: string, d: string) => periods(a, b, c, d).flatMap((l) => [l, ""]);
    const facts = await readLetterFacts(k, [
      "2. Looked after children who have gone missing or absent:",
      "",
      "(a) Identified or suspected as trafficked (children)",
      "",
      ...spaced("8", "1", "0", "2"),
      "(b) Identified as UASC or separated child",
      "",
      ...spaced("5", "4", "3", "2"),
    ]);
    expect(facts.filter((f) => f.includes(" 2021 to 31 December 2021 "))).toEqual([
      "trafficked_went_missing 1 January 2021 to 31 December 2021 reported 8",
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 5",
    ]);
    expect(facts).toHaveLength(8);
  });

  it("reads a lone item naming the whole question's children with its question, asked whole (4)", async () => {
    const facts = await readLetterFacts(k, [
      "4. Children still missing or absent (including those who turned 18 without being found):",
      "(a) Trafficked or UASC",
      ...periods("1", "1", "1", "0"),
    ]);
    expect(facts.filter((f) => f.startsWith("not_found"))).toEqual([
      "not_found 1 January 2021 to 31 December 2021 reported 1",
      "not_found 1 January 2022 to 31 December 2022 reported 1",
      "not_found 1 January 2023 to 31 December 2023 reported 1",
      "not_found 1 January 2024 to 30 April 2024 reported 0",
    ]);
  });

  it("takes no part the request does not ask (question 4 has no part a)", async () => {
    const facts = await readLetterFacts(k, [
      "4. Children still missing or absent (including those who turned 18 without being found):",
      "(a) Trafficked children",
      ...periods("1", "1", "1", "0"),
    ]);
    expect(facts.filter((f) => f.startsWith("not_found"))).toEqual([]);
  });

  // The item's letter gives the request's part, but its own words name another group: the part by the
  // letter alone put the unaccompanied children's figures under the trafficked children's (2a), unwarned.
  it("takes no part by its letter where the item's own words name another group", async () => {
    const blank = await readLetterFacts(k, [
      "2. Looked after children who have gone missing or absent:",
      "",
      "(a) Unaccompanied asylum-seeking or separated children",
      "",
      "1 January 2021 to 31 December 2021 - 5",
      "1 January 2022 to 31 December 2022 - 6",
    ]);
    // Read by its own words with its question's: the unaccompanied children who went missing.
    expect(blank).toEqual([
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 5",
      "uasc_went_missing 1 January 2022 to 31 December 2022 reported 6",
    ]);
    const swapped = await readLetterFacts(k, [
      "2. Looked after children who have gone missing or absent:",
      "(a) Unaccompanied asylum-seeking or separated children",
      "1 January 2021 to 31 December 2021: 5",
      "1 January 2022 to 31 December 2022: 6",
      "(b) Identified or suspected as trafficked",
      "1 January 2021 to 31 December 2021: 1",
      "1 January 2022 to 31 December 2022: 2",
    ]);
    const spacedLines = await readLetterFacts(k, [
      "2. Looked after children who have gone missing or absent:",
      "",
      "(a) Unaccompanied asylum-seeking or separated children",
      "",
      "1 January 2021 to 31 December 2021 - 5",
      "",
      "1 January 2022 to 31 December 2022 - 6",
    ]);
    expect(spacedLines).toEqual(blank);
    // Lettered (a) UASC, (b) trafficked where the request's 2a is the trafficked children: each by its words.
    expect(swapped).toEqual([
      "trafficked_went_missing 1 January 2021 to 31 December 2021 reported 1",
      "trafficked_went_missing 1 January 2022 to 31 December 2022 reported 2",
      "uasc_went_missing 1 January 2021 to 31 December 2021 reported 5",
      "uasc_went_missing 1 January 2022 to 31 December 2022 reported 6",
    ]);
  });
});
