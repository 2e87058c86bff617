import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A note saying one year's figures cover only some of its months ("the
 * 2022 figures cover April to December 2022 only", "January to March 2022
 * is not held"): each figure the reply gives for that year is flagged on
 * its measure (period_part), and the other years' figures are not.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const table = (a: number, b: number) =>
  [
    "Question,Number",
    `2a. Identified or suspected trafficked who went missing,${a}`,
    `2b. UASC or separated child who went missing,${b}`,
  ].join("\n");

async function read(note: string) {
  const body = ["2022", table(3, 14), "2023", table(6, 22), "", note].join("\n");
  const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "E06000062" }, knowledge);
  const parts = r.issues.filter((i) => i.code === "period_part");
  return { parts, facts: r.facts.filter((f) => f.status === "reported") };
}

describe("a note that one period's figures cover only some of its months", () => {
  it.each([
    "Please note: the 2022 figures cover April to December 2022 only (from the date the new system went live).",
    "January to March 2022 is not held as the new system went live in April 2022.",
    "Figures for 2022 relate to July to December only, as the service transferred to the council that summer.",
  ])("%s", async (note) => {
    const { parts, facts } = await read(note);
    // Both 2022 figures are flagged, naming their measures; the 2023 figures are not.
    expect(parts.map((i) => [i.measure, i.raw]).sort()).toEqual([
      ["trafficked_went_missing", "3"],
      ["uasc_went_missing", "14"],
    ]);
    // The figures are still read, for their year.
    expect(facts.map((f) => f.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([3, 6, 14, 22]);
  });

  it("flags nothing for a note naming a whole year, or months with no limiting word", async () => {
    for (const note of [
      "The 2022 figures cover 1 January to 31 December 2022.",
      "The system changed between April and June 2022.",
      // A span named for one of several years is not about the year the figures are for.
      "Figures for 2021, 2022 and January to March 2023 come from the former county council system and relate to children living in the area.",
    ]) {
      const { parts } = await read(note);
      expect(parts).toEqual([]);
    }
  });
});

describe("a line of years with a year counted 'to date'", () => {
  it("reads the whole years, and reports the 'to date' figure as naming no requested period", async () => {
    const body = [
      "1. The total number of looked after children in the care of your authority that are:",
      "c) Identified as an unaccompanied asylum-seeking child (UASC) or a separated child:",
      "2021 - 19; 2022 - 26; 2023 - 31; 2024 to date - 24",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: "E06000064" }, knowledge);
    const read = r.facts.filter((f) => f.measure === "uasc_looked_after" && f.status === "reported");
    expect(read.map((f) => f.value).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([19, 24, 26, 31]);
    // "2024 to date" is not 1 January to 30 April 2024: its figure is kept out of every period, with a warning.
    const toDate = read.find((f) => f.value === 24);
    expect(toDate?.periodText).toMatch(/to date/u);
  });
});
