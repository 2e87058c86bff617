import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { markOtherAreaHeadings } from "../../src/match/markOtherAreaHeadings.js";
import { wrappedFootnotesOf } from "../../src/match/remarkCountsOther.js";
import { setAsideOtherPeriods } from "../../src/match/setAsideOtherPeriods.js";
import { knowledge } from "../support/knowledge.js";

const fact = (periodText: string, value: number, row: number): Fact => ({
  measure: "uasc_went_missing",
  status: "reported",
  value,
  lower: value,
  upper: value,
  raw: String(value),
  sources: [{ file: "reply.pdf", format: "pdf", sheet: "reply.pdf", row, col: 6, place: `page 1 table 1 row ${row}` }],
  label: "2b",
  periodText,
});

const letter = (lines: string[]): Workbook => ({
  file: "reply.pdf",
  format: "pdf",
  sheets: [{ name: "reply.pdf", rows: lines.map((l) => [l]), merges: [] }],
});

const dorset = letter([
  "Year 1a 1b 1c 2a 2b",
  "* Dorset Council came into being on 1 April 2019. The 2018 figures are taken from the records of the",
  "former Dorset County Council and cover its whole area, including Christchurch, which is now part of",
  "Bournemouth, Christchurch and Poole Council.",
  "Where a figure is between 1 and 4 it is shown as <5.",
]);

describe("wrappedFootnotesOf", () => {
  it("reads a footnote on with the lines its sentence wraps onto, up to its closing stop", () => {
    expect(wrappedFootnotesOf(dorset).get("*")).toBe(
      "Dorset Council came into being on 1 April 2019. The 2018 figures are taken from the records of the former Dorset County Council and cover its whole area, including Christchurch, which is now part of Bournemouth, Christchurch and Poole Council.",
    );
  });
});

describe("markOtherAreaHeadings: a period heading marked as another area's figures", () => {
  const vocab = knowledge().labels.otherAreaNotes;

  it("sets aside the marked year's figure beside the council's own figures for its other years", () => {
    const facts = [fact("2018*", 3, 2), fact("2019", 0, 3), fact("2020", 4, 4)];
    const marked = markOtherAreaHeadings(facts, wrappedFootnotesOf(dorset), vocab);
    const settled = setAsideOtherPeriods(marked.facts);
    expect(settled.facts.map((f) => f.periodText)).toEqual(["2019", "2020"]);
    expect(marked.decisions[0]?.message).toContain("former Dorset County Council");
  });

  it.each([
    ["The figures for 2021 and 2022 are for the whole former Cumbria County Council area.", true],
    ["Figures from our predecessor council's case management system.", true],
    ["Figures are provisional and may change.", false],
    ["Includes children placed out of the county.", false],
  ])("%s → another area's: %s", (note, other) => {
    const marked = markOtherAreaHeadings([fact("2021†", 5, 2)], new Map([["†", note]]), vocab);
    expect(marked.facts[0]?.otherPeriod !== undefined).toBe(other);
  });
});
