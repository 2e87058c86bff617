import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "2021 (January to December): 3 looked after children were identified as
 * trafficked …": a letter's paragraph per year, headed by the year (and its
 * months in brackets) and a colon, gives that year to its figures, as "In
 * 2021, …" does. A bracket naming part of the year is a part, flagged by the
 * period checks, never the whole year (round 61).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const para = (head: string, a: number, b: number) =>
  `${head}: ${a} looked after children were identified as trafficked or a victim of modern slavery and a further ${b} were suspected of having been trafficked.`;

describe("a letter's paragraph headed by a year and a colon", () => {
  it.each([
    ["2021", "2022"],
    ["2021 (January to December)", "2024 (1 January to 30 April)"],
  ])("gives %s and %s to the paragraphs' figures", async (first, second) => {
    const got = await readLetterFacts(severalYears, [para(first, 3, 0), "", para(second, 9, 6)]);
    expect(got.filter((f) => f.startsWith("trafficked_identified"))).toEqual([
      `trafficked_identified ${first} reported 3`,
      `trafficked_identified ${second} reported 9`,
    ]);
  });

  it("gives no period from a heading that is not a year alone", async () => {
    const got = await readLetterFacts(severalYears, [para("Figures 2021", 3, 0), "", para("Figures 2022", 7, 7)]);
    expect(got.filter((f) => f.startsWith("trafficked_identified"))).toEqual([
      "trafficked_identified  reported 3",
      "trafficked_identified  reported 7",
    ]);
  });

  it("leaves a line listing each period's figure to the list's reader", async () => {
    const lines = [
      "Dear Requester,",
      "",
      "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.",
      "2021: 46, 2022: 48, 2023: 31, 2024 (to date): 20",
      "",
      "Yours sincerely,",
    ];
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000044" },
      severalYears,
    );
    // Each figure keeps its own item's period alone: "2024 (to date)" is not also put in 2021.
    expect(r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => `${f.periodText} ${f.value}`)).toEqual([
      "2021 46",
      "2022 48",
      "2023 31",
      "2024 (to date) 20",
    ]);
  });
});
